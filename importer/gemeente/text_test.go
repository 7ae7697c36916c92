package gemeente

import (
	"reflect"
	"testing"
)

func names(ms []Match) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, m.Name)
	}
	return out
}

func TestFindInText(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		// Titles and cover cells.
		{"Prestatieafspraken 2025 gemeente Uithoorn", []string{"Uithoorn"}},
		{"Jaarschijf 2026 Ouder-Amstel – Eigen Haard", []string{"Ouder-Amstel"}},
		{"PA Den Haag 2024-2027", []string{"'s-Gravenhage"}},
		{"Prestatieafspraken Súdwest-Fryslân", []string{"Súdwest-Fryslân"}},
		{"Prestatieafspraken Sudwest Fryslan", []string{"Súdwest-Fryslân"}},
		{"Prestatieafspraken Su\u0301dwest-Frysla\u0302n", []string{"Súdwest-Fryslân"}},
		{"Prestatieafspraken Hof van Twente 2025", []string{"Hof van Twente"}},
		{"Prestatieafspraken Laren 2025", []string{"Laren (NH.)"}},
		{"Prestatieafspraken Hengelo 2025", []string{"Hengelo (O.)"}},
		{"Prestatieafspraken Hengelo (O.) 2025", []string{"Hengelo (O.)"}},
		{"Prestatieafspraken Bergen op Zoom", []string{"Bergen op Zoom"}},
		{"Prestatieafspraken Bergen (NH.) 2025", []string{"Bergen (NH.)"}},
		{"Prestatieafspraken Bergen NH", []string{"Bergen (NH.)"}},
		{"Prestatieafspraken Bergen (L)", []string{"Bergen (L.)"}},
		{"Prestatieafspraken Amstelveen, Aalsmeer en Ouder-Amstel", []string{"Amstelveen", "Aalsmeer", "Ouder-Amstel"}},
		{"Zwolle en Kampen", []string{"Zwolle", "Kampen"}},
		{"Afspraken Den Haag ('s-Gravenhage) en Rijswijk", []string{"'s-Gravenhage", "Rijswijk (ZH.)"}},
		{"Prestatieafspraken 's-Hertogenbosch", []string{"'s-Hertogenbosch"}},
		{"Prestatieafspraken Den Bosch 2025", []string{"'s-Hertogenbosch"}},
		{"Prestatieafspraken Zuidwest-Friesland", []string{"Súdwest-Fryslân"}},
		{"Prestatieafspraken Weesp 2021", []string{"Amsterdam"}},
		{"Amsterdam en Weesp", []string{"Amsterdam"}},
		{"Prestatieafspraken gemeente Best 2025", []string{"Best"}},
		{"Gemeente Best", []string{"Best"}},
		{"Gem. Best", []string{"Best"}},
		{"PRESTATIEAFSPRAKEN GEMEENTE BEST 2025", []string{"Best"}},
		{"PRESTATIEAFSPRAKEN UTRECHT 2025", []string{"Utrecht"}},
		{"Putten is een mooie plek. Wonen in Putten", []string{"Putten"}},
		{"De prestatieafspraken van Leiden", []string{"Leiden"}},
		{"Nieuwbouw in Beek", []string{"Beek (L.)"}},
		{"Het OSS-project in Ede", []string{"Ede"}},
		{"Provincie Utrecht en gemeente Zeist", []string{"Zeist"}},
		{"Prestatieafspraken Midden-Groningen", []string{"Midden-Groningen"}},
		{"Prestatieafspraken OuderAmstel", []string{"Ouder-Amstel"}},
		{"Prestatieafspraken St.-Michielsgestel", []string{"Sint-Michielsgestel"}},
		{"Prestatieafspraken Nuenen c.a.", []string{"Nuenen, Gerwen en Nederwetten"}},
		{"Prestatieafspraken IJsselstein en Capelle aan den IJssel", []string{"IJsselstein", "Capelle aan den IJssel"}},
		{"Prestatieafspraken het Bildt", []string{"Waadhoeke"}},

		// Must not match.
		{"Woonstichting De Key", nil},
		{"prestatieafspraken gemeente uithoorn", nil},
		{"Prestatieafspraken Bergen", nil},
		{"Best practices voor prestatieafspraken", nil},
		{"Prestatieafspraken: Best Practices", nil},
		{"PRESTATIEAFSPRAKEN BEST PRACTICES", nil},
		{"PRESTATIEAFSPRAKEN LAREN 2025", nil},
		{"Goede Buren in de wijk", nil},
		{"Project De Buren", nil},
		{"we putten uit ervaring", nil},
		{"Het beste voor de buren", nil},
		{"Laren 2025", nil},
		{"Sluis open", nil},
		{"Overleg met Jan van Houten en Van Dongen", nil},
		{"Provincie Utrecht", nil},
		{"Woningbouw in Hengelo (Gld)", nil},
		{"Woningbouw in Beek en Donk", nil},
		{"Vakantie in Bergen aan Zee", nil},
		{"Amstel, Eigen Haard en de Alliantie", nil},
		{"Het OSS-beleid", nil},
		{"berg en dal", nil},
		{"", nil},
	}
	for _, c := range cases {
		got := FindInText(c.in)
		want := c.want
		if want == nil {
			want = []string{}
		}
		if !reflect.DeepEqual(names(got), want) {
			t.Errorf("FindInText(%q) = %q, want %q", c.in, names(got), want)
		}
	}
}

func TestFindInTextFields(t *testing.T) {
	cases := []struct {
		in   string
		want Match
	}{
		{"PA Den Haag 2024-2027", Match{Name: "'s-Gravenhage", Code: "GM0518", Written: "Den Haag"}},
		{"Prestatieafspraken 's-Hertogenbosch", Match{Name: "'s-Hertogenbosch", Code: "GM0796", Written: "'s-Hertogenbosch"}},
		{"Prestatieafspraken Bergen (NH.) 2025", Match{Name: "Bergen (NH.)", Code: "GM0373", Written: "Bergen (NH.)"}},
		{"Jaarschijf Weesp 2021", Match{Name: "Amsterdam", Code: "GM0363", Written: "Weesp", Former: "Weesp", FormerYear: 2022}},
	}
	for _, c := range cases {
		got := FindInText(c.in)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("FindInText(%q) = %+v, want [%+v]", c.in, got, c.want)
		}
	}
}

func TestFindInTextEveryName(t *testing.T) {
	for _, g := range All() {
		for _, in := range []string{
			"Prestatieafspraken " + g.Name + " 2025",
			"PRESTATIEAFSPRAKEN GEMEENTE " + g.Name,
			"Jaarschijf 2026 gemeente " + g.Name + " – Eigen Haard",
		} {
			got := FindInText(in)
			if len(got) != 1 || got[0].Name != g.Name || got[0].Code != g.Code {
				t.Errorf("FindInText(%q) = %+v, want %s", in, got, g.Name)
			}
		}
	}
	for _, f := range AllFormer() {
		in := "Prestatieafspraken " + f.Name + " 2017"
		got := FindInText(in)
		if len(got) != 1 || got[0].Name != f.MergedInto || got[0].Former != f.Name {
			t.Errorf("FindInText(%q) = %+v, want %s via %s", in, got, f.MergedInto, f.Name)
		}
	}
}
