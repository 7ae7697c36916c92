package demo

// deRondeVenen is a Word document of numbered paragraphs, as most
// prestatieafspraken are signed: a title and a "Vooraf" in prose, then
// headings numbered by Word (Kop 1 with list numbering "1.", "2.") with the
// agreements as a Word list under them ("1.1", "1.2"), prose between them,
// one agreement with bullets under it, and an "Ondertekening" at the end.
// Nothing names a trekker or a date but the text itself.
var deRondeVenen = Gemeente{
	Name:    "De Ronde Venen",
	File:    "De Ronde Venen - prestatieafspraken 2025-2028.docx",
	Year:    "2025-2028",
	Tenants: "Huurdersbelangenvereniging De Ronde Venen",
	build:   buildDeRondeVenen,
	Afspraken: []Afspraak{
		{Theme: "Betaalbaarheid", Number: "1.1",
			Text: "De corporatie houdt de gemiddelde huur van haar sociale huurwoningen in De Ronde Venen in 2025 onder 95% van de maximaal redelijke huur."},
		{Theme: "Betaalbaarheid", Number: "1.2",
			Text: "De corporatie en de gemeente spannen zich in om huisuitzettingen wegens huurachterstand te voorkomen."},
		{Theme: "Betaalbaarheid", Number: "1.3",
			Text: "De gemeente verstrekt in 2025 energiebespaarboxen aan 500 huishoudens in huurwoningen van de corporatie."},
		{Theme: "Beschikbaarheid en nieuwbouw", Number: "2.1",
			Text: "De corporatie levert tot en met 2028 ten minste 180 sociale huurwoningen op, waarvan:\n" +
				"70 in Mijdrecht (Westkant);\n" +
				"60 in Vinkeveen (Kerklaan);\n" +
				"50 in Abcoude."},
		{Theme: "Beschikbaarheid en nieuwbouw", Number: "2.2",
			Text: "De gemeente brengt vóór 1 januari 2026 een grondprijs voor sociale huur van ten hoogste € 25.000 per woning in rekening."},
		{Theme: "Beschikbaarheid en nieuwbouw", Number: "2.3",
			Text: "Partijen onderzoeken hoe de doorstroming van ouderen naar kleinere woningen kan worden bevorderd."},
		{Theme: "Duurzaamheid", Number: "3.1",
			Text: "De corporatie heeft eind 2028 geen woningen meer met een E-, F- of G-label in De Ronde Venen."},
		{Theme: "Duurzaamheid", Number: "3.2",
			Text: "De corporatie vervangt in 2025 en 2026 bij 300 woningen in Wilnis de cv-ketel door een hybride warmtepomp."},
		{Theme: "Duurzaamheid", Number: "3.3",
			Text: "Partijen werken samen aan een klimaatbestendige woonomgeving."},
		{Theme: "Leefbaarheid", Number: "4.1",
			Text: "De corporatie zet vanaf 1 maart 2025 in Mijdrecht-Oost een huismeester in voor 24 uur per week."},
		{Theme: "Leefbaarheid", Number: "4.2",
			Text: "Gemeente en corporatie houden in 2025 in Abcoude en Vinkeveen ieder één buurtavond over overlast, samen met de politie."},
		{Theme: "Samenwerking", Number: "5.1",
			Text: "Gemeente, corporatie en Huurdersbelangenvereniging De Ronde Venen evalueren de afspraken ieder jaar in het vierde kwartaal en leggen de uitkomst vast in de jaarschijf."},
	},
}
