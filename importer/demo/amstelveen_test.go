package demo

// amstelveen is a Word document as a gemeente's policy department writes
// it: a title and an introduction, then one table Nr | Thema | Afspraak |
// Trekker | Planning | Status whose Thema cells are merged down over each
// theme's rows, one Afspraak cell of several paragraphs, and a signature
// table under it.
var amstelveen = Gemeente{
	Name:    "Amstelveen",
	File:    "Prestatieafspraken Amstelveen 2025.docx",
	Year:    "2025",
	Tenants: "Huurdersvereniging Amstelveen",
	build:   buildAmstelveen,
	Afspraken: []Afspraak{
		{Theme: "Betaalbaar wonen", Number: "1.1",
			Text:  "De corporatie verhoogt per 1 juli 2025 de huren van sociale huurwoningen met maximaal de inflatie.",
			Owner: Corporation, DueRaw: "1 juli 2025", Due: "2025-07-01", Status: "afgerond"},
		{Theme: "Betaalbaar wonen", Number: "1.2",
			Text:  "De corporatie biedt huurders met een betalingsachterstand binnen 4 weken een betalingsregeling aan en meldt hen met hun toestemming bij de schuldhulpverlening van de gemeente.",
			Owner: Corporation, DueRaw: "doorlopend", Due: "", Status: "loopt"},
		{Theme: "Betaalbaar wonen", Number: "1.3",
			Text:  "Partijen gaan met elkaar in gesprek over de betaalbaarheid van de woonlasten.",
			Owner: "Alle partijen", DueRaw: "2025", Due: "2025", Status: "niet gestart"},
		{Theme: "Nieuwbouw", Number: "2.1",
			Text: "De corporatie start in 2025 de bouw van 96 sociale huurwoningen in Westwijk:\n" +
				"• 60 appartementen voor starters en senioren;\n" +
				"• 36 eengezinswoningen.",
			Owner: Corporation, DueRaw: "Q4 2025", Due: "2025-Q4", Status: "loopt"},
		{Theme: "Nieuwbouw", Number: "2.2",
			Text:  "De gemeente stelt uiterlijk 1 maart 2026 het bestemmingsplan voor Kronenburg vast, zodat daar 120 sociale huurwoningen kunnen worden gebouwd.",
			Owner: "Gemeente Amstelveen", DueRaw: "Q1 2026", Due: "2026-Q1", Status: "loopt"},
		{Theme: "Nieuwbouw", Number: "2.3",
			Text:  "Gemeente en corporatie verkennen de mogelijkheden voor tijdelijke woningen op braakliggende kavels.",
			Owner: "Gemeente en corporatie", DueRaw: "2026", Due: "2026", Status: "niet gestart"},
		{Theme: "Verduurzaming", Number: "3.1",
			Text:  "De corporatie isoleert in 2025 en 2026 de 210 woningen in Bankras-Kostverloren naar minimaal label B.",
			Owner: Corporation, DueRaw: "2025-2026", Due: "2025/2026", Status: "loopt"},
		{Theme: "Verduurzaming", Number: "3.2",
			Text:  "De corporatie streeft ernaar zo veel mogelijk woningen van zonnepanelen te voorzien.",
			Owner: Corporation, DueRaw: "doorlopend", Due: "", Status: "loopt"},
		{Theme: "Verduurzaming", Number: "3.3",
			Text:  "De gemeente stelt in 2025 de wijkuitvoeringsplannen aardgasvrij voor Elsrijk en Randwijck vast en betrekt de corporatie en de huurdersvereniging bij de opstelling.",
			Owner: "Gemeente Amstelveen", DueRaw: "eind 2025", Due: "2025", Status: "vertraagd"},
		{Theme: "Wonen en zorg", Number: "4.1",
			Text:  "De corporatie wijst jaarlijks 15 woningen toe aan uitstromers uit beschermd wonen; de gemeente zorgt voor begeleiding.",
			Owner: "Gemeente en corporatie", DueRaw: "jaarlijks", Due: "", Status: "loopt"},
		{Theme: "Wonen en zorg", Number: "4.2",
			Text:  "De huurdersvereniging peilt in 2026 onder haar leden de behoefte aan geclusterde woonvormen voor ouderen en bespreekt de uitkomst met gemeente en corporatie.",
			Owner: "Huurdersvereniging Amstelveen", DueRaw: "2026", Due: "2026", Status: "niet gestart"},
		{Theme: "Leefbaarheid", Number: "5.1",
			Text:  "De corporatie houdt in 2025 in elke wijk met meer dan 200 van haar woningen een wijkschouw met bewoners en gemeente.",
			Owner: Corporation, DueRaw: "2025", Due: "2025", Status: "afgerond"},
		{Theme: "Leefbaarheid", Number: "5.2",
			Text:  "Partijen zetten zich in voor prettige en veilige buurten.",
			Owner: "Alle partijen", DueRaw: "", Due: "", Status: ""},
		{Theme: "Samenwerking", Number: "6.1",
			Text:  "Partijen monitoren de afspraken twee keer per jaar in het bestuurlijk overleg en stellen de jaarschijf 2026 vóór 15 december 2025 vast.",
			Owner: "Alle partijen", DueRaw: "15 december 2025", Due: "2025-12-15", Status: "loopt"},
	},
}
