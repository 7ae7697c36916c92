// Package odstest writes OpenDocument spreadsheets for tests, in the shape
// LibreOffice writes them: the content.xml of a spreadsheet from its
// tables, rows and cells, and the package around it.
package odstest

import (
	"archive/zip"
	"bytes"
	"strconv"
	"strings"
)

// Namespaces declares the prefixes LibreOffice writes in content.xml.
const Namespaces = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
	`xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ` +
	`xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ` +
	`xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ` +
	`xmlns:xlink="http://www.w3.org/1999/xlink" ` +
	`xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"`

// HiddenStyles declares the table style ta1 (shown) and ta2 (hidden).
const HiddenStyles = `<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>` +
	`<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>`

// Content wraps automatic styles and tables into a content.xml.
func Content(styles string, tables ...string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<office:document-content ` + Namespaces + ` office:version="1.3">` +
		`<office:automatic-styles>` + styles + `</office:automatic-styles>` +
		`<office:body><office:spreadsheet>` + strings.Join(tables, "") + `</office:spreadsheet></office:body></office:document-content>`
}

// Table is a table:table with the given style holding rows.
func Table(name, style string, rows ...string) string {
	return `<table:table table:name="` + name + `" table:style-name="` + style + `">` +
		`<table:table-column table:number-columns-repeated="16384" table:default-cell-style-name="Default"/>` +
		strings.Join(rows, "") + `</table:table>`
}

// Rows is n empty rows to the last column, as LibreOffice writes the
// rows below a table (n = 1,048,576 minus the rows used).
func Rows(n int) string {
	return `<table:table-row table:number-rows-repeated="` + strconv.Itoa(n) + `">` + Empty(16384) + `</table:table-row>`
}

// Row is a table:table-row holding cells.
func Row(cells ...string) string {
	return `<table:table-row table:style-name="ro1">` + strings.Join(cells, "") + `</table:table-row>`
}

// Str is a string cell with one paragraph (XML, not escaped).
func Str(v string) string {
	return `<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>` + v + `</text:p></table:table-cell>`
}

// Float is a number cell.
func Float(v string) string {
	return `<table:table-cell office:value-type="float" office:value="` + v + `" calcext:value-type="float"><text:p>` + v + `</text:p></table:table-cell>`
}

// Empty is n empty cells.
func Empty(n int) string {
	return `<table:table-cell table:number-columns-repeated="` + strconv.Itoa(n) + `"/>`
}

// Package zips a content.xml into an .ods package as LibreOffice lays it
// out: the mimetype first and stored, then the manifest and the content.
func Package(content string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	w.Write([]byte("application/vnd.oasis.opendocument.spreadsheet"))
	for _, p := range [][2]string{
		{"META-INF/manifest.xml", `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
			`<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>` +
			`<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`},
		{"content.xml", content},
	} {
		w, _ := zw.Create(p[0])
		w.Write([]byte(p[1]))
	}
	zw.Close() // writing to memory cannot fail
	return buf.Bytes()
}

// Zip packs name/content pairs into a zip, in order, as they are given
// (for packages that are not what Package makes).
func Zip(parts ...string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, _ := zw.Create(parts[i])
		w.Write([]byte(parts[i+1]))
	}
	zw.Close()
	return buf.Bytes()
}
