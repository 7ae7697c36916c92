package importer

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
)

// manyMergesSheet is the sheet XML of issue 11 row 8: a header, then rows
// of one short heading in the text column (candidates for section rows,
// each asking whether it is merged across), and merges on every row that
// do not cover the text column, perRow of them per row.
func manyMergesSheet(rows, perRow int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	b.WriteString(`<row r="1"><c r="A1" t="inlineStr"><is><t>Nr</t></is></c><c r="B1" t="inlineStr"><is><t>Afspraak</t></is></c></row>`)
	for r := 2; r <= rows+1; r++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="B%d" t="inlineStr"><is><t>Kopje %d</t></is></c></row>`, r, r, r)
	}
	b.WriteString(`</sheetData><mergeCells>`)
	for r := 2; r <= rows+1; r++ {
		for m := range perRow {
			c0 := 3 + 2*m
			fmt.Fprintf(&b, `<mergeCell ref="%s%d:%s%d"/>`, columnName(c0), r, columnName(c0+1), r)
		}
	}
	b.WriteString(`</mergeCells></worksheet>`)
	return b.Bytes()
}

// Issue 11 row 8: 80,000 one-cell heading rows and 450,000 merges took 40 s
// because every heading row looked at every merge. With the merges indexed
// the sheet is read in about a second; BenchmarkManyMerges measures that
// (speed is a benchmark's business, not a timed test's). Here 20,000 rows
// and 120,000 merges, every heading read as a section row: the loops over
// every merge would take minutes on it.
func TestManyMergesSectionRows(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a sheet of 20,000 rows and 120,000 merges")
	}
	data := wrapSheet(t, manyMergesSheet(20_000, 6))
	res := importFile("merges.xlsx", data, Options{})
	if res.report.Error != "" {
		t.Fatalf("error %s (%s)", res.report.Error, res.report.ErrorKind)
	}
	if n := len(res.report.Skipped); n < 20_000 {
		t.Errorf("%d rows skipped, want the 20,000 headings as section rows", n)
	}
}

// BenchmarkManyMerges reads the row-8 sheet at a tenth of its size.
func BenchmarkManyMerges(b *testing.B) {
	data := wrapSheet(b, manyMergesSheet(8_000, 6))
	b.ReportAllocs()
	for b.Loop() {
		if res := importFile("merges.xlsx", data, Options{}); res.report.Error != "" {
			b.Fatal(res.report.Error)
		}
	}
}

// The indexes answer exactly what the loops over every merge answered,
// overlapping (hostile) merges included.
func TestMergeIndexesMatchLoops(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 8))
	for range 300 {
		merges := make([]mergeRange, rng.IntN(12))
		for i := range merges {
			r0, c0 := rng.IntN(8), rng.IntN(8)
			merges[i] = mergeRange{r0: r0, c0: c0, r1: r0 + rng.IntN(3), c1: c0 + rng.IntN(3)}
		}
		for col := range 10 {
			spans := acrossRows(merges, col)
			for row := range 12 {
				want := false
				for _, m := range merges {
					if m.r0 <= row && row <= m.r1 && m.c0 <= col && col <= m.c1 && m.c1 > m.c0 {
						want = true
					}
				}
				if got := spans.contains(row); got != want {
					t.Fatalf("acrossRows(%v, %d).contains(%d) = %v", merges, col, row, got)
				}
			}
		}
		for row := range 12 {
			width := rng.IntN(12)
			owners := mergeOwners(merges, row, width)
			for c := range width {
				want := -1
				for _, m := range merges {
					if m.r0 <= row && row <= m.r1 && m.c0 <= c && c <= m.c1 {
						want = m.c0
						break
					}
				}
				if owners[c] != want {
					t.Fatalf("mergeOwners(%v, %d, %d)[%d] = %d, want %d", merges, row, width, c, owners[c], want)
				}
			}
		}
	}
}
