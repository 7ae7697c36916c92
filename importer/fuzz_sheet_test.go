package importer

import (
	"archive/zip"
	"bytes"
	"testing"
)

// minimalParts are the package parts of a one-sheet workbook around the
// sheet XML under test; strings are inline, so no sharedStrings part.
var minimalParts = map[string]string{
	"[Content_Types].xml":        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
	"_rels/.rels":                `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
	"xl/workbook.xml":            `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Afspraken" sheetId="1" r:id="rId1"/></sheets></workbook>`,
	"xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
}

// wrapSheet returns an xlsx package whose only sheet is sheetXML.
func wrapSheet(t testing.TB, sheetXML []byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	write := func(name string, data []byte) {
		w, err := zw.Create(name)
		if err == nil {
			_, err = w.Write(data)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"} {
		write(name, []byte(minimalParts[name]))
	}
	write("xl/worksheets/sheet1.xml", sheetXML)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const sheetSeed = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
	`<row r="1"><c r="A1" t="inlineStr"><is><t>Prestatieafspraken 2025 gemeente Uithoorn</t></is></c></row>` +
	`<row r="3"><c r="A3" t="inlineStr"><is><t>Nr</t></is></c><c r="B3" t="inlineStr"><is><t>Afspraak</t></is></c><c r="C3" t="inlineStr"><is><t>Planning</t></is></c><c r="E3" t="inlineStr"><is><t>Status</t></is></c></row>` +
	`<row r="4"><c r="C4"><v>2025</v></c><c r="D4"><v>2026</v></c></row>` +
	`<row r="5"><c r="A5" t="inlineStr"><is><t>1. Betaalbaarheid</t></is></c></row>` +
	`<row r="6"><c r="A6"><v>1.1</v></c><c r="B6" t="inlineStr"><is><t>Partijen gaan in gesprek over de woonlasten.</t></is></c><c r="C6" t="inlineStr"><is><t>x</t></is></c></row>` +
	`<row r="7"><c r="A7"><v>1.2</v></c><c r="B7" t="str"><f>"De corporatie levert "&amp;48&amp;" woningen op."</f><v>De corporatie levert 48 woningen op.</v></c><c r="D7"><v>45838</v></c></row>` +
	`</sheetData><mergeCells count="2"><mergeCell ref="C3:D3"/><mergeCell ref="A5:E5"/></mergeCells></worksheet>`

// The seed itself imports as the layout it describes: a guard that the
// fuzz target exercises the table code, not only the error paths.
func TestSheetSeedImports(t *testing.T) {
	res := importFile("seed.xlsx", wrapSheet(t, []byte(sheetSeed)), Options{})
	if res.report.Error != "" || len(res.agreements) != 2 {
		t.Fatalf("error %q, %d agreements", res.report.Error, len(res.agreements))
	}
	a := res.agreements[1]
	if a.ThemeRaw != "Betaalbaarheid" || a.Number != "1.2" || a.Text != "De corporatie levert 48 woningen op." || a.Gemeente != "Uithoorn" {
		t.Errorf("got %+v", a)
	}
}

// FuzzSheetXML mutates the XML of a sheet inside a valid package, which
// reaches excelize's row reader and the layout code far more often than
// mutating zip bytes (whose checksums almost always break).
func FuzzSheetXML(f *testing.F) {
	f.Add([]byte(sheetSeed))
	f.Add([]byte(`<worksheet><sheetData><row r="1048576"><c r="XFD1048576" t="s"><v>99</v></c></row></sheetData></worksheet>`))
	f.Add([]byte(`<worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Afspraak</t></is></c></row><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:A1048576"/></mergeCells></worksheet>`))
	f.Fuzz(func(t *testing.T, sheetXML []byte) {
		res := importFile("fuzz.xlsx", wrapSheet(t, sheetXML), Options{})
		if res.report.ErrorKind == ErrInternal {
			t.Fatalf("internal error: %v", res.report.Error)
		}
		checkInvariants(t, res)
	})
}
