package importer

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"pakompas/importer/docx/docxtest"
)

// docWant is one expected agreement: gemeente, theme, number, text, owner,
// due, and the source sheet and row.
type docWant struct {
	gem, theme, num, text, owner, due, sheet string
	row                                      int
}

func (w docWant) String() string {
	return fmt.Sprintf("%s|%s|%s|%q|%s|%s|%s:%d", w.gem, w.theme, w.num, w.text, w.owner, w.due, w.sheet, w.row)
}

// importDoc imports a document and requires no error.
func importDoc(t *testing.T, name string, data []byte) fileResult {
	t.Helper()
	res := importFile(name, data, Options{})
	if res.report.Error != "" {
		t.Fatalf("%s: %s (%s)", name, res.report.Error, res.report.ErrorKind)
	}
	if res.report.Format != "docx" {
		t.Errorf("%s: format %q, want docx", name, res.report.Format)
	}
	return res
}

// checkDocAgreements requires exactly the agreements ws, in order.
func checkDocAgreements(t *testing.T, res fileResult, ws []docWant) {
	t.Helper()
	var got, exp []string
	for _, a := range res.agreements {
		got = append(got, docWant{a.Gemeente, a.ThemeRaw, a.Number, a.Text, a.Owner, a.Due, a.Source.Sheet, a.Source.Row}.String())
	}
	for _, w := range ws {
		exp = append(exp, w.String())
	}
	if !reflect.DeepEqual(got, exp) {
		t.Errorf("agreements:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(exp, "\n"))
	}
}

// TestDOCXMergedThemeRows: one table under a title paragraph naming the
// gemeente, the Thema cells merged down (vMerge), a section row merged
// across the table (gridSpan), a cell of two paragraphs.
func TestDOCXMergedThemeRows(t *testing.T) {
	d := &docxtest.Doc{}
	d.Para("Titel", "Prestatieafspraken 2025 gemeente Amstelveen")
	d.Para("", "Deze afspraken maakten gemeente, corporatie en huurders samen.")
	d.Table(
		docxtest.Row("Nr", "Thema", "Afspraak", "Trekker", "Planning"),
		docxtest.Row("1.1", docxtest.Cell{Text: "Betaalbaarheid", VMerge: "restart"}, "De corporatie verhoogt per 1 juli 2025 de huren met maximaal de inflatie.", "Corporatie", "Q3 2025"),
		docxtest.Row("1.2", docxtest.Cell{VMerge: "continue"}, "De corporatie voorkomt huisuitzettingen:\n\n• vroegsignalering;\n\n• betalingsregelingen.", "Corporatie", "doorlopend"),
		docxtest.Row(docxtest.Cell{Text: "Overige afspraken", Span: 5}),
		docxtest.Row("2.1", docxtest.Cell{Text: "Duurzaamheid", VMerge: "restart"}, "De gemeente stelt in 2026 de warmtevisie vast.", "Gemeente", "2026"),
	)
	res := importDoc(t, "afspraken.docx", d.Bytes())
	checkDocAgreements(t, res, []docWant{
		{"Amstelveen", "Betaalbaarheid", "1.1", "De corporatie verhoogt per 1 juli 2025 de huren met maximaal de inflatie.", "Corporatie", "2025-Q3", "tabel 1", 2},
		{"Amstelveen", "Betaalbaarheid", "1.2", "De corporatie voorkomt huisuitzettingen:\nvroegsignalering;\nbetalingsregelingen.", "Corporatie", "", "tabel 1", 3},
		{"Amstelveen", "Duurzaamheid", "2.1", "De gemeente stelt in 2026 de warmtevisie vast.", "Gemeente", "2026", "tabel 1", 5},
	})
	sh := res.report.Sheets
	if len(sh) != 1 || sh[0].Name != "tabel 1" || !sh[0].Read || sh[0].HeaderRow != 1 || sh[0].Agreements != 3 {
		t.Errorf("sheets %+v, want tabel 1 read from header row 1 with 3 agreements", sh)
	}
}

// TestDOCXTablePerTheme: a heading above each table is its theme.
func TestDOCXTablePerTheme(t *testing.T) {
	d := &docxtest.Doc{}
	d.Para("Titel", "Jaarschijf 2025 De Ronde Venen")
	for i, theme := range []string{"Betaalbaarheid", "Wonen en zorg"} {
		d.Para("Kop1", fmt.Sprintf("%d. %s", i+1, theme))
		d.Table(
			docxtest.Row("Nr", "Afspraak", "Wie", "Wanneer"),
			docxtest.Row("1", theme+": de eerste afspraak.", "Gemeente", "2025"),
			docxtest.Row("2", theme+": de tweede afspraak.", "Corporatie", "eind 2026"),
		)
	}
	res := importDoc(t, "jaarschijf.docx", d.Bytes())
	checkDocAgreements(t, res, []docWant{
		{"De Ronde Venen", "Betaalbaarheid", "1", "Betaalbaarheid: de eerste afspraak.", "Gemeente", "2025", "tabel 1", 2},
		{"De Ronde Venen", "Betaalbaarheid", "2", "Betaalbaarheid: de tweede afspraak.", "Corporatie", "2026", "tabel 1", 3},
		{"De Ronde Venen", "Wonen en zorg", "1", "Wonen en zorg: de eerste afspraak.", "Gemeente", "2025", "tabel 2", 2},
		{"De Ronde Venen", "Wonen en zorg", "2", "Wonen en zorg: de tweede afspraak.", "Corporatie", "2026", "tabel 2", 3},
	})
}

// TestDOCXWordNumbering: headings numbered by their style, agreements in
// a Word list whose numbers are resolved, bullets under an agreement
// continue it, prose and the introduction are skipped and reported.
func TestDOCXWordNumbering(t *testing.T) {
	d := &docxtest.Doc{}
	d.Para("Titel", "Prestatieafspraken Amstelveen 2025-2028")
	d.Para("Kop1", "Vooraf")
	d.Para("", "Partijen maken deze afspraken op basis van het bod van de corporatie.")
	d.NumPara(docxtest.ListBullet, 0, "de gemeente Amstelveen;")
	d.Para("NumKop1", "Betaalbaarheid")
	d.Para("", "Betaalbaar wonen blijft de eerste opgave.")
	d.NumPara(docxtest.ListHeadings, 1, "De corporatie verhoogt de huren met maximaal de inflatie.")
	d.NumPara(docxtest.ListHeadings, 1, "De corporatie bouwt in 2026:")
	d.NumPara(docxtest.ListBullet, 1, "40 eengezinswoningen;")
	d.NumPara(docxtest.ListBullet, 1, "20 appartementen.")
	d.Para("NumKop1", "Duurzaamheid")
	d.NumPara(docxtest.ListHeadings, 1, "Partijen onderzoeken de mogelijkheden van een warmtenet.")
	res := importDoc(t, "pa.docx", d.Bytes())
	checkDocAgreements(t, res, []docWant{
		{"Amstelveen", "Betaalbaarheid", "1.1", "De corporatie verhoogt de huren met maximaal de inflatie.", "", "", "§ 1. Betaalbaarheid", 7},
		{"Amstelveen", "Betaalbaarheid", "1.2", "De corporatie bouwt in 2026:\n40 eengezinswoningen;\n20 appartementen.", "", "", "§ 1. Betaalbaarheid", 8},
		{"Amstelveen", "Duurzaamheid", "2.1", "Partijen onderzoeken de mogelijkheden van een warmtenet.", "", "", "§ 2. Duurzaamheid", 12},
	})
	var sheets []string
	for _, s := range res.report.Sheets {
		sheets = append(sheets, fmt.Sprintf("%s read=%v n=%d", s.Name, s.Read, s.Agreements))
	}
	wantSheets := []string{"§ (voor de eerste kop) read=false n=0", "§ Vooraf read=false n=0", "§ 1. Betaalbaarheid read=true n=2", "§ 2. Duurzaamheid read=true n=1"}
	if !reflect.DeepEqual(sheets, wantSheets) {
		t.Errorf("sheets %q, want %q", sheets, wantSheets)
	}
	var skipped []string
	for _, s := range res.report.Skipped {
		skipped = append(skipped, fmt.Sprintf("%d %s", s.Row, s.Reason))
	}
	wantSkipped := []string{"1 titel", "2 kop: thema 'Vooraf'", "3 inleiding of toelichting", "4 inleiding of toelichting",
		"5 kop: thema 'Betaalbaarheid'", "6 lopende tekst (geen genummerde afspraak)", "11 kop: thema 'Duurzaamheid'"}
	if !reflect.DeepEqual(skipped, wantSkipped) {
		t.Errorf("skipped %q, want %q", skipped, wantSkipped)
	}
}

// TestDOCXTypedNumbers: numbers typed before the text ("3. Duurzaamheid",
// "3.1 De corporatie …") without Word lists; a list under an unnumbered
// heading numbered 1, 2 per section.
func TestDOCXTypedNumbers(t *testing.T) {
	d := (&docxtest.Doc{}).Paras(
		"", "Jaarafspraken 2025 gemeente De Ronde Venen",
		"", "In dit document staan de afspraken voor 2025.",
		"", "3. Duurzaamheid",
		"", "3.1 De corporatie isoleert in 2025 120 woningen naar label B.",
		"", "3.2. Partijen streven naar zo veel mogelijk zonnepanelen.",
		"", "Toelichting: de isolatie volgt het meerjarenplan.",
		"Kop2", "Leefbaarheid",
		"", "1. De corporatie zet een wijkbeheerder in.",
		"", "2) De gemeente houdt twee keer per jaar een schouw.")
	res := importDoc(t, "jaarafspraken.docx", d.Bytes())
	checkDocAgreements(t, res, []docWant{
		{"De Ronde Venen", "Duurzaamheid", "3.1", "De corporatie isoleert in 2025 120 woningen naar label B.", "", "", "§ 3. Duurzaamheid", 4},
		{"De Ronde Venen", "Duurzaamheid", "3.2", "Partijen streven naar zo veel mogelijk zonnepanelen.", "", "", "§ 3. Duurzaamheid", 5},
		{"De Ronde Venen", "Leefbaarheid", "1", "De corporatie zet een wijkbeheerder in.", "", "", "§ Leefbaarheid", 8},
		{"De Ronde Venen", "Leefbaarheid", "2", "De gemeente houdt twee keer per jaar een schouw.", "", "", "§ Leefbaarheid", 9},
	})
}

// TestDOCXMixed: prose and a numbered list around a table of agreements:
// the table is read, the paragraphs are not.
func TestDOCXMixed(t *testing.T) {
	d := &docxtest.Doc{}
	d.Para("Kop1", "Inleiding")
	d.Para("", "Gemeente Amstelveen en de corporatie werken samen.")
	d.NumPara(docxtest.ListDecimal, 0, "Dit is een genummerde overweging.")
	d.Table(docxtest.Row("Ondertekening"), docxtest.Row("namens de gemeente"))
	d.Table(
		docxtest.Row("Afspraak", "Trekker"),
		docxtest.Row("De corporatie levert in 2026 48 woningen op.", "Corporatie"),
	)
	res := importDoc(t, "mix.docx", d.Bytes())
	checkDocAgreements(t, res, []docWant{
		{"Amstelveen", "", "", "De corporatie levert in 2026 48 woningen op.", "Corporatie", "", "tabel 2", 2},
	})
	if sh := res.report.Sheets; len(sh) != 2 || sh[0].Read || !sh[1].Read {
		t.Errorf("sheets %+v, want tabel 1 skipped and tabel 2 read", sh)
	}
}

// TestDOCXNoAgreements: a letter without a table or numbered agreements
// is no_table, with a message about Word.
func TestDOCXNoAgreements(t *testing.T) {
	d := &docxtest.Doc{}
	d.Para("", "Geachte heer, mevrouw,")
	d.Para("", "Hierbij ontvangt u het bod van de corporatie.")
	res := importFile("brief.docx", d.Bytes(), Options{})
	if res.report.ErrorKind != ErrNoTable || !strings.Contains(res.report.Error, "Word-document") {
		t.Errorf("error %q (%s), want no_table about the Word document", res.report.Error, res.report.ErrorKind)
	}
}

// TestDOCXLibreOffice: documents LibreOffice wrote (soffice --convert-to
// docx from the .html beside them in testdata/docx): its numbered lists
// under Heading 1, and its table with a rowspan and a colspan.
func TestDOCXLibreOffice(t *testing.T) {
	const gem = "De Ronde Venen"
	lijst, err := os.ReadFile("testdata/docx/lo-lijst.docx")
	if err != nil {
		t.Fatal(err)
	}
	checkDocAgreements(t, importDoc(t, "lo-lijst.docx", lijst), []docWant{
		{gem, "Betaalbaarheid", "1", "De corporatie verhoogt per 1 juli 2025 de huren met maximaal de inflatie.", "", "", "§ 1. Betaalbaarheid", 5},
		{gem, "Betaalbaarheid", "2", "Partijen gaan met elkaar in gesprek over de woonlasten.", "", "", "§ 1. Betaalbaarheid", 6},
		{gem, "Duurzaamheid", "1", "De corporatie isoleert in 2025 80 woningen in Mijdrecht naar label B.", "", "", "§ 2. Duurzaamheid", 9},
		{gem, "Duurzaamheid", "2", "De gemeente stelt uiterlijk 31 december 2025 de warmtevisie vast.", "", "", "§ 2. Duurzaamheid", 10},
		{gem, "Duurzaamheid", "3", "Gemeente en corporatie onderzoeken de mogelijkheden van aquathermie.", "", "", "§ 2. Duurzaamheid", 11},
	})
	tabel, err := os.ReadFile("testdata/docx/lo-tabel.docx")
	if err != nil {
		t.Fatal(err)
	}
	checkDocAgreements(t, importDoc(t, "lo-tabel.docx", tabel), []docWant{
		{gem, "Betaalbaarheid", "1.1", "De corporatie verhoogt per 1 juli 2025 de huren met maximaal de inflatie.", "Corporatie", "2025-Q3", "tabel 1", 2},
		{gem, "Betaalbaarheid", "1.2", "Partijen gaan met elkaar in gesprek over de woonlasten.", "Allen", "", "tabel 1", 3},
		{gem, "Duurzaamheid", "2.1", "De corporatie isoleert in 2025 80 woningen in Mijdrecht naar label B.", "Corporatie", "2025", "tabel 1", 5},
	})
}

// TestDOCXReportText: the readable report names Word tables and headings
// as they are, counts paragraphs ("alinea") and says what a heading
// without agreements held.
func TestDOCXReportText(t *testing.T) {
	d := (&docxtest.Doc{}).Paras("Titel", "Prestatieafspraken Amstelveen", "Kop1", "Vooraf", "", "Dit is de inleiding.",
		"", "3. Duurzaamheid", "", "3.1 De corporatie isoleert 80 woningen.", "", "Een toelichting.")
	res := importDoc(t, "pa.docx", d.Bytes())
	rep := Report{Files: []FileReport{res.report}}
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"§ Vooraf": geen genummerde afspraken: 2 alinea's overgeslagen (kop; inleiding of toelichting)`,
		`"§ 3. Duurzaamheid": kop in alinea 4, 1 afspraken`,
		`overgeslagen alinea 6: lopende tekst (geen genummerde afspraak)`,
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}
