package compare

import (
	"fmt"
	"sync"
	"testing"

	"pakompas/importer"
	"pakompas/importer/corpus"
)

// nationalReport builds an import report from the national corpus without
// writing files (the importer's own benchmark covers reading them).
var nationalReport = sync.OnceValue(func() *importer.Report {
	rep := &importer.Report{}
	for _, s := range corpus.Build(corpus.Options{}) {
		for i, it := range s.Items {
			rep.Agreements = append(rep.Agreements, importer.Agreement{
				ID:       fmt.Sprintf("%s:%s", s.Gemeente.Name, it.Number),
				Gemeente: s.Gemeente.Name, ThemeRaw: it.ThemeRaw, Number: it.Number,
				Text: it.Text, Owner: it.Owner, DueRaw: it.Planning, Status: it.Status, Notes: it.Notes,
				Source: importer.Source{File: s.FileName, Sheet: s.Sheet, Row: i + 5},
			})
		}
	}
	return rep
})

func defaultEngine(tb testing.TB) *Engine {
	tb.Helper()
	e, err := NewEngine(Config{})
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

// BenchmarkAnalyzeNational derives everything for 51,300 agreements:
// themes, flags, roles, status, alignment and the matrix.
func BenchmarkAnalyzeNational(b *testing.B) {
	rep, e := nationalReport(), defaultEngine(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		e.Analyze(rep, Overrides{})
	}
}

// BenchmarkMatrixNational recounts the matrix (as after a verdict change);
// goal < 50 ms.
func BenchmarkMatrixNational(b *testing.B) {
	an := defaultEngine(b).Analyze(nationalReport(), Overrides{})
	if len(an.Agreements) != 51300 {
		b.Fatalf("%d agreements", len(an.Agreements))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		BuildMatrix(an, func(i int) bool { return an.Agreements[i].Vague })
	}
}
