package workbook

import (
	"archive/zip"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"pakompas/compare/evaluation"
	"pakompas/importer"
	"pakompas/importer/corpus"
)

var (
	nationalOnce sync.Once
	national     Input
)

// nationalInput is the export of the national corpus: 342 gemeenten × 150
// agreements. The derived fields are filled plainly (no classifier): the
// corpus's own vague flag, a role from the owner's words, a status from
// the status word; the same text in the same theme in two or more
// gemeenten is one alignment group.
func nationalInput() Input {
	nationalOnce.Do(func() { national = corpusInput(corpus.Options{}) })
	return national
}

// corpusInput builds an Input from a corpus of the given size.
func corpusInput(o corpus.Options) Input { return setsInput(corpus.Build(o)) }

// setsInput builds an Input from corpus sets; a later set of a gemeente
// (another year) has the year in its ids.
func setsInput(sets []corpus.Set) Input {
	labels := map[string]string{}
	for _, t := range demoThemes {
		labels[t.Key] = t.Label
	}
	in := Input{
		Created: time.Date(2025, 11, 14, 16, 30, 0, 0, time.UTC), Version: "bench",
		Themes: demoThemes, RoleLabels: demoRoles, StatusLabels: demoStatuses,
		Report: &importer.Report{},
	}
	groupOf := map[string]string{} // theme + text → group id
	groups := map[string]string{}  // agreement id → group id
	gemeenten := map[string]int{}  // group → members (a gemeente never repeats a text)
	seen := map[string]bool{}
	for _, s := range sets {
		idPrefix := s.Gemeente.Code
		if seen[s.Gemeente.Name] {
			idPrefix += "-" + s.Year
		} else {
			in.Gemeenten = append(in.Gemeenten, s.Gemeente.Name)
		}
		seen[s.Gemeente.Name] = true
		in.Files = append(in.Files, "corpus/"+s.FileName)
		rows := s.ItemRows()
		for i, it := range s.Items {
			a := Agreement{
				ID:       fmt.Sprintf("%s-%03d", idPrefix, i),
				Gemeente: s.Gemeente.Name, ThemeKey: it.Theme, ThemeLabel: labels[it.Theme], ThemeRaw: it.ThemeRaw,
				Number: it.Number, Text: it.Text, Owner: it.Owner, Due: it.Planning,
				Role: plainRole(it.Owner), Status: demoStatuses[len(it.Status)%len(demoStatuses)],
				Vague: it.Vague, File: "corpus/" + s.FileName, Sheet: s.Sheet, Row: rows[i],
			}
			if !it.PlanningDate.IsZero() {
				a.Due = it.PlanningDate.Format("02-01-2006")
			}
			switch {
			case it.Kind == corpus.KindFramework:
				a.Type = "kader"
			case it.Vague:
				a.Type, a.Matches, a.RuleIDs = "proces", []string{"in gesprek"}, []string{"in-gesprek"}
				a.Smart = [4]bool{true, false, false, false}
			default:
				a.Type, a.Smart = "resultaat", [4]bool{true, true, true, true}
			}
			if i%97 == 0 {
				a.Verdict, a.Note = evaluation.NietVaag, "Besproken met de corporatie."
			}
			key := it.Theme + "\x00" + it.Text
			g, ok := groupOf[key]
			if !ok {
				g = fmt.Sprintf("g-%d", len(groupOf))
				groupOf[key] = g
			}
			groups[a.ID] = g
			gemeenten[g]++
			in.Agreements = append(in.Agreements, a)
		}
		cols := []importer.ColumnMapping{{Column: "A", Header: "Nr", Field: importer.FieldNumber},
			{Column: "B", Header: "Thema", Field: importer.FieldTheme}, {Column: "C", Header: "Afspraak", Field: importer.FieldText},
			{Column: "D", Header: "Trekker", Field: importer.FieldOwner}, {Column: "E", Header: "Planning", Field: importer.FieldDue},
			{Column: "F", Header: "Status", Field: importer.FieldStatus}}
		in.Report.Files = append(in.Report.Files, importer.FileReport{
			Path: "corpus/" + s.FileName, Format: "xlsx", Gemeenten: []string{s.Gemeente.Name}, Agreements: len(s.Items),
			Sheets:  []importer.SheetReport{{Name: s.Sheet, Read: true, HeaderRow: corpus.HeaderRow, Columns: cols, Agreements: len(s.Items)}},
			Skipped: []importer.SkippedRow{{Sheet: s.Sheet, Row: 1, Reason: "titel"}, {Sheet: s.Sheet, Row: 2, Reason: "titel"}, {Sheet: s.Sheet, Row: 3, Reason: "lege rij"}},
		})
	}
	for id, g := range groups {
		if gemeenten[g] < 2 {
			delete(groups, id)
		}
	}
	in.ThemeSheets, in.Missing = alignedRows(&in, groups)
	in.Summary = summarise(&in)
	return in
}

// plainRole guesses a role from the owner's words.
func plainRole(owner string) string {
	o := strings.ToLower(owner)
	switch {
	case o == "":
		return "Onbekend"
	case strings.Contains(o, " en ") || strings.Contains(o, "partijen"):
		return "Gezamenlijk"
	case strings.Contains(o, "gemeente"):
		return "Gemeente"
	case strings.Contains(o, "huurder"):
		return "Huurders"
	case strings.Contains(o, "zorg") || strings.Contains(o, "welzijn"):
		return "Zorg/welzijn"
	}
	return "Corporatie"
}

// BenchmarkWriteNational exports the national corpus: 51,300 agreements,
// 342 gemeenten as columns on the theme sheets, 342 × 9 summary rows.
// Write sets no memory limit itself: /limit=none is the package alone,
// /limit=230MiB runs under the soft limit that cmd/pakompas sets at start
// (memoryLimit in cmd/pakompas/memory.go; keep the two equal). The
// peak-MB metric is the process' peak resident memory during the exports,
// the input included (goal < 300 MB, met only under the limit).
// /rows=spliced is the export's way (splice.go), /rows=setrow every row
// through excelize's SetRow (the way before), for the ratio in one run.
func BenchmarkWriteNational(b *testing.B) {
	in := nationalInput()
	rows := 0
	for _, ts := range in.ThemeSheets {
		rows += len(ts.Rows)
	}
	b.Logf("%d agreements, %d gemeenten, %d theme rows, %d missing rows, %d summary rows",
		len(in.Agreements), len(in.Gemeenten), rows, len(in.Missing), len(in.Summary))
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.Logf("input: %.0f MB live heap", float64(ms.HeapAlloc)/1e6)
	for _, limit := range []struct {
		name  string
		bytes int64
	}{{"none", -1}, {"230MiB", 230 << 20}} {
		for _, viaSetRow := range []bool{true, false} {
			rows := map[bool]string{true: "setrow", false: "spliced"}[viaSetRow]
			b.Run("limit="+limit.name+"/rows="+rows, func(b *testing.B) {
				if limit.bytes > 0 {
					defer debug.SetMemoryLimit(debug.SetMemoryLimit(limit.bytes))
				}
				defer func(old bool) { testRowsViaSetRow = old }(testRowsViaSetRow)
				testRowsViaSetRow = viaSetRow
				writeNational(b, in)
			})
		}
	}
}

// writeNational exports in b.N times and reports the file size and the
// peak resident memory.
func writeNational(b *testing.B, in Input) {
	dir := b.TempDir()
	debug.FreeOSMemory()
	measured := resetPeakRSS()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		path := filepath.Join(dir, fmt.Sprintf("nationaal-%d.xlsx", i))
		if err := Write(path, in, Options{}); err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			fi, _ := os.Stat(path)
			b.ReportMetric(float64(fi.Size())/1e6, "MB/file")
		}
	}
	b.StopTimer()
	if measured {
		b.ReportMetric(peakRSS()/1e6, "peak-MB")
	}
}

// BenchmarkReadBackNational reads the verdicts back from the national
// export. peak-MB is the process' peak resident memory during the read
// backs, the input of the export included.
func BenchmarkReadBackNational(b *testing.B) {
	in := nationalInput()
	path := filepath.Join(b.TempDir(), "nationaal.xlsx")
	if err := Write(path, in, Options{}); err != nil {
		b.Fatal(err)
	}
	unzipped, err := unzippedSize(path)
	if err != nil {
		b.Fatal(err)
	}
	debug.FreeOSMemory()
	measured := resetPeakRSS()
	defer func() {
		b.ReportMetric(float64(unzipped)/1e6, "MB-unzipped")
		if measured {
			b.ReportMetric(peakRSS()/1e6, "peak-MB")
		}
	}()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		got, err := ReadBack(path)
		if err != nil {
			b.Fatal(err)
		}
		if len(got) != len(in.Agreements) {
			b.Fatalf("%d judgements, want %d", len(got), len(in.Agreements))
		}
		if j := got[in.Agreements[97].ID]; j.Verdict != evaluation.NietVaag {
			b.Fatalf("agreement 97: %+v", j)
		}
	}
}

// unzippedSize is what the workbook at path unpacks to.
func unzippedSize(path string) (uint64, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return 0, err
	}
	defer zr.Close()
	var n uint64
	for _, f := range zr.File {
		n += f.UncompressedSize64
	}
	return n, nil
}
