package importer

import (
	"archive/zip"
	"bytes"
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pakompas/importer/corpus"
)

// sectionBook is a table whose section rows are known as such only by
// their merge: one unnumbered title of more than four words in the text
// column, merged across the table. Read without its merges, the title
// becomes an agreement of its own.
func sectionBook(filler int) book {
	rows := [][]any{
		{"Prestatieafspraken 2025 gemeente Uithoorn"},
		{"Afspraak", "Trekker", "Planning"},
		{"Betaalbaarheid en beschikbaarheid van sociale huurwoningen"},
		{"De corporatie bevriest in 2025 de huren van woningen onder de € 500.", "Corporatie", "2025"},
		{"Duurzaamheid en verduurzaming van de bestaande voorraad"},
		{"De corporatie isoleert in 2026 120 woningen tot label B.", "Corporatie", "2026"},
	}
	for i := range filler {
		rows = append(rows, []any{"De gemeente meldt elk kwartaal de stand van de woningbouw, deel " + strings.Repeat("x", i%7+1) + ".", "Gemeente", "doorlopend"})
	}
	return book{sheets: []sheetSpec{{name: "Afspraken", rows: rows, merges: [][2]string{{"A3", "C3"}, {"A5", "C5"}}}}}
}

// checkSections asserts that both merged titles were read as sections.
func checkSections(t *testing.T, rep *Report, fr FileReport) {
	t.Helper()
	if len(rep.Agreements) < 2 {
		t.Fatalf("%d agreements", len(rep.Agreements))
	}
	a, b := rep.Agreements[0], rep.Agreements[1]
	if a.Source.Row != 4 || a.ThemeRaw != "Betaalbaarheid en beschikbaarheid van sociale huurwoningen" ||
		b.Source.Row != 6 || b.ThemeRaw != "Duurzaamheid en verduurzaming van de bestaande voorraad" {
		t.Errorf("merged section rows not read as sections: row %d %q, row %d %q", a.Source.Row, a.ThemeRaw, b.Source.Row, b.ThemeRaw)
	}
	for _, w := range fr.Warnings {
		if strings.Contains(w, "samengevoegde cellen") {
			t.Errorf("unexpected warning %q", w)
		}
	}
}

// A sheet that excelize keeps in a temporary file instead of memory still
// has its merges read (the limit is lowered so the test stays small; the
// precondition checks that excelize really spilled the part).
func TestMergesFromSpilledSheet(t *testing.T) {
	const limit = 2 << 10
	path := sectionBook(40).xlsx(t, t.TempDir(), "uithoorn.xlsx")
	f, err := excelize.OpenFile(path, excelize.Options{UnzipXMLSizeLimit: limit})
	if err != nil {
		t.Fatal(err)
	}
	_, inMemory := f.Pkg.Load("xl/worksheets/sheet1.xml")
	f.Close()
	if inMemory {
		t.Fatalf("precondition: excelize kept the sheet in memory with a %d byte limit", limit)
	}
	rep, fr := importOne(t, path, Options{spillAbove: limit})
	checkSections(t, rep, fr)
	if len(rep.Agreements) != 42 {
		t.Errorf("%d agreements, want 42", len(rep.Agreements))
	}
}

// The same at the real limit: a sheet over 16 MB of XML.
func TestMergesFromLargeSheet(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 17 MB sheet")
	}
	path := filepath.Join(t.TempDir(), "groot.xlsx")
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	head := sectionBook(0).sheets[0]
	rows := head.rows
	pad := strings.Repeat("en de huurders worden daarover tijdig geïnformeerd ", 20)
	for i := 0; i < 17_000; i++ {
		rows = append(rows, []any{"Afspraak " + strings.Repeat("a", i%50) + " " + pad + ".", "Gemeente", "2027"})
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := sw.SetRow(cell, r); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range head.merges {
		if err := sw.MergeCell(m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if size := partSize(t, path, "xl/worksheets/sheet1.xml"); size <= maxUnzippedXML {
		t.Fatalf("precondition: sheet XML is %d bytes, not over %d", size, maxUnzippedXML)
	}
	rep, fr := importOne(t, path, Options{Gemeente: "Uithoorn"})
	checkSections(t, rep, fr)
}

// partSize returns the unpacked size of a part of an xlsx file.
func partSize(t *testing.T, path, part string) uint64 {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, zf := range zr.File {
		if zf.Name == part {
			return zf.UncompressedSize64
		}
	}
	t.Fatalf("%s not in %s", part, path)
	return 0
}

// A sheet whose merge list cannot be read is still read, and the report
// says so, naming file and sheet.
func TestMergesUnreadableWarns(t *testing.T) {
	edits := map[string]func(string) string{
		"bad reference": func(s string) string { return strings.Replace(s, `ref="A3:C3"`, `ref="A3:C"`, 1) },
		"not closed":    func(s string) string { return strings.Replace(s, `</mergeCells>`, ``, 1) },
	}
	for name, edit := range edits {
		dir := t.TempDir()
		data, err := os.ReadFile(sectionBook(0).xlsx(t, dir, "tmp.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		data = rewritePart(t, data, "xl/worksheets/sheet1.xml", func(_ *zip.Reader, body []byte) []byte {
			edited := edit(string(body))
			if edited == string(body) {
				t.Fatalf("%s: the edit changed nothing", name)
			}
			return []byte(edited)
		})
		path := writeFile(t, dir, "PA Uithoorn.xlsx", data)
		rep, fr := importOne(t, path, Options{})
		found := false
		for _, w := range fr.Warnings {
			found = found || strings.Contains(w, "samengevoegde cellen van blad 'Afspraken' in PA Uithoorn.xlsx niet gelezen")
		}
		if !found {
			t.Errorf("%s: no warning naming file and sheet: %q", name, fr.Warnings)
		}
		if len(rep.Agreements) == 0 || !fr.Sheets[0].Read {
			t.Errorf("%s: the sheet was not read: %+v", name, fr.Sheets)
		}
	}
}

// An encrypted workbook is decrypted first; its merges are read from the
// decrypted package like any other.
func TestMergesEncrypted(t *testing.T) {
	dir := t.TempDir()
	plain := sectionBook(0).xlsx(t, dir, "open.xlsx")
	f, err := excelize.OpenFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "uithoorn.xlsx")
	if err := f.SaveAs(path, excelize.Options{Password: "geheim"}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	rep, fr := importOne(t, path, Options{Password: "geheim"})
	checkSections(t, rep, fr)
}

// The merge reader finds exactly what excelize's GetMergeCells finds, on
// the demo workbooks (written by excelize in normal mode) and corpus
// workbooks (stream mode).
func TestMergesMatchExcelize(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("demo", "files", "*.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	gen, err := corpus.Generate(t.TempDir(), corpus.Options{Gemeenten: 6})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, path := range append(paths, gen...) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		m := newMergeReader(f, data)
		for _, sheet := range f.GetSheetList() {
			sc, err := m.sheet(sheet)
			got, err := sc.merges, cmp.Or(err, sc.mergeErr)
			want, werr := mergesFromExcelize(f, sheet)
			if err != nil || werr != nil {
				t.Fatalf("%s %s: %v / %v", path, sheet, err, werr)
			}
			sortRanges(got)
			sortRanges(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s %s: got %v, excelize %v", path, sheet, got, want)
			}
			total += len(got)
		}
		f.Close()
	}
	if total < 10 {
		t.Errorf("only %d merges in all workbooks: the comparison proves little", total)
	}
}

// mergesFromExcelize asks excelize for the merged ranges (it parses the
// whole sheet): the reference the merge reader is held against.
func mergesFromExcelize(f *excelize.File, sheet string) ([]mergeRange, error) {
	cells, err := f.GetMergeCells(sheet, true)
	if err != nil {
		return nil, err
	}
	out := make([]mergeRange, 0, len(cells))
	for _, c := range cells {
		r, err := parseMergeRef(c.GetStartAxis() + ":" + c.GetEndAxis())
		if err != nil {
			return out, err
		}
		out = append(out, r)
	}
	return out, nil
}

// sortRanges orders ranges by their top-left corner.
func sortRanges(rs []mergeRange) {
	slices.SortFunc(rs, func(a, b mergeRange) int {
		if a.r0 != b.r0 {
			return a.r0 - b.r0
		}
		return a.c0 - b.c0
	})
}
