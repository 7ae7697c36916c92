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
