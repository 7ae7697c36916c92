package role

import (
	"sync"
	"testing"

	"pakompas/importer/corpus"
)

var (
	benchOnce sync.Once
	benchSets []corpus.Set
)

// nationalCorpus is the full synthetic corpus: 342 gemeenten × 150
// agreements = 51,300.
func nationalCorpus(b *testing.B) []corpus.Set {
	b.Helper()
	benchOnce.Do(func() { benchSets = corpus.Build(corpus.Options{}) })
	return benchSets
}

// BenchmarkResolveNational resolves the role of all 51,300 agreements of
// the national corpus with a fresh Resolver per run (so the owner cache
// starts cold, as on an import).
func BenchmarkResolveNational(b *testing.B) {
	sets := nationalCorpus(b)
	corps := corporationsOf(sets)
	n := 0
	for _, s := range sets {
		n += len(s.Items)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r := NewResolver(corps)
		for _, s := range sets {
			for _, it := range s.Items {
				r.Resolve(it.Owner, it.Text)
			}
		}
	}
	b.ReportMetric(float64(n), "agreements/op")
}

// BenchmarkResolveTextNational resolves all 51,300 agreements from their
// text alone, as if every owner cell were empty: the slow path.
func BenchmarkResolveTextNational(b *testing.B) {
	sets := nationalCorpus(b)
	r := NewResolver(corporationsOf(sets))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sets {
			for _, it := range s.Items {
				r.Resolve("", it.Text)
			}
		}
	}
}
