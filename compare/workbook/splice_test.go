package workbook

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"pakompas/importer/corpus"
)

// oddTexts are cell texts where escaping, space handling, the
// "_xHHHH_" escapes and Excel's length limit all matter.
var oddTexts = []string{
	" leading space", "trailing space ", "\ttab", "line\nbreak\n", "a\r\nb",
	`quotes "x" and 'y' & <tags>`, "_x0041_ and _x005F_x0041_ and _xZZZZ_ and _x005F_",
	"control \x01\x02\x1f chars", "invalid \xff\xfe utf-8", "U+FFFD \uFFFD and U+FFFE \uFFFE",
	"emoji 🏠 and é", strings.Repeat("🏠", 17000), strings.Repeat("lang ", 7000) + "_x0041_",
	"", " ", "\n",
	// cut to Excel's length just after a space: the cut text ends in one
	strings.Repeat("a", 32766) + " b",
}

// TestSplicedSameAsSetRow writes the same workbooks with the rows
// spliced in (the export's way) and with every row handed to excelize's
// SetRow, and compares every part byte for byte: two years of the corpus
// (so Verloop is there too) with texts that test escaping, lengths and
// spaces put into every column.
func TestSplicedSameAsSetRow(t *testing.T) {
	in := twoYearsInput(corpus.Options{Gemeenten: 12})
	if in.Verloop == nil || len(in.Verloop.Chains) < len(in.Agreements)/2 {
		t.Fatal("no sheet Verloop to compare")
	}
	for i := range in.Agreements {
		a := &in.Agreements[i]
		if i%3 == 0 {
			s := oddTexts[(i/3)%len(oddTexts)]
			a.Text, a.Owner, a.Note = s, s, s
		}
	}
	write := func(viaSetRow bool) map[string][]byte {
		defer func(old bool) { testRowsViaSetRow = old }(testRowsViaSetRow)
		testRowsViaSetRow = viaSetRow
		path := filepath.Join(t.TempDir(), "w.xlsx")
		if err := Write(path, in, Options{}); err != nil {
			t.Fatal(err)
		}
		return unzipParts(t, path)
	}
	want, got := write(true), write(false)
	if len(got) != len(want) {
		t.Fatalf("%d parts spliced, %d via SetRow", len(got), len(want))
	}
	rows := 0
	for name, w := range want {
		g := got[name]
		if name == "[Content_Types].xml" {
			g, w = sortedElements(g), sortedElements(w)
		}
		if !bytes.Equal(g, w) {
			i := 0
			for i < min(len(g), len(w)) && g[i] == w[i] {
				i++
			}
			t.Errorf("part %s differs at byte %d: spliced %q, SetRow %q", name, i, clip(g, i), clip(w, i))
		}
		if strings.HasPrefix(name, "xl/worksheets/") {
			rows += bytes.Count(w, []byte("<row "))
		}
	}
	if rows < len(in.Agreements) {
		t.Errorf("only %d rows in the worksheets for %d agreements", rows, len(in.Agreements))
	}
	for name, g := range got {
		if bytes.Contains(g, []byte(spliceTokenMark)) {
			t.Errorf("part %s still holds a placeholder", name)
		}
	}
}

// clip is up to 60 bytes of b from i.
func clip(b []byte, i int) []byte { return b[i:min(len(b), i+60)] }

// setRowXML is the XML excelize's StreamWriter writes for one row.
func setRowXML(t testing.TB, num int, vals []any, height float64, colStyle []int) []byte {
	f := excelize.NewFile()
	defer f.Close()
	for i := range 5 { // style ids 1 to 5
		if _, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Size: float64(10 + i)}}); err != nil {
			t.Fatal(err)
		}
	}
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range colStyle {
		if s != 0 {
			if err := sw.SetColStyle(i+1, i+1, s); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := sw.SetRow(cell(1, num), vals, excelize.RowOpts{Height: height}); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == "xl/worksheets/sheet1.xml" {
			rc, _ := zf.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			i, j := bytes.Index(b, []byte("<row ")), bytes.LastIndex(b, []byte("</row>"))
			return b[i : j+len("</row>")]
		}
	}
	t.Fatal("no sheet")
	return nil
}

// FuzzRowXML holds appendRow to SetRow for rows of a text, a number, a
// bool and styled cells, with and without a height and column styles.
func FuzzRowXML(f *testing.F) {
	for i, s := range oddTexts {
		f.Add(s, i+2, int64(i*7-3), i%2 == 0, uint8(i), float64(i)*7.5)
	}
	f.Fuzz(func(t *testing.T, s string, row int, n int64, b bool, style uint8, height float64) {
		if row < 1 || row > excelize.TotalRows || height < 0 || height != height {
			return
		}
		colStyle := []int{0, int(style % 4), 0, int(style % 3)}
		vals := []any{s, n, nil, b, excelize.Cell{StyleID: int(style % 5), Value: s}, excelize.Cell{StyleID: 2}, int(n % 1000)}
		got, err := appendRow(nil, row, vals, height, colStyle)
		if height > excelize.MaxRowHeight {
			if err == nil {
				t.Fatal("a row higher than Excel allows was accepted")
			}
			return // SetRow refuses it too
		}
		want := setRowXML(t, row, vals, height, colStyle)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("row differs:\n got %q\nwant %q", got, want)
		}
	})
}

// TestSpliceWriterSmallWrites feeds a part with a placeholder to the
// splice writer one byte at a time and in one write: the same bytes, the
// placeholder replaced by the rows.
func TestSpliceWriterSmallWrites(t *testing.T) {
	fill := func(r int, vals []any, _ []excelize.Cell) float64 {
		vals[0], vals[1] = "rij", r
		return 0
	}
	part := func(sp *splices) string {
		tok := sp.add(&rowSplice{from: 0, to: 3, firstRow: 2, width: 2, fill: fill})
		return `<sheetData><row r="1"><c r="A1"></c></row><row r="2"><c r="A2" s="3" t="inlineStr"><is><t>` + tok + rowTail + `</sheetData><x/>`
	}
	want := `<sheetData><row r="1"><c r="A1"></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>rij</t></is></c><c r="B2"><v>0</v></c></row>` +
		`<row r="3"><c r="A3" t="inlineStr"><is><t>rij</t></is></c><c r="B3"><v>1</v></c></row>` +
		`<row r="4"><c r="A4" t="inlineStr"><is><t>rij</t></is></c><c r="B4"><v>2</v></c></row>` +
		`</sheetData><x/>`
	for _, step := range []int{1, 7, 1 << 20} {
		sp := &splices{}
		in := part(sp)
		var out bytes.Buffer
		w := &spliceWriter{out: &out, sp: sp}
		for i := 0; i < len(in); i += step {
			if _, err := w.Write([]byte(in[i:min(len(in), i+step)])); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if out.String() != want || sp.left() != 0 {
			t.Errorf("writes of %d bytes: %q (%d left)", step, out.String(), sp.left())
		}
	}
}

// appendEscaped escapes as encoding/xml's EscapeText does, line feeds
// kept: on the odd texts and on 20,000 random byte strings drawn from
// the characters that matter (specials, controls, invalid UTF-8, the
// non-characters at the end of the BMP).
func TestAppendEscapedAsEscapeText(t *testing.T) {
	parts := []string{"a", "é", " ", "\n", "\r", "\t", "\"", "'", "&", "<", ">", "\x01", "\x1f", "\xff", "\xc3", "\uFFFD", "\uFFFE", "\U0001F3E0", "x"}
	for _, s := range append(randomTexts(7, parts, 12), oddTexts...) {
		var ref bytes.Buffer
		_ = xml.EscapeText(&ref, []byte(s))
		want := strings.ReplaceAll(ref.String(), "&#xA;", "\n")
		if got := string(appendEscaped(nil, s)); got != want {
			t.Fatalf("%q: %q, EscapeText gives %q", s, got, want)
		}
	}
}

// wrappedLines counts as splitting at line feeds and then at white space
// counts (the way it was written first): on the odd texts and 20,000
// random strings of words, spaces of several kinds and line feeds.
func TestWrappedLinesOnePass(t *testing.T) {
	byFields := func(s string, w float64) int {
		per := max(int(w*charsPerUnit)-1, 1)
		lines := 0
		for para := range strings.SplitSeq(s, "\n") {
			lines++
			n := 0
			for word := range strings.FieldsSeq(para) {
				k := utf8.RuneCountInString(word)
				if n > 0 && n+1+k > per {
					lines++
					n = 0
				}
				if n > 0 {
					n++
				}
				for n += k; n > per; n -= per {
					lines++
				}
			}
		}
		return lines
	}
	parts := []string{"woning", "é", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2003", "\xff", "huurwoningenbouwprogramma", "a"}
	for _, s := range append(randomTexts(3, parts, 30), oddTexts...) {
		for _, w := range []float64{4, 12, 50} {
			if got, want := wrappedLines(s, w), byFields(s, w); got != want {
				t.Fatalf("%q at %v: %d lines, by fields %d", s, w, got, want)
			}
		}
	}
}

// randomTexts is 20,000 strings of up to most-1 parts each, drawn from
// parts with the given seed.
func randomTexts(seed uint64, parts []string, most int) []string {
	r := rand.New(rand.NewPCG(seed, seed+2))
	out := make([]string, 20000)
	for i := range out {
		var b strings.Builder
		for range r.IntN(most) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		out[i] = b.String()
	}
	return out
}

// The spliced rows are made while the package is written, after build's
// recover: a panic there (a bug) is an error of the export, not a crash.
func TestSplicePanicIsAnError(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	sp := &splices{}
	if err := streamRows(sw, sp, 0, 3, 1, 1, false, nil, func(int, []any, []excelize.Cell) float64 { panic("kapot") }); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := writePackage(f, io.Discard, sp); err == nil || !strings.Contains(err.Error(), "interne fout: kapot") {
		t.Errorf("panic while splicing: %v", err)
	}
}
