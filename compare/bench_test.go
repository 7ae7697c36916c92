package compare

import (
	"sync"
	"testing"

	"pakompas/importer"
)

// nationalReport builds an import report from the national corpus without
// writing files (the importer's own benchmark covers reading them).
var nationalReport = sync.OnceValue(func() *importer.Report { return corpusReport(0) })

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
