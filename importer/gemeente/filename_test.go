package gemeente

import "testing"

func TestFromFileName(t *testing.T) {
	cases := []struct {
		in, name, written string
	}{
		{"ouder-amstel_afspraken_2025.csv", "Ouder-Amstel", "ouder-amstel"},
		{"OuderAmstel.xlsx", "Ouder-Amstel", "OuderAmstel"},
		{"ouderamstel.xlsx", "Ouder-Amstel", "ouderamstel"},
		{"PA_Den_Haag_2025.xlsx", "'s-Gravenhage", "Den_Haag"},
		{"PADenHaag2025.xlsx", "'s-Gravenhage", "DenHaag"},
		{"prestatieafspraken-uithoorn-2025-2028.xlsx", "Uithoorn", "uithoorn"},
		{"2025 Aalsmeer jaarschijf.xlsx", "Aalsmeer", "Aalsmeer"},
		{"Jaarschijf_sHertogenbosch.xlsx", "'s-Hertogenbosch", "sHertogenbosch"},
		{"jaarschijf-s-hertogenbosch.xlsx", "'s-Hertogenbosch", "s-hertogenbosch"},
		{"landsmeer.xlsx", "Landsmeer", "landsmeer"},
		{"/data/2024/in/Uithoorn.xlsx", "Uithoorn", "Uithoorn"},
		{`C:\Users\pa\Documents\Bergen op Zoom.xlsx`, "Bergen op Zoom", "Bergen op Zoom"},
		{"CapelleAanDenIJssel.xlsx", "Capelle aan den IJssel", "CapelleAanDenIJssel"},
		{"capelle-a-d-ijssel.csv", "Capelle aan den IJssel", "capelle-a-d-ijssel"},
		{"PAIJsselstein.xlsx", "IJsselstein", "IJsselstein"},
		{"Súdwest-Fryslân 2025.xlsx", "Súdwest-Fryslân", "Súdwest-Fryslân"},
		{"zuidwest-friesland-2025.xlsx", "Súdwest-Fryslân", "zuidwest-friesland"},
		{"BergenNH.xlsx", "Bergen (NH.)", "BergenNH"},
		{"bergen_l_2025.csv", "Bergen (L.)", "bergen_l"},
		{"HengeloOv.xlsx", "Hengelo (O.)", "HengeloOv"},
		{"hengelo-afspraken.xlsx", "Hengelo (O.)", "hengelo"},
		{"weesp-amsterdam.xlsx", "Amsterdam", "weesp"},
		{"best.xlsx", "Best", "best"},
		{"Best_2025.xlsx", "Best", "Best"},
		{"pa-best-2025-concept.xlsx", "Best", "best"},
		{"gemeente-buren-overzicht.xlsx", "Buren", "buren"},
		{"Prestatieafspraken Putten 2025.xlsx", "Putten", "Putten"},
		{"prestatieafspraken laren.xlsx", "Laren (NH.)", "laren"},
		{"Afspraken gemeente Den Haag v2.xlsx", "'s-Gravenhage", "Den Haag"},
		{"st-michielsgestel.xlsx", "Sint-Michielsgestel", "st-michielsgestel"},
	}
	for _, c := range cases {
		m, ok := FromFileName(c.in)
		if !ok || m.Name != c.name || m.Written != c.written {
			t.Errorf("FromFileName(%q) = %+v, %v; want %q written %q", c.in, m, ok, c.name, c.written)
		}
	}
	if m, _ := FromFileName("weesp-2021.xlsx"); m.Former != "Weesp" || m.FormerYear != 2022 || m.Code != "GM0363" {
		t.Errorf("FromFileName(weesp-2021.xlsx) = %+v", m)
	}
}

func TestFromFileNameRejects(t *testing.T) {
	for _, in := range []string{
		"best-practices.xlsx",
		"BestPractices.xlsx",
		"2025 best practices.xlsx",
		"afspraken.xlsx",
		"prestatieafspraken_2025.xlsx",
		"de-buren.xlsx",
		"putten-uit-ervaring.xlsx",
		"goes-live.xlsx",
		"op-meer-locaties.xlsx",
		"water_land.xlsx",
		"bergen.xlsx",
		"pa_bergen_2025.xlsx",
		"uithoorn-amstelveen.xlsx",
		"Amstelveen_Aalsmeer_2025.xlsx",
		"hengelo-gld.xlsx",
		"beek-en-donk.xlsx",
		"provincie-utrecht-2025.xlsx",
		"woonstichting-de-key.xlsx",
		"eigen-haard.xlsx",
		"",
		"README",
		"/data/uithoorn/afspraken.xlsx", // only the base name counts
	} {
		if m, ok := FromFileName(in); ok {
			t.Errorf("FromFileName(%q) = %+v, want no match", in, m)
		}
	}
}

func TestTokenizeFileName(t *testing.T) {
	cases := map[string]string{
		"PADenHaag2025":       "pa|den|haag|2025",
		"sHertogenbosch":      "s|hertogenbosch",
		"CapelleAanDenIJssel": "capelle|aan|den|ijssel",
		"PAIJsselstein":       "pa|ijsselstein",
		"ouder-amstel_2025":   "ouder|amstel|2025",
		"BergenNH":            "bergen|nh",
		"Súdwest-Fryslân":     "sudwest|fryslan",
	}
	for in, want := range cases {
		got := ""
		for i, tok := range tokenizeFileName(in) {
			if i > 0 {
				got += "|"
			}
			got += tok.key
		}
		if got != want {
			t.Errorf("tokenizeFileName(%q) = %q, want %q", in, got, want)
		}
	}
}
