package importer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The fast reader reads the cases of the bad-input and limit tests itself
// (no note in the report), with their errors and warnings.
func TestFastReaderHoldsLimitsAndDamage(t *testing.T) {
	far := strings.Replace(sheetSeed, `</sheetData>`, `<row r="150000"><c r="B150000" t="inlineStr"><is><t>verdwaald</t></is></c></row></sheetData>`, 1)
	var wide strings.Builder
	wide.WriteString(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nr</t></is></c><c r="B1" t="inlineStr"><is><t>Afspraak</t></is></c></row>`)
	for r := 2; r <= 300; r++ {
		fmt.Fprintf(&wide, `<row r="%d"><c r="B%d" t="inlineStr"><is><t>Tekst.</t></is></c><c r="XFD%d"><v>1</v></c></row>`, r, r, r)
	}
	wide.WriteString(`</sheetData></worksheet>`)
	long := strings.Replace(sheetSeed, "Partijen gaan in gesprek over de woonlasten.", strings.Repeat("Partijen gaan in gesprek. ", 2000), 1)
	bad := make([]string, maxBadStrings+1)
	for i := range bad {
		bad[i] = "x"
	}
	cases := []struct {
		name, kind, want string
		data             []byte
	}{
		{"far row", string(ErrTooLarge), "blad 'Afspraken' rij 150000", wrapSheet(t, []byte(far))},
		{"wide rows", string(ErrTooLarge), "4.000.000 cellen", wrapSheet(t, []byte(wide.String()))},
		{"long cell", "", "blad 'Afspraken' cel B6", wrapSheet(t, []byte(long))},
		{"bad index", "", "cel B3, 'abc'", wrapSheetSST(t, sstSheet("2", "abc", "3"), sstTexts...)},
		{"many bad indexes", string(ErrCorrupt), "101 cellen", wrapSheetSST(t, sstSheet(bad...), sstTexts...)},
	}
	for _, c := range cases {
		res := importFile("uithoorn.xlsx", c.data, Options{})
		rep := res.report
		got := rep.Error + strings.Join(rep.Warnings, " ")
		if string(rep.ErrorKind) != c.kind || !strings.Contains(got, c.want) {
			t.Errorf("%s: kind %q, error %q, warnings %q", c.name, rep.ErrorKind, rep.Error, rep.Warnings)
		}
		if rep.FormatNote != "" {
			t.Errorf("%s: not read by the fast reader: %s", c.name, rep.FormatNote)
		}
	}
}

// A file the fast reader leaves to excelize imports as before (here a row
// number that goes back, which excelize's iterator reads in a way of its
// own), and its
// report says so and why: in the JSON's format_note and on the readable
// report's format line. A file it reads has neither.
func TestFallbackNoteInReport(t *testing.T) {
	back := wrapSheet(t, []byte(strings.Replace(sheetSeed, `<row r="7">`, `<row r="2">`, 1)))
	res := importFile("uithoorn.xlsx", back, Options{})
	note := res.report.FormatNote
	if res.report.Error != "" || len(res.agreements) == 0 || res.report.Format != "xlsx" ||
		!strings.HasPrefix(note, "gelezen met excelize (terugval: blad 'Afspraken': rijnummer '2' na rij 6") {
		t.Fatalf("error %q, %d agreements, format %q, note %q", res.report.Error, len(res.agreements), res.report.Format, note)
	}
	fast := importFile("uithoorn.xlsx", wrapSheet(t, []byte(sheetSeed)), Options{})
	if fast.report.FormatNote != "" || len(fast.agreements) != 2 {
		t.Fatalf("fast: note %q, %d agreements", fast.report.FormatNote, len(fast.agreements))
	}
	rep := &Report{Files: []FileReport{res.report, fast.report}}
	js, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(js, []byte(`"format_note":`)); n != 1 || !bytes.Contains(js, []byte(`"format":"xlsx","format_note":"gelezen met excelize`)) {
		t.Errorf("format_note %d times in %s", n, js)
	}
	var text bytes.Buffer
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "uithoorn.xlsx (xlsx, gelezen met excelize (terugval: blad 'Afspraken'") ||
		!strings.Contains(text.String(), "uithoorn.xlsx (xlsx): gemeente Uithoorn") {
		t.Errorf("text:\n%s", text.String())
	}
}

// A sheet that breaks off is left to excelize, whose path refuses it as
// before (issue 11), with the row.
func TestCutOffSheetRefusedThroughFallback(t *testing.T) {
	cut := sheetSeed[:strings.Index(sheetSeed, `<c r="B7"`)+10]
	res := importFile("uithoorn.xlsx", wrapSheet(t, []byte(cut)), Options{})
	if res.report.ErrorKind != ErrCorrupt || !strings.Contains(res.report.Error, "rij 7") || !strings.Contains(res.report.FormatNote, "XML houdt op") {
		t.Errorf("kind %q, error %q, note %q", res.report.ErrorKind, res.report.Error, res.report.FormatNote)
	}
}

// The fast reader's values of every cell type, rich text, escapes,
// entities and CDATA: what excelize gives with raw values.
func TestFastReaderValues(t *testing.T) {
	sheets, warnings, fe, why := readXLSXFast("rijk.xlsx", richBook(t), &fileLimits{})
	if fe != nil || why != "" || len(warnings) != 0 || len(sheets) != 1 {
		t.Fatalf("error %v, fallback %q, warnings %q, %d sheets", fe, why, warnings, len(sheets))
	}
	g := sheets[0].grid
	want := map[int][]string{
		1: {"Nr", "Afspraak"},
		2: {"1", "De corporatie bouwt 10 woningen&meer.", "1", "#N/A", "45838", "0.333333333333333"},
		4: {"2", "De gemeente <wijst> locaties aan.", "", "", "inline", "2025-06-30T00:00:00"},
	}
	for _, r := range g.rows {
		if w, ok := want[r.num]; ok && !slices.Equal(r.cells, w) || !ok && len(r.cells) > 0 {
			t.Errorf("row %d: %q, want %q", r.num, r.cells, w)
		}
	}
	if len(g.rows) != 4 || !slices.Equal(g.merges, []mergeRange{{r0: 3, c0: 2, r1: 3, c1: 3}}) {
		t.Errorf("%d rows, merges %v", len(g.rows), g.merges)
	}
}
