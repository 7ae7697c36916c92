package importer

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// wrapSheetSST is wrapSheet with a shared-strings part holding sst.
func wrapSheetSST(t testing.TB, sheetXML string, sst ...string) []byte {
	t.Helper()
	var si strings.Builder
	for _, s := range sst {
		fmt.Fprintf(&si, "<si><t>%s</t></si>", s)
	}
	data := wrapSheet(t, []byte(sheetXML))
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		w, _ := zw.Create(zf.Name)
		var buf bytes.Buffer
		buf.ReadFrom(rc)
		rc.Close()
		w.Write(buf.Bytes())
	}
	w, _ := zw.Create("xl/sharedStrings.xml")
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>`,
		len(sst), len(sst), si.String())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// sstSheet is a sheet of a header and agreements whose texts are shared
// strings: row r (from 2) has number r-1 and text index idx[r-2].
func sstSheet(idx ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	b.WriteString(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`)
	for i, v := range idx {
		fmt.Fprintf(&b, `<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="s"><v>%s</v></c></row>`, i+2, i+2, i+1, i+2, v)
	}
	b.WriteString(`</sheetData></worksheet>`)
	return b.String()
}

var sstTexts = []string{"Nr", "Afspraak", "De corporatie bouwt 10 woningen.", "De gemeente wijst 2 locaties aan."}

// Issue 11 row 9: a shared-string index "abc" was read as string 0 (the
// header "Nr" became an agreement's text) and an index out of range as an
// empty cell, both silently. The cells are left empty and the report
// names them.
func TestBadSharedStringIndexWarned(t *testing.T) {
	for _, bad := range []string{"abc", "99", "-1"} {
		data := wrapSheetSST(t, sstSheet("2", bad, "3"), sstTexts...)
		res := importFile("uithoorn.xlsx", data, Options{})
		if res.report.Error != "" {
			t.Fatalf("%s: %s", bad, res.report.Error)
		}
		if len(res.agreements) != 2 || res.agreements[0].Text != sstTexts[2] || res.agreements[1].Text != sstTexts[3] {
			t.Errorf("%s: agreements %+v", bad, res.agreements)
		}
		if !anyContains(res.report.Warnings, "cel B3, '"+bad+"'") || !anyContains(res.report.Warnings, "gedeelde tekst die niet bestaat") {
			t.Errorf("%s: warnings %v", bad, res.report.Warnings)
		}
	}
}

// A sheet full of broken indexes is refused as damaged.
func TestManyBadSharedStringsRefused(t *testing.T) {
	idx := make([]string, maxBadStrings+1)
	for i := range idx {
		idx[i] = "x"
	}
	res := importFile("uithoorn.xlsx", wrapSheetSST(t, sstSheet(idx...), sstTexts...), Options{})
	if res.report.ErrorKind != ErrCorrupt || !strings.Contains(res.report.Error, "101 cellen") {
		t.Fatalf("kind %q, error %q", res.report.ErrorKind, res.report.Error)
	}
}

// Issue 11 row 9: sheet XML that breaks off inside a row imported the
// rows before it with exit 0 and no word. The file is refused as damaged,
// naming the sheet and the row.
func TestSheetCutOffInsideRowRefused(t *testing.T) {
	full := sheetSeed
	cut := full[:strings.Index(full, `<c r="B7"`)+len(`<c r="B7" t="str"><f>"De corp`)]
	for name, xml := range map[string]string{"cut": cut, "cut in a tag": full[:strings.Index(full, `<row r="7"`)+6]} {
		res := importFile("uithoorn.xlsx", wrapSheet(t, []byte(xml)), Options{})
		if res.report.ErrorKind != ErrCorrupt || !strings.Contains(res.report.Error, "blad 'Afspraken'") || !strings.Contains(res.report.Error, "rij 7") ||
			len(res.agreements) != 0 {
			t.Errorf("%s: kind %q, error %q, %d agreements", name, res.report.ErrorKind, res.report.Error, len(res.agreements))
		}
	}
	// Cut after the rows (in the merge list): the rows are whole; the merges
	// are reported as unread, as before.
	after := full[:strings.Index(full, `<mergeCell ref="A5:E5"`)]
	res := importFile("uithoorn.xlsx", wrapSheet(t, []byte(after)), Options{})
	if res.report.Error != "" || len(res.agreements) != 2 || !anyContains(res.report.Warnings, "samengevoegde cellen") {
		t.Errorf("cut after the rows: error %q, %d agreements, warnings %v", res.report.Error, len(res.agreements), res.report.Warnings)
	}
}

// The row limit holds for workbooks: a filled row past 100,000 rows is
// refused, naming sheet and row; empty (formatted) rows down to Excel's
// last row are not counted.
func TestXLSXRowLimit(t *testing.T) {
	sheet := func(extra string) []byte {
		return []byte(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
			`<row r="1"><c r="A1" t="inlineStr"><is><t>Nr</t></is></c><c r="B1" t="inlineStr"><is><t>Afspraak</t></is></c></row>` +
			`<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>De corporatie bouwt 10 woningen.</t></is></c></row>` +
			extra + `</sheetData></worksheet>`)
	}
	res := importFile("uithoorn.xlsx", wrapSheet(t, sheet(`<row r="150000"><c r="B150000" t="inlineStr"><is><t>verdwaald</t></is></c></row>`)), Options{})
	if res.report.ErrorKind != ErrTooLarge || !strings.Contains(res.report.Error, "blad 'Afspraken' rij 150000") || !strings.Contains(res.report.Error, "100.000 rijen") {
		t.Errorf("far row: kind %q, error %q", res.report.ErrorKind, res.report.Error)
	}
	res = importFile("uithoorn.xlsx", wrapSheet(t, sheet(`<row r="1048576" s="1" customFormat="1"/>`)), Options{})
	if res.report.Error != "" || len(res.agreements) != 1 {
		t.Errorf("empty last row: error %q, %d agreements", res.report.Error, len(res.agreements))
	}
}

// The cell length limit holds for workbooks too.
func TestXLSXLongCellCut(t *testing.T) {
	long := strings.Repeat("Partijen gaan in gesprek. ", 2000)
	xml := strings.Replace(sheetSeed, "Partijen gaan in gesprek over de woonlasten.", long, 1)
	res := importFile("uithoorn.xlsx", wrapSheet(t, []byte(xml)), Options{})
	if res.report.Error != "" || len(res.agreements) != 2 {
		t.Fatalf("error %q, %d agreements", res.report.Error, len(res.agreements))
	}
	if n := len([]rune(res.agreements[0].Text)); n > maxCellChars {
		t.Errorf("text of %d characters", n)
	}
	if !anyContains(res.report.Warnings, "blad 'Afspraken' cel B6") {
		t.Errorf("warnings %v", res.report.Warnings)
	}
}

// A value in Excel's last column makes excelize return a row of 16,384
// cells: 100,000 such rows (4 MB of XML) would hold 26 GB. The cells per
// file are bounded; such a file is refused after a few hundred rows.
func TestWideRowsRefused(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	b.WriteString(`<row r="1"><c r="A1" t="inlineStr"><is><t>Nr</t></is></c><c r="B1" t="inlineStr"><is><t>Afspraak</t></is></c></row>`)
	for r := 2; r <= 5_000; r++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="B%d" t="inlineStr"><is><t>Tekst.</t></is></c><c r="XFD%d"><v>1</v></c></row>`, r, r, r)
	}
	b.WriteString(`</sheetData></worksheet>`)
	data := wrapSheet(t, []byte(b.String()))
	var res fileResult
	peak := peakHeap(func() { res = importFile("breed.xlsx", data, Options{}) })
	if res.report.ErrorKind != ErrTooLarge || !strings.Contains(res.report.Error, "4.000.000 cellen") {
		t.Fatalf("kind %q, error %q", res.report.ErrorKind, res.report.Error)
	}
	if peak > 256<<20 {
		t.Errorf("peak heap %d MB", peak>>20)
	}
}

// Shared strings that break off are damage too: excelize reads such a
// part in part without a word once it is large enough to be kept in a
// temporary file. The file is refused.
func TestSharedStringsCutOffRefused(t *testing.T) {
	data := wrapSheetSST(t, sstSheet("2", "3"), sstTexts...)
	data = rewritePart(t, data, "xl/sharedStrings.xml", func(_ *zip.Reader, body []byte) []byte {
		return body[:bytes.LastIndex(body, []byte("<si>"))+6]
	})
	for _, spill := range []int64{0, 64} { // 64: the part goes to a temporary file
		res := importFile("uithoorn.xlsx", data, Options{spillAbove: spill})
		if res.report.ErrorKind != ErrCorrupt || !strings.Contains(res.report.Error, "sharedStrings.xml") {
			t.Errorf("spill above %d: kind %q, error %q, %d agreements", spill, res.report.ErrorKind, res.report.Error, len(res.agreements))
		}
	}
}

// countTags counts and tells a complete part from one cut off.
func TestCountTags(t *testing.T) {
	cases := []struct {
		xml      string
		n        int
		complete bool
	}{
		{`<?xml version="1.0"?><sst><si><t>a</t></si><!-- <si> --><si><t>b</t></si></sst>` + "\r\n", 2, true},
		{`<x:sst xmlns:x="u"><x:si><x:t>a</x:t></x:si></x:sst>`, 1, true},
		{`<sst><si><t>a</t></si><si><t>b`, 2, false},
		{`<sst><si><t>a</t></si></ss`, 1, false},
		{``, 0, true},
		// An empty part as Excel and Google Sheets write it: complete (it
		// was refused as cut off).
		{`<?xml version="1.0"?>` + "\n" + `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`, 0, true},
	}
	for _, c := range cases {
		if n, complete := countTags(strings.NewReader(c.xml), "si"); n != c.n || complete != c.complete {
			t.Errorf("%q: %d, %v; want %d, %v", c.xml, n, complete, c.n, c.complete)
		}
	}
}
