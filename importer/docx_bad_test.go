package importer

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pakompas/importer/docx/docxtest"
)

// smallDoc is a valid document with one table of two agreements.
func smallDoc() []byte {
	d := &docxtest.Doc{}
	d.Para("Titel", "Prestatieafspraken 2025 gemeente Amstelveen")
	d.Table(
		docxtest.Row("Nr", "Afspraak", "Trekker"),
		docxtest.Row("1.1", "De corporatie levert in 2026 48 woningen op.", "Corporatie"),
		docxtest.Row("1.2", "De gemeente stelt in 2025 twee locaties beschikbaar.", "Gemeente"),
	)
	return d.Bytes()
}

// TestDOCXOldWord: a .doc is refused as old Word, whether it is an OLE
// file with a WordDocument stream (made by LibreOffice) or anything else
// named .doc; a .docx that is a zip is read whatever its name.
func TestDOCXOldWord(t *testing.T) {
	ole, err := os.ReadFile("testdata/docx/oud-word.doc")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"oud.doc":        ole,
		"oud-hernoemd.x": ole,
		"brief.doc":      []byte("{\\rtf1\\ansi Geachte heer,}"),
	} {
		res := importFile(name, data, Options{})
		if res.report.ErrorKind != ErrDOC || res.report.Error != "oud Word-formaat: sla het bestand op als .docx" {
			t.Errorf("%s: %q (%s), want the old Word error", name, res.report.Error, res.report.ErrorKind)
		}
	}
	if res := importFile("afspraken.doc", smallDoc(), Options{}); res.report.Error != "" || len(res.agreements) != 2 {
		t.Errorf("a docx named .doc: %q, %d agreements", res.report.Error, len(res.agreements))
	}
}

// TestDOCXPassword: a password-protected Word document is decrypted with
// the password, as a workbook is; without one, or with a wrong one, it
// gets the same errors.
func TestDOCXPassword(t *testing.T) {
	// excelize's Encrypt writes a package under 4 KB into a container its
	// own Decrypt cannot read; LibreOffice's document is larger.
	enc := encryptFile(t, "testdata/docx/lo-tabel.docx")
	if res := importFile("beveiligd.docx", enc, Options{}); res.report.ErrorKind != ErrEncrypted {
		t.Errorf("no password: %q (%s)", res.report.Error, res.report.ErrorKind)
	}
	if res := importFile("beveiligd.docx", enc, Options{Password: "fout"}); res.report.ErrorKind != ErrPassword {
		t.Errorf("wrong password: %q (%s)", res.report.Error, res.report.ErrorKind)
	}
	res := importFile("beveiligd.docx", enc, Options{Password: "geheim"})
	if res.report.Error != "" || res.report.Format != "docx" || len(res.agreements) != 3 || res.agreements[0].Gemeente != "De Ronde Venen" {
		t.Errorf("with the password: %q format %q, %+v", res.report.Error, res.report.Format, res.agreements)
	}
}

// TestEncryptedOtherPackage: a password-protected container that holds
// neither a workbook nor a Word document (here an .ods) is no
// spreadsheet pakompas reads, not a damaged Excel file.
func TestEncryptedOtherPackage(t *testing.T) {
	enc := encryptFile(t, "testdata/ods/uithoorn_prestatieafspraken_2025.ods")
	res := importFile("beveiligd.xlsx", enc, Options{Password: "geheim"})
	if res.report.ErrorKind != ErrNotSheet || res.report.Error != messages[ErrNotSheet] {
		t.Errorf("%q (%s), want not_a_sheet", res.report.Error, res.report.ErrorKind)
	}
}

// encryptFile is the file at path in Office's password container, with
// the password "geheim".
func encryptFile(t *testing.T, path string) []byte {
	t.Helper()
	plain, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := excelize.Encrypt(plain, &excelize.Options{Password: "geheim"})
	if err != nil {
		t.Fatal(err)
	}
	return enc
}

// TestDOCXZipBomb: a document whose zip directory promises a part far
// over the limit is refused from the directory alone.
func TestDOCXZipBomb(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CompressedSize64: 5, UncompressedSize64: 1 << 40})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte{3, 0, 0, 0, 0}); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	res := importFile("bom.docx", buf.Bytes(), Options{})
	if res.report.ErrorKind != ErrTooLarge || !strings.Contains(res.report.Error, "zip-bom") {
		t.Errorf("%q (%s), want a zip bomb refused", res.report.Error, res.report.ErrorKind)
	}
}

// TestDOCXLimits: a document with more paragraphs than a file may hold
// rows is refused, naming the limit; a broken one is corrupt.
func TestDOCXLimits(t *testing.T) {
	d := &docxtest.Doc{}
	d.Raw(strings.Repeat("<w:p><w:r><w:t>a</w:t></w:r></w:p>", maxFileRows+1))
	res := importFile("lang.docx", d.Bytes(), Options{})
	if res.report.ErrorKind != ErrTooLarge || !strings.Contains(res.report.Error, "tabelrijen en alinea's") {
		t.Errorf("%q (%s), want too_large naming paragraphs", res.report.Error, res.report.ErrorKind)
	}
	broken := docxtest.Package(map[string]string{"word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>`})
	res = importFile("kapot.docx", broken, Options{})
	if res.report.ErrorKind != ErrCorrupt || !strings.HasPrefix(res.report.Error, "beschadigd Word-document") {
		t.Errorf("%q (%s), want corrupt", res.report.Error, res.report.ErrorKind)
	}
}

// TestDOCXLongListLabel: a list level whose label is 512 KB long, on
// 2,000 paragraphs of a 5 KB document, is refused at the file's text
// limit, quickly, instead of becoming a gigabyte of agreement numbers
// (it took a minute and 25 GB of allocations).
func TestDOCXLongListLabel(t *testing.T) {
	d := &docxtest.Doc{Numbering: `<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>` +
		`<w:lvlText w:val="` + strings.Repeat("%1", 1<<19) + `"/></w:lvl></w:abstractNum><w:num w:numId="10"><w:abstractNumId w:val="10"/></w:num>`}
	d.Raw(strings.Repeat(docxtest.Paragraph("", 10, 0, "De corporatie bouwt."), 2000))
	res := importFile("labels.docx", d.Bytes(), Options{})
	if res.report.ErrorKind != ErrTooLarge || !strings.Contains(res.report.Error, "bytes tekst") || len(res.agreements) != 0 {
		t.Errorf("%q (%s), %d agreements; want too_large naming the text", res.report.Error, res.report.ErrorKind, len(res.agreements))
	}
}

// TestDOCXWalk: a folder walk picks up .docx and .doc files.
func TestDOCXWalk(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string][]byte{"afspraken.docx": smallDoc(), "oud.doc": []byte("x"), "notulen.pdf": []byte("%PDF-1.4")} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rep := Import(context.Background(), []string{dir}, Options{})
	got := map[string]string{}
	for _, f := range rep.Files {
		got[filepath.Base(f.Path)] = string(f.ErrorKind) + "|" + f.Format + "|" + f.Ignored
	}
	want := map[string]string{"afspraken.docx": "|docx|", "oud.doc": "doc||", "notulen.pdf": "||geen spreadsheet of Word-document (.pdf): niet ingelezen"}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q", name, got[name], w)
		}
	}
	if len(rep.Agreements) != 2 {
		t.Errorf("%d agreements, want 2", len(rep.Agreements))
	}
}

// TestDOCXBrokenXMLInDutch: XML that encoding/xml refuses is reported in
// Dutch with its line and where it is in Word's terms, not in
// encoding/xml's English.
func TestDOCXBrokenXMLInDutch(t *testing.T) {
	broken := docxtest.Package(map[string]string{"word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		"\n<w:p><w:r><w:t>a&bc;</w:t></w:r></w:p></w:body></w:document>"})
	res := importFile("kapot.docx", broken, Options{})
	want := "beschadigd Word-document: ongeldige XML op regel 2, voor de eerste alinea met tekst (afgebroken download of kopie?); daarom is het bestand niet ingelezen"
	if res.report.ErrorKind != ErrCorrupt || res.report.Error != want {
		t.Errorf("%q (%s), want %q", res.report.Error, res.report.ErrorKind, want)
	}
}
