package importer

import "testing"

func TestTidyText(t *testing.T) {
	cases := map[string]string{
		"  De  corporatie\t levert  ":              "De corporatie levert",
		"• eerste\r\n  - tweede\n\n* derde\n–vier": "eerste\ntweede\nderde\nvier",
		"-5 graden blijft":                         "-5 graden blijft",
		"Regel_x000D_\nVolgende":                   "Regel\nVolgende",
		"\u00a0\u00a0":                             "",
		"al netjes":                                "al netjes",
		"spatie aan het eind ":                     "spatie aan het eind",
		" ":                                        "",
		"twee  spaties":                            "twee spaties",
		"harde\u00a0spatie":                        "harde spatie",
	}
	for in, want := range cases {
		if got := tidyText(in); got != want {
			t.Errorf("tidyText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitSectionTitle(t *testing.T) {
	cases := []struct{ in, num, title string }{
		{"2. Voldoende woningen", "2", "Voldoende woningen"},
		{"Hoofdstuk 3: Duurzaamheid", "3", "Duurzaamheid"},
		{"Thema: Wonen en zorg", "", "Wonen en zorg"},
		{"IV. Leefbaarheid", "IV", "Leefbaarheid"},
		{"Themabijeenkomsten", "", "Themabijeenkomsten"},
		{"E-labels uitfaseren", "", "E-labels uitfaseren"},
		{"Vitaal wonen", "", "Vitaal wonen"},
	}
	for _, c := range cases {
		num, title := splitSectionTitle(c.in)
		if num != c.num || title != c.title {
			t.Errorf("splitSectionTitle(%q) = %q, %q; want %q, %q", c.in, num, title, c.num, c.title)
		}
	}
}

func TestHeaderField(t *testing.T) {
	cases := map[string]Field{
		"Nr.": FieldNumber, "Afspraaknummer": FieldNumber, "#": FieldNumber,
		"Type afspraak": FieldKind, "Soort": FieldKind,
		"Toelichting op de afspraak": FieldNotes, "Opmerkingen": FieldNotes,
		"Stand van zaken": FieldStatus, "Voortgang 2025": FieldStatus,
		"Planning": FieldDue, "Uitvoeringsjaar": FieldDue, "Wanneer?": FieldDue,
		"Verantwoordelijke partij": FieldOwner, "Trekker / eigenaar": FieldOwner, "Wie": FieldOwner,
		"Gemeente": FieldGemeente, "Rol gemeente": FieldNone,
		"Thema": FieldTheme, "Hoofdstuk": FieldTheme,
		"Omschrijving afspraak": FieldText, "Prestatieafspraak": FieldText, "Activiteiten": FieldText,
		"2026": FieldYear, "Prestatieafspraken 2025 gemeente Uithoorn met alle partijen van de regio samen": FieldNone,
	}
	for in, want := range cases {
		if got := headerField(in); got != want {
			t.Errorf("headerField(%q) = %q, want %q", in, got, want)
		}
	}
}
