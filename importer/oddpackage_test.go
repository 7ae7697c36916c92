package importer

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
)

// repackage copies the xlsx at src to dst with every part renamed by
// name and its bytes changed by edit (given the part's old name).
func repackage(t *testing.T, src, dst string, name func(string) string, edit func(string, []byte) []byte) {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.Create(name(f.Name))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(edit(f.Name, data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Packages Excel opens that are laid out unusually import like the plain
// one: part names with backslashes (some Windows tools write them), and
// the workbook at the package's root instead of under xl/ (its
// _rels/.rels says where; texts inline, since excelize and the import
// look for shared strings only in xl/sharedStrings.xml). Before, the
// sniffer looked for xl/workbook.xml and called both "geen spreadsheet".
func TestOddPackagesImport(t *testing.T) {
	dir := t.TempDir()
	plain := book{sheets: []sheetSpec{{name: "Afspraken", rows: [][]any{
		{"Prestatieafspraken 2025 gemeente Uithoorn"},
		{},
		{"Nr", "Thema", "Afspraak", "Trekker"},
		{"1.1", "Betaalbaarheid", "De corporatie bevriest in 2025 de huren van 120 woningen.", "Corporatie"},
		{"2.1", "Beschikbaarheid", "Partijen gaan in gesprek over nieuwbouw.", "Gemeente"},
		{"3.1", "Duurzaamheid", "De corporatie isoleert in 2026 40 woningen tot label B.", "Corporatie"},
	}}}}.xlsx(t, dir, "plain.xlsx")
	same := func(_ string, b []byte) []byte { return b }
	backslash := filepath.Join(dir, "backslash.xlsx")
	repackage(t, plain, backslash, func(n string) string { return strings.ReplaceAll(n, "/", `\`) }, same)
	root := filepath.Join(dir, "root.xlsx")
	writeRootPackage(t, root, [][]string{
		{"Prestatieafspraken 2025 gemeente Uithoorn"},
		{},
		{"Nr", "Thema", "Afspraak", "Trekker"},
		{"1.1", "Betaalbaarheid", "De corporatie bevriest in 2025 de huren van 120 woningen.", "Corporatie"},
		{"2.1", "Beschikbaarheid", "Partijen gaan in gesprek over nieuwbouw.", "Gemeente"},
		{"3.1", "Duurzaamheid", "De corporatie isoleert in 2026 40 woningen tot label B.", "Corporatie"},
	})
	texts := func(path string) []string {
		rep, _ := importOne(t, path, Options{})
		var out []string
		for _, a := range rep.Agreements {
			out = append(out, a.Number+" "+a.Text)
		}
		return out
	}
	want := texts(plain)
	if len(want) != 3 {
		t.Fatalf("the plain workbook gives %q", want)
	}
	for _, p := range []string{backslash, root} {
		if got := texts(p); !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", filepath.Base(p), got, want)
		}
	}
}

// A legacy .xls whose stream is called "WORKBOOK" (calamine's
// capitalized_wbook_stream.xls is one) is still told to be saved as
// .xlsx, not called "geen spreadsheet".
func TestXLSStreamNameAnyCase(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(badDir, "oud-formaat.xls"))
	if err != nil {
		t.Fatal(err)
	}
	utf16 := func(s string) []byte {
		var b []byte
		for _, r := range s {
			b = append(b, byte(r), 0)
		}
		return b
	}
	if bytes.Count(data, utf16("Workbook")) != 1 {
		t.Fatalf("oud-formaat.xls has %d Workbook stream names", bytes.Count(data, utf16("Workbook")))
	}
	path := filepath.Join(t.TempDir(), "hoofdletters.xls")
	if err := os.WriteFile(path, bytes.Replace(data, utf16("Workbook"), utf16("WORKBOOK"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := Import(t.Context(), []string{path}, Options{})
	if fr := rep.Files[0]; fr.ErrorKind != ErrXLS {
		t.Fatalf("kind %q (%s), want %q", fr.ErrorKind, fr.Error, ErrXLS)
	}
}

// writeRootPackage writes a minimal xlsx as some generators do (calamine's
// minimal_package.xlsx is one): every part at the package's root, found
// through _rels/.rels, the texts inline in the sheet.
func writeRootPackage(t *testing.T, path string, rows [][]string) {
	t.Helper()
	var sheet strings.Builder
	sheet.WriteString(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for r, row := range rows {
		fmt.Fprintf(&sheet, `<row r="%d">`, r+1)
		for c, v := range row {
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			fmt.Fprintf(&sheet, `<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, v)
		}
		sheet.WriteString(`</row>`)
	}
	sheet.WriteString(`</sheetData></worksheet>`)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="workbook.xml"/></Relationships>`},
		{"workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
			`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Afspraken" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheet1.xml"/></Relationships>`},
		{"sheet1.xml", sheet.String()},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, p.body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// An xlsx whose XML parts are UTF-16 (Excel for Windows Phone wrote them
// so; roo's Pfand_from_windows_phone.xlsx is one) is refused as a format
// pakompas does not read, with what to do, not called damaged.
func TestUTF16PackageUnsupported(t *testing.T) {
	dir := t.TempDir()
	plain := book{sheets: []sheetSpec{{name: "Afspraken", rows: [][]any{
		{"Nr", "Afspraak"}, {"1.1", "De corporatie bouwt 40 woningen."},
	}}}}.xlsx(t, dir, "plain.xlsx")
	path := filepath.Join(dir, "utf16.xlsx")
	repackage(t, plain, path, func(n string) string { return n }, func(n string, b []byte) []byte {
		if !strings.HasSuffix(n, ".xml") && !strings.HasSuffix(n, ".rels") {
			return b
		}
		b = bytes.Replace(b, []byte(`encoding="UTF-8"`), []byte(`encoding="UTF-16"`), 1)
		out := []byte{0xFF, 0xFE}
		for _, u := range utf16.Encode([]rune(string(b))) {
			out = append(out, byte(u), byte(u>>8))
		}
		return out
	})
	rep := Import(t.Context(), []string{path}, Options{})
	fr := rep.Files[0]
	if fr.ErrorKind != ErrUnsupported || !strings.Contains(fr.Error, "UTF-16") || !strings.Contains(fr.Error, "sla het opnieuw op als .xlsx") {
		t.Fatalf("kind %q: %s", fr.ErrorKind, fr.Error)
	}
}
