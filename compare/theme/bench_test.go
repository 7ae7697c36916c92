package theme

import "testing"

// BenchmarkPlaceNational places all agreements of the national corpus
// (342 gemeenten × 150) by theme name and text, as compare.Analyze does
// after an import: one op is one pass over the 51,300 agreements.
// "fresh" compiles a new Placer per pass (the cost of one import), "warm"
// reuses one whose cache already knows the names.
func BenchmarkPlaceNational(b *testing.B) {
	sets := nationalCorpus()
	n := 0
	for _, s := range sets {
		n += len(s.Items)
	}
	run := func(b *testing.B, p func() *Placer) {
		b.ReportAllocs()
		for b.Loop() {
			pl := p()
			for _, s := range sets {
				for i := range s.Items {
					it := &s.Items[i]
					if pl.Place(it.ThemeRaw, it.Text).Key != it.Theme {
						b.Fatalf("%q placed wrong", it.ThemeRaw)
					}
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/agreement")
	}
	b.Run("fresh", func(b *testing.B) { run(b, func() *Placer { return NewPlacer(Default()) }) })
	warm := NewPlacer(Default())
	b.Run("warm", func(b *testing.B) { run(b, func() *Placer { return warm }) })
}

// BenchmarkPlaceByText places corpus agreements by their text alone (no
// theme name), the slow path; one op is one agreement.
func BenchmarkPlaceByText(b *testing.B) {
	items := nationalCorpus()[0].Items
	p := NewPlacer(Default())
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p.Place("", items[i%len(items)].Text)
		i++
	}
}
