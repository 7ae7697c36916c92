package demo

import (
	"fmt"
	"strings"

	"pakompas/importer/docx/docxtest"
)

// buildDeRondeVenen writes the numbered-paragraph layout: Word numbers the
// theme headings (style "Genummerde kop 1": "1.", "2.") and the
// agreements under them ("1.1", "1.2"); a second line of an agreement's
// text is a bullet under it. Paragraphs are counted as the importer
// counts them (those with text) for the positions.
func buildDeRondeVenen(g Gemeente) (*Built, error) {
	d := &docxtest.Doc{}
	n := 0
	para := func(style, text string) int {
		d.Para(style, text)
		n++
		return n
	}
	para("Titel", "Prestatieafspraken "+g.Name+" 2025-2028")
	para("", "Gemeente "+g.Name+", "+Corporation+" en "+g.Tenants+".")
	vooraf := para("Kop1", "Vooraf")
	para("", "Partijen maken deze afspraken voor de jaren 2025 tot en met 2028. Zij gaan uit van de woonvisie van de gemeente en het bod van de corporatie.")
	para("", "Ieder jaar werken partijen de afspraken uit in een jaarschijf.")
	b := &Built{Sheets: []SheetInfo{
		{Name: noHeadingSection, Read: false},
		{Name: "§ Vooraf", Read: false, HeaderRow: vooraf},
	}}
	intro := map[string]string{
		"Betaalbaarheid": "Betaalbaar wonen voor huishoudens met een laag inkomen blijft de eerste opgave.",
		"Duurzaamheid":   "De verduurzaming volgt het meerjarenonderhoudsplan van de corporatie.",
	}
	section := 0
	for i, a := range g.Afspraken {
		if i == 0 || g.Afspraken[i-1].Theme != a.Theme {
			section++
			d.Para("NumKop1", a.Theme)
			n++
			b.Sheets = append(b.Sheets, SheetInfo{Name: fmt.Sprintf("§ %d. %s", section, a.Theme), Read: true, HeaderRow: n})
			if p, ok := intro[a.Theme]; ok {
				para("", p)
			}
		}
		lines := strings.Split(a.Text, "\n")
		d.NumPara(docxtest.ListHeadings, 1, lines[0])
		n++
		b.Pos = append(b.Pos, Pos{Sheet: b.Sheets[len(b.Sheets)-1].Name, Row: n})
		b.Sheets[len(b.Sheets)-1].Agreements++
		for _, l := range lines[1:] {
			d.NumPara(docxtest.ListBullet, 1, l)
			n++
		}
	}
	ond := para("Kop1", "Ondertekening")
	para("", "Aldus overeengekomen en getekend te Mijdrecht op 12 december 2024.")
	b.Sheets = append(b.Sheets, SheetInfo{Name: "§ Ondertekening", Read: false, HeaderRow: ond})
	b.Data = d.Bytes()
	return b, nil
}

// noHeadingSection is how the importer names the paragraphs before the
// first heading.
const noHeadingSection = "§ (voor de eerste kop)"
