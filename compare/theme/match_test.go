package theme

import (
	"slices"
	"testing"
)

func TestForms(t *testing.T) {
	for _, c := range []struct{ word, form string }{
		{"woning", "woningen"}, {"statushouder", "statushouders"}, {"oudere", "ouderen"},
		{"kwetsbaar", "kwetsbare"}, {"huur", "huren"}, {"uitstroom", "uitstromen"},
		{"huis", "huizen"}, {"overleg", "overleggen"}, {"proces", "processen"},
		{"mogelijkheid", "mogelijkheden"}, {"duurzaam", "duurzame"}, {"buurt", "buurten"},
	} {
		if !slices.Contains(forms(c.word), c.form) {
			t.Errorf("forms(%q) = %v, lacks %q", c.word, forms(c.word), c.form)
		}
	}
}

// place returns the key one list of terms gives a name, for unit tests of
// the matching rules.
func place(t *testing.T, name string, themes ...Theme) string {
	t.Helper()
	themes = append(themes, Theme{Key: KeyOverig, Label: "Overig"})
	if errs := check(themes, nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	return NewPlacer(Taxonomy{themes: themes}).Place(name, "").Key
}

func TestMatchRules(t *testing.T) {
	huur := Theme{Key: "huur", Label: "Huur", Synonyms: []string{"huur"}}
	for _, c := range []struct{ name, want string }{
		{"Huurbeleid", "huur"},    // first part of a compound
		{"Sociale huren", "huur"}, // inflection with a shortened vowel
		{"Huurders", KeyOverig},   // a person, not a rent
		{"Huurdersparticipatie", KeyOverig},
		{"Minimumhuur", "huur"}, // last part
		{"Huu", KeyOverig},
	} {
		if got := place(t, c.name, huur); got != c.want {
			t.Errorf("%q: got %s, want %s", c.name, got, c.want)
		}
	}
	whole := Theme{Key: "bod", Label: "Bod", Synonyms: []string{"=bodem"}}
	if place(t, "Bodemsanering", whole) != KeyOverig || place(t, "Bodems", whole) != "bod" {
		t.Error("= must match the whole word and its inflections only")
	}
	short := Theme{Key: "wmo", Label: "Wmo", Synonyms: []string{"wmo"}}
	if place(t, "Wmo-loket", short) != "wmo" || place(t, "Wmoloket", short) != KeyOverig {
		t.Error("a term under four letters must not match inside a compound")
	}
	infix := Theme{Key: "o", Label: "O", Synonyms: []string{"onderhoud"}}
	if place(t, "Meerjarenonderhoudsplan", infix) != "o" {
		t.Error("a long term must match as a middle part")
	}
}

func TestMatchRanking(t *testing.T) {
	a := Theme{Key: "a", Label: "A", Synonyms: []string{"woningmarkt"}}
	b := Theme{Key: "b", Label: "B", Synonyms: []string{"monitor"}}
	if got := place(t, "Woningmarktmonitor", a, b); got != "b" {
		t.Errorf("the head of a compound must win, got %s", got)
	}
	weak := Theme{Key: "w", Label: "W", Synonyms: []string{"~huisvesting"}}
	strong := Theme{Key: "s", Label: "S", Synonyms: []string{"ouderen"}}
	if got := place(t, "Ouderenhuisvesting", weak, strong); got != "s" {
		t.Errorf("a strong modifier must beat a weak head, got %s", got)
	}
	if got := place(t, "Huisvesting", weak, strong); got != "w" {
		t.Errorf("a weak term alone still places, got %s", got)
	}
	phrase := Theme{Key: "p", Label: "P", Synonyms: []string{"wonen en zorg"}}
	word := Theme{Key: "z", Label: "Z", Synonyms: []string{"zorg", "wonen"}}
	if got := place(t, "Wonen, zorg en welzijn", word, phrase); got != "p" {
		t.Errorf("a phrase must beat its words, got %s", got)
	}
	if got := place(t, "Zorg en wonen", word, phrase); got != "z" {
		t.Errorf("a phrase needs its order, got %s", got)
	}
}

func TestTextNames(t *testing.T) {
	rd := textWords("De corporatie renoveert de Schoutenbuurt. Buurtbemiddeling start\n- Leefbaarheidsmonitor Meerwijk", nil)
	want := map[string]bool{"corporatie": false, "schoutenbuurt": true, "buurtbemiddeling": false,
		"start": false, "leefbaarheidsmonitor": false, "meerwijk": true}
	for i, w := range rd.words {
		if p, ok := want[w]; ok && p != rd.proper[i] {
			t.Errorf("%q: proper = %v", w, rd.proper[i])
		}
	}
	p := NewPlacer(Default())
	if got := p.Place("", "Eigen Haard renoveert in 2026 het complex Schoutenbuurt naar energielabel A."); got.Key != "duurzaamheid" {
		t.Errorf("a place name counted: %+v", got)
	}
	if got := p.Place("", "Partijen bespreken de Leefbaarheidsmonitor."); got.Key != "leefbaarheid" {
		t.Errorf("a capitalised compound lost its first part: %+v", got)
	}
}
