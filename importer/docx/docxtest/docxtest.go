// Package docxtest writes small Word documents (.docx) for tests and the
// demo set: WordprocessingML written by hand, zipped deterministically,
// with the styles (Titel, Kop 1–3, Lijstalinea) and lists Word's Dutch
// templates give. Only tests import it.
package docxtest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"time"
)

// The lists every document defines (numId values for NumPara).
const (
	// ListDecimal is a multilevel list "1." / "1.1" / "1.1.1".
	ListDecimal = 1
	// ListBullet is a bulleted list.
	ListBullet = 2
	// ListHeadings numbers the Kop 1 and Kop 2 styles "1." and "1.1".
	ListHeadings = 3
)

// Doc is a document under construction: its body XML in order.
type Doc struct {
	body strings.Builder
	// Numbering is extra w:abstractNum and w:num XML for numbering.xml
	// (abstractNumId and numId from 10 up are free).
	Numbering string
}

// Para adds a paragraph of style (a style id, "" for Normal) whose text
// may hold "\t" and "\n" (a tab and a line break).
func (d *Doc) Para(style, text string) *Doc {
	d.body.WriteString(Paragraph(style, -1, 0, text))
	return d
}

// Paras adds paragraphs given as pairs of style and text.
func (d *Doc) Paras(styleText ...string) *Doc {
	for i := 0; i+1 < len(styleText); i += 2 {
		d.Para(styleText[i], styleText[i+1])
	}
	return d
}

// NumPara adds a paragraph in list numID at level ilvl.
func (d *Doc) NumPara(numID, ilvl int, text string) *Doc {
	d.body.WriteString(Paragraph("Lijstalinea", numID, ilvl, text))
	return d
}

// Raw adds body XML as it is.
func (d *Doc) Raw(xml string) *Doc {
	d.body.WriteString(xml)
	return d
}

// Table adds a table of rows (see Row).
func (d *Doc) Table(rows ...string) *Doc {
	d.body.WriteString(Table(rows...))
	return d
}

// Paragraph is the XML of a paragraph: numID < 0 for none.
func Paragraph(style string, numID, ilvl int, text string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if style != "" || numID >= 0 {
		b.WriteString("<w:pPr>")
		if style != "" {
			fmt.Fprintf(&b, `<w:pStyle w:val="%s"/>`, style)
		}
		if numID >= 0 {
			fmt.Fprintf(&b, `<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, ilvl, numID)
		}
		b.WriteString("</w:pPr>")
	}
	b.WriteString(Runs(text))
	b.WriteString("</w:p>")
	return b.String()
}

// Runs is the XML of runs holding text, with "\t" as w:tab and "\n" as
// w:br.
func Runs(text string) string {
	if text == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString("<w:r>")
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		for j, part := range strings.Split(line, "\t") {
			if j > 0 {
				b.WriteString("<w:tab/>")
			}
			if part != "" {
				fmt.Fprintf(&b, `<w:t xml:space="preserve">%s</w:t>`, Escape(part))
			}
		}
	}
	b.WriteString("</w:r>")
	return b.String()
}

// Escape escapes text for XML.
func Escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// Cell is one table cell.
type Cell struct {
	// Text is the cell's text; "\n\n" separates paragraphs, "\n" breaks a
	// line within one.
	Text string
	// Span is the number of grid columns the cell spans (0 or 1: one).
	Span int
	// VMerge is "restart" or "continue" for a vertically merged cell.
	VMerge string
	// XML, when set, is the cell's content as it is (paragraphs, tables).
	XML string
}

// Row is the XML of a table row; a cell is a Cell or a string (its text).
func Row(cells ...any) string {
	var b strings.Builder
	b.WriteString("<w:tr>")
	for _, c := range cells {
		var cell Cell
		switch c := c.(type) {
		case string:
			cell.Text = c
		case Cell:
			cell = c
		default:
			panic(fmt.Sprintf("docxtest.Row: %T", c))
		}
		b.WriteString("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/>")
		if cell.Span > 1 {
			fmt.Fprintf(&b, `<w:gridSpan w:val="%d"/>`, cell.Span)
		}
		switch cell.VMerge {
		case "restart":
			b.WriteString(`<w:vMerge w:val="restart"/>`)
		case "continue":
			b.WriteString(`<w:vMerge/>`)
		}
		b.WriteString("</w:tcPr>")
		switch {
		case cell.XML != "":
			b.WriteString(cell.XML)
		default:
			// A cell ends in a paragraph, even an empty one.
			for _, p := range strings.Split(cell.Text, "\n\n") {
				b.WriteString(Paragraph("", -1, 0, p))
			}
		}
		b.WriteString("</w:tc>")
	}
	b.WriteString("</w:tr>")
	return b.String()
}

// Table is the XML of a table of rows; a Grid first gives its columns'
// widths (LibreOffice needs them to lay the table out, Word does not).
func Table(rows ...string) string {
	grid := ""
	if len(rows) > 0 && strings.HasPrefix(rows[0], "<w:tblGrid>") {
		grid, rows = rows[0], rows[1:]
	}
	return `<w:tbl><w:tblPr><w:tblStyle w:val="Tabelraster"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>` +
		grid + strings.Join(rows, "") + "</w:tbl>"
}

// Grid is the XML of a table's columns, their widths in twips.
func Grid(widths ...int) string {
	var b strings.Builder
	b.WriteString("<w:tblGrid>")
	for _, w := range widths {
		fmt.Fprintf(&b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString("</w:tblGrid>")
	return b.String()
}

// Bytes is the document as a .docx package.
func (d *Doc) Bytes() []byte {
	body := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
		`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>` +
		d.body.String() +
		`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>` +
		`</w:body></w:document>`
	return Package(map[string]string{
		"word/document.xml":  body,
		"word/styles.xml":    stylesXML,
		"word/numbering.xml": numberingHead + d.Numbering + "</w:numbering>",
	})
}

// Package zips parts with the content types and relationships of a Word
// document, in a fixed order and with a fixed time, so that the same
// parts make the same bytes.
func Package(parts map[string]string) []byte {
	all := map[string]string{
		"[Content_Types].xml":          contentTypes,
		"_rels/.rels":                  rootRels,
		"word/_rels/document.xml.rels": documentRels,
	}
	for k, v := range parts {
		all[k] = v
	}
	order := []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml"}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	when := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, name := range order {
		content, ok := all[name]
		if !ok {
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: when})
		if err != nil {
			panic(err) // writing to memory does not fail
		}
		if _, err := w.Write([]byte(content)); err != nil {
			panic(err)
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`

const stylesXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="160"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standaard"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Standaard"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Kop3"><w:name w:val="heading 3"/><w:basedOn w:val="Standaard"/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="NumKop1"><w:name w:val="Genummerde kop 1"/><w:basedOn w:val="Kop1"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="NumKop2"><w:name w:val="Genummerde kop 2"/><w:basedOn w:val="Standaard"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Lijstalinea"><w:name w:val="List Paragraph"/><w:basedOn w:val="Standaard"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>` +
	`<w:style w:type="table" w:styleId="Tabelraster"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>` +
	`</w:styles>`

const numberingHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="792" w:hanging="432"/></w:pPr></w:lvl>` +
	`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1224" w:hanging="504"/></w:pPr></w:lvl>` +
	`</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="` + "\uf0b7" + `"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>` +
	`</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="multilevel"/>` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="NumKop1"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="NumKop2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/></w:lvl>` +
	`</w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>` +
	`<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>` +
	`<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>`
