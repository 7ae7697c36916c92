package verloop

import (
	"testing"

	"pakompas/compare/status"
	"pakompas/importer/corpus"
)

// corpusItems returns the items of sets and their next year, and per
// next-year item the index of its true predecessor (-1 for a new one, 0
// for the first-year items).
func corpusItems(n int) ([]Item, []int, int) {
	sets := corpus.Build(corpus.Options{Gemeenten: n})
	next, prev := corpus.NextYear(sets, 1)
	var items []Item
	var truth []int
	add := func(s corpus.Set, it corpus.Item) {
		items = append(items, Item{ID: s.Gemeente.Name + ":" + s.Year + ":" + it.Number, Gemeente: s.Gemeente.Name,
			Year: s.Year, Number: it.Number, Text: it.Text, Status: status.Normalise(it.Status)})
	}
	first := make([]int, len(sets))
	for s, set := range sets {
		first[s] = len(items)
		for _, it := range set.Items {
			add(set, it)
			truth = append(truth, -1)
		}
	}
	firstYear := len(items)
	for s, set := range next {
		for k, it := range set.Items {
			add(set, it)
			p := -1
			if prev[s][k] >= 0 {
				p = first[s] + prev[s][k]
			}
			truth = append(truth, p)
		}
	}
	return items, truth, firstYear
}

// On the corpus's synthetic next year (drops, adds, light rewording,
// renumbering) the matching finds the true predecessors.
func TestMatchCorpusNextYear(t *testing.T) {
	items, truth, from := corpusItems(40)
	res, _ := Match(items, Options{})
	found, real, correct := 0, 0, 0
	for j := from; j < len(items); j++ {
		if res[j].Previous >= 0 {
			found++
		}
		if truth[j] >= 0 {
			real++
		}
		if res[j].Previous >= 0 && res[j].Previous == truth[j] {
			correct++
		}
	}
	p, r := float64(correct)/float64(found), float64(correct)/float64(real)
	t.Logf("%d next-year agreements: precision %.4f, recall %.4f", len(items)-from, p, r)
	if p < 0.95 || r < 0.95 {
		t.Errorf("precision %.4f, recall %.4f; want ≥ 0.95", p, r)
	}
}

// BenchmarkMatchNational matches two years of the national corpus
// (2 × 51,300 agreements), fingerprints included.
func BenchmarkMatchNational(b *testing.B) {
	items, _, _ := corpusItems(0)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Match(items, Options{})
	}
}
