package importer

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

// book describes a workbook for a test: sheets in order, each with rows of
// cell values starting at A1 (nil or "" leaves a cell empty).
type book struct {
	sheets []sheetSpec
}

type sheetSpec struct {
	name   string
	rows   [][]any
	merges [][2]string // top-left, bottom-right
	hidden bool
	// styles maps a cell to a custom number format (for date cells).
	numFmt map[string]string
	// formulas maps a cell to a formula; the row value is its cached value.
	formulas map[string]string
}

// xlsx writes b into dir/name and returns the path.
func (b book) xlsx(t testing.TB, dir, name string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range b.sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			vals := make([]any, len(row))
			copy(vals, row)
			if err := f.SetSheetRow(s.name, cell, &vals); err != nil {
				t.Fatal(err)
			}
		}
		for _, m := range s.merges {
			if err := f.MergeCell(s.name, m[0], m[1]); err != nil {
				t.Fatal(err)
			}
		}
		for cell, code := range s.numFmt {
			code := code
			id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
			if err != nil {
				t.Fatal(err)
			}
			if err := f.SetCellStyle(s.name, cell, cell, id); err != nil {
				t.Fatal(err)
			}
		}
		if s.hidden {
			if err := f.SetSheetVisible(s.name, false); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	for i, s := range b.sheets {
		for cell, formula := range s.formulas {
			data = withFormula(t, data, i+1, cell, formula)
		}
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// withFormula rewrites the cell in xl/worksheets/sheetN.xml as Excel saves a
// formula with a text result: t="str", the formula and its cached value.
// (excelize's SetCellFormula keeps a shared-string index as the cached
// value, which no spreadsheet program writes.)
func withFormula(t testing.TB, data []byte, sheet int, cell, formula string) []byte {
	t.Helper()
	target := fmt.Sprintf("xl/worksheets/sheet%d.xml", sheet)
	return rewritePart(t, data, target, func(zr *zip.Reader, body []byte) []byte {
		re := regexp.MustCompile(`<c r="` + cell + `"([^>]*?)( t="[a-z]+")?([^>]*)>(.*?)</c>`)
		m := re.FindSubmatch(body)
		if m == nil {
			t.Fatalf("cell %s not in %s", cell, target)
		}
		val := regexp.MustCompile(`<v>(.*?)</v>`).FindSubmatch(m[4])
		cached := ""
		if val != nil {
			idx, _ := strconv.Atoi(string(val[1]))
			cached = sharedString(t, zr, idx)
		}
		var esc bytes.Buffer
		_ = xml.EscapeText(&esc, []byte(formula))
		repl := fmt.Sprintf(`<c r="%s"%s%s t="str"><f>%s</f><v>%s</v></c>`, cell, m[1], m[3], esc.String(), cached)
		return re.ReplaceAll(body, []byte(repl))
	})
}

// rewritePart returns the xlsx package data with the part named target
// replaced by what edit makes of it (edit gets the package too, to look
// up other parts). A missing part fails the test.
func rewritePart(t testing.TB, data []byte, target string, edit func(zr *zip.Reader, body []byte) []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	found := false
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if zf.Name == target {
			body = edit(zr, body)
			found = true
		}
		w, err := zw.Create(zf.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if !found {
		t.Fatalf("%s not in workbook", target)
	}
	return out.Bytes()
}

// sharedString returns shared string idx of the package, already escaped.
func sharedString(t testing.TB, zr *zip.Reader, idx int) string {
	t.Helper()
	rc, err := zr.Open("xl/sharedStrings.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	body, _ := io.ReadAll(rc)
	all := regexp.MustCompile(`<t[^>]*>(.*?)</t>`).FindAllSubmatch(body, -1)
	if idx >= len(all) {
		t.Fatalf("shared string %d of %d", idx, len(all))
	}
	return string(all[idx][1])
}

// writeFile writes data to dir/name and returns the path.
func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// importOne imports a single path and fails the test on a file error.
func importOne(t testing.TB, path string, opts Options) (*Report, FileReport) {
	t.Helper()
	rep := Import(context.Background(), []string{path}, opts)
	if len(rep.Files) != 1 {
		t.Fatalf("want 1 file report, got %d", len(rep.Files))
	}
	if fr := rep.Files[0]; fr.Error != "" {
		t.Fatalf("%s: unexpected error %s (%s)", path, fr.Error, fr.ErrorKind)
	}
	return rep, rep.Files[0]
}

// want is the part of an agreement a layout test pins down.
type want struct {
	gemeente, theme, number, text, owner, due string
	row                                       int
}

// checkAgreements asserts the exact agreements found, in order.
func checkAgreements(t *testing.T, got []Agreement, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		for _, a := range got {
			t.Logf("got %s row %d: %q %q %q", a.Gemeente, a.Source.Row, a.ThemeRaw, a.Number, a.Text)
		}
		t.Fatalf("got %d agreements, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		a := got[i]
		g := want{a.Gemeente, a.ThemeRaw, a.Number, a.Text, a.Owner, a.Due, a.Source.Row}
		if g != w {
			t.Errorf("agreement %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
}
