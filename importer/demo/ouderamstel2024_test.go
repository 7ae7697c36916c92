package demo

// ouderAmstel2024 is Ouder-Amstel's previous jaarschijf, the year-end
// progress report of 2024 (buildVoortgang, an xlsx where 2025 is a CSV),
// for the Verloop screen: numbered 1 to 14 where 2025 runs to 27,
// reworded figures and deadlines, woonfraude under another local theme
// name (the same national theme), two agreements dropped, and the
// flexlocatie in Duivendrecht back in 2025 after a "vertraagd" 2024
// (doorgeschoven).
var ouderAmstel2024 = Gemeente{
	Name:    "Ouder-Amstel",
	File:    "Ouder-Amstel voortgang 2024.xlsx",
	Year:    "2024",
	Tenants: "Huurdersbelangenvereniging Ouderkerk-Duivendrecht",
	build:   buildVoortgang,
	Afspraken: []Afspraak{
		{Theme: "Huurprijzen en woonlasten", Number: "1",
			Text:   "De corporatie verhoogt per 1 juli 2024 de huren van sociale huurwoningen met maximaal de inflatie (CPI).",
			Owner:  Corporation,
			DueRaw: "1-7-2024", Due: "2024-07-01", Status: "Afgerond"},
		{Theme: "Huurprijzen en woonlasten", Number: "2",
			Text:   "De gemeente stelt in 2024 € 50.000 beschikbaar voor het energiefonds voor huishoudens met hoge energielasten.",
			Owner:  "Gemeente",
			DueRaw: "31-12-2024", Due: "2024-12-31", Status: "Afgerond"},

		{Theme: "Woningbouw", Number: "3",
			Text:   "De gemeente stelt uiterlijk 31 december 2024 een locatie beschikbaar voor flexwoningen in Duivendrecht.",
			Owner:  "Gemeente",
			DueRaw: "31-12-2024", Due: "2024-12-31", Status: "Vertraagd"},
		{Theme: "Woningbouw", Number: "4",
			Text:   "De corporatie verkoopt in de looptijd van deze afspraken geen sociale huurwoningen in Ouderkerk aan de Amstel.",
			Owner:  Corporation,
			DueRaw: "doorlopend", Status: "Nagekomen"},
		{Theme: "Woningbouw", Number: "5",
			Text:   "De gemeente laat in 2024 een woonbehoefteonderzoek uitvoeren voor Ouderkerk aan de Amstel en Duivendrecht.",
			Owner:  "Gemeente",
			DueRaw: "Q3 2024", Due: "2024-Q3", Status: "Afgerond"},

		{Theme: "Duurzaamheid", Number: "6",
			Text:   "De corporatie legt bij renovaties waar mogelijk groene daken aan.",
			Owner:  Corporation,
			DueRaw: "doorlopend", Status: "Uitgevoerd"},
		{Theme: "Duurzaamheid", Number: "7",
			Text:   "De corporatie houdt in 2024 een huurderstevredenheidsonderzoek naar het binnenklimaat na renovatie.",
			Owner:  Corporation,
			DueRaw: "2024", Due: "2024", Status: "Afgerond"},

		{Theme: "Leefbaarheid en veiligheid", Number: "8",
			Text:   "Gemeente en corporatie pakken woonfraude en overlast samen aan; de corporatie meldt signalen binnen 4 weken bij het meldpunt van de gemeente.",
			Owner:  "Gemeente en corporatie",
			DueRaw: "doorlopend", Status: "Uitgevoerd"},
		{Theme: "Leefbaarheid en veiligheid", Number: "9",
			Text:   "De corporatie zet een buurtconciërge in voor 16 uur per week in Duivendrecht.",
			Owner:  Corporation,
			DueRaw: "2024", Due: "2024", Status: "Uitgevoerd"},

		{Theme: "Kwetsbare doelgroepen", Number: "10",
			Text:   "De corporatie stelt in 2024 10 woningen beschikbaar voor vergunninghouders.",
			Owner:  Corporation,
			DueRaw: "31-12-2024", Due: "2024-12-31", Status: "Gereed"},
		{Theme: "Kwetsbare doelgroepen", Number: "11",
			Text:   "De corporatie huisvest jaarlijks 3 cliënten die uitstromen uit beschermd wonen of de maatschappelijke opvang, mits de gemeente passende begeleiding regelt.",
			Owner:  "Gemeente en corporatie",
			DueRaw: "doorlopend", Status: "Uitgevoerd"},

		{Theme: "Kwaliteit en dienstverlening", Number: "12",
			Text:   "De corporatie pakt meldingen van vocht en schimmel binnen 6 weken na melding aan en rapporteert ieder half jaar het aantal meldingen aan de huurdersbelangenvereniging.",
			Owner:  Corporation,
			DueRaw: "doorlopend", Status: "Uitgevoerd"},

		{Theme: "Monitoring en overleg", Number: "13",
			Text:   "Partijen evalueren de prestatieafspraken jaarlijks in het vierde kwartaal en stellen zo nodig de jaarschijf bij.",
			Owner:  "Alle partijen",
			DueRaw: "Q4 2024", Due: "2024-Q4", Status: "Afgerond"},
		{Theme: "Monitoring en overleg", Number: "14",
			Text:   "De huurdersbelangenvereniging brengt vóór 1 juni 2024 een ongevraagd advies uit over de huurverhoging en de jaarschijf 2025.",
			Owner:  "Huurdersbelangenvereniging Ouderkerk-Duivendrecht",
			DueRaw: "1-6-2024", Due: "2024-06-01", Status: "Afgerond"},
	},
}
