package workbook

import (
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"testing"

	"pakompas/compare/status"
	"pakompas/compare/verloop"
	"pakompas/importer/corpus"
)

// twoYearsInput is the export of a corpus of the given size and its next
// year (corpus.NextYear: renumbered, reworded, dropped and added), each
// year's agreements matched to the next by compare/verloop: the sheet
// Verloop has a row per chain.
func twoYearsInput(o corpus.Options) Input {
	sets := corpus.Build(o)
	next, _ := corpus.NextYear(sets, 1)
	all := slices.Concat(sets, next)
	in := setsInput(all)
	items := make([]verloop.Item, 0, len(in.Agreements))
	for _, s := range all {
		for _, it := range s.Items {
			a := &in.Agreements[len(items)]
			items = append(items, verloop.Item{ID: a.ID, Gemeente: a.Gemeente, Year: s.Year, Number: a.Number, Text: a.Text,
				Status: status.Normalise(it.Status)})
		}
	}
	res, sums := verloop.Match(items, verloop.Options{})
	ms := make([]yearMatch, len(res))
	for i, r := range res {
		ms[i] = yearMatch{gemeente: items[i].Gemeente, year: items[i].Year, previous: r.Previous, next: r.Next,
			change: r.Change, carried: r.CarriedYears, edits: r.Edits, yearsOnly: r.YearsOnly}
	}
	in.Verloop = buildVerloop(ms, sums)
	return in
}

var nationalTwoYears = sync.OnceValue(func() Input { return twoYearsInput(corpus.Options{}) })

// BenchmarkWriteNationalTwoYears exports two years of the national corpus
// (2 × 51,300 agreements, 342 gemeenten, every one on Verloop) under the
// memory limit cmd/pakompas sets, rows spliced (the export's way).
// peak-MB is the process' peak resident memory during the exports, the
// input included (goal < 300 MB, as for one year); /verloop=without
// writes the same input without the sheet Verloop, for what it costs.
func BenchmarkWriteNationalTwoYears(b *testing.B) {
	in := nationalTwoYears()
	rows := 0
	for _, ts := range in.ThemeSheets {
		rows += len(ts.Rows)
	}
	b.Logf("%d agreements, %d gemeenten, %d rows on Verloop, years %v, %d theme rows, %d missing rows",
		len(in.Agreements), len(in.Gemeenten), len(in.Verloop.Chains), in.Verloop.Years, rows, len(in.Missing))
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.Logf("input: %.0f MB live heap", float64(ms.HeapAlloc)/1e6)
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(230 << 20))
	b.Run("verloop=with", func(b *testing.B) { writeNational(b, in) })
	// The same input without the sheet Verloop: what the sheet costs.
	without := in
	without.Verloop = nil
	b.Run("verloop=without", func(b *testing.B) { writeNational(b, without) })
}
