package importer

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pakompas/importer/corpus"
)

// FuzzXLSXPaths: for any workbook the fast reader reads, excelize yields
// the same sheets, cells (sheet, row, column, value), merges, warnings,
// limits and errors (checkPathsAgree). The input is a workbook as its
// parts (packParts), or a zip as it is. Seeds: the parts both readers
// read of every workbook of xlsxSeeds.
func FuzzXLSXPaths(f *testing.F) {
	for _, s := range xlsxSeeds(f) {
		// Large seeds make every step of the fuzzer slow (minimizing most):
		// TestXLSXPathsAgree checks them.
		if s.fallback == "zip" {
			continue
		}
		if parts := partsOf(f, s.data); len(parts) <= 12<<10 {
			f.Add(parts)
		}
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		if data := packParts(in); data != nil {
			checkPathsAgree(t, data)
		}
	})
}

// TestXLSXPathsAgree runs the differential check on every seed, and
// checks that the fast reader reads them itself (a fallback would make
// the check pass without comparing anything).
func TestXLSXPathsAgree(t *testing.T) {
	for _, s := range xlsxSeeds(t) {
		t.Run(s.name, func(t *testing.T) {
			if read := checkPathsAgree(t, s.data); read == (s.fallback != "") {
				_, why, _ := readBoth(s.data)
				t.Errorf("fast reader: fallback %q, want %q", why, s.fallback)
			}
			if _, why, _ := readBoth(s.data); !strings.Contains(why, s.fallback) {
				t.Errorf("fallback %q, want %q", why, s.fallback)
			}
		})
	}
}

// xlsxSeed is a workbook the paths are compared on, and the reason the
// fast reader leaves it to excelize ("" when it reads it).
type xlsxSeed struct {
	name     string
	data     []byte
	fallback string
}

// xlsxSeeds are the workbooks of the repository (demo set, bad files,
// real-world files in testdata/xlsx, two of the national corpus) and
// packages made for the cases they lack.
func xlsxSeeds(t testing.TB) []xlsxSeed {
	var out []xlsxSeed
	add := func(name string, data []byte, fallback string) {
		out = append(out, xlsxSeed{name: name, data: data, fallback: fallback})
	}
	files, _ := filepath.Glob("demo/files/*.xlsx")
	real, _ := filepath.Glob("testdata/xlsx/*.xlsx")
	files = append(append(files, real...), "../testdata/bad/geen-tabel.xlsx", "../testdata/bad/afgebroken.xlsx")
	nat, err := corpus.Generate(t.TempDir(), corpus.Options{Gemeenten: 2, PerGemeente: 12})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range append(files, nat...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		fallback := ""
		if strings.HasSuffix(p, "afgebroken.xlsx") {
			fallback = "zip"
		}
		add(filepath.Base(p), data, fallback)
	}
	add("sheetSeed", wrapSheet(t, []byte(sheetSeed)), "")
	add("bad shared strings", wrapSheetSST(t, sstSheet("2", "abc", "99", "-1", " 3 ", ""), sstTexts...), "")
	add("rich text", richBook(t), "")
	add("strict sheet", wrapSheet(t, []byte(strings.ReplaceAll(sheetSeed, transitionalMain, strictMain))), "")
	add("strict workbook", strictBook(t), "strikte OOXML")
	add("cut off", wrapSheet(t, []byte(sheetSeed[:len(sheetSeed)/2])), "XML houdt op")
	add("row going back", wrapSheet(t, []byte(strings.Replace(sheetSeed, `<row r="7">`, `<row r="2">`, 1))), "rijnummer")
	return out
}

const (
	transitionalMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	strictMain       = "http://purl.oclc.org/ooxml/spreadsheetml/main"
)

// strictBook is sheetSeed in a package in strict OOXML (its namespaces
// and relationship types under purl.oclc.org), which excelize reads.
func strictBook(t testing.TB) []byte {
	strict := strings.NewReplacer(transitionalMain, strictMain,
		"http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships")
	data := wrapSheet(t, []byte(strict.Replace(sheetSeed)))
	for _, part := range []string{"_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"} {
		data = rewritePart(t, data, part, func(_ *zip.Reader, body []byte) []byte { return []byte(strict.Replace(string(body))) })
	}
	return data
}

// richBook is a workbook of richSheet and richTexts.
func richBook(t testing.TB) []byte {
	placeholders := make([]string, len(richTexts))
	for i := range richTexts {
		placeholders[i] = fmt.Sprintf("item%d", i)
	}
	data := wrapSheetSST(t, richSheet, placeholders...)
	return rewritePart(t, data, "xl/sharedStrings.xml", func(_ *zip.Reader, body []byte) []byte {
		for i, item := range richTexts {
			body = bytes.Replace(body, []byte("<si><t>"+placeholders[i]+"</t></si>"), []byte("<si>"+item+"</si>"), 1)
		}
		return body
	})
}

// richSheet and richTexts are a sheet of shared strings with rich text
// runs, phonetic runs, _xHHHH_ escapes, entities and CDATA, and cells of
// every type.
var (
	richTexts = []string{
		`<t>Nr</t>`, `<r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/></rPr><t>Afspraak</t></r>`,
		`<t>De corporatie</t><r><rPr><i val="1"/></rPr><t xml:space="preserve"> bouwt _x0031_0 </t></r><r><t>woningen&amp;meer.</t></r>`,
		`<t><![CDATA[De gemeente <wijst> ]]>locaties&#x20;aan.</t><rPh sb="0" eb="2"><t>x</t></rPh><phoneticPr fontId="1" type="noConversion"/>`,
	}
	richSheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
		`<dimension ref="A1:F4"/><sheetData>` +
		`<row r="1" spans="1:2" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>` +
		`<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c>` +
		`<c r="E2" s="3"><v>45838</v></c><c r="F2"><f>1/3</f><v>0.33333333333333331</v></c></row>` +
		`<row r="4"><c t="n"><v>2</v></c><c t="s"><v>3</v></c><c r="D4" t="str"><f t="shared" ref="D4:D5" si="0"/><v></v></c>` +
		`<c r="E4" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="F4" t="d"><v>2025-06-30T00:00:00</v></c></row>` +
		`</sheetData><mergeCells count="1"><mergeCell ref="C4:D4"/></mergeCells></worksheet>`
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
// damaged: styles, theme, a checksum, a part whose directory entry lies
// about its size) the fast reader may read it, or refuse it for a reason
// of its own (fuzzing found shared strings missing where excelize failed
// on the lying entry first).
func checkPathsAgree(t *testing.T, data []byte) (read bool) {
	t.Helper()
	fast, why, ex := readBoth(data)
	if why != "" {
		if fast.fe != nil || fast.sheets != nil {
			t.Fatalf("fast reader fell back (%s) but returned a result", why)
		}
		return false
	}
	if ex.fe != nil {
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

// readParts are the parts the fast reader reads.
var readParts = regexp.MustCompile(`^(\[Content_Types\]\.xml|_rels/\.rels|xl/workbook\.xml|xl/_rels/workbook\.xml\.rels|xl/sharedStrings\.xml|xl/worksheets/[^/]+\.xml)$`)

// partsOf returns the parts of an xlsx package in the fuzz format of
// FuzzXLSXPaths (see packParts).
func partsOf(t testing.TB, data []byte) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out []byte
	for _, zf := range zr.File {
		if !readParts.MatchString(zf.Name) {
			continue // styles, theme, pictures: the fast reader reads none of them
		}
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
// intact). Input that starts like a zip is used as it is; nil when no
// package can be made.
func packParts(in []byte) []byte {
	if bytes.HasPrefix(in, []byte("PK")) {
		return in
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	fields := bytes.Split(in, []byte{0})
	for i := 0; i+1 < len(fields); i += 2 {
		w, err := zw.Create(string(fields[i]))
		if err != nil {
			return nil
		}
		w.Write(fields[i+1])
	}
	if zw.Close() != nil {
		return nil
	}
	return buf.Bytes()
}
