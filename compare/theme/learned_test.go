package theme

import (
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestLearnedExplains: a text the keywords cannot place is placed by the
// scorer, and Matched names the words that decided.
func TestLearnedExplains(t *testing.T) {
	p := NewPlacer(Default())
	const text = "Huurders betalen in 2026 niet meer dan 3 procent extra."
	if lead := p.textTally(text).leaders(); len(lead) != 0 {
		t.Fatalf("the keywords place it already (%v); pick another text", lead)
	}
	got := p.Place("", text)
	if got.Key != "betaalbaarheid" || got.Via != ViaText || !strings.Contains(got.Matched, "betalen") {
		t.Errorf("got %+v, want betaalbaarheid via tekst naming betalen", got)
	}
}

// TestLearnedNeedsEvidence: words that say little leave a text in overig.
func TestLearnedNeedsEvidence(t *testing.T) {
	p := NewPlacer(Default())
	for _, text := range []string{"Zie de bijlage bij dit document, pagina 4.", "Dit gebeurt in 2026."} {
		if got := p.Place("", text); got.Key != KeyOverig || got.Via != ViaNone {
			t.Errorf("Place(%q) = %+v, want overig via geen", text, got)
		}
	}
}

// TestLearnedOnlyForNationalThemes: a replaced taxonomy places by its
// keywords alone; an added theme keeps the scorer, and wins where its
// keywords lead.
func TestLearnedOnlyForNationalThemes(t *testing.T) {
	src, err := os.ReadFile("testdata/samenwerkingsopgaven.toml")
	if err != nil {
		t.Fatal(err)
	}
	if p := NewPlacer(applyConfig(t, string(src))); p.model != nil {
		t.Error("a replaced taxonomy uses the scorer")
	}
	p := NewPlacer(applyConfig(t, exampleConfig))
	if p.model == nil {
		t.Fatal("an extended taxonomy lost the scorer")
	}
	got := p.Place("", "De gemeente helpt starters met een lening.")
	if got.Key != "jongeren" || got.Via != ViaText || got.Matched != "starters" {
		t.Errorf("got %+v, want jongeren via tekst (starters)", got)
	}
}

// TestParseLearnedErrors: a damaged weights file is refused.
func TestParseLearnedErrors(t *testing.T) {
	for _, s := range []string{
		"",
		"bias\t0 0\n",
		"classes\ta b\nbias\t0 0\nw:x\t1\n",
		"classes\ta b\nbias\t0 0\nk:c\t1 1\n",
		"classes\ta b\nw:x\t1 1\n",
		"classes\ta b\nbias\t0 x\n",
	} {
		if _, err := parseLearned(s); err == nil {
			t.Errorf("parseLearned(%q) accepted", s)
		}
	}
	m, err := parseLearned("classes\ta b\nbias\t0.5 0\nkeyword\t2\nk:b\t1 0\nw:x\t0 1\n")
	if err != nil {
		t.Fatal(err)
	}
	hits := m.hits(func(emit sink) { emit([]byte("w:x"), "x", ""); emit([]byte("w:y"), "y", "") })
	if len(hits) != 1 || hits[0].word != "x" {
		t.Errorf("hits %v, want only w:x (w:y has no weights)", hits)
	}
	s := m.scores(hits, []float64{0, 1})
	if s[0] != 1.5 || s[1] != 3 {
		t.Errorf("scores %v, want [1.5 3]", s)
	}
}

// TestEvidenceSkipsFunctionWords: a pronoun or demonstrative that the
// scorer weighs is never the evidence that places a text, nor named in
// Matched; a content word is, and a pair with one content word too.
func TestEvidenceSkipsFunctionWords(t *testing.T) {
	m, err := parseLearned("classes\ta b\nbias\t0 0\nkeyword\t1\nw:dit\t0 2\nw:we\t0 1\nw:huur\t0 0.6\np:dit|huur\t0 0.4\n")
	if err != nil {
		t.Fatal(err)
	}
	only := m.hits(func(emit sink) { emit([]byte("w:dit"), "dit", ""); emit([]byte("w:we"), "we", "") })
	if words, total := m.evidence(only, 1, 3, 0.15); len(words) != 0 || total != 3 {
		t.Errorf("evidence %v (total %v), want none named of total 3", words, total)
	}
	mixed := m.hits(func(emit sink) {
		emit([]byte("w:dit"), "dit", "")
		emit([]byte("w:huur"), "huur", "")
		emit([]byte("p:dit|huur"), "dit", "huur")
	})
	if words, _ := m.evidence(mixed, 1, 3, 0.15); !slices.Equal(words, []string{"huur", "dit huur"}) {
		t.Errorf("evidence %v, want [huur dit huur]", words)
	}
}

// TestKeywordInputDiminishes: each further keyword of a theme adds less
// to what its score counts in the scorer, and no keyword counts nothing.
func TestKeywordInputDiminishes(t *testing.T) {
	if keywordInput(0) != 0 {
		t.Errorf("keywordInput(0) = %v", keywordInput(0))
	}
	prev, step := 0.0, math.Inf(1)
	for s := 0.5; s <= 10; s += 0.5 {
		v := keywordInput(s)
		if v <= prev || v-prev >= step {
			t.Errorf("keywordInput(%v) = %v after %v: not rising by less each time", s, v, prev)
		}
		prev, step = v, v-prev
	}
}
