package theme

import (
	"slices"
	"testing"
)

func TestDefaultTaxonomy(t *testing.T) {
	want := []struct{ key, label string }{
		{"betaalbaarheid", "Betaalbaarheid"},
		{"beschikbaarheid", "Beschikbaarheid en nieuwbouw"},
		{"duurzaamheid", "Duurzaamheid"},
		{"wonen-zorg", "Wonen en zorg"},
		{"leefbaarheid", "Leefbaarheid"},
		{"doelgroepen", "Bijzondere doelgroepen"},
		{"kwaliteit", "Kwaliteit en onderhoud"},
		{"samenwerking", "Samenwerking en proces"},
		{"overig", "Overig"},
	}
	themes := Default().Themes()
	if len(themes) != len(want) {
		t.Fatalf("%d themes", len(themes))
	}
	for i, w := range want {
		th := themes[i]
		if th.Key != w.key || th.Label != w.label || Default().Label(w.key) != w.label {
			t.Errorf("theme %d = %s %q, want %s %q", i, th.Key, th.Label, w.key, w.label)
		}
		if w.key != KeyOverig && (len(th.Synonyms) < 10 || len(th.Keywords) < 20) {
			t.Errorf("%s: %d synonyms, %d keywords", w.key, len(th.Synonyms), len(th.Keywords))
		}
	}
	if Default().Label("nope") != "" || Default().Has("nope") || !Default().Has("wonen-zorg") {
		t.Error("unknown keys")
	}
	if len(Default().Ignored()) == 0 {
		t.Error("no ignored words")
	}
}

func TestTaxonomyIsAValue(t *testing.T) {
	th := Default().Themes()
	th[0].Label = "Kapot"
	th[0].Synonyms[0] = "kapot"
	if Default().Label("betaalbaarheid") != "Betaalbaarheid" || Default().Themes()[0].Synonyms[0] == "kapot" {
		t.Error("Themes() shares memory with the taxonomy")
	}
	var zero Taxonomy
	if !slices.Equal(zero.Keys(), Default().Keys()) || zero.Label("kwaliteit") != "Kwaliteit en onderhoud" {
		t.Error("the zero Taxonomy is not the default")
	}
	if got := NewPlacer(zero).Place("Huurbeleid", ""); got.Key != "betaalbaarheid" {
		t.Errorf("NewPlacer(zero): %+v", got)
	}
}

// TestDefaultTermsAreDistinct guards the data file against a term listed
// twice in one list or a synonym placed under two themes.
func TestDefaultTermsAreDistinct(t *testing.T) {
	owner := map[string]string{}
	for _, th := range Default().Themes() {
		for _, list := range [][]string{th.Synonyms, th.Keywords} {
			seen := map[string]bool{}
			for _, s := range list {
				if seen[s] {
					t.Errorf("%s lists %q twice", th.Key, s)
				}
				seen[s] = true
			}
		}
		for _, s := range th.Synonyms {
			if o, ok := owner[s]; ok {
				t.Errorf("synonym %q under %s and %s", s, o, th.Key)
			}
			owner[s] = th.Key
		}
	}
}
