package vague

import (
	"strings"
	"testing"
)

// liveHits returns the ids of the rules with a live (not dropped, not
// negated) match in text.
func liveHits(c *Classifier, text string) map[string]bool {
	sc := newScratch()
	tokenize(text, sc, c.vocab)
	c.findHits(sc)
	c.filterHits(sc)
	out := map[string]bool{}
	for i := range sc.hits {
		h := &sc.hits[i]
		if !h.dropped && !h.negated {
			out[c.rules[h.rule].ID] = true
		}
	}
	return out
}

func TestDefaultRulesLoad(t *testing.T) {
	rules := DefaultRules()
	if len(rules) < 60 {
		t.Fatalf("only %d rules", len(rules))
	}
	c, err := New(rules)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Rules()) != len(rules) {
		t.Errorf("Rules() has %d, want %d", len(c.Rules()), len(rules))
	}
	cats := map[string]int{}
	for _, r := range rules {
		cats[r.Category]++
		if r.Description == "" {
			t.Errorf("rule %q has no omschrijving", r.ID)
		}
		for _, p := range r.Patterns {
			if strings.Contains(p, "@") {
				t.Errorf("rule %q: word list not expanded in %q", r.ID, p)
			}
		}
		m, _ := r.resolve()
		if m.effect.flags() && !strings.Contains(m.msg, "%s") {
			t.Errorf("rule %q: a flag message needs %%s for the match: %q", r.ID, m.msg)
		}
	}
	for _, want := range []string{"proces", "onderzoek", "uitstel", "inspanning", "modaal", "voorbehoud",
		"vage-maat", "vage-termijn", "geen-trekker", "geen-resultaat", "kader", "resultaat", "actie", "product", "partij"} {
		if cats[want] == 0 {
			t.Errorf("no rule in category %q", want)
		}
	}
	// DefaultRules returns a copy.
	rules[0].Patterns[0] = "veranderd"
	if DefaultRules()[0].Patterns[0] == "veranderd" {
		t.Error("DefaultRules shares its slices")
	}
}

// TestRuleExamples checks every rule against its own examples and
// counter-examples in rules.toml, so each rule and word form it lists is
// covered by a test written next to it.
func TestRuleExamples(t *testing.T) {
	c := Default()
	n := 0
	for _, r := range c.Rules() {
		if len(r.Patterns) > 0 && len(r.Examples) == 0 {
			t.Errorf("rule %q has no voorbeelden", r.ID)
		}
		for _, ex := range r.Examples {
			n++
			if !liveHits(c, ex)[r.ID] {
				t.Errorf("rule %q does not match its example %q", r.ID, ex)
			}
		}
		for _, ex := range r.CounterExamples {
			n++
			if liveHits(c, ex)[r.ID] {
				t.Errorf("rule %q matches its counter-example %q", r.ID, ex)
			}
		}
	}
	if n < 150 {
		t.Errorf("only %d examples", n)
	}
}

func TestNewErrorsNameTheRule(t *testing.T) {
	cases := []struct {
		rule Rule
		want string
	}{
		{Rule{ID: "x", Category: "bestaat-niet", Patterns: []string{"a"}}, `"x"`},
		{Rule{ID: "leeg", Category: "proces"}, `"leeg"`},
		{Rule{ID: "gat", Category: "proces", Patterns: []string{"… a"}}, `"gat"`},
		{Rule{ID: "streep", Category: "proces", Patterns: []string{"nul-op-de-meter"}}, `"streep"`},
		{Rule{ID: "lijst", Category: "proces", Patterns: []string{"@bestaatniet"}}, `"lijst"`},
		{Rule{ID: "effect", Category: "proces", Effect: "raar", Patterns: []string{"a"}}, `"effect"`},
		{Rule{ID: "opgeheven", Category: "proces", CancelledBy: []string{"hoeveelheid+maan"}, Patterns: []string{"a"}}, `"opgeheven"`},
		{Rule{ID: "type", Category: "proces", Type: "vaag", Patterns: []string{"a"}}, `"type"`},
		{Rule{ID: "twee", Category: "proces", Message: "%s en %s", Patterns: []string{"a"}}, `"twee"`},
	}
	for _, tc := range cases {
		_, err := New([]Rule{tc.rule})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("New(%+v) error %v, want one naming %s", tc.rule, err, tc.want)
		}
	}
	if _, err := New([]Rule{{ID: "a", Category: "proces", Patterns: []string{"a"}}, {ID: "a", Category: "proces", Patterns: []string{"b"}}}); err == nil {
		t.Error("duplicate id accepted")
	}
}

func TestPatternSyntax(t *testing.T) {
	c, err := New([]Rule{
		{ID: "scheidbaar", Category: "proces", Patterns: []string{"stemt|stemmen … af"}},
		{ID: "optioneel", Category: "proces", Patterns: []string{"nader? onderzoek"}},
		{ID: "achtervoegsel", Category: "product", Patterns: []string{"*plan"}},
		{ID: "voorvoegsel", Category: "product", Patterns: []string{"woonvisie*"}},
		{ID: "getal", Category: "proces", Patterns: []string{"#getal keer"}},
		{ID: "einde", Category: "onderzoek", Patterns: []string{"gaat … na $"}},
		{ID: "venster", Category: "proces", Patterns: []string{"treden … overleg"}, Window: 2},
	})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, rule string
		want       bool
	}{
		{"De gemeente stemt de planning met de corporatie af.", "scheidbaar", true},
		{"De gemeente stemt in met het plan.", "scheidbaar", false},
		{"Er volgt nader onderzoek.", "optioneel", true},
		{"Er volgt onderzoek.", "optioneel", true},
		{"Er komt een uitvoeringsplan.", "achtervoegsel", true},
		{"Er komt een woonvisiedocument.", "voorvoegsel", true},
		{"Er komt een woonvisie.", "voorvoegsel", false}, // a prefix needs more letters after it
		{"Partijen overleggen drie keer.", "getal", true},
		{"Partijen overleggen 3 keer.", "getal", true},
		{"De corporatie gaat na of het kan.", "einde", true},
		{"De corporatie gaat na oplevering verhuizen.", "einde", false},
		{"Partijen treden in overleg.", "venster", true},
		{"Partijen treden na lang wachten in overleg.", "venster", false},
		{"De gemeente stemt de planning af. Daarna volgt iets.", "scheidbaar", true},
		{"De gemeente stemt. Af en toe.", "scheidbaar", false}, // no gap across sentences
	}
	for _, tc := range cases {
		if got := liveHits(c, tc.text)[tc.rule]; got != tc.want {
			t.Errorf("%s on %q = %v, want %v", tc.rule, tc.text, got, tc.want)
		}
	}
}
