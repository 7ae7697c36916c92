package importer

import (
	"fmt"
	"strings"
	"testing"

	"pakompas/importer/docx/docxtest"
)

// wordRun is a run as Word writes it: revision ids and run properties.
func wordRun(i int, text string) string {
	return fmt.Sprintf(`<w:r w:rsidR="00A1%04X" w:rsidRPr="00B2%04X"><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="nl-NL"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>`,
		i%0xFFFF, (i*7)%0xFFFF, docxtest.Escape(text))
}

// wordPara is a paragraph as Word writes it, its text split into runs of
// about eight words (Word splits at every edit).
func wordPara(i int, style, text string, numID, ilvl int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<w:p w:rsidR="00C3%04X" w:rsidRDefault="00D4%04X" w:rsidP="00E5%04X"><w:pPr>`, i%0xFFFF, i%0xFFFF, i%0xFFFF)
	if style != "" {
		fmt.Fprintf(&b, `<w:pStyle w:val="%s"/>`, style)
	}
	if numID > 0 {
		fmt.Fprintf(&b, `<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, ilvl, numID)
	}
	b.WriteString(`<w:spacing w:after="120" w:line="276" w:lineRule="auto"/><w:jc w:val="both"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:pPr>`)
	words := strings.Fields(text)
	for k := 0; k < len(words); k += 8 {
		end := min(k+8, len(words))
		chunk := strings.Join(words[k:end], " ")
		if end < len(words) {
			chunk += " "
		}
		b.WriteString(wordRun(i+k, chunk))
	}
	b.WriteString("</w:p>")
	return b.String()
}

const benchProse = "Partijen constateren dat de woningmarkt in de gemeente onder druk staat en dat de vraag naar betaalbare " +
	"woningen de komende jaren verder toeneemt. De corporatie heeft in haar bod aangegeven welke bijdrage zij kan leveren, " +
	"rekening houdend met haar financiële mogelijkheden, de opgave in de bestaande voorraad en de wensen van huurders. " +
	"De gemeente zet haar instrumenten in om deze bijdrage mogelijk te maken."

const benchAgreement = "De corporatie levert in 2026 in plan Westwijk %d sociale huurwoningen op, waarvan ten minste de helft " +
	"met een huur onder de eerste aftoppingsgrens, en rapporteert ieder half jaar over de voortgang aan gemeente en huurders."

// benchDoc is a document of about 60 pages (16,000 words): a title, an
// introduction and eight themes, each with twenty paragraphs of prose and
// its agreements (150 in all), in a table per theme or as numbered
// paragraphs.
func benchDoc(tables bool) []byte {
	var b strings.Builder
	i := 0
	next := func() int { i++; return i }
	b.WriteString(wordPara(next(), "Titel", "Prestatieafspraken 2025-2028 gemeente Amstelveen", 0, 0))
	b.WriteString(wordPara(next(), "Kop1", "Vooraf", 0, 0))
	for range 10 {
		b.WriteString(wordPara(next(), "", benchProse, 0, 0))
	}
	n := 0
	for th := range 8 {
		b.WriteString(wordPara(next(), "NumKop1", fmt.Sprintf("Thema %d", th+1), 0, 0))
		for range 20 {
			b.WriteString(wordPara(next(), "", benchProse, 0, 0))
		}
		count := 19
		if th >= 6 {
			count = 18
		}
		if tables {
			b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="Tabelraster"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="700"/><w:gridCol w:w="5000"/><w:gridCol w:w="1500"/><w:gridCol w:w="1200"/></w:tblGrid>`)
			b.WriteString(benchRow(next, "Nr", "Afspraak", "Trekker", "Planning"))
		}
		for k := range count {
			n++
			text := fmt.Sprintf(benchAgreement, 10+n)
			if tables {
				b.WriteString(benchRow(next, fmt.Sprintf("%d.%d", th+1, k+1), text, "Corporatie", "Q2 2026"))
			} else {
				b.WriteString(wordPara(next(), "NumKop2", text, 0, 0))
			}
		}
		if tables {
			b.WriteString("</w:tbl>")
		}
	}
	d := &docxtest.Doc{}
	d.Raw(b.String())
	return d.Bytes()
}

// benchRow is a table row as Word writes it.
func benchRow(next func() int, cells ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<w:tr w:rsidR="00F6%04X"><w:trPr><w:cantSplit/></w:trPr>`, next()%0xFFFF)
	for _, c := range cells {
		b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr>`)
		b.WriteString(wordPara(next(), "", c, 0, 0))
		b.WriteString("</w:tc>")
	}
	b.WriteString("</w:tr>")
	return b.String()
}

// BenchmarkDOCX60Pages reads a 60-page Word document with 150 agreements,
// in tables and as numbered paragraphs (doc.go has the figures).
func BenchmarkDOCX60Pages(b *testing.B) {
	for _, layout := range []string{"tables", "paragraphs"} {
		data := benchDoc(layout == "tables")
		res := importFile("afspraken.docx", data, Options{})
		if res.report.Error != "" || len(res.agreements) != 150 {
			b.Fatalf("%s: %q, %d agreements", layout, res.report.Error, len(res.agreements))
		}
		b.Run(layout, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				importFile("afspraken.docx", data, Options{})
			}
		})
	}
}

// TestDOCXBenchDocument: the benchmark's documents hold the 150
// agreements where they were written.
func TestDOCXBenchDocument(t *testing.T) {
	for _, tables := range []bool{true, false} {
		data := benchDoc(tables)
		doc, _ := docxParts(data)
		t.Logf("tables=%v: %d bytes, word/document.xml %d bytes", tables, len(data), len(doc))
		res := importFile("afspraken.docx", data, Options{})
		if res.report.Error != "" || len(res.agreements) != 150 {
			t.Fatalf("tables=%v: %q, %d agreements", tables, res.report.Error, len(res.agreements))
		}
		last := res.agreements[149]
		if last.Number != "8.18" || last.ThemeRaw != "Thema 8" || last.Gemeente != "Amstelveen" || !strings.Contains(last.Text, " 160 sociale") {
			t.Errorf("tables=%v: last agreement %+v", tables, last)
		}
	}
}
