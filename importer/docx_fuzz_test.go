package importer

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pakompas/importer/docx/docxtest"
)

// docxParts returns a package's document and numbering parts.
func docxParts(data []byte) (doc, num []byte) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			continue
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		switch f.Name {
		case "word/document.xml":
			doc = b
		case "word/numbering.xml":
			num = b
		}
	}
	return doc, num
}

// FuzzDOCX imports Word documents made of a fuzzed document part and
// numbering part (a fuzzed zip would fail its checksums): whatever they
// hold, the import ends in agreements or a Dutch error, never a panic, and
// every agreement has a text, a row and a table or heading as its place.
// Seeds: the documents of the docx tests and testdata/docx.
func FuzzDOCX(f *testing.F) {
	seeds := [][]byte{smallDoc()}
	paths, _ := filepath.Glob("testdata/docx/*.docx")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			seeds = append(seeds, data)
		}
	}
	d := &docxtest.Doc{}
	d.Para("NumKop1", "Betaalbaarheid").NumPara(docxtest.ListHeadings, 1, "De corporatie bouwt:").NumPara(docxtest.ListBullet, 1, "40 woningen")
	d.Para("", "3. Duurzaamheid").Para("", "3.1 De corporatie isoleert 80 woningen.")
	d.Table(docxtest.Row("Nr", "Afspraak"), docxtest.Row(docxtest.Cell{Text: "1", VMerge: "restart"}, docxtest.Cell{Text: "tekst", Span: 3}),
		docxtest.Row(docxtest.Cell{VMerge: "continue"}, docxtest.Cell{XML: docxtest.Table(docxtest.Row("Afspraak", "Wie"), docxtest.Row("a", "b")) + "<w:p/>"}))
	seeds = append(seeds, d.Bytes())
	for _, s := range seeds {
		doc, num := docxParts(s)
		f.Add(doc, num)
	}
	f.Fuzz(func(t *testing.T, doc, num []byte) {
		data := docxtest.Package(map[string]string{"word/document.xml": string(doc), "word/numbering.xml": string(num)})
		res := importFile("fuzz.docx", data, Options{})
		if res.report.ErrorKind == ErrInternal {
			t.Fatalf("internal error: %v", res.report.Error)
		}
		checkInvariants(t, res)
		for _, a := range res.agreements {
			if !strings.HasPrefix(a.Source.Sheet, "tabel ") && !strings.HasPrefix(a.Source.Sheet, "§ ") {
				t.Fatalf("agreement from %q", a.Source.Sheet)
			}
		}
	})
}
