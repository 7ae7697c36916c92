package theme

import "testing"

func TestClean(t *testing.T) {
	for _, c := range []struct{ raw, want string }{
		{"3. Verduurzaming van het bezit", "Verduurzaming van het bezit"},
		{"Thema 2 - Beschikbaarheid", "Beschikbaarheid"},
		{"Hoofdstuk 4: Kwetsbare groepen", "Kwetsbare groepen"},
		{"2.6 Procesafspraken", "Procesafspraken"},
		{"2.6. Procesafspraken", "Procesafspraken"},
		{"01 Betaalbaarheid", "Betaalbaarheid"},
		{"3a. Huurbeleid", "Huurbeleid"},
		{"(2) Nieuwbouw", "Nieuwbouw"},
		{"B) Leefbaarheid", "Leefbaarheid"},
		{"IV. Wonen en zorg", "Wonen en zorg"},
		{"H3. Duurzaamheid", "Duurzaamheid"},
		{"H 3 Duurzaamheid", "Duurzaamheid"},
		{"hoofdstuk 5 – Leefbaarheid", "Leefbaarheid"},
		{"§ 2.1 Nieuwbouw", "Nieuwbouw"},
		{"Thema: Duurzaamheid", "Duurzaamheid"},
		{"  Nr. 7 Samenwerking ", "Samenwerking"},
		{"3.", ""},
		{"Thema 5", ""},
		// Not numbering.
		{"Huurbeleid", "Huurbeleid"},
		{"Vocht en schimmel", "Vocht en schimmel"},
		{"In de wijk", "In de wijk"},
		{"Jaarschijf 2025", "Jaarschijf 2025"},
		{"Thematische afspraken", "Thematische afspraken"},
		{"Deelname huurders", "Deelname huurders"},
		{"Mr. Smit", "Mr. Smit"},
		{"10jarig plan", "10jarig plan"},
		{"", ""},
	} {
		if got := Clean(c.raw); got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.raw, got, c.want)
		}
	}
}

func TestLocalKey(t *testing.T) {
	a, b := LocalKey("3. Prettig wonen in de wijk"), LocalKey("prettig  wonen in de WIJK")
	if a != b || a != "prettigwonenindewijk" {
		t.Errorf("LocalKey: %q, %q", a, b)
	}
	if LocalKey("Thema 4") != "" {
		t.Error("a bare number has an empty key")
	}
}
