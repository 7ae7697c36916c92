package vague

import (
	"math/rand/v2"
	"testing"
)

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

// TestNextSentenceAsByteLoop: the vectorised nextSentence finds the same
// sentence starts as the plain byte loop it replaced, on hand-made and
// random texts.
func TestNextSentenceAsByteLoop(t *testing.T) {
	ref := func(text string, from int) int {
		for i := from; i < len(text); i++ {
			switch text[i] {
			case '\n', '\r':
				return skipSpace(text, i+1)
			case '.', '!', '?':
				if i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n' || text[i+1] == '\r' || text[i+1] == '\t') {
					return skipSpace(text, i+1)
				}
			}
		}
		return len(text)
	}
	texts := []string{"", ".", "a. b", "3.5 woningen. Toelichting: x", "Wat? Nee!\nJa.\r\nKlaar", "v.a. 1 jan.  Dit", "a.b.c.d"}
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "ab .!?\n\r\t1é"
	for range 2000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		for from := 0; from <= len(text); from++ {
			if got, want := nextSentence(text, from), ref(text, from); got != want {
				t.Fatalf("nextSentence(%q, %d) = %d, want %d", text, from, got, want)
			}
		}
	}
}
