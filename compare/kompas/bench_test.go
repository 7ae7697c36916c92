package kompas

import (
	"strconv"
	"sync"
	"testing"

	"pakompas/compare"
	"pakompas/importer/corpus"
	"pakompas/importer/model"
)

// nationalEvaluation analyses the national corpus (342 gemeenten × 150
// agreements) once.
var nationalEvaluation = sync.OnceValues(func() (*compare.Evaluation, error) {
	rep := &model.Report{}
	for _, s := range corpus.Build(corpus.Options{}) {
		for i, it := range s.Items {
			rep.Agreements = append(rep.Agreements, model.Agreement{
				ID: s.Gemeente.Name + ":" + strconv.Itoa(i), Gemeente: s.Gemeente.Name, ThemeRaw: it.ThemeRaw,
				Text: it.Text, Owner: it.Owner, DueRaw: it.Planning, Status: it.Status,
			})
		}
	}
	e, err := compare.NewEngine(compare.Config{})
	if err != nil {
		return nil, err
	}
	return compare.ReadOnlyEvaluation(e.Analyze(rep, compare.Overrides{}), nil, compare.Overrides{}), nil
})

// BenchmarkScanNational scans the 51,300 agreements of the national
// corpus on top of the analysis; the goal is under 50 ms.
func BenchmarkScanNational(b *testing.B) {
	ev, err := nationalEvaluation()
	if err != nil {
		b.Fatal(err)
	}
	th := compare.DefaultThresholds()
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		if r := Scan(ev, th); len(r.Gemeenten) != 342 {
			b.Fatalf("%d gemeenten", len(r.Gemeenten))
		}
	}
	// On a shared machine the wall time counts the waits for a core; the
	// process's CPU time per scan does not (it does count the garbage
	// collector's work).
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
