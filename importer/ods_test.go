package importer

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"pakompas/importer/ods/odstest"
)

// odsDir holds .ods files LibreOffice wrote from the demo workbooks
// (testdata/ods/README.md).
const odsDir = "testdata/ods"

// handMadeODS is a spreadsheet as LibreOffice writes one, made by hand: a
// title spanned over the table, empty rows repeated, a header, section
// rows spanned across, a date cell, a number in the planning column, two
// paragraphs in one cell, a trekker cell spanned over two rows (the
// covered cell below it), a hidden sheet with a table of its own, and the
// million empty rows below each table.
func handMadeODS() string {
	main := odstest.Table("Afspraken 2025", "ta1",
		odsRow(`<table:table-cell office:value-type="string" table:number-columns-spanned="4" table:number-rows-spanned="1"><text:p>Prestatieafspraken 2025 gemeente Uithoorn</text:p></table:table-cell>`,
			`<table:covered-table-cell table:number-columns-repeated="3"/>`),
		odstest.Rows(2),
		odsRow(odstest.Str("Nr"), odstest.Str("Afspraak"), odstest.Str("Trekker"), odstest.Str("Planning")),
		odsSection("1. Betaalbaarheid"),
		odsRow(odstest.Str("1.1"), odstest.Str(`De corporatie verhoogt de huren <text:span text:style-name="T1">met maximaal</text:span> de inflatie.`),
			odstest.Str("Woonstichting Amstelland"),
			`<table:table-cell office:value-type="date" office:date-value="2025-07-01" calcext:value-type="date"><text:p>1-7-2025</text:p></table:table-cell>`),
		odsRow(odstest.Str("1.2"),
			`<table:table-cell office:value-type="string"><text:p>Vroegsignalering van huurachterstanden.</text:p><text:p>Samen met de gemeente.</text:p></table:table-cell>`,
			`<table:table-cell office:value-type="string" table:number-columns-spanned="1" table:number-rows-spanned="2"><text:p>Gemeente</text:p></table:table-cell>`,
			odstest.Float("2026")),
		odsRow(odstest.Str("1.3"), odstest.Str("Huurbevriezing voor de laagste inkomens."), `<table:covered-table-cell/>`, odstest.Str("Q3 2025")),
		odstest.Rows(1),
		odsSection("2. Duurzaamheid"),
		odsRow(odstest.Str("2.1"), odstest.Str("Isolatie van 200 woningen naar label B."), odstest.Str("Woonstichting Amstelland"), odstest.Float("2027")),
		odstest.Rows(1048576-11),
	)
	hidden := odstest.Table("Oud", "ta2", odsRow(odstest.Str("Nr"), odstest.Str("Afspraak")),
		odsRow(odstest.Str("9.9"), odstest.Str("Een oude afspraak die niet meer geldt.")), odstest.Rows(1048576-2))
	return odstest.Content(odstest.HiddenStyles, main, hidden)
}

// odsRow is a row of four cells padded to the last column, as
// LibreOffice writes it.
func odsRow(cells ...string) string {
	return odstest.Row(append(cells, odstest.Empty(16380))...)
}

// odsSection is a section row: one cell spanned over the table's four
// columns.
func odsSection(title string) string {
	return odsRow(`<table:table-cell office:value-type="string" table:number-columns-spanned="4" table:number-rows-spanned="1"><text:p>`+title+`</text:p></table:table-cell>`,
		`<table:covered-table-cell table:number-columns-repeated="3"/>`)
}

// handMadeWants are the agreements of handMadeODS.
var handMadeWants = []want{
	{"Uithoorn", "Betaalbaarheid", "1.1", "De corporatie verhoogt de huren met maximaal de inflatie.", "Woonstichting Amstelland", "2025-07-01", 6},
	{"Uithoorn", "Betaalbaarheid", "1.2", "Vroegsignalering van huurachterstanden.\nSamen met de gemeente.", "Gemeente", "2026", 7},
	{"Uithoorn", "Betaalbaarheid", "1.3", "Huurbevriezing voor de laagste inkomens.", "", "2025-Q3", 8},
	{"Uithoorn", "Duurzaamheid", "2.1", "Isolatie van 200 woningen naar label B.", "Woonstichting Amstelland", "2027", 11},
}

func TestODSByHand(t *testing.T) {
	path := writeFile(t, t.TempDir(), "afspraken.ods", odstest.Package(handMadeODS()))
	rep, fr := importOne(t, path, Options{})
	checkAgreements(t, rep.Agreements, handMadeWants)
	if fr.Format != "ods" || fr.FormatNote != "" {
		t.Errorf("format %q, note %q", fr.Format, fr.FormatNote)
	}
	for _, a := range rep.Agreements {
		if a.Source.File != path || a.Source.Sheet != "Afspraken 2025" {
			t.Errorf("source %+v", a.Source)
		}
	}
	// The id is the gemeente's and the number's (with the year between
	// them where the import knows it); TestODSByHandSameAsXLSX holds it to
	// the xlsx's.
	if a := rep.Agreements[0]; a.DueRaw != "1-7-2025" || !strings.HasPrefix(a.ID, "uithoorn:") || !strings.HasSuffix(a.ID, ":1.1") {
		t.Errorf("first agreement: due_raw %q, id %q", a.DueRaw, a.ID)
	}
	want := []SheetReport{
		{Name: "Afspraken 2025", Read: true, HeaderRow: 4, Columns: fr.Sheets[0].Columns, Agreements: 4},
		{Name: "Oud", Reason: "verborgen blad: overgeslagen"},
	}
	if !reflect.DeepEqual(fr.Sheets, want) || len(fr.Sheets[0].Columns) != 4 {
		t.Errorf("sheets %+v", fr.Sheets)
	}
}

// handMadeBook is handMadeODS as an xlsx workbook.
func handMadeBook() book {
	return book{sheets: []sheetSpec{
		{name: "Afspraken 2025", rows: [][]any{
			{"Prestatieafspraken 2025 gemeente Uithoorn"}, nil, nil,
			{"Nr", "Afspraak", "Trekker", "Planning"},
			{"1. Betaalbaarheid"},
			{"1.1", "De corporatie verhoogt de huren met maximaal de inflatie.", "Woonstichting Amstelland", time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)},
			{"1.2", "Vroegsignalering van huurachterstanden.\nSamen met de gemeente.", "Gemeente", 2026},
			{"1.3", "Huurbevriezing voor de laagste inkomens.", nil, "Q3 2025"},
			nil,
			{"2. Duurzaamheid"},
			{"2.1", "Isolatie van 200 woningen naar label B.", "Woonstichting Amstelland", 2027},
		}, merges: [][2]string{{"A1", "D1"}, {"A5", "D5"}, {"C7", "C8"}, {"A10", "D10"}},
			numFmt: map[string]string{"D6": "d-m-yyyy"}},
		{name: "Oud", hidden: true, rows: [][]any{{"Nr", "Afspraak"}, {"9.9", "Een oude afspraak die niet meer geldt."}}},
	}}
}

// The same sheet written as an xlsx workbook gives the same agreements,
// ids and report.
func TestODSByHandSameAsXLSX(t *testing.T) {
	dir := t.TempDir()
	odsPath := writeFile(t, dir, "afspraken.ods", odstest.Package(handMadeODS()))
	xlsxPath := handMadeBook().xlsx(t, dir, "afspraken.xlsx")
	sameImport(t, xlsxPath, odsPath)
}

// The demo workbooks and handMadeBook converted by LibreOffice (soffice
// --headless --convert-to ods) read as the workbooks themselves: the same
// agreements (ids, gemeente, theme, number, text, owner, due, source sheet
// and row) and the same report, but for the format and the file's name.
func TestODSFromLibreOfficeSameAsXLSX(t *testing.T) {
	for _, base := range []string{"Aalsmeer - jaarschijf 2025-2027", "PA Landsmeer 2025-2028", "uithoorn_prestatieafspraken_2025"} {
		t.Run(base, func(t *testing.T) {
			sameImport(t, filepath.Join("demo", "files", base+".xlsx"), filepath.Join(odsDir, base+".ods"))
		})
	}
	t.Run("handmatig", func(t *testing.T) {
		odsPath := filepath.Join(odsDir, "handmatig.ods")
		sameImport(t, handMadeBook().xlsx(t, t.TempDir(), "handmatig.xlsx"), odsPath)
		rep, fr := importOne(t, odsPath, Options{})
		checkAgreements(t, rep.Agreements, handMadeWants)
		if len(fr.Sheets) != 2 || fr.Sheets[1].Reason != "verborgen blad: overgeslagen" {
			t.Errorf("sheets %+v", fr.Sheets)
		}
	})
}

// sameImport imports an xlsx and an ods version of one workbook and
// asserts the same agreements and report, file names and format aside.
func sameImport(t *testing.T, xlsxPath, odsPath string) {
	t.Helper()
	sameImportAs(t, xlsxPath, "xlsx", odsPath, "ods")
}

// sameImportAs is sameImport for two files of the formats xFormat and
// oFormat (a Word document and its OpenDocument text too).
func sameImportAs(t *testing.T, xlsxPath, xFormat, odsPath, oFormat string) {
	t.Helper()
	x, xf := importOne(t, xlsxPath, Options{})
	o, of := importOne(t, odsPath, Options{})
	if xf.Format != xFormat || of.Format != oFormat {
		t.Errorf("formats %q and %q, want %q and %q", xf.Format, of.Format, xFormat, oFormat)
	}
	if len(o.Agreements) == 0 || len(o.Agreements) != len(x.Agreements) {
		t.Fatalf("%d agreements from the ods, %d from the xlsx", len(o.Agreements), len(x.Agreements))
	}
	for i := range x.Agreements {
		xa, oa := x.Agreements[i], o.Agreements[i]
		xa.Source.File, oa.Source.File = "", ""
		if xa != oa {
			t.Errorf("agreement %d:\n xlsx %+v\n  ods %+v", i, xa, oa)
		}
	}
	xf.Path, of.Path, xf.Format, of.Format = "", "", "", ""
	if !reflect.DeepEqual(xf, of) {
		t.Errorf("reports differ:\n xlsx %+v\n  ods %+v", xf, of)
	}
}

// A folder walk picks up .ods files and reads them; a Gemeente column and
// sheets per theme come through as from xlsx (Landsmeer).
func TestODSInFolder(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"PA Landsmeer 2025-2028.ods", "uithoorn_prestatieafspraken_2025.ods"} {
		data, err := os.ReadFile(filepath.Join(odsDir, n))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, n, data)
	}
	rep := Import(context.Background(), []string{dir}, Options{})
	if len(rep.Files) != 2 || rep.Failed() {
		t.Fatalf("files %+v", rep.Files)
	}
	for _, f := range rep.Files {
		if f.Format != "ods" || len(f.Gemeenten) != 1 {
			t.Errorf("%s: format %q, gemeenten %v", f.Path, f.Format, f.Gemeenten)
		}
	}
	if got := rep.Files[0].Gemeenten[0] + "," + rep.Files[1].Gemeenten[0]; got != "Landsmeer,Uithoorn" {
		t.Errorf("gemeenten %s", got)
	}
	if len(rep.Agreements) != 28+31 {
		t.Errorf("%d agreements", len(rep.Agreements))
	}
}
