package demo

import (
	"strings"

	"pakompas/importer/docx/docxtest"
)

// buildAmstelveen writes the Word table layout: title and introduction
// paragraphs, a heading, the table of agreements with the Thema cells
// merged down (vMerge) over each theme, and a signature table.
func buildAmstelveen(g Gemeente) (*Built, error) {
	d := &docxtest.Doc{}
	d.Para("Titel", "Prestatieafspraken 2025 gemeente "+g.Name)
	d.Para("", "Afspraken tussen gemeente "+g.Name+", "+Corporation+" en "+g.Tenants+" over het wonen in 2025.")
	d.Para("Kop1", "Vooraf")
	d.Para("", "Deze afspraken zijn de jaarschijf 2025 bij het convenant Wonen 2023-2027. Zij bouwen voort op het bod dat de corporatie op 1 juli 2024 deed.")
	d.Para("Kop1", "Afspraken 2025")
	rows := []string{docxtest.Grid(600, 1400, 3800, 1500, 1000, 900), docxtest.Row("Nr", "Thema", "Afspraak", "Trekker", "Planning", "Status")}
	b := &Built{}
	for i, a := range g.Afspraken {
		theme := docxtest.Cell{Text: a.Theme, VMerge: "restart"}
		if i > 0 && g.Afspraken[i-1].Theme == a.Theme {
			theme = docxtest.Cell{VMerge: "continue"}
		}
		rows = append(rows, docxtest.Row(a.Number, theme, textCell(a.Text), a.Owner, a.DueRaw, a.Status))
		b.Pos = append(b.Pos, Pos{Sheet: "tabel 1", Row: i + 2})
	}
	d.Table(rows...)
	d.Para("", "Ondertekening")
	d.Table(
		docxtest.Grid(3066, 3067, 3067),
		docxtest.Row("Gemeente "+g.Name, Corporation, g.Tenants),
		docxtest.Row("wethouder Wonen", "directeur-bestuurder", "voorzitter"),
	)
	b.Sheets = []SheetInfo{
		{Name: "tabel 1", Read: true, HeaderRow: 1, Agreements: len(g.Afspraken)},
		{Name: "tabel 2", Read: false},
	}
	b.Data = d.Bytes()
	return b, nil
}

// textCell is an Afspraak cell: lines starting with "• " are Word bullets
// under the paragraph before them.
func textCell(text string) docxtest.Cell {
	if !strings.Contains(text, "\n") {
		return docxtest.Cell{Text: text}
	}
	var x strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if rest, ok := strings.CutPrefix(line, "• "); ok {
			x.WriteString(docxtest.Paragraph("Lijstalinea", docxtest.ListBullet, 0, rest))
		} else {
			x.WriteString(docxtest.Paragraph("", -1, 0, line))
		}
	}
	return docxtest.Cell{XML: x.String()}
}
