package theme

import (
	"cmp"
	"slices"
	"strings"
)

// tally is what the claims say per theme.
type tally struct {
	score  []float64 // sum of claim weights
	strong []float64 // the part of score from terms that are not weak
	first  []int     // position of the first claim, -1 for none
	terms  [][]int32 // the claimed terms in word order
}

// weakWeight is what a weak ("~") term counts.
const weakWeight = 0.5

// forWhom (textWords; nil for a theme name) marks the words whose claims
// count forWeight.
func (ix *index) tally(claims []claim, themes int, phrase float64, forWhom []bool) tally {
	t := tally{
		score:  make([]float64, themes),
		strong: make([]float64, themes),
		first:  make([]int, themes),
		terms:  make([][]int32, themes),
	}
	for i := range t.first {
		t.first[i] = -1
	}
	for _, c := range claims {
		tm := &ix.terms[c.term]
		w := 1.0
		if c.kind == kindPhrase {
			w = phrase
		}
		if forWhom != nil && forWhom[c.pos] {
			w *= forWeight
		}
		t.score[tm.theme] += w * weight(tm)
		if !tm.weak {
			t.strong[tm.theme] += w
		}
		if t.first[tm.theme] < 0 {
			t.first[tm.theme] = c.pos
		}
		t.terms[tm.theme] = append(t.terms[tm.theme], c.term)
	}
	return t
}

// weight is how much a claim of t counts relative to a strong one.
func weight(t *term) float64 {
	if t.weak {
		return weakWeight
	}
	return 1
}

// leaders returns the themes with the highest positive score; among them
// the one with the most strong evidence leads, then the one named first.
func (t tally) leaders() []int {
	best := 0.0
	for _, s := range t.score {
		best = max(best, s)
	}
	if best == 0 {
		return nil
	}
	var out []int
	for i, s := range t.score {
		if s == best {
			out = append(out, i)
		}
	}
	slices.SortStableFunc(out, func(a, b int) int {
		return cmp.Or(cmp.Compare(t.strong[b], t.strong[a]), cmp.Compare(t.first[a], t.first[b]))
	})
	return out
}

// matched returns the distinct source texts of the terms theme i claimed,
// in word order, at most limit of them, joined by ", ".
func (ix *index) matched(t tally, i, limit int) string {
	var out []string
	for _, id := range t.terms[i] {
		s := ix.terms[id].src
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
		if len(out) == limit {
			break
		}
	}
	return strings.Join(out, ", ")
}
