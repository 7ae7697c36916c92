package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"

	"pakompas/importer/ods"
	"pakompas/importer/ods/odstest"
)

// pagesODS is an .ods the size of a 60-page agreement document: 150
// agreements under 8 theme rows, each with two paragraphs of about 1,000
// characters of text, a trekker, a date, a status and a note of about 300
// characters, in LibreOffice's shape (styled cells, each row padded to the
// last column, the empty rows below the table). About 190,000 characters
// of text: 60 pages of 3,000.
func pagesODS() []byte {
	sentence := "De corporatie en de gemeente werken samen aan %s in wijk %d, met aandacht voor betaalbaarheid, duurzaamheid en leefbaarheid voor de huurders. "
	rows := []string{
		odsRow(odstest.Str("Prestatieafspraken 2025-2028 gemeente Uithoorn")),
		odstest.Rows(1),
		odsRow(odstest.Str("Nr"), odstest.Str("Afspraak"), odstest.Str("Trekker"), odstest.Str("Planning"), odstest.Str("Status"), odstest.Str("Toelichting")),
	}
	themes := []string{"Betaalbaarheid", "Nieuwbouw", "Duurzaamheid", "Wonen en zorg", "Leefbaarheid", "Doelgroepen", "Kwaliteit", "Samenwerking"}
	n := 0
	for ti, theme := range themes {
		rows = append(rows, odsSection(fmt.Sprintf("%d. %s", ti+1, theme)))
		for i := 0; i < 19 && n < 150; i++ {
			n++
			var p1, p2 strings.Builder
			for s := range 4 {
				fmt.Fprintf(&p1, sentence, strings.ToLower(theme), n*10+s)
				fmt.Fprintf(&p2, sentence, "de uitvoering", n*10+s+5)
			}
			text := `<table:table-cell table:style-name="ce5" office:value-type="string" calcext:value-type="string"><text:p>` + p1.String() +
				`</text:p><text:p><text:span text:style-name="T1">Toelichting:</text:span> ` + p2.String() + `</text:p></table:table-cell>`
			date := fmt.Sprintf(`<table:table-cell table:style-name="ce6" office:value-type="date" office:date-value="2026-%02d-01" calcext:value-type="date"><text:p>1-%d-2026</text:p></table:table-cell>`, i%12+1, i%12+1)
			rows = append(rows, odsRow(odstest.Str(fmt.Sprintf("%d.%d", ti+1, i+1)), text, odstest.Str("Woonstichting Amstelland"), date,
				odstest.Str("loopt"), odstest.Str(strings.Repeat("Stand van zaken per kwartaal besproken in het overleg. ", 5))))
		}
	}
	rows = append(rows, odstest.Rows(1048576-len(rows)))
	return odstest.Package(odstest.Content(odstest.HiddenStyles, odstest.Table("Afspraken", "ta1", rows...)))
}

// The benchmark's document holds what it says.
func TestPagesODS(t *testing.T) {
	res := importFile("uithoorn.ods", pagesODS(), Options{})
	if res.report.Error != "" || len(res.agreements) != 150 {
		t.Fatalf("error %q, %d agreements", res.report.Error, len(res.agreements))
	}
	chars := 0
	for _, a := range res.agreements {
		chars += len(a.Text) + len(a.Notes) + len(a.Owner)
	}
	if chars < 180_000 || res.agreements[149].ThemeRaw != "Samenwerking" || res.agreements[0].Due != "2026-01-01" {
		t.Errorf("%d characters, last theme %q, first due %q", chars, res.agreements[149].ThemeRaw, res.agreements[0].Due)
	}
}

// BenchmarkODS60Pages imports the 60-page .ods (issue 16: < 200 ms).
func BenchmarkODS60Pages(b *testing.B) {
	data := pagesODS()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if res := importFile("uithoorn.ods", data, Options{}); len(res.agreements) != 150 {
			b.Fatal(res.report.Error)
		}
	}
}

// BenchmarkODSScan compares the two XML tokenizers the ods reader could
// be built on, over the 60-page document's content.xml: a pass of
// encoding/xml's RawToken (what importer/ods reads with) and a pass of
// the fast xlsx reader's byte scanner (fastxml.go), and the ods reader
// itself (RawToken, namespaces, values, rows) for scale.
func BenchmarkODSScan(b *testing.B) {
	data := pagesODS()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		b.Fatal(err)
	}
	content, err := ods.Content(zr, maxUnzipped)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("rawtoken", func(b *testing.B) {
		b.SetBytes(int64(len(content)))
		b.ReportAllocs()
		for b.Loop() {
			d := xml.NewDecoder(bytes.NewReader(content))
			for {
				if _, err := d.RawToken(); err != nil {
					break
				}
			}
		}
	})
	b.Run("fastxml", func(b *testing.B) {
		b.SetBytes(int64(len(content)))
		b.ReportAllocs()
		for b.Loop() {
			s := newXMLScan(content)
			for tok := s.next(); tok != tokEOF && tok != tokFail; tok = s.next() {
			}
		}
	})
	b.Run("ods.Read", func(b *testing.B) {
		b.SetBytes(int64(len(content)))
		b.ReportAllocs()
		for b.Loop() {
			if err := ods.Read(content, &odsSheets{lim: &fileLimits{}}, ods.Limits{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
