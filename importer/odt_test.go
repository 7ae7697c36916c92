package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"pakompas/importer/docx/docxtest"
	"pakompas/importer/ods"
	"pakompas/importer/ods/odstest"
)

// odtDir holds OpenDocument texts LibreOffice wrote from the demo's Word
// documents (testdata/odt/README.md).
const odtDir = "testdata/odt"

// The demo's Word table saved by LibreOffice Writer as .odt imports as the
// .docx does: the same agreements and ids, the gemeente and year from the
// title paragraph, the same report (format aside).
func TestODTTableSameAsDOCX(t *testing.T) {
	base := "Prestatieafspraken Amstelveen 2025"
	sameImportAs(t, filepath.Join("demo", "files", base+".docx"), "docx", filepath.Join(odtDir, base+".odt"), "odt")
}

// The demo's numbered paragraphs saved by LibreOffice Writer as .odt
// (nested lists in the styles WWNum3 and WWNum2 of styles.xml, headings
// inside list items, lists that continue others by continue-numbering and
// continue-list, an item that holds only a nested list, bullets) import as
// the .docx does: the same agreements (gemeente, year, numbers, texts,
// themes, ids, sources "§ 1. Betaalbaarheid", paragraph N) and the same
// report, heading by heading, format aside.
func TestODTParagraphsSameAsDOCX(t *testing.T) {
	base := "De Ronde Venen - prestatieafspraken 2025-2028"
	sameImportAs(t, filepath.Join("demo", "files", base+".docx"), "docx", filepath.Join(odtDir, base+".odt"), "odt")
	rep, fr := importOne(t, filepath.Join(odtDir, base+".odt"), Options{})
	if len(rep.Agreements) != 12 || len(fr.Sheets) != 8 {
		t.Fatalf("%d agreements, %d headings", len(rep.Agreements), len(fr.Sheets))
	}
	a := rep.Agreements[3]
	if a.ID != "de-ronde-venen:2025-2028:2.1" || a.ThemeRaw != "Beschikbaarheid en nieuwbouw" || a.Source.Sheet != "§ 2. Beschikbaarheid en nieuwbouw" ||
		!strings.HasSuffix(a.Text, "\n70 in Mijdrecht (Westkant);\n60 in Vinkeveen (Kerklaan);\n50 in Abcoude.") {
		t.Errorf("agreement 2.1: %+v", a)
	}
}

// A jaarschijf written in Writer (Jaarschijf 2026 Uithoorn.fodt, saved
// as .odt and as .docx by LibreOffice): headings numbered by the outline
// numbering ("2 Betaalbaarheid", text:outline-style, no list), agreements
// in a list "1.", "2." that starts again under every heading, and "a)",
// "b)" items under an agreement that ends in a colon, which are lines of
// its text. The .odt imports as the .docx does.
func TestODTOutlineNumberedHeadings(t *testing.T) {
	base := filepath.Join(odtDir, "Jaarschijf 2026 Uithoorn")
	sameImportAs(t, base+".docx", "docx", base+".odt", "odt")
	rep, fr := importOne(t, base+".odt", Options{})
	type row struct{ id, theme, number, text, sheet string }
	var got []row
	for _, a := range rep.Agreements {
		got = append(got, row{a.ID, a.ThemeRaw, a.Number, a.Text, a.Source.Sheet})
	}
	want := []row{
		{"uithoorn:2026:betaalbaarheid:1", "Betaalbaarheid", "1", "De corporatie verhoogt de huren van sociale huurwoningen in 2026 met ten hoogste de inflatie.", "§ 2 Betaalbaarheid"},
		{"uithoorn:2026:betaalbaarheid:2", "Betaalbaarheid", "2", "De gemeente en de corporatie voorkomen huisuitzettingen door:\n" +
			"a) vroegsignalering van huurachterstanden binnen twee maanden;\nb) een vast aanspreekpunt schuldhulp in het gemeentehuis.", "§ 2 Betaalbaarheid"},
		{"uithoorn:2026:3", "Betaalbaarheid", "3", "De corporatie biedt huurders met een hoge huur een huurverlaging aan.", "§ 2 Betaalbaarheid"},
		{"uithoorn:2026:nieuwbouw:1", "Nieuwbouw", "1", "De corporatie start in 2026 de bouw van 60 sociale huurwoningen in De Legmeer.", "§ 3 Nieuwbouw"},
		{"uithoorn:2026:nieuwbouw:2", "Nieuwbouw", "2", "De gemeente levert de grond voor De Legmeer bouwrijp op vóór 1 april 2026.", "§ 3 Nieuwbouw"},
		{"uithoorn:2026:duurzaamheid:1", "Duurzaamheid", "1", "De corporatie isoleert in 2026 ten minste 150 woningen in Thamerdal naar label B.", "§ 4 Duurzaamheid"},
		{"uithoorn:2026:duurzaamheid:2", "Duurzaamheid", "2", "Partijen onderzoeken in 2026 een warmtenet voor Zijdelwaard.", "§ 4 Duurzaamheid"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
	var sheets []string
	for _, s := range fr.Sheets {
		sheets = append(sheets, fmt.Sprintf("%s %d", s.Name, s.Agreements))
	}
	if w := "§ (voor de eerste kop) 0|§ 1 Inleiding 0|§ 2 Betaalbaarheid 3|§ 3 Nieuwbouw 2|§ 4 Duurzaamheid 2|§ 5 Ondertekening 0"; strings.Join(sheets, "|") != w {
		t.Errorf("headings %q", sheets)
	}
}

// An OpenDocument text with neither an agreement table nor numbered
// agreements gets the error a Word document gets, naming what it is. In
// a folder it is picked up, not passed over.
func TestODTWithoutAgreements(t *testing.T) {
	dir := t.TempDir()
	content := `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + odstest.Namespaces + `><office:body><office:text>` +
		`<text:h text:outline-level="1">Geachte heer, mevrouw,</text:h><text:p>Hierbij ontvangt u het bod van de corporatie.</text:p>` +
		`</office:text></office:body></office:document-content>`
	writeFile(t, dir, "brief.odt", odstest.Zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", content))
	rep := Import(t.Context(), []string{dir}, Options{})
	if len(rep.Files) != 1 {
		t.Fatalf("%d file reports", len(rep.Files))
	}
	fr := rep.Files[0]
	if fr.Ignored != "" || fr.ErrorKind != ErrNoTable || fr.Format != "odt" ||
		!strings.HasPrefix(fr.Error, "geen afspraken gevonden in het OpenDocument-tekstdocument (Writer): geen tabel met een kopregel als 'Afspraak'") {
		t.Fatalf("ignored %q, kind %q, format %q: %s", fr.Ignored, fr.ErrorKind, fr.Format, fr.Error)
	}
}

// An OpenDocument text's paragraphs count as rows against the file's
// limit, as a Word document's do, and one past it refuses the file,
// naming the limit; a damaged styles.xml refuses it as damaged, named.
func TestODTParagraphLimits(t *testing.T) {
	content := func(body string) string {
		return `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + odstest.Namespaces + `><office:body><office:text>` +
			body + `</office:text></office:body></office:document-content>`
	}
	odt := func(parts ...string) []byte {
		return odstest.Zip(append([]string{"mimetype", "application/vnd.oasis.opendocument.text"}, parts...)...)
	}
	many := content(`<text:list>` + strings.Repeat(`<text:list-item><text:p>De corporatie bouwt.</text:p></text:list-item>`, maxFileRows+1) + `</text:list>`)
	res := importFile("veel.odt", odt("content.xml", many), Options{})
	if res.report.ErrorKind != ErrTooLarge || !strings.Contains(res.report.Error, "meer tabelrijen en alinea's dan de grens van 100.000") {
		t.Errorf("%s: %s", res.report.ErrorKind, res.report.Error)
	}
	// A long paragraph is read whole, as in a Word document (it was cut
	// at 128 KB without a word).
	long := "De corporatie bouwt " + strings.Repeat("woningen ", 20_000) + "in 2026."
	res = importFile("lang.odt", odt("content.xml", content(`<text:p>Prestatieafspraken</text:p><text:p>1. `+long+`</text:p><text:p>2. De gemeente levert grond.</text:p>`)), Options{})
	if len(res.agreements) != 2 || res.agreements[0].Text != long {
		t.Errorf("long paragraph: %d agreements, %s", len(res.agreements), res.report.Error)
	}
	res = importFile("stijl.odt", odt("content.xml", content(`<text:p>1. De corporatie bouwt.</text:p>`), "styles.xml", `<office:document-styles><office:styles>`), Options{})
	if res.report.ErrorKind != ErrCorrupt || !strings.Contains(res.report.Error, "beschadigd OpenDocument-tekstdocument: styles.xml: ") {
		t.Errorf("%s: %s", res.report.ErrorKind, res.report.Error)
	}
}

// paraSheets records what ods.ReadText hands out.
type paraSheets struct {
	log []string
}

func (p *paraSheets) Sheet(s ods.Sheet) (bool, error) {
	p.log = append(p.log, "sheet "+s.Name)
	return true, nil
}
func (p *paraSheets) Row(num int, cells []string) error {
	p.log = append(p.log, "row "+strings.Join(cells, "|"))
	return nil
}
func (p *paraSheets) Merge(ods.Merge) error { return nil }
func (p *paraSheets) Para(para ods.Paragraph) error {
	text := para.Text
	if para.Heading > 0 {
		text = "# " + text
	}
	p.log = append(p.log, "para "+text)
	return nil
}

// ReadText finds the tables of a text wherever they stand (in a section,
// in a list item) in document order, names them "tabel N", and hands the
// paragraphs and headings between them over; a table in a cell is passed
// over (the cell is empty).
func TestReadTextTables(t *testing.T) {
	row := func(cells ...string) string { return odstest.Row(cells...) }
	content := `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + odstest.Namespaces + `><office:body><office:text>` +
		`<text:h text:outline-level="1">Prestatieafspraken 2025 gemeente Uithoorn</text:h><text:p>Vooraf.</text:p>` +
		`<text:section text:name="S1"><text:h text:outline-level="2">Betaalbaarheid</text:h>` +
		`<table:table table:name="Tabel1">` + row(odstest.Str("Nr"), odstest.Str("Afspraak")) + row(odstest.Str("1.1"), odstest.Str("De corporatie bevriest de huren.")) + `</table:table></text:section>` +
		`<text:list><text:list-item><text:p>Een punt.</text:p>` +
		`<table:table table:name="Tabel2">` + row(odstest.Str("2.1"),
		`<table:table-cell office:value-type="string"><table:table><table:table-row><table:table-cell><text:p>binnen</text:p></table:table-cell></table:table-row></table:table></table:table-cell>`) +
		`</table:table></text:list-item></text:list>` +
		`</office:text></office:body></office:document-content>`
	h := &paraSheets{}
	if err := ods.ReadText([]byte(content), h, ods.Limits{}); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"para # Prestatieafspraken 2025 gemeente Uithoorn", "para Vooraf.", "para # Betaalbaarheid",
		"sheet tabel 1", "row Nr|Afspraak", "row 1.1|De corporatie bevriest de huren.",
		"para Een punt.", "sheet tabel 2", "row 2.1",
	}
	if strings.Join(h.log, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(h.log, "\n"), strings.Join(want, "\n"))
	}
}

// A heading above each table is its theme in an OpenDocument text as in
// a Word document: without its number ("2. Betaalbaarheid" is
// Betaalbaarheid), and only when it reads as a title (a heading that is
// a sentence heads nothing).
func TestODTHeadingThemeAsDOCX(t *testing.T) {
	headings := []string{"2. Betaalbaarheid", "3. Duurzaamheid", "De partijen spreken het volgende af over de wijken."}
	d := &docxtest.Doc{}
	d.Para("Titel", "Prestatieafspraken 2025 gemeente Amstelveen")
	content := `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + odstest.Namespaces + `><office:body><office:text>` +
		`<text:p>Prestatieafspraken 2025 gemeente Amstelveen</text:p>`
	for i, h := range headings {
		num := fmt.Sprint(i + 1)
		text := "De corporatie doet in 2025 afspraak " + num + "."
		d.Para("Kop1", h)
		d.Table(docxtest.Row("Nr", "Afspraak"), docxtest.Row(num, text))
		content += `<text:h text:outline-level="1">` + h + `</text:h><table:table table:name="Tabel` + num + `">` +
			odstest.Row(odstest.Str("Nr"), odstest.Str("Afspraak")) + odstest.Row(odstest.Str(num), odstest.Str(text)) + `</table:table>`
	}
	content += `</office:text></office:body></office:document-content>`
	odt := odstest.Zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", content)
	want := []string{"Betaalbaarheid", "Duurzaamheid", ""}
	for name, data := range map[string][]byte{"pa.docx": d.Bytes(), "pa.odt": odt} {
		res := importFile(name, data, Options{})
		if res.report.Error != "" || len(res.agreements) != len(want) {
			t.Fatalf("%s: %q, %d agreements", name, res.report.Error, len(res.agreements))
		}
		for i, a := range res.agreements {
			if a.ThemeRaw != want[i] {
				t.Errorf("%s: agreement %s has theme %q, want %q", name, a.Number, a.ThemeRaw, want[i])
			}
		}
	}
}

// A damaged, encrypted or broken text document is named as what it is,
// a Word document or an OpenDocument text, not an Excel file or a
// spreadsheet; an encrypted .odt is told to be saved as .docx.
func TestTextDocumentErrorsNamed(t *testing.T) {
	odt, err := os.ReadFile(filepath.Join(odtDir, "Prestatieafspraken Amstelveen 2025.odt"))
	if err != nil {
		t.Fatal(err)
	}
	docx := smallDoc()
	text := func(content string, parts ...string) []byte {
		return odstest.Zip(append([]string{"mimetype", "application/vnd.oasis.opendocument.text"}, append(parts, "content.xml", content)...)...)
	}
	body := `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + odstest.Namespaces + `><office:body><office:text>` +
		`<table:table table:name="T"><table:table-row><table:table-cell></table:table-row></table:table></office:text></office:body></office:document-content>`
	manifest := `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>`
	for _, c := range []struct {
		name string
		data []byte
		kind ErrorKind
		msg  string
	}{
		{"kapot.docx", docx[:len(docx)/2], ErrCorrupt, "beschadigd Word-document: het kon niet worden gelezen"},
		{"kapot.odt", odt[:len(odt)/2], ErrCorrupt, "beschadigd OpenDocument-tekstdocument: het kon niet worden gelezen"},
		{"xml.odt", text(body), ErrCorrupt, "beschadigd OpenDocument-tekstdocument: blad 'tabel 1' rij 1: "},
		{"geheim.odt", text("\x01versleuteld", "META-INF/manifest.xml", manifest), ErrEncrypted,
			"het OpenDocument-tekstdocument is met een wachtwoord beveiligd en pakompas kan het niet ontsleutelen: sla het op zonder wachtwoord (of als .docx "},
	} {
		res := importFile(c.name, c.data, Options{})
		if res.report.ErrorKind != c.kind || !strings.HasPrefix(res.report.Error, c.msg) {
			t.Errorf("%s: %q (%s), want %s starting %q", c.name, res.report.Error, res.report.ErrorKind, c.kind, c.msg)
		}
	}
}
