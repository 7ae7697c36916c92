package gemeente

import (
	"strings"
	"testing"

	"pakompas/importer/norm"
)

// spellings returns the ways a file may write an official name.
func spellings(name string) []string {
	s := []string{
		name,
		strings.ToUpper(name),
		strings.ToLower(name),
		strings.ReplaceAll(name, "-", " "),
		norm.Key(name),
		norm.Fold(name),
		"Gemeente " + name,
		"  gemeente " + strings.ToLower(name) + "\t",
		"Gem. " + name,
	}
	if base, _, ok := splitProvince(name); ok && base != "Bergen" {
		s = append(s, base, strings.ToUpper(base), strings.ToLower(base), "Gemeente "+base)
	}
	return s
}

func TestLookupOfficialNames(t *testing.T) {
	for _, g := range All() {
		for _, in := range spellings(g.Name) {
			m, ok := Lookup(in)
			want := Match{Name: g.Name, Code: g.Code, Written: strings.TrimSpace(in)}
			if !ok || m != want {
				t.Errorf("Lookup(%q) = %+v, %v; want %+v", in, m, ok, want)
			}
		}
	}
}

func TestLookupFormerNames(t *testing.T) {
	codes := map[string]string{}
	for _, g := range All() {
		codes[g.Name] = g.Code
	}
	for _, f := range AllFormer() {
		for _, in := range []string{f.Name, strings.ToUpper(f.Name), norm.Key(f.Name), "Gemeente " + f.Name} {
			m, ok := Lookup(in)
			want := Match{Name: f.MergedInto, Code: codes[f.MergedInto], Written: in, Former: f.Name, FormerYear: f.Year}
			if !ok || m != want {
				t.Errorf("Lookup(%q) = %+v, %v; want %+v", in, m, ok, want)
			}
		}
	}
}

func TestLookupAliasesAndSuffixes(t *testing.T) {
	cases := []struct {
		in, name, former string
	}{
		{"Den Haag", "'s-Gravenhage", ""},
		{"DEN HAAG", "'s-Gravenhage", ""},
		{"gemeente den haag", "'s-Gravenhage", ""},
		{"s-Gravenhage", "'s-Gravenhage", ""},
		{"’s-Gravenhage", "'s-Gravenhage", ""},
		{"Den Bosch", "'s-Hertogenbosch", ""},
		{"'s Hertogenbosch", "'s-Hertogenbosch", ""},
		{"sHertogenbosch", "'s-Hertogenbosch", ""},
		{"Hertogenbosch", "'s-Hertogenbosch", ""},
		{"Nuenen", "Nuenen, Gerwen en Nederwetten", ""},
		{"Nuenen c.a.", "Nuenen, Gerwen en Nederwetten", ""},
		{"Nuenen Gerwen en Nederwetten", "Nuenen, Gerwen en Nederwetten", ""},
		{"Zuidwest-Friesland", "Súdwest-Fryslân", ""},
		{"Zuidwest Friesland", "Súdwest-Fryslân", ""},
		{"Sudwest Fryslan", "Súdwest-Fryslân", ""},
		{"Tietjerksteradeel", "Tytsjerksteradiel", ""},
		{"Dantumadeel", "Dantumadiel", ""},
		{"Noordoost-Friesland", "Noardeast-Fryslân", ""},
		{"De Friese Meren", "De Fryske Marren", ""},
		{"Achtkarspelen", "Achtkarspelen", ""},
		{"Ljouwert", "Leeuwarden", ""},
		{"Ferwerderadeel", "Noardeast-Fryslân", "Ferwerderadiel"},
		{"Littenseradeel", "Súdwest-Fryslân", "Littenseradiel"},
		{"Menaldumadeel", "Waadhoeke", "Menameradiel"},
		{"It Bildt", "Waadhoeke", "het Bildt"},
		{"Het Bildt", "Waadhoeke", "het Bildt"},
		{"Kollumerland c.a.", "Noardeast-Fryslân", "Kollumerland en Nieuwkruisland"},
		{"Weesp", "Amsterdam", "Weesp"},
		{"Haaren", "Oisterwijk", "Haaren"},
		{"Haren", "Groningen", "Haren"},
		{"Hengelo", "Hengelo (O.)", ""},
		{"Hengelo (O)", "Hengelo (O.)", ""},
		{"Hengelo (Ov.)", "Hengelo (O.)", ""},
		{"Hengelo Overijssel", "Hengelo (O.)", ""},
		{"Beek", "Beek (L.)", ""},
		{"Beek (L)", "Beek (L.)", ""},
		{"Laren", "Laren (NH.)", ""},
		{"Laren NH", "Laren (NH.)", ""},
		{"Laren (N.H.)", "Laren (NH.)", ""},
		{"Middelburg", "Middelburg (Z.)", ""},
		{"Middelburg (Zeeland)", "Middelburg (Z.)", ""},
		{"Rijswijk", "Rijswijk (ZH.)", ""},
		{"Rijswijk ZH", "Rijswijk (ZH.)", ""},
		{"Rijswijk (Z-H)", "Rijswijk (ZH.)", ""},
		{"Rijswijk Zuid-Holland", "Rijswijk (ZH.)", ""},
		{"Stein", "Stein (L.)", ""},
		{"Stein L", "Stein (L.)", ""},
		{"Bergen NH", "Bergen (NH.)", ""},
		{"Bergen (N-H)", "Bergen (NH.)", ""},
		{"Bergen N.H.", "Bergen (NH.)", ""},
		{"Bergen Noord-Holland", "Bergen (NH.)", ""},
		{"Bergen (NH)", "Bergen (NH.)", ""},
		{"Bergen L", "Bergen (L.)", ""},
		{"Bergen (Limburg)", "Bergen (L.)", ""},
		{"Bergen (L)", "Bergen (L.)", ""},
		{"Gemeente Uithoorn", "Uithoorn", ""},
		{"gem. Uithoorn", "Uithoorn", ""},
		{"Uithoorn (gemeente)", "Uithoorn", ""},
		{"St.-Michielsgestel", "Sint-Michielsgestel", ""},
		{"St Anthonis", "Land van Cuijk", "Sint Anthonis"},
		{"Mill en St. Hubert", "Land van Cuijk", "Mill en Sint Hubert"},
		{"Alphen a/d Rijn", "Alphen aan den Rijn", ""},
		{"Capelle a/d IJssel", "Capelle aan den IJssel", ""},
		{"Gilze-Rijen", "Gilze en Rijen", ""},
		{"Ĳsselstein", "IJsselstein", ""},
		{"Ysselstein", "", ""},
		{"Súdwest-Fryslân", "Súdwest-Fryslân", ""},
		{"Su\u0301dwest-Frysla\u0302n", "Súdwest-Fryslân", ""}, // decomposed
	}
	for _, c := range cases {
		m, ok := Lookup(c.in)
		if c.name == "" {
			if ok {
				t.Errorf("Lookup(%q) = %+v, want no match", c.in, m)
			}
			continue
		}
		if !ok || m.Name != c.name || m.Former != c.former || m.Written != c.in {
			t.Errorf("Lookup(%q) = %+v, %v; want %q (former %q)", c.in, m, ok, c.name, c.former)
		}
	}
}

func TestLookupRejects(t *testing.T) {
	for _, in := range []string{
		"Bergen", "bergen", "BERGEN", "Gemeente Bergen", " Bergen ",
		"Hengelo (Gld)", "Laren Gld", "Beek en Donk", "Bergen aan Zee",
		"", "  ", "gemeente", "Gemeente", "Amstel", "Nederland", "Noord-Holland",
		"Eigen Haard", "Woonstichting De Key", "Uithoorn 2025", "Uithoornse",
	} {
		m, ok := Lookup(in)
		if ok {
			t.Errorf("Lookup(%q) = %+v, want no match", in, m)
		}
		if m != (Match{Written: strings.TrimSpace(in)}) {
			t.Errorf("Lookup(%q) = %+v, want only Written", in, m)
		}
	}
}

func TestIndexConsistency(t *testing.T) {
	ix := getIndex()
	for k, e := range ix.byKey {
		if e.ambiguous && k != "bergen" {
			t.Errorf("unexpected ambiguous spelling %q", k)
		}
	}
	for w, e := range ix.byWords {
		if e.ambiguous && w != "bergen" {
			t.Errorf("unexpected ambiguous words %q", w)
		}
	}
	for w := range commonWords {
		if ix.byKey[w] == nil {
			t.Errorf("common word %q is not a gemeente name", w)
		}
	}
	for _, a := range aliases {
		if e := ix.byKey[norm.Key(a.alias)]; e == nil || e.rank == rankOfficial {
			t.Errorf("alias %q shadowed by an official name or missing", a.alias)
		}
	}
	for _, p := range notGemeenten {
		if e := ix.byKey[norm.Key(p)]; e == nil || !e.blocked {
			t.Errorf("%q is not blocked", p)
		}
	}
}
