package status

import (
	"sync"
	"testing"

	"pakompas/importer/corpus"
)

// TestCorpusStatuses: every status word of the synthetic corpus is
// recognised, and the two vocabularies line up (afgerond is done in both).
func TestCorpusStatuses(t *testing.T) {
	sets := corpus.Build(corpus.Options{Gemeenten: 30, PerGemeente: 40})
	seen := map[string]Status{}
	for _, s := range sets {
		for _, it := range s.Items {
			seen[it.Status] = Normalise(it.Status)
		}
	}
	for raw, st := range seen {
		if (raw == "") != (st == Unknown) {
			t.Errorf("Normalise(%q) = %q", raw, st)
		}
	}
	if seen["afgerond"] != Done || seen["rood"] != Late || seen["vertraagd"] != Late {
		t.Errorf("corpus vocabulary: %v", seen)
	}
}

var (
	benchOnce sync.Once
	benchSets []corpus.Set
)

// BenchmarkNormaliseNational normalises the status of all 51,300
// agreements of the national corpus.
func BenchmarkNormaliseNational(b *testing.B) {
	benchOnce.Do(func() { benchSets = corpus.Build(corpus.Options{}) })
	n := 0
	for _, s := range benchSets {
		n += len(s.Items)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range benchSets {
			for _, it := range s.Items {
				Normalise(it.Status)
			}
		}
	}
	b.ReportMetric(float64(n), "agreements/op")
}

// BenchmarkNormaliseFreeText normalises longer free-text cells.
func BenchmarkNormaliseFreeText(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range cases {
			Normalise(c.in)
		}
	}
}
