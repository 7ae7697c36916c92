package demo

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"pakompas/importer/docx"
)

// update rewrites the committed demo files (and the bad files) instead of
// checking them.
var update = flag.Bool("update", false, "regenerate importer/demo/files and testdata/bad")

// TestGenerate regenerates the demo set. With -update it writes into
// files/; without, it writes into a temporary folder and requires every
// sheet's cell values to equal those of the committed files.
func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	if *update {
		dir = Dir
	}
	var names []string
	for _, g := range Gemeenten {
		b, err := g.Build()
		if err != nil {
			t.Fatal(err)
		}
		checkPositions(t, g, b)
		if err := os.WriteFile(filepath.Join(dir, g.File), b.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, g.File)
	}
	if *update {
		t.Logf("wrote %d files to %s", len(names), dir)
		return
	}
	entries, err := os.ReadDir(Dir)
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for _, e := range entries {
		have = append(have, e.Name())
	}
	slices.Sort(have)
	slices.Sort(names)
	if !slices.Equal(have, names) {
		t.Errorf("%s holds %q, want exactly %q (run with -update)", Dir, have, names)
	}
	for _, name := range names {
		committed, generated := filepath.Join(Dir, name), filepath.Join(dir, name)
		switch {
		case strings.HasSuffix(name, ".csv"):
			compareCSV(t, committed, generated)
		case strings.HasSuffix(name, ".docx"):
			compareBytes(t, committed, generated)
		default:
			compareXLSX(t, committed, generated)
		}
	}
}

// compareBytes requires equal bytes (the Word documents are written
// deterministically).
func compareBytes(t *testing.T, committed, generated string) {
	t.Helper()
	want, err := os.ReadFile(generated)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(committed)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("%s differs from its content (run with -update)", committed)
	}
}

// compareCSV requires equal decoded text.
func compareCSV(t *testing.T, committed, generated string) {
	t.Helper()
	want, err := decodeFile(generated)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeFile(committed)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if got != want {
		t.Errorf("%s differs from its content (run with -update)", committed)
	}
}

func decodeFile(name string) (string, error) {
	raw, err := os.ReadFile(name)
	if err != nil {
		return "", err
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	return string(text), err
}

// sheetDump is what is compared of one sheet.
type sheetDump struct {
	Name    string
	Visible bool
	Rows    [][]string
	Merges  []string
}

func dumpXLSX(t *testing.T, name string) []sheetDump {
	t.Helper()
	f, err := excelize.OpenFile(name)
	if err != nil {
		t.Fatalf("%s: %v (run with -update)", name, err)
	}
	defer f.Close()
	var out []sheetDump
	for _, sh := range f.GetSheetList() {
		d := sheetDump{Name: sh}
		if d.Visible, err = f.GetSheetVisible(sh); err != nil {
			t.Fatal(err)
		}
		if d.Rows, err = f.GetRows(sh); err != nil {
			t.Fatal(err)
		}
		merges, err := f.GetMergeCells(sh)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range merges {
			d.Merges = append(d.Merges, m.GetStartAxis()+":"+m.GetEndAxis())
		}
		slices.Sort(d.Merges)
		out = append(out, d)
	}
	return out
}

// compareXLSX requires equal sheets, visibility, cell values and merges.
func compareXLSX(t *testing.T, committed, generated string) {
	t.Helper()
	want, got := dumpXLSX(t, generated), dumpXLSX(t, committed)
	if len(got) != len(want) {
		t.Errorf("%s: %d sheets, content has %d (run with -update)", committed, len(got), len(want))
		return
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%s: sheet %q differs from its content (run with -update)", committed, want[i].Name)
		}
	}
}

// checkPositions verifies that each agreement's recorded position holds its
// number and text, so that the expectations match the file.
func checkPositions(t *testing.T, g Gemeente, b *Built) {
	t.Helper()
	var rowAt func(Pos) []string
	switch {
	case strings.HasSuffix(g.File, ".docx"):
		rowAt = docxRows(t, b.Data)
	case strings.HasSuffix(g.File, ".csv"):
		text, err := charmap.Windows1252.NewDecoder().Bytes(b.Data)
		if err != nil {
			t.Fatal(err)
		}
		records := splitCSV(string(text))
		for i, r := range records {
			if len(r) != 1 && len(r) != len(csvHeader) {
				t.Errorf("%s: record %d has %d fields", g.File, i+1, len(r))
			}
		}
		rowAt = func(p Pos) []string {
			if p.Row < 1 || p.Row > len(records) {
				return nil
			}
			return records[p.Row-1]
		}
	default:
		f, err := excelize.OpenReader(bytes.NewReader(b.Data))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rowAt = func(p Pos) []string {
			rows, err := f.GetRows(p.Sheet)
			if err != nil || p.Row > len(rows) {
				return nil
			}
			return rows[p.Row-1]
		}
	}
	for i, a := range g.Afspraken {
		r := rowAt(b.Pos[i])
		text := a.Text
		if strings.HasPrefix(b.Pos[i].Sheet, "§ ") {
			text, _, _ = strings.Cut(text, "\n") // the lines after it are paragraphs of their own
		}
		if !slices.Contains(r, text) || (a.Number != "" && !slices.Contains(r, a.Number)) || !slices.Contains(r, a.Owner) {
			t.Errorf("%s %s row %d: %q does not hold agreement %q %q", g.File, b.Pos[i].Sheet, b.Pos[i].Row, r, a.Number, a.Text)
		}
	}
}

// splitCSV splits ';'-separated text into records the way Excel reads it:
// quoted fields may hold ';', '""' and newlines; an empty line is a record
// with one empty field.
func splitCSV(s string) [][]string {
	var (
		records [][]string
		record  []string
		field   strings.Builder
		quoted  bool
	)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quoted && c == '"' && i+1 < len(s) && s[i+1] == '"':
			field.WriteByte('"')
			i++
		case c == '"':
			quoted = !quoted
		case quoted:
			field.WriteByte(c)
		case c == ';':
			record = append(record, field.String())
			field.Reset()
		case c == '\r':
		case c == '\n':
			records = append(records, append(record, field.String()))
			record, field = nil, strings.Builder{}
		default:
			field.WriteByte(c)
		}
	}
	return records
}

// docxRows returns the rows of a Word document for checkPositions: a
// table's row for "tabel N", and for a heading's section the paragraph
// numbered Row as its number, text and an empty trekker.
func docxRows(t *testing.T, data []byte) func(Pos) []string {
	t.Helper()
	doc, err := docx.Read(data, docx.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var tables [][][]string
	paras := map[int][]string{}
	for _, bl := range doc.Blocks {
		switch {
		case bl.Table != nil:
			tables = append(tables, bl.Table.Rows)
		case bl.Para.List != nil:
			paras[bl.Para.Index] = []string{bl.Para.List.Label, bl.Para.Text, ""}
		default:
			paras[bl.Para.Index] = []string{bl.Para.Text}
		}
	}
	return func(p Pos) []string {
		var n int
		if _, err := fmt.Sscanf(p.Sheet, "tabel %d", &n); err == nil {
			if n < 1 || n > len(tables) || p.Row < 1 || p.Row > len(tables[n-1]) {
				return nil
			}
			return tables[n-1][p.Row-1]
		}
		return paras[p.Row]
	}
}
