package compare

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"pakompas/importer"
	"pakompas/importer/corpus"
)

// BenchmarkYearsEndToEnd imports and analyses the national corpus from
// its xlsx files, one year (342 files) and two years (684: the corpus and
// its corpus.NextYear), with the matching across years; import-s and
// analyse-s split each op. Issue 14 asks two years in < 1.5× the time of
// one; the import alone reads twice the files, so the ratio is bounded
// below by about 1 + the import's share (see README, Performance).
func BenchmarkYearsEndToEnd(b *testing.B) {
	sets := corpus.Build(corpus.Options{})
	next, _ := corpus.NextYear(sets, 1)
	one, two := filepath.Join(b.TempDir(), "een"), filepath.Join(b.TempDir(), "twee")
	for _, w := range []struct {
		dir  string
		sets []corpus.Set
	}{{one, sets}, {two, append(append([]corpus.Set(nil), sets...), next...)}} {
		if _, err := corpus.Write(w.dir, w.sets); err != nil {
			b.Fatal(err)
		}
	}
	count := func(ss []corpus.Set) int {
		n := 0
		for _, s := range ss {
			n += len(s.Items)
		}
		return n
	}
	e := defaultEngine(b)
	for _, c := range []struct {
		name    string
		dir     string
		current int // the last year's agreements
	}{{"jaren=1", one, count(sets)}, {"jaren=2", two, count(next)}} {
		b.Run(c.name, func(b *testing.B) {
			var imp, ana time.Duration
			for b.Loop() {
				t0 := time.Now()
				rep := importer.Import(context.Background(), []string{c.dir}, importer.Options{})
				t1 := time.Now()
				an := e.Analyze(rep, Overrides{})
				imp, ana = imp+t1.Sub(t0), ana+time.Since(t1)
				if rep.Failed() || an.CurrentCount() != c.current {
					b.Fatalf("%d current agreements of %d", an.CurrentCount(), len(an.Agreements))
				}
			}
			b.ReportMetric(imp.Seconds()/float64(b.N), "import-s")
			b.ReportMetric(ana.Seconds()/float64(b.N), "analyse-s")
		})
	}
}
