package vague

import "testing"

func TestOnlyMissing(t *testing.T) {
	cases := []struct {
		text        string
		vague, only bool
	}{
		// No vague word: the fallback alone makes it vague.
		{"De gemeente zoekt samen met werkgevers in de sierteelt naar huisvesting voor arbeidsmigranten.", true, true},
		// A vague word explains the verdict.
		{"Partijen gaan met elkaar in gesprek over de betaalbaarheid van de woonlasten.", true, false},
		{"De corporatie spant zich in om huurachterstanden zo veel mogelijk te voorkomen.", true, false},
		// Not vague at all.
		{"De corporatie levert in 2026 48 sociale huurwoningen op in plan Zijdelveld-Noord.", false, false},
	}
	c := Default()
	for _, tc := range cases {
		r := c.Classify(Input{Text: tc.text})
		if r.Vague != tc.vague || r.OnlyMissing() != tc.only {
			t.Errorf("%q: vague %v only missing %v, want %v %v (flags %+v)", tc.text, r.Vague, r.OnlyMissing(), tc.vague, tc.only, r.Flags)
		}
	}
}

// TestFallbackSwitchedOff: with geen-toetsbaar-resultaat switched off
// ([regels] uit), an agreement only it would call vague is not vague (no
// vague verdict without a named rule); one with a vague word still is.
func TestFallbackSwitchedOff(t *testing.T) {
	cfg, err := ParseConfig([]byte("[regels]\nuit = [\"geen-toetsbaar-resultaat\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	rules, err := cfg.Apply(DefaultRules())
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(rules)
	if err != nil {
		t.Fatal(err)
	}
	missing := "De gemeente zoekt samen met werkgevers in de sierteelt naar huisvesting voor arbeidsmigranten."
	if r := Default().Classify(Input{Text: missing}); !r.Vague || !r.OnlyMissing() {
		t.Fatalf("with the default rules %q should be vague on the fallback alone: %+v", missing, r)
	}
	if r := c.Classify(Input{Text: missing}); r.Vague {
		t.Errorf("fallback off: %q still vague: %+v", missing, r.Flags)
	}
	word := "Partijen gaan met elkaar in gesprek over de betaalbaarheid van de woonlasten."
	if r := c.Classify(Input{Text: word}); !r.Vague || !counts(r.Flags) {
		t.Errorf("fallback off: %q should stay vague with its rule: %+v", word, r)
	}
}
