package docx_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"pakompas/importer/docx"
	"pakompas/importer/docx/docxtest"
)

func read(t *testing.T, d *docxtest.Doc) *docx.Document {
	t.Helper()
	doc, err := docx.Read(d.Bytes(), docx.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestTableMerges: gridSpan and vMerge become merges, the text stands in
// the top-left cell, paragraphs in a cell are lines.
func TestTableMerges(t *testing.T) {
	d := &docxtest.Doc{}
	d.Table(
		docxtest.Row("Thema", "Nr", "Afspraak"),
		docxtest.Row(docxtest.Cell{Text: "Duurzaamheid", VMerge: "restart"}, "3.1", "Eerste\n\ntweede alinea"),
		docxtest.Row(docxtest.Cell{VMerge: "continue"}, "3.2", "Met\tentab\nen regel"),
		docxtest.Row(docxtest.Cell{Text: "4. Wonen en zorg", Span: 3}),
	)
	doc := read(t, d)
	if len(doc.Blocks) != 1 || doc.Blocks[0].Table == nil {
		t.Fatalf("blocks %+v, want one table", doc.Blocks)
	}
	tb := doc.Blocks[0].Table
	wantRows := [][]string{
		{"Thema", "Nr", "Afspraak"},
		{"Duurzaamheid", "3.1", "Eerste\ntweede alinea"},
		{"", "3.2", "Met\tentab\nen regel"},
		{"4. Wonen en zorg"},
	}
	if !reflect.DeepEqual(tb.Rows, wantRows) {
		t.Errorf("rows %q, want %q", tb.Rows, wantRows)
	}
	wantMerges := []docx.Merge{{R0: 1, C0: 0, R1: 2, C1: 0}, {R0: 3, C0: 0, R1: 3, C1: 2}}
	if !reflect.DeepEqual(tb.Merges, wantMerges) {
		t.Errorf("merges %+v, want %+v", tb.Merges, wantMerges)
	}
}

// TestNumbering: Word's list numbers are resolved to what Word shows,
// headings numbered through their style included; bullets are marked.
func TestNumbering(t *testing.T) {
	d := &docxtest.Doc{}
	d.Para("Titel", "Prestatieafspraken")
	d.Para("NumKop1", "Betaalbaarheid")
	d.NumPara(docxtest.ListDecimal, 1, "eerste")
	d.NumPara(docxtest.ListDecimal, 1, "tweede")
	d.NumPara(docxtest.ListBullet, 0, "punt")
	d.Para("", "")
	d.Para("NumKop1", "Duurzaamheid")
	d.Para("NumKop2", "Isolatie")
	d.Para("NumKop2", "Zon")
	d.Raw(`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="11"/></w:numPr></w:pPr>` + docxtest.Runs("vanaf vijf") + `</w:p>`)
	d.Numbering = `<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>` +
		`<w:num w:numId="11"><w:abstractNumId w:val="10"/></w:num>`
	doc := read(t, d)
	type got struct {
		Index   int
		Text    string
		Heading int
		Title   bool
		Label   string
		Bullet  bool
	}
	var all []got
	for _, b := range doc.Blocks {
		p := b.Para
		g := got{Index: p.Index, Text: p.Text, Heading: p.Heading, Title: p.Title}
		if p.List != nil {
			g.Label, g.Bullet = p.List.Label, p.List.Bullet
		}
		all = append(all, g)
	}
	want := []got{
		{1, "Prestatieafspraken", 0, true, "", false},
		{2, "Betaalbaarheid", 1, false, "1.", false},
		{3, "eerste", 0, false, "1.1", false},
		{4, "tweede", 0, false, "1.2", false},
		{5, "punt", 0, false, "", true},
		{6, "Duurzaamheid", 1, false, "2.", false},
		{7, "Isolatie", 0, false, "2.1", false},
		{8, "Zon", 0, false, "2.2", false},
		{9, "vanaf vijf", 0, false, "e)", false},
	}
	if !reflect.DeepEqual(all, want) {
		t.Errorf("got\n%+v\nwant\n%+v", all, want)
	}
}

// TestSkippedContent: deleted and hidden text, text boxes and field codes
// are not read; inserted text, hyperlinks and content controls are.
func TestSkippedContent(t *testing.T) {
	d := &docxtest.Doc{}
	d.Raw(`<w:p><w:r><w:t>De </w:t></w:r><w:del w:id="1"><w:r><w:delText>oude </w:delText></w:r></w:del>` +
		`<w:ins w:id="2"><w:r><w:t xml:space="preserve">nieuwe </w:t></w:r></w:ins>` +
		`<w:r><w:rPr><w:vanish/></w:rPr><w:t>verborgen </w:t></w:r>` +
		`<w:hyperlink><w:r><w:t>afspraak</w:t></w:r></w:hyperlink>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>` +
		`<w:r><w:drawing><w:t>tekstvak</w:t></w:drawing></w:r>` +
		`<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve"> geldt</w:t></w:r></w:sdtContent></w:sdt></w:p>`)
	doc := read(t, d)
	if len(doc.Blocks) != 1 || doc.Blocks[0].Para.Text != "De nieuwe afspraak geldt" {
		t.Fatalf("blocks %+v, want one paragraph 'De nieuwe afspraak geldt'", doc.Blocks)
	}
}

// TestNestedTable: a layout table holding the real table is left out; a
// table nested next to text is a block after the table holding it.
func TestNestedTable(t *testing.T) {
	inner := docxtest.Table(docxtest.Row("Nr", "Afspraak"), docxtest.Row("1", "Tekst"))
	d := &docxtest.Doc{}
	d.Table(docxtest.Row(docxtest.Cell{XML: inner + docxtest.Paragraph("", -1, 0, "")}))
	d.Table(docxtest.Row(docxtest.Cell{XML: docxtest.Paragraph("", -1, 0, "Omslag") + inner + docxtest.Paragraph("", -1, 0, "")}))
	doc := read(t, d)
	var got [][][]string
	var nested []bool
	for _, b := range doc.Blocks {
		got = append(got, b.Table.Rows)
		nested = append(nested, b.Table.Nested)
	}
	want := [][][]string{{{"Nr", "Afspraak"}, {"1", "Tekst"}}, {{"Omslag"}}, {{"Nr", "Afspraak"}, {"1", "Tekst"}}}
	if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(nested, []bool{true, false, true}) {
		t.Errorf("tables %q nested %v, want %q nested [true false true]", got, nested, want)
	}
}

// TestBroken: a package without a document, broken XML and a document
// past its limits are errors of their own kind.
func TestBroken(t *testing.T) {
	if _, err := docx.Read(docxtest.Package(map[string]string{}), docx.Limits{}); !errors.Is(err, docx.ErrNoDocument) {
		t.Errorf("no document: %v", err)
	}
	broken := docxtest.Package(map[string]string{"word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>abc</w:t></w:r>`})
	if _, err := docx.Read(broken, docx.Limits{}); err == nil {
		t.Error("broken XML read without error")
	}
	d := &docxtest.Doc{}
	for range 5 {
		d.Para("", "alinea")
	}
	var le *docx.LimitError
	if _, err := docx.Read(d.Bytes(), docx.Limits{Rows: 4}); !errors.As(err, &le) {
		t.Errorf("5 paragraphs with a limit of 4: %v", err)
	}
	if _, err := docx.Read(d.Bytes(), docx.Limits{Rows: 5}); err != nil {
		t.Errorf("5 paragraphs with a limit of 5: %v", err)
	}
	// Elements nested a million deep are refused at depth 512, not read
	// into a stack as deep as the file is long.
	deep := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		strings.Repeat("<w:x>", 1_000_000) + strings.Repeat("</w:x>", 1_000_000) + `</w:body></w:document>`
	if _, err := docx.Read(docxtest.Package(map[string]string{"word/document.xml": deep}), docx.Limits{}); !errors.As(err, &le) || le.Limit != 512 {
		t.Errorf("a million nested elements: %v", err)
	}
}

// TestLabelsCountAsText: a list level's label is text of every paragraph
// of the list, and counts against Limits.Text as its text does: a long
// lvlText cannot multiply a small document into a large one.
func TestLabelsCountAsText(t *testing.T) {
	d := &docxtest.Doc{Numbering: `<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>` +
		`<w:lvlText w:val="` + strings.Repeat("%1", 300) + `"/></w:lvl></w:abstractNum><w:num w:numId="10"><w:abstractNumId w:val="10"/></w:num>`}
	for range 5 {
		d.NumPara(10, 0, "x")
	}
	var le *docx.LimitError
	if _, err := docx.Read(d.Bytes(), docx.Limits{Text: 1000}); !errors.As(err, &le) || le.Limit != 1000 {
		t.Errorf("5 labels of 300 bytes with a text limit of 1000: %v", err)
	}
	doc, err := docx.Read(d.Bytes(), docx.Limits{Text: 5 * 301})
	if err != nil {
		t.Fatalf("5 labels of 300 bytes and 5 of text with a limit of 1505: %v", err)
	}
	if l := doc.Blocks[4].Para.List; l == nil || l.Label != strings.Repeat("5", 300) {
		t.Errorf("fifth label %+v, want 300 fives", l)
	}
}

// TestBrokenSaysWhere: broken XML in the document names where it is in
// Word's terms (after which paragraph, in which table), not a line of
// word/document.xml.
func TestBrokenSaysWhere(t *testing.T) {
	const head = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`
	para := func(s string) string { return `<w:p><w:r><w:t>` + s + `</w:t></w:r></w:p>` }
	tbl := `<w:tbl><w:tr><w:tc>` + para("cel") + `</w:tc></w:tr></w:tbl>`
	for _, c := range []struct{ body, want string }{
		{`<w:p><w:r><w:t>a</w:r>`, "voor de eerste alinea met tekst"},
		{para("een") + para("twee") + `<w:p><w:r><w:t>drie</w:x>`, "na alinea 2"},
		{para("een") + tbl + para("twee") + tbl + `<w:p>&bogus;</w:p>`, "na tabel 2"},
		{para("een") + tbl + `<w:tbl><w:tr><w:tc>` + para("cel") + `</w:tr>`, "in tabel 2"},
	} {
		_, err := docx.Read(docxtest.Package(map[string]string{"word/document.xml": head + c.body}), docx.Limits{})
		if err == nil || !strings.Contains(err.Error(), "ongeldige XML") || !strings.HasSuffix(err.Error(), ", "+c.want) {
			t.Errorf("%s: %v, want ongeldige XML …, %s", c.body, err, c.want)
		}
	}
}
