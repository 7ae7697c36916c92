package importer

import (
	"archive/zip"
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

// pathsResult is what one way of reading a workbook yields.
type pathsResult struct {
	sheets   []sheetIn
	warnings []string
	fe       *FileError
	lim      fileLimits
}

// readBoth reads data with the fast reader and with excelize. fast.why
// is why the fast reader left the file to excelize ("" when it read it).
func readBoth(data []byte) (fast pathsResult, why string, ex pathsResult) {
	fast.lim, ex.lim = fileLimits{path: "fuzz.xlsx"}, fileLimits{path: "fuzz.xlsx"}
	fast.sheets, fast.warnings, fast.fe, why = readXLSXFast("fuzz.xlsx", data, &fast.lim)
	ex.sheets, ex.warnings, ex.fe = readXLSXExcelize("fuzz.xlsx", data, Options{}, &ex.lim)
	return fast, why, ex
}

// checkPathsAgree fails t when the fast reader read data and yields
// anything else than excelize: other sheets, cells (sheet, row, column,
// value), merges, warnings, limits or error. Where excelize refuses the
// whole package at opening (a part the fast reader does not need is
// damaged: styles, theme, a checksum) the fast reader may read it.
func checkPathsAgree(t *testing.T, data []byte) (read bool) {
	t.Helper()
	fast, why, ex := readBoth(data)
	if why != "" {
		if fast.fe != nil || fast.sheets != nil {
			t.Fatalf("fast reader fell back (%s) but returned a result", why)
		}
		return false
	}
	if ex.fe != nil && fast.fe == nil {
		if _, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzippedXML}); err != nil {
			return true // excelize refuses a part the fast reader does not read
		}
	}
	if !reflect.DeepEqual(fast.fe, ex.fe) {
		t.Fatalf("errors differ:\nfast:     %v\nexcelize: %v", fast.fe, ex.fe)
	}
	if !slices.Equal(fast.warnings, ex.warnings) {
		t.Fatalf("warnings differ:\nfast:     %q\nexcelize: %q", fast.warnings, ex.warnings)
	}
	if fast.lim != ex.lim {
		t.Fatalf("limits differ:\nfast:     %+v\nexcelize: %+v", fast.lim, ex.lim)
	}
	if d := diffSheets(fast.sheets, ex.sheets); d != "" {
		t.Fatal(d)
	}
	return true
}

// diffSheets describes the first difference between two readings, or "".
func diffSheets(fast, ex []sheetIn) string {
	if len(fast) != len(ex) {
		return fmt.Sprintf("%d sheets, excelize %d", len(fast), len(ex))
	}
	for i := range fast {
		f, e := fast[i], ex[i]
		if f.name != e.name || f.hidden != e.hidden || (f.grid == nil) != (e.grid == nil) {
			return fmt.Sprintf("sheet %d: %q hidden=%v, excelize %q hidden=%v", i, f.name, f.hidden, e.name, e.hidden)
		}
		if f.grid == nil {
			continue
		}
		fg, eg := f.grid, e.grid
		if fg.date1904 != eg.date1904 || !slices.Equal(fg.merges, eg.merges) {
			return fmt.Sprintf("sheet %q: date1904 %v merges %v, excelize %v %v", f.name, fg.date1904, fg.merges, eg.date1904, eg.merges)
		}
		if len(fg.rows) != len(eg.rows) {
			return fmt.Sprintf("sheet %q: %d rows, excelize %d", f.name, len(fg.rows), len(eg.rows))
		}
		for j := range fg.rows {
			fr, er := fg.rows[j], eg.rows[j]
			if fr.num != er.num || !slices.Equal(fr.cells, er.cells) {
				return fmt.Sprintf("sheet %q row %d: %q, excelize row %d: %q", f.name, fr.num, fr.cells, er.num, er.cells)
			}
		}
	}
	return ""
}

// partsOf returns the parts of an xlsx package in the fuzz format of
// FuzzXLSXPaths (see packParts).
func partsOf(t testing.TB, data []byte) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out []byte
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		var body bytes.Buffer
		body.ReadFrom(rc)
		rc.Close()
		out = append(append(append(out, zf.Name...), 0), body.Bytes()...)
		out = append(out, 0)
	}
	return out
}

// packParts builds an xlsx package from the fuzz format: part name, NUL,
// part content, NUL, and so on (XML holds no NUL, so every mutation of a
// part's text reaches the readers, not only those that keep a zip
// intact). Input that starts like a zip is used as it is.
func packParts(t testing.TB, in []byte) []byte {
	if bytes.HasPrefix(in, []byte("PK")) {
		return in
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	fields := bytes.Split(in, []byte{0})
	for i := 0; i+1 < len(fields); i += 2 {
		w, err := zw.Create(string(fields[i]))
		if err != nil {
			t.Fatal(err)
		}
		w.Write(fields[i+1])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
