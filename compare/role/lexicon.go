package role

// The words that name a kind of party, as data. Each group lists phrases
// separated by "|"; a phrase is one or more folded words separated by
// spaces ("&" stands for the ampersand). How a group counts differs between
// an owner cell, where every word is about a party, and an agreement text,
// where "wonen" or "zorg" are usually ordinary nouns.

// use says how strongly a cue names a party in a context.
type use uint8

const (
	unused use = iota // not a cue in this context
	weak              // a party only if nothing stronger is named
	strong            // an explicit party
)

// connector is a phrase that joins parties in an owner cell.
type connector uint8

const (
	noConn  connector = iota
	connAnd           // "en", "met", "samen met": equal parties
	connSub           // "i.s.m.", "in overleg met": the parties after it support
)

// cue is what a phrase says about a party.
type cue struct {
	role      Role
	cell      use       // in an owner cell
	text      use       // in an agreement text
	capText   bool      // in a text only when written with a capital (a name)
	upperText bool      // in a text only when written in capitals (an abbreviation)
	head      bool      // an organisation word a proper name may follow: "Woonstichting X"
	name      bool      // a proper name or a word that reads as one
	conn      connector // a connector rather than a party
}

// group is a set of phrases with the same cue.
type group struct {
	cue     cue
	phrases string
}

var lexicon = []group{
	// Gemeente.
	{cue{role: Gemeente, cell: strong, text: strong, head: true},
		"gemeente|gemeenten|gemeentebestuur|gemeenteraad|gemeentelijke organisatie|college|" +
			"college van b & w|college van b en w|college van burgemeester en wethouders|b & w|b en w|" +
			"burgemeester en wethouders|benw|wethouder|wethouders|burgemeester|stadsdeel|stadsbestuur|" +
			"ambtenaar|ambtenaren|ambtelijke organisatie|omgevingsdienst|portefeuillehouder|" +
			"portefeuillehouder wonen|gemeentesecretaris|raad"},
	{cue{role: Gemeente, cell: strong},
		"gem|ambtelijk|gemeentelijk|gemeentelijke|wmo|sociaal domein|vth|ro|bouwtoezicht|gemeentewerken"},
	{cue{role: Gemeente, cell: weak},
		"afdeling|afd|team|sector|cluster|directie|dienst|bureau|beleid|beleidsadviseur|beleidsmedewerker|" +
			"beleidsteam|programma|programmamanager|programmateam|loket"},

	// Corporatie.
	{cue{role: Corporatie, cell: strong, text: strong, head: true},
		"corporatie|corporaties|woningcorporatie|woningcorporaties|wooncorporatie|wooncorporaties|" +
			"woonstichting|woningstichting|woningbouwvereniging|woningbouwstichting|woningbedrijf|" +
			"woonvereniging|toegelaten instelling|toegelaten instellingen|verhuurder|verhuurders|woco"},
	{cue{role: Corporatie, cell: strong, text: strong},
		"huismeester|huismeesters|opzichter|opzichters|woonconsulent|woonconsulenten|wijkconsulent|" +
			"wijkconsulenten|wijkbeheerder|wijkbeheerders|verhuurmakelaar|directeur bestuurder|" +
			"raad van bestuur|raad van toezicht|bewonersconsulent|bewonersconsulenten"},
	{cue{role: Corporatie, cell: strong},
		"corp|corpo|wbv|vastgoed|verhuur|onderhoud|projectontwikkeling|bewonerszaken|klantcontact|wijkbeheer"},

	// Huurders.
	{cue{role: Huurders, cell: strong, text: strong, head: true},
		"huurdersvereniging|huurdersverenigingen|huurdersorganisatie|huurdersorganisaties|huurdersbelang|" +
			"huurdersbelangenvereniging|huurdersraad|huurdersraden|huurderskoepel|huurdersplatform|" +
			"huurderscommissie|huurderscommissies|huurdersadviesraad|huurdersfederatie|huurderspanel|" +
			"huurdersvertegenwoordiging|huurdersvertegenwoordigers|huurdersvertegenwoordiger|huurdersbond|" +
			"huurdersdelegatie|bewonerscommissie|bewonerscommissies|bewonersraad|bewonersraden|" +
			"bewonersvereniging|bewonersorganisatie|bewonersorganisaties|bewonersplatform|bewonerskoepel|" +
			"klantenraad|klantenraden|woonbond"},
	{cue{role: Huurders, cell: strong, text: weak},
		"huurder|huurders|bewoner|bewoners"},
	{cue{role: Huurders, cell: strong, text: strong, upperText: true, head: true},
		"ho|hv|hbv|hvo|har|bc"},

	// Zorg en welzijn.
	{cue{role: ZorgWelzijn, cell: strong, text: strong, head: true},
		"zorgaanbieder|zorgaanbieders|zorgpartner|zorgpartners|zorgpartij|zorgpartijen|zorgorganisatie|" +
			"zorgorganisaties|zorginstelling|zorginstellingen|zorggroep|zorgkantoor|zorgkantoren|" +
			"zorgverzekeraar|zorgverzekeraars|zorgverlener|zorgverleners|thuiszorg|thuiszorgorganisatie|" +
			"welzijnsorganisatie|welzijnsorganisaties|welzijnspartij|welzijnspartijen|welzijnspartner|" +
			"welzijnspartners|welzijnsinstelling|welzijnsinstellingen|welzijnswerk|welzijnswerker|" +
			"welzijnswerkers|welzijnsstichting|ggd|ggz|wijkteam|wijkteams|buurtteam|buurtteams|sociaal team|" +
			"sociaal wijkteam|sociale wijkteams|maatschappelijk werk|maatschappelijke opvang|" +
			"vluchtelingenwerk|ribw|jeugdzorg|wijkverpleging|huisarts|huisartsen|zorgcoordinator|" +
			"mantelzorgorganisatie|opvanginstelling|zorg en welzijnspartijen|zorg en welzijnsorganisaties|" +
			"zorg en welzijnspartners|zorgcentrum"},
	{cue{role: ZorgWelzijn, cell: strong, text: strong, capText: true, head: true},
		"zorg|welzijn|beschermd wonen|opvang|zorg en welzijn|welzijn en zorg|zorg & welzijn|" +
			"welzijn & zorg|wonen zorg en welzijn"},
	{cue{role: ZorgWelzijn, cell: strong}, "mee"},

	// Several parties.
	{cue{role: Gezamenlijk, cell: strong, text: strong},
		"partijen|partners|alle partijen|beide partijen|elke partij|iedere partij|alle drie|drie partijen|" +
			"ketenpartners|samenwerkingspartners|convenantpartners|convenantpartijen|" +
			"prestatieafspraakpartners|prestatieafspraakpartijen|stuurgroep|werkgroep|kernteam|projectgroep|" +
			"regiegroep|driehoek"},
	{cue{role: Gezamenlijk, cell: strong},
		"allen|allemaal|samen|gezamenlijk|gezamenlijke|iedereen|alle|tripartiet|overleg|bestuurlijk overleg|" +
			"ambtelijk overleg|partij"},

	// Connectors of an owner cell.
	{cue{conn: connAnd}, "en|of|met|samen met|alsmede|icm|i c m|in combinatie met|zowel|als|plus"},
	{cue{conn: connSub},
		"ism|i s m|in samenwerking met|iom|i o m|in overleg met|mmv|m m v|met medewerking van|" +
			"met ondersteuning van|ondersteund door|met hulp van|met inbreng van|met input van|" +
			"met advies van|na overleg met|gesteund door"},
}

// Marker words in an owner cell say that the party next to them leads
// ("Gemeente (trekker), corporatie") or supports.
var (
	leadMarkers = wordSet("trekker|kartrekker|lead|penvoerder|eerstverantwoordelijk|eerstverantwoordelijke|" +
		"eindverantwoordelijk|eindverantwoordelijke|hoofdverantwoordelijk|hoofdverantwoordelijke|" +
		"verantwoordelijk|verantwoordelijke|regie|regiehouder|regisseur|coordinator|coordinatie|leidend|" +
		"aanjager|trekt|initiatiefnemer|eigenaar|hoofdtrekker|leider")
	supportMarkers = wordSet("ondersteunend|ondersteuning|ondersteunt|support|adviserend|advies|adviseert|" +
		"betrokken|meedenkend|meedenken|faciliterend|facilitator|faciliteert|input|informerend|geinformeerd|" +
		"partner|deelnemer|deelnemend|meewerkend|aangehaakt|ondersteunende")
	// placeholders fill an owner cell that names no one.
	placeholders = wordSet("nvt|ntb|nnb|tbd|pm|onbekend|nader|te|bepalen|bepaald|nog|niet|x|geen|nee|leeg|" +
		"wie|n|v|t|b|nb|nvt|idem|zie|boven|hierboven|toelichting|tba|na|volgt")
	// labelWords may open an owner cell before a colon: "Trekker: gemeente".
	labelWords = wordSet("trekker|wie|lead|eigenaar|verantwoordelijk|verantwoordelijke|partij|door")
	// orgWords make an unrecognised part of an owner cell read as a party.
	orgWords = wordSet("stichting|vereniging|bv|nv|groep|cooperatie|instelling|organisatie|fonds|platform|" +
		"federatie|bond|raad")
	// corpOrgWords open a corporation's name ("Woonstichting Amstelland");
	// such names are discovered in owner cells and their short form learnt.
	corpOrgWords = wordSet("woonstichting|woningstichting|wooncorporatie|woningcorporatie|woningbouwvereniging|" +
		"woningbouwstichting|woonvereniging|stichting|vereniging")
)

// Words of an agreement text.
var (
	// determiners may stand between a preposition and the party it governs.
	determiners = wordSet("de|het|een|alle|beide|elke|iedere|deze|onze|ons|haar|hun|zijn|betrokken|drie|twee|" +
		"vier|overige|andere|lokale|plaatselijke|gezamenlijke|samenwerkende|deelnemende|verantwoordelijke|" +
		"sociale|betreffende|desbetreffende|genoemde|regionale|individuele|diverse|verschillende|zowel|" +
		"enkele|meerdere|alle|ook|beide|lokaal|t|s")
	// prepositions put the party they govern outside the subject.
	prepositions = wordSet("aan|met|voor|bij|naar|tot|over|onder|tussen|vanuit|uit|namens|richting|jegens|" +
		"tegen|zonder|per|binnen|buiten|op|in|om|na|via|ten|te|ter|behalve|dan|als|ism|iom|mmv|vanwege|" +
		"dankzij|waaronder|zoals|inclusief|bijvoorbeeld|waarbij|door|van|samen")
	// pronouns are subjects that do not say who.
	pronouns = wordSet("wij|we|zij|ze|hij|ik|u|jullie")
	// subordinators open a clause before the main clause: "Als de
	// gemeente grond levert, bouwt de corporatie".
	subordinators = wordSet("als|indien|wanneer|zodra|nadat|mits|zolang|omdat|doordat|voordat|tenzij|hoewel|" +
		"opdat|nu|terwijl")
	// qualifiers after plain "huurders" make it a group described or
	// served, not a party: "huurders met een laag inkomen".
	qualifiers = wordSet("met|die|van|uit|in|zonder|op|boven|onder|tot|welke|wier|voor|die|aan|bij|of|" +
		// tenants who receive or may do something are served, not acting:
		// "Elke huurder kan reparaties online melden".
		"kan|kunnen|mag|mogen|krijgt|krijgen|ontvangt|ontvangen|heeft|hebben|betaalt|betalen|worden|wordt")
	// particles may stand inside a proper name: "Woningstichting De Vaart".
	particles = wordSet("de|het|van|den|der|des|t|s|aan|op|ter|ten|in|en|&")
)

// Word-shape heuristics: a word starting with "woon" or ending in "wonen"
// reads as a corporation's name, one starting or ending with "zorg" as a
// care provider's name, except for these ordinary nouns and verbs (prefixes).
var (
	woonNouns = prefixList("woonlast|woonruimte|woonwijk|woonomgeving|woonvisie|woonbehoefte|woonwens|" +
		"woonagenda|woondeal|woonakkoord|woonbegeleid|woonzorgc|woonzorgz|woonzorgv|woonzorgw|woonzorgp|" +
		"woonvorm|woonfraude|woonoverlast|woonplaats|woonduur|woonquote|woontevreden|woonmilieu|" +
		"woonkwaliteit|woonwagen|woonboot|woonboten|woonerf|woonkeuken|woonkamer|woonbeleid|woonopgave|" +
		"woonmarkt|woongebouw|woonbestemming|woonproduct|woonsituatie|woonlocatie|woonprogramma|woonwerk|" +
		"woonmobiliteit|woonrecht|woonoppervla|woonunit|woonvoorziening|woononderzoek|woonprofiel|" +
		"wooncrisis|woonbeurs|woonkeur|woongeluk|wooncarriere|wooncomplex|woonblok|woonplek|woonzorgvisie|woont|woonde|woonachtig|" +
		"woonservicegebied|woonservicezone|woonconcepten|woonoplossing|woonlasten|woonwijken|woonkernen|" +
		"woonschip|woonark|woonfunctie|woongedeelte|woonbehoeften|woonruimteverdeling|woonvergunning|" +
		"woonbegeleiding|woonomstandigheden|woonwensenonderzoek|woonstraat|woonbuurt|woonpas")
	wonenNouns = prefixList("flexwonen|seniorenwonen|jongerenwonen|groepswonen|thuiswonen|kangoeroewonen|" +
		"samenwonen|beschermdwonen|begeleidwonen|studentenwonen|zorgwonen|zelfstandigwonen|tijdelijkwonen|" +
		"containerwonen|knarrenhofwonen|ouderenwonen|generatiewonen|levensloopwonen|bewonen|inwonen|" +
		"doorwonen|meewonen|bijwonen|ommewonen|woningdelen|langerthuiswonen|tussenwonen|zelfbouwwonen")
	zorgNouns = prefixList("zorgt|zorgen|zorgde|zorgvuldig|zorgdrag|zorgdraag|zorgplicht|zorgvra|zorgbehoe|" +
		"zorgwoning|zorgvastgoed|zorgzwaarte|zorgpad|zorgkosten|zorgmijd|zorgelijk|zorgwekkend|zorgbudget|" +
		"zorgindicatie|zorgstructuur|zorgaanbod|zorgvoorziening|zorgtaken|zorgcomplex|zorgappartement|" +
		"zorgeenhe|zorgplaats|zorglandschap|zorggeschikt|zorgmelding|zorgsignal|zorgprofiel|zorgconsumptie|" +
		"zorgverzekering|zorgtoeslag|zorgafspra|zorgopgave|zorgstelsel|zorgverlening|zorgbeleid|zorgvorm|" +
		"zorgunit|zorgbehoefte|zorgdomein|zorgpunt")
	zorgSuffixNouns = wordSet("woonzorg|nazorg|mantelzorg|zelfzorg|bezorg|verzorg|voorzorg|huisvestingszorg|" +
		"uitzorg|opzorg")
)
