package vague

import (
	"runtime"
	"sync"
	"testing"

	"pakompas/importer/corpus"
)

// nationalInputs are the 51,300 agreements of the national synthetic
// corpus (342 gemeenten × 150), built once.
var nationalInputs = sync.OnceValue(func() []Input {
	var out []Input
	for _, set := range corpus.Build(corpus.Options{}) {
		for _, it := range set.Items {
			due := ""
			if !it.PlanningDate.IsZero() {
				due = it.PlanningDate.Format("2006-01-02")
			}
			out = append(out, Input{Text: it.Text, Owner: it.Owner, Due: due, DueRaw: it.Planning})
		}
	}
	return out
})

// BenchmarkClassifyNational classifies the whole national corpus per
// iteration; the goal is under 100 ms.
func BenchmarkClassifyNational(b *testing.B) {
	in := nationalInputs()
	c := Default()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range in {
			c.Classify(in[i])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(in)), "ns/agreement")
}

// BenchmarkClassifyNationalParallel classifies the national corpus per
// iteration split over GOMAXPROCS goroutines, as compare.Analyze does.
func BenchmarkClassifyNationalParallel(b *testing.B) {
	in := nationalInputs()
	c := Default()
	workers := runtime.GOMAXPROCS(0)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func(lo, hi int) {
				defer wg.Done()
				for i := lo; i < hi; i++ {
					c.Classify(in[i])
				}
			}(w*len(in)/workers, (w+1)*len(in)/workers)
		}
		wg.Wait()
	}
}

// TestCorpusAgreement logs how often the classifier agrees with the
// synthetic corpus's template labels. They are not used to tune the rules
// and not asserted: the templates' notion of vague is cruder (a process
// text with "in 2025" added stays "vague" there, and so it does here).
func TestCorpusAgreement(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the corpus")
	}
	c := Default()
	same, n := 0, 0
	for _, set := range corpus.Build(corpus.Options{Gemeenten: 40}) {
		for _, it := range set.Items {
			r := c.Classify(Input{Text: it.Text, Owner: it.Owner, DueRaw: it.Planning})
			n++
			if r.Vague == it.Vague {
				same++
			}
		}
	}
	t.Logf("agreement with the corpus templates' vague label: %d of %d (%.1f%%)", same, n, 100*float64(same)/float64(n))
}

// BenchmarkClassifyOne classifies a typical vague agreement.
func BenchmarkClassifyOne(b *testing.B) {
	c := Default()
	in := Input{Text: "De corporatie spant zich in om huurachterstanden zo veel mogelijk te voorkomen.", Owner: "Corporatie"}
	b.ReportAllocs()
	for b.Loop() {
		c.Classify(in)
	}
}
