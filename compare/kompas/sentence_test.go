package kompas

import (
	"strings"
	"testing"

	"pakompas/compare"
)

// The sentence per gemeente names its two weakest indicators with their
// figures and levels, in plain Dutch, and counts the other amber and red
// ones (figures worked out in fixture_test.go with the default
// thresholds).
func TestSentenceFixture(t *testing.T) {
	r := scanFixture(t, nil, compare.DefaultThresholds())
	want := []string{
		// Aalsmeer: 10 against a median of 6 (+67%, red, furthest past),
		// 2 of 6 with a status behind (33%, red), then regular 20% red
		// and five amber.
		"Aalsmeer: het aantal afspraken ligt 67% boven de mediaan van de gemeenten (rood) en " +
			"33% van de afspraken met een status loopt achter (rood); nog 6 indicatoren staan op oranje of rood.",
		// Bergen: all corporatie, no tenants, no status (red, as far
		// past as the tenants but listed later).
		"Bergen: de corporatie trekt 100% van de afspraken (rood) en de huurders zijn bij geen enkele afspraak " +
			"trekker of partij (rood); nog 1 indicator staat op oranje of rood.",
	}
	for g, w := range want {
		if got := r.Sentence(g); got != w {
			t.Errorf("gemeente %d:\n got %s\nwant %s", g, got, w)
		}
	}
	// Castricum: 3 of 6 vague (50%), no SMART, no due date, no tenants.
	c := r.Sentence(2)
	if !strings.HasPrefix(c, "Castricum: ") || !strings.Contains(c, "geen enkele afspraak") || !strings.HasSuffix(c, ".") {
		t.Errorf("Castricum: %s", c)
	}
}

// One weak indicator, none, and a gemeente without agreements each get
// their own ending; a share under 1% is not written as 0%.
func TestWeaknessEndings(t *testing.T) {
	r := scanFixture(t, nil, compare.DefaultThresholds())
	vague := r.Index(KeyVague)
	for k := range r.Scores[2] {
		if k != vague {
			r.Scores[2][k].Level = Green
		}
	}
	if got, want := r.Weakness(2), "50% van de afspraken is vaag (rood); verder geen oranje of rood"; got != want {
		t.Errorf("one weak:\n got %s\nwant %s", got, want)
	}
	r.Scores[2][vague] = Score{Level: Amber, Value: 0.4, Count: 1, Of: 250}
	if got := r.Weakness(2); !strings.HasPrefix(got, "minder dan 1% van de afspraken is vaag (oranje)") {
		t.Errorf("small share: %s", got)
	}
	r.Scores[2][vague].Level = Green
	if got := r.Weakness(2); got != "geen indicator op oranje of rood" {
		t.Errorf("none weak: %s", got)
	}
	for k := range r.Scores[2] {
		r.Scores[2][k] = Score{Text: "·"}
	}
	if got := r.Weakness(2); got != "geen afspraken om te beoordelen" {
		t.Errorf("no agreements: %s", got)
	}
}

// Every indicator has a clause of its own that names its figure, so no
// weakest indicator falls back to the generic label.
func TestFindingEveryIndicator(t *testing.T) {
	r := scanFixture(t, nil, compare.DefaultThresholds())
	for k, ind := range r.Indicators {
		s := r.Scores[0][k]
		got := r.finding(0, ind.Key, s)
		if got == "" || strings.HasPrefix(got, strings.ToLower(ind.Label)+" ") {
			t.Errorf("%s: %q", ind.Key, got)
		}
		if ind.Limits() == "" || !strings.Contains(ind.Help, ind.Limits()) {
			t.Errorf("%s: limits %q not in help %q", ind.Key, ind.Limits(), ind.Help)
		}
	}
	if got := r.finding(0, KeyThemes, r.Score(0, KeyThemes)); got != "onder Betaalbaarheid staan 4 afspraken" {
		t.Errorf("largest theme: %s", got)
	}
}
