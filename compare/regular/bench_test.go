package regular

import (
	"testing"

	"pakompas/importer/corpus"
)

// BenchmarkClassifyNational classifies the 51,300 agreements of the
// national corpus on one core.
func BenchmarkClassifyNational(b *testing.B) {
	sets, c := corpus.Build(corpus.Options{}), Default()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for _, s := range sets {
			for _, it := range s.Items {
				if c.Classify(it.Text).Regular {
					n++
				}
			}
		}
		if n == 0 {
			b.Fatal("nothing regular")
		}
	}
}
