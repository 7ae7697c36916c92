package vague

import "testing"

func TestExplanationStart(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Partijen onderzoeken de mogelijkheden voor een energiefonds. Toelichting: dit sluit aan op de woonvisie.", "Partijen onderzoeken de mogelijkheden voor een energiefonds."},
		{"De corporatie bouwt 40 woningen.\nToelichting - zie woonvisie", "De corporatie bouwt 40 woningen."},
		{"De corporatie bouwt 40 woningen. Dit sluit aan op de woonvisie.", "De corporatie bouwt 40 woningen."},
		{"De gemeente stelt grond beschikbaar. Deze afspraak komt voort uit de woondeal. NB: zie ook bijlage 2.", "De gemeente stelt grond beschikbaar."},
		{"Toelichting: dit is de hele cel.", "Toelichting: dit is de hele cel."},
		{"De corporatie sluit aan bij het wijkoverleg.", "De corporatie sluit aan bij het wijkoverleg."},
		{"De corporatie bouwt. Dit sluitstuk komt later.", "De corporatie bouwt. Dit sluitstuk komt later."},
		{"Het getal 3.5 telt. Opmerking: geen.", "Het getal 3.5 telt."},
		{"", ""},
		{"   ", "   "},
		{"Eén zin.   ", "Eén zin.   "},
	}
	for _, tc := range cases {
		if got := tc.text[:ExplanationStart(tc.text)]; got != tc.want {
			t.Errorf("ExplanationStart(%q) keeps %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestExplanationMakesNothingConcrete: the example. "sluit … aan"
// in the explanation made the exploration concrete.
func TestExplanationMakesNothingConcrete(t *testing.T) {
	c := Default()
	plain := "Gemeente en corporatie onderzoeken de mogelijkheden voor een energiefonds."
	for _, text := range []string{
		plain + " Toelichting: dit sluit aan op de woonvisie.",
		plain + " Dit sluit aan op de woonvisie en draagt bij aan de energietransitie.",
		plain + "\nAchtergrond: de corporatie levert in 2026 twintig woningen op.",
	} {
		if got, want := c.Classify(Input{Text: text}).Vague, c.Classify(Input{Text: plain}).Vague; got != want || !want {
			t.Errorf("%q: vague %v, the agreement alone %v", text, got, want)
		}
	}
}
