package importer

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
)

// Issue 11 row 5: a CSV saved as "CSV UTF-8" (with a BOM) that has a "–"
// and an "é" typed in Windows-1252 in it was refused as an internal
// error. It reads as Excel users expect: the valid UTF-8 stays as it is,
// each stray byte is its Windows-1252 character, and the report says so.
func TestCSVBOMWithWindows1252Bytes(t *testing.T) {
	data := []byte("\xEF\xBB\xBFNr;Afspraak;Trekker;Toelichting\n" +
		"1;De corporatie bouwt 10 woningen \x96 in 2026.;\x96;caf\xE9 en Zo\xC3\xABterwoude\n" +
		"2;\x96 De gemeente wijst 2 locaties aan.;Gemeente;\n")
	res := importFile("uithoorn.csv", data, Options{})
	if res.report.Error != "" {
		t.Fatalf("refused: %s (%s)", res.report.Error, res.report.ErrorKind)
	}
	if len(res.agreements) != 2 {
		t.Fatalf("%d agreements", len(res.agreements))
	}
	a, b := res.agreements[0], res.agreements[1]
	if a.Text != "De corporatie bouwt 10 woningen – in 2026." || a.Owner != "–" || a.Notes != "café en Zoëterwoude" {
		t.Errorf("first agreement: %q, owner %q, notes %q", a.Text, a.Owner, a.Notes)
	}
	if b.Text != "De gemeente wijst 2 locaties aan." {
		t.Errorf("a leading Windows-1252 dash is a bullet: %q", b.Text)
	}
	if !anyContains(res.report.Warnings, "Windows-1252") {
		t.Errorf("warnings %v", res.report.Warnings)
	}
}

// Decoding streams through buffers: a UTF-8 character split by a buffer
// boundary is kept, and a file wholly in Windows-1252 is reported as such.
func TestDecodeTextAcrossBuffers(t *testing.T) {
	want := strings.Repeat("Zoëterwoude – €", 20_000)
	r, st := decodeText(strings.NewReader(want))
	got, err := io.ReadAll(r)
	if err != nil || string(got) != want || st.converted != 0 || st.warning() != "" {
		t.Fatalf("UTF-8 changed (err %v, %d converted)", err, st.converted)
	}
	cp := []byte(strings.Repeat("caf\xE9 \x80 \x96 ", 20_000))
	r, st = decodeText(bytes.NewReader(cp))
	got, _ = io.ReadAll(r)
	if string(got) != strings.Repeat("café € – ", 20_000) || !strings.Contains(st.warning(), "Windows-1252 herkend") {
		t.Fatalf("Windows-1252: %q…, warning %q", got[:20], st.warning())
	}
}

// Invalid UTF-8 can no longer reach tidyText from a CSV, but tidyText is
// safe on it anyway (it sliced three bytes off a one-byte "character").
func TestTidyTextInvalidUTF8(t *testing.T) {
	for _, s := range []string{"\x96", "\x96 x", "\x96De"} {
		_ = tidyText(s)
	}
}

// Issue 11 row 9 (CSV): a quote that is never closed made the rest of the
// file one agreement, silently. It is refused, naming the line.
func TestCSVUnclosedQuoteRefused(t *testing.T) {
	var b strings.Builder
	b.WriteString("Nr;Afspraak;Trekker\n1;\"De corporatie bouwt 10 woningen.;Corporatie\n")
	for i := 2; i < 50; i++ {
		fmt.Fprintf(&b, "%d;De gemeente doet %d dingen.;Gemeente\n", i, i)
	}
	res := importFile("uithoorn.csv", []byte(b.String()), Options{})
	if res.report.ErrorKind != ErrCorrupt || !strings.Contains(res.report.Error, "regel 2") || len(res.agreements) != 0 {
		t.Fatalf("kind %q, error %q, %d agreements", res.report.ErrorKind, res.report.Error, len(res.agreements))
	}
	if strings.Contains(res.report.Error, "Excel-bestand") {
		t.Errorf("a CSV called an Excel file: %q", res.report.Error)
	}
}

// A quoted cell that swallowed whole rows before a later quote closed it
// is read (a spreadsheet program does the same) but reported, naming the
// line; a quoted cell with newlines of its own is not.
func TestCSVGluedRowsWarned(t *testing.T) {
	glued := "Nr;Afspraak;Trekker;Jaar\n" +
		"1;\"De corporatie bouwt 10 woningen.;Corporatie;2025\n" +
		"2;De gemeente wijst locaties aan;Gemeente;2026\n" +
		"3;De huurders \"praten mee\";Huurders;2025\n" +
		"4;Tekst;Gemeente;2027\n"
	res := importFile("uithoorn.csv", []byte(glued), Options{})
	if res.report.Error != "" || !anyContains(res.report.Warnings, "regel 2") || !anyContains(res.report.Warnings, "aanhalingsteken") {
		t.Fatalf("error %q, warnings %v", res.report.Error, res.report.Warnings)
	}
	fine := "Nr;Afspraak;Trekker;Jaar\n1;\"Partijen onderzoeken:\n- domotica\n- mantelzorg\";Gemeente;2025\n2;\"Tekst met \"\"quotes\"\"\";Corporatie;2026\n"
	res = importFile("uithoorn.csv", []byte(fine), Options{})
	if res.report.Error != "" || len(res.agreements) != 2 || anyContains(res.report.Warnings, "aanhalingsteken") {
		t.Fatalf("error %q, %d agreements, warnings %v", res.report.Error, len(res.agreements), res.report.Warnings)
	}
	if got := res.agreements[1].Text; got != "Tekst met \"quotes\"" {
		t.Errorf("doubled quotes: %q", got)
	}
}

// Issue 11 row 11: Excel's hint line "sep=" naming a quote made the file
// "beschadigd Excel-bestand". The hint is ignored with a warning and the
// separator sniffed.
func TestCSVBadSepLine(t *testing.T) {
	data := "sep=\"\nNr;Afspraak;Trekker\n1;De corporatie bouwt 10 woningen.;Corporatie\n"
	res := importFile("uithoorn.csv", []byte(data), Options{})
	if res.report.Error != "" || len(res.agreements) != 1 || res.agreements[0].Source.Row != 3 {
		t.Fatalf("error %q, agreements %+v", res.report.Error, res.agreements)
	}
	if !anyContains(res.report.Warnings, `'sep="'`) {
		t.Errorf("warnings %v", res.report.Warnings)
	}
}

// Issue 11 row 11: a NUL near the start refused the file, a NUL further on
// was imported. Wherever it stands, the file is refused as binary, naming
// the line.
func TestCSVNulAnywhereRefused(t *testing.T) {
	rows := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "%d;De corporatie bouwt %d woningen.\n", i+1, i+1)
		}
		return b.String()
	}
	for name, data := range map[string]string{
		"early": "Nr;Afs\x00praak\n" + rows(3),
		"late":  "Nr;Afspraak\n" + rows(300) + "301;Tekst\x00\n",
	} {
		res := importFile(name+".csv", []byte(data), Options{})
		if res.report.ErrorKind != ErrNotSheet || !strings.Contains(res.report.Error, "NUL") || len(res.agreements) != 0 {
			t.Errorf("%s: kind %q, error %q, %d agreements", name, res.report.ErrorKind, res.report.Error, len(res.agreements))
		}
	}
}

// The cell length limit: a cell longer than Excel's 32,767 characters is
// cut there with a warning naming the cell, never a crash.
func TestCSVLongCellCut(t *testing.T) {
	long := strings.Repeat("Partijen gaan in gesprek. ", 2000) // 52,000 characters
	data := "Nr;Afspraak\n1;De corporatie bouwt 10 woningen.\n2;\"" + long + "\"\n"
	res := importFile("uithoorn.csv", []byte(data), Options{Gemeente: "Uithoorn"})
	if res.report.Error != "" || len(res.agreements) != 2 {
		t.Fatalf("error %q, %d agreements", res.report.Error, len(res.agreements))
	}
	if n := len([]rune(res.agreements[1].Text)); n > maxCellChars {
		t.Errorf("text of %d characters kept", n)
	}
	if !anyContains(res.report.Warnings, "cel B3") || !anyContains(res.report.Warnings, "32.767") {
		t.Errorf("warnings %v", res.report.Warnings)
	}
}

// Issue 11 row 11: 16,500 gemeenten in a gemeente column ran the export
// into excelize's English column error after 92 s. The file is refused
// at once with the limit in Dutch.
func TestTooManyGemeentenRefused(t *testing.T) {
	var b strings.Builder
	b.WriteString("Gemeente;Nr;Afspraak\n")
	for i := range 16_500 {
		fmt.Fprintf(&b, "Gem%05d;%d;De corporatie bouwt %d woningen.\n", i, i, i)
	}
	res := importFile("land.csv", []byte(b.String()), Options{})
	if res.report.ErrorKind != ErrTooLarge || !strings.Contains(res.report.Error, "1.000 verschillende gemeenten") || len(res.agreements) != 0 {
		t.Fatalf("kind %q, error %q, %d agreements", res.report.ErrorKind, res.report.Error, len(res.agreements))
	}
}

// A CSV row with more cells than Excel's 16,384 columns is refused at that
// row, without reading on.
func TestCSVTooManyColumnsRefused(t *testing.T) {
	data := "Nr;Afspraak\n1;" + strings.Repeat("x;", 16_500) + "\n"
	res := importFile("breed.csv", []byte(data), Options{})
	if res.report.ErrorKind != ErrTooLarge || !strings.Contains(res.report.Error, "16.384 kolommen") || !strings.Contains(res.report.Error, "rij 2") {
		t.Fatalf("kind %q, error %q", res.report.ErrorKind, res.report.Error)
	}
}
