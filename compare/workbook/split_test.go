package workbook

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pakompas/compare/evaluation"
	"pakompas/importer"
)

// longInput is n agreements of one gemeente under one theme, each on its
// own theme row and Ontbrekend row, orphans orphaned verdicts, and an
// import report with n skipped rows that do not join into ranges.
func longInput(n, orphans int) Input {
	in := Input{
		Created: time.Date(2025, 11, 14, 16, 30, 0, 0, time.UTC), Version: "test",
		Gemeenten: []string{"Uithoorn", "Aalsmeer"}, Themes: demoThemes, RoleLabels: demoRoles, StatusLabels: demoStatuses,
		Files: []string{"lang.csv"},
	}
	ts := ThemeSheet{Key: "betaalbaarheid", Label: "Betaalbaarheid"}
	fr := importer.FileReport{Path: "lang.csv", Format: "csv", Gemeenten: []string{"Uithoorn"}, Agreements: n}
	in.Agreements = make([]Agreement, n)
	for i := range n {
		in.Agreements[i] = Agreement{ID: fmt.Sprintf("uithoorn:%d", i+1), Gemeente: "Uithoorn", ThemeKey: "betaalbaarheid",
			ThemeLabel: "Betaalbaarheid", Number: fmt.Sprint(i + 1), Text: "De corporatie bouwt 10 woningen.", File: "lang.csv", Row: 2 * (i + 1)}
		ts.Rows = append(ts.Rows, AlignedRow{Group: "g", Cells: [][]int{{i}}})
		in.Missing = append(in.Missing, MissingRow{ThemeLabel: "Betaalbaarheid", Group: "g", Text: "De corporatie bouwt 10 woningen.",
			Has: []string{"Uithoorn"}, Missing: []string{"Aalsmeer"}})
		fr.Skipped = append(fr.Skipped, importer.SkippedRow{Row: 2*(i+1) + 1, Reason: "lege rij"})
	}
	in.ThemeSheets = []ThemeSheet{ts}
	in.Report = &importer.Report{Files: []importer.FileReport{fr}}
	for i := range orphans {
		in.Orphans = append(in.Orphans, Orphan{ID: fmt.Sprintf("weg:%d", i), Gemeente: "Uithoorn", Verdict: evaluation.Vaag})
	}
	return in
}

// lowLimits lowers the row limit of a sheet and of a listing for one test.
func lowLimits(t *testing.T, rows, listed int) {
	oldRows, oldListed := maxSheetRows, maxListed
	maxSheetRows, maxListed = rows, listed
	t.Cleanup(func() { maxSheetRows, maxListed = oldRows, oldListed })
}

// A list longer than a sheet holds continues on "… (2)", "… (3)" with its
// headings, every agreement once, every table named apart; the adviser's
// verdicts read back from every part; the listings of Importverslag stop
// at maxListed and say how many more there are.
func TestListsContinueOnMoreSheets(t *testing.T) {
	lowLimits(t, 20, 5)
	in := longInput(50, 12)
	in.Agreements[49].Verdict, in.Agreements[49].Note = evaluation.NietVaag, "laatste"
	path := filepath.Join(t.TempDir(), "evaluatie.xlsx")
	if err := Write(path, in, Options{}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := []string{"Samenvatting", "Betaalbaarheid", "Betaalbaarheid (2)", "Betaalbaarheid (3)",
		"Alle afspraken", "Alle afspraken (2)", "Alle afspraken (3)", "Ontbrekend", "Ontbrekend (2)", "Ontbrekend (3)",
		"Importverslag", "Toelichting"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets\n got %q\nwant %q", got, want)
	}
	ids, tables := map[string]int{}, map[string]bool{}
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		list := sheet != sheetSummary && sheet != sheetReport && sheet != sheetExplain
		if list && len(rows) > maxSheetRows {
			t.Errorf("%s has %d rows, more than %d", sheet, len(rows), maxSheetRows)
		}
		tbls, _ := f.GetTables(sheet)
		for _, tb := range tbls {
			if tables[tb.Name] {
				t.Errorf("table name %s twice", tb.Name)
			}
			tables[tb.Name] = true
		}
		if strings.HasPrefix(sheet, "Alle afspraken") {
			if rows[0][allColID-1] != hdrID {
				t.Errorf("%s lacks its header row: %q", sheet, rows[0])
			}
			for _, r := range rows[1:] {
				ids[r[allColID-1]]++
			}
		}
	}
	for _, a := range in.Agreements {
		if ids[a.ID] != 1 {
			t.Errorf("%s is on Alle afspraken %d times", a.ID, ids[a.ID])
		}
	}
	if title, _ := f.GetCellValue("Betaalbaarheid (2)", "A1"); !strings.Contains(title, "(deel 2 van 3)") {
		t.Errorf("continued theme sheet title %q", title)
	}
	got, err := ReadBack(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 50 || got["uithoorn:50"].Verdict != evaluation.NietVaag || got["uithoorn:50"].Note != "laatste" {
		t.Errorf("read back %d judgements, uithoorn:50 %+v", len(got), got["uithoorn:50"])
	}
	report, _ := f.GetRows(sheetReport)
	text := flatten(report)
	for _, w := range []string{"… en nog 7 (hier niet getoond: meer dan 5 regels; ze staan alle in het evaluatiebestand)",
		"… en nog 45 (hier niet getoond: meer dan 5 regels; pakompas import toont alles)"} {
		if !strings.Contains(text, w) {
			t.Errorf("Importverslag lacks %q:\n%s", w, text)
		}
	}
}

// Excel's own limit, without lowering it: a list of 1,048,576 agreements
// (one more than fits under the header) continues on a second sheet. It
// takes about 25 s and 1.3 GB (the input held in memory), so it runs only
// with PAKOMPAS_LONG=1.
func TestExcelRowLimit(t *testing.T) {
	if os.Getenv("PAKOMPAS_LONG") == "" {
		t.Skip("PAKOMPAS_LONG=1 runs it")
	}
	in := longInput(excelize.TotalRows, 0)
	in.ThemeSheets, in.Missing, in.Report = nil, nil, nil
	path := filepath.Join(t.TempDir(), "evaluatie.xlsx")
	if err := Write(path, in, Options{}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	f, err := excelize.OpenFile(path, excelize.Options{UnzipSizeLimit: 4 << 30})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if !slices.Contains(f.GetSheetList(), "Alle afspraken (2)") {
		t.Fatalf("sheets %q", f.GetSheetList())
	}
	rows, _ := f.GetRows("Alle afspraken (2)")
	if len(rows) != 2 || rows[1][allColID-1] != in.Agreements[len(in.Agreements)-1].ID {
		t.Errorf("Alle afspraken (2) holds %d rows", len(rows))
	}
	// Larger than a workbook is read back: refused with the way out.
	if _, err := ReadBack(path); err == nil || !strings.Contains(err.Error(), ".json") {
		t.Errorf("ReadBack = %v, want the size limit", err)
	}
}

// More gemeenten than a sheet has columns: a Dutch error before anything
// is written, not excelize's.
func TestTooManyGemeenten(t *testing.T) {
	in := longInput(1, 0)
	for i := range excelize.MaxColumns {
		in.Gemeenten = append(in.Gemeenten, fmt.Sprintf("Gemeente %d", i))
	}
	path := filepath.Join(t.TempDir(), "evaluatie.xlsx")
	err := Write(path, in, Options{})
	if err == nil || !strings.Contains(err.Error(), "16384 kolommen") || !strings.Contains(err.Error(), path) {
		t.Fatalf("Write = %v, want a Dutch error about the columns naming the file", err)
	}
	if _, serr := os.Stat(path); serr == nil {
		t.Error("a file was written")
	}
}
