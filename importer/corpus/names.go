package corpus

// Name material for the slots of the templates. All names are invented or
// generic; any likeness to a real corporation is a coincidence of common
// Dutch words.

// corporationNames are the housing corporations of the corpus. Each
// gemeente gets one; a corporation works in several gemeenten and proposes
// the same texts in each.
var corporationNames = []string{
	"Woonkracht Oost", "Stichting Thuisbaken", "Woonpoort", "Veste Wonen", "Woongoed Rivierenland",
	"De Woonschakel", "Stichting Woonlinie", "Wooncompas Noord", "Huisgenoot Wonen", "Woonborg Zuid",
	"Woonstede", "Stichting Eigen Erf", "Woningstichting De Vaart", "Thuiskracht", "Woonveste",
	"Woonzeker", "Stichting Het Woonhuis", "Woonhaven", "Dorpswonen", "Woonmeander",
	"Stichting Polderwonen", "Woonkring", "Woningbouwvereniging Samen", "Woonlanden", "Stichting Duinwonen",
	"Woonwaarde", "Heuvelland Wonen", "Woonstroom", "Stichting Kernwonen", "Woonbalans",
	"Woningcorporatie De Linde", "Woonbasis", "Stichting Rivierwonen", "Woonmozaïek", "Thuisvast",
	"Woonhorizon", "Stichting Veenwonen", "Woonanker", "Kustwonen", "Woonverbond",
	"Woningstichting Het Gooi-West", "Woonplein", "Stichting Beekdal Wonen", "Woonpunt Midden", "Woonvizier",
	"Woonkompas", "Stichting Heidewonen", "Woonbrug", "Woonmaat", "Stichting Maaswonen",
	"Woonkern", "Wierde Wonen", "Stichting Woonruim", "Woonzorg Dichtbij", "IJsselwonen",
	"Woonhart", "Stichting Vechtwonen", "Woonkwartier", "Grenswonen", "Woonmolen",
}

// zorgNames are care providers; each gemeente gets one.
var zorgNames = []string{
	"Zorggroep Amstelstede", "Stichting Zorgbalans Midden", "Zorgcentrum De Lindehof", "Stichting Thuiszorg Oost",
	"Zorggroep De Beemden", "Leviaan Zorg", "Stichting Welzijn en Zorg", "Zorgpartners Noord",
	"Stichting De Zonnehof", "Zorggroep Rivierland", "Cordaan Thuiszorg", "Stichting Humanitas Zorg",
	"Zorggroep Veluwezoom", "Stichting Kwadrant Zorg", "Zorgkracht Zuid", "Stichting Het Zorghuis",
	"GGZ Regio Midden", "Stichting Beschermd Wonen Noord", "Zorggroep Oosterlengte", "Stichting Leger des Heils Wonen",
}

// hvoPatterns name the tenant organisation; %s is the gemeente or the
// corporation.
var hvoPatterns = []string{
	"Huurdersvereniging %s", "Huurdersorganisatie %s", "Bewonersraad %s", "Huurdersbelang %s", "Huurdersraad %s",
}

// wijkNames are neighbourhood names that occur in many Dutch towns.
var wijkNames = []string{
	"Centrum", "Noord", "Oost", "Zuid", "West", "De Horst", "Molenwijk", "Zuiderhof", "Het Kerkveld", "De Hoven",
	"Meerzicht", "Bloemenbuurt", "Vogelwijk", "Schildersbuurt", "De Akkers", "Het Hof", "Park Zuid", "De Gaarde",
	"Rivierenwijk", "Bomenbuurt", "De Venen", "Stationskwartier", "Oude Dorp", "De Weide", "Kersenbogerd",
	"Heemstede-Oost", "De Kwakel", "Zijdelwaard", "Thamerdal", "Hofland", "De Schans", "Dichtersbuurt",
	"Componistenbuurt", "De Meent", "Het Lint", "Burgemeesterswijk", "Waterwijk", "Zonnehoek", "De Polder",
	"Buitenhof", "Kloosterveld", "De Brink", "Esdorp", "De Haven", "Dorpskern", "Tuindorp", "Sterrenwijk",
	"De Vlinder", "Landlust", "Veldzicht",
}

// streetNames are common Dutch street names.
var streetNames = []string{
	"Dorpsstraat", "Kerkstraat", "Molenweg", "Schoolstraat", "Julianalaan", "Beatrixstraat", "Stationsweg",
	"Wilhelminastraat", "Prins Bernhardlaan", "Parkweg", "Emmalaan", "Nieuwstraat", "Lindenlaan", "Eikenlaan",
	"Raadhuisplein", "Oranjestraat", "Zuiderweg", "Irenestraat", "Koningin Julianaweg", "Burgemeester Kasteleinweg",
	"Acacialaan", "Rembrandtlaan", "Vondelstraat", "Dijkweg", "Sportlaan", "Hoofdstraat", "Marktplein",
	"Industrieweg", "Veldweg", "Grote Beer", "Brugstraat", "Plataanstraat", "Meidoornlaan", "Wethouder Van Essenstraat",
	"Tolhuislaan", "Populierenlaan", "Fazantstraat", "Merelstraat", "Hofstraat", "Spoorlaan",
}

// planPatterns name building plans: {wijk} is a wijk, {straat} a street.
var planPatterns = []string{
	"{wijk}-Noord", "{wijk}-Zuid", "{wijk} fase 2", "Stationslocatie", "Schoollocatie {straat}", "{straat}-Oost",
	"Het Nieuwe Hof", "Kerklocatie {straat}", "Voormalige sporthal {straat}", "De Tuinen van {wijk}", "Dorpshart",
	"Kazernelocatie", "Bedrijventerrein {straat}", "Erfgoedhof", "{wijk} II",
}

// noteTexts are the Toelichting texts; slots as in the templates.
var noteTexts = []string{
	"Afhankelijk van de vergunningverlening.",
	"Eerste oplevering gepland in {maand}.",
	"Zie monitor {jaar:2025-2026}.",
	"Besproken in het bestuurlijk overleg van {datum:2025-2025}.",
	"Vertraagd door bezwaarprocedure.",
	"Vertraagd door stikstofproblematiek.",
	"Loopt via de regionale woonruimteverdeling.",
	"Budget is opgenomen in de begroting {jaar:2025-2026}.",
	"Uitvoering samen met {zorg}.",
	"Voortgang wordt elk kwartaal gemeld.",
	"Doorgeschoven uit de jaarschijf 2024.",
	"Nog geen locatie gevonden.",
	"Aanbesteding loopt.",
	"Zie ook afspraak over doorstroming.",
	"Bewoners in {wijk} zijn geïnformeerd.",
	"Overleg met {hvo} gepland in {maand}.",
	"Uitvoering in twee fasen.",
	"Door personeelstekort later gestart.",
	"Gereed, evaluatie volgt.",
	"Afspraak uit het bod van {corp}.",
	"Kosten worden gedeeld tussen gemeente en corporatie.",
	"Definitieve aantallen volgen na het woningbehoefteonderzoek.",
	"Pilot in {wijk}, daarna uitrol.",
	"Meetmethode nog vast te stellen.",
}

// colourStatus and wordStatus are the two status vocabularies; a gemeente
// uses one of them.
var (
	colourStatus = []string{"groen", "groen", "oranje", "rood", "afgerond"}
	wordStatus   = []string{"afgerond", "loopt", "loopt", "vertraagd", "niet gestart", "op schema", "vervallen"}
)

// planningWords are planning values written as text.
var planningWords = []string{
	"2025", "2026", "2027", "2028", "Q1 2026", "Q2 2026", "Q3 2026", "Q4 2025", "Q4 2026", "Q2 2027",
	"eind 2025", "eind 2026", "medio 2026", "begin 2026", "doorlopend", "jaarlijks", "2025-2028",
	"2e helft 2025", "voor de zomer van 2026",
}

// dutchMonths are the month names, January first.
var dutchMonths = []string{
	"januari", "februari", "maart", "april", "mei", "juni",
	"juli", "augustus", "september", "oktober", "november", "december",
}

// numberWords spells 0 to 12.
var numberWords = []string{
	"nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
}
