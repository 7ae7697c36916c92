package workbook

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pakompas/importer/corpus"
)

// writeDemo writes the demo workbook into a temporary folder and reopens it.
func writeDemo(t *testing.T) (string, *excelize.File, Input) {
	t.Helper()
	in := demoInput()
	path := filepath.Join(t.TempDir(), "evaluatie.xlsx")
	if err := Write(path, in, Options{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return path, f, in
}

func TestSheetsInOrder(t *testing.T) {
	_, f, _ := writeDemo(t)
	want := []string{"Samenvatting", "Betaalbaarheid", "Beschikbaarheid en nieuwbouw", "Duurzaamheid", "Wonen en zorg",
		"Leefbaarheid", "Bijzondere doelgroepen", "Kwaliteit en onderhoud", "Samenwerking en proces", "Overig",
		"Alle afspraken", "Ontbrekend", "Importverslag", "Toelichting"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets:\n got %q\nwant %q", got, want)
	}
	if f.GetActiveSheetIndex() != 0 {
		t.Errorf("active sheet %d, want Samenvatting", f.GetActiveSheetIndex())
	}
}

// expectedRow renders agreement a as GetRows reads it back.
func expectedRow(a *Agreement) []string {
	vals := make([]any, len(allColumns))
	agreementRow(vals, allColumns, a)
	out := make([]string, len(vals))
	for i, v := range vals {
		if v != nil {
			out[i] = fmt.Sprint(v)
		}
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

func TestAllAgreementsSheet(t *testing.T) {
	_, f, in := writeDemo(t)
	rows, err := f.GetRows(sheetAll)
	if err != nil {
		t.Fatal(err)
	}
	var headers []string
	for _, c := range allColumns {
		headers = append(headers, c.header)
	}
	wantHeaders := []string{"Gemeente", "Thema (nationaal)", "Thema (lokaal)", "Nr", "Afspraak", "Trekker", "Rol", "Termijn",
		"Status", "Type", "Regulier werk", "Wie", "Wat", "Hoeveel", "Wanneer", "Vaag (automatisch)", "Nakijken", "Oordeel adviseur",
		"Notitie", "Signaalwoorden", "Regels", "Bestand", "Blad", "Rij", "Id"}
	if !slices.Equal(headers, wantHeaders) || !slices.Equal(rows[0], wantHeaders) {
		t.Fatalf("header row %q", rows[0])
	}
	if len(rows) != len(in.Agreements)+1 {
		t.Fatalf("%d rows, want %d agreements + header", len(rows), len(in.Agreements))
	}
	for i := range in.Agreements {
		a := &in.Agreements[i]
		if got, want := rows[i+1], expectedRow(a); !slices.Equal(got, want) {
			t.Errorf("row %d:\n got %q\nwant %q", i+2, got, want)
		}
		if rows[i+1][allColID-1] != a.ID {
			t.Errorf("row %d: id %q, want %q", i+2, rows[i+1][allColID-1], a.ID)
		}
	}
	// A spot check with literal values, so the test does not only compare
	// the code with itself.
	r := rows[4] // Uithoorn 2.2
	for col, want := range map[int]string{1: "Uithoorn", 2: "Beschikbaarheid en nieuwbouw", 3: "Voldoende woningen", 4: "2.2",
		7: "Gezamenlijk", 10: "proces", 11: "", 12: "ja", 13: "nee", 14: "nee", 15: "nee", 16: "ja", 17: "", 18: "twijfel",
		19: "Vragen naar de locatielijst van de gemeente.", 20: "onderzoeken de mogelijkheden", 21: "onderzoek",
		22: "invoer/prestatieafspraken_uithoorn_2025.xlsx", 23: "Afspraken", 24: "8", 25: "Uit-2.2"} {
		if r[col-1] != want {
			t.Errorf("Uithoorn 2.2, column %s: %q, want %q", allColumns[col-1].header, r[col-1], want)
		}
	}
	// Rij is a number, Nr text.
	if typ, _ := f.GetCellType(sheetAll, "X2"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("Rij cell type %v, want a number", typ)
	}
	if typ, _ := f.GetCellType(sheetAll, "D2"); typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
		t.Errorf("Nr cell type %v, want text", typ)
	}

	panes, err := f.GetPanes(sheetAll)
	if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
		t.Errorf("panes %+v, %v: want the header row frozen", panes, err)
	}
	if w, _ := f.GetColWidth(sheetAll, colName(allColText)); w != 50 {
		t.Errorf("Afspraak width %v, want 50", w)
	}
	style, _ := f.GetCellStyle(sheetAll, cell(allColText, 2))
	if s, _ := f.GetStyle(style); s == nil || s.Alignment == nil || !s.Alignment.WrapText {
		t.Errorf("Afspraak cell does not wrap: %+v", s)
	}
}

func TestAllAgreementsTableValidationFormats(t *testing.T) {
	_, f, in := writeDemo(t)
	last := len(in.Agreements) + 1

	tables, err := f.GetTables(sheetAll)
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) != 1 || tables[0].Name != tableAll || tables[0].Range != fmt.Sprintf("A1:Y%d", last) {
		t.Fatalf("tables %+v, want %s over A1:Y%d", tables, tableAll, last)
	}

	dvs, err := f.GetDataValidations(sheetAll)
	if err != nil {
		t.Fatal(err)
	}
	if len(dvs) != 1 {
		t.Fatalf("%d data validations, want 1 (dropped after Flush?)", len(dvs))
	}
	dv := dvs[0]
	if dv.Sqref != fmt.Sprintf("R2:R%d", last) || dv.Type != "list" || !strings.Contains(dv.Formula1, "vaag,niet vaag,twijfel") {
		t.Errorf("validation %s %s %s, want a list vaag,niet vaag,twijfel on R2:R%d", dv.Sqref, dv.Type, dv.Formula1, last)
	}
	if !dv.AllowBlank || !dv.ShowErrorMessage {
		t.Errorf("validation should allow blanks and stop wrong input: %+v", dv)
	}

	cfs, err := f.GetConditionalFormats(sheetAll)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{
		fmt.Sprintf("P2:P%d", last): 1, // vaag (automatisch) = ja
		fmt.Sprintf("R2:R%d", last): 3, // vaag, niet vaag, twijfel
		fmt.Sprintf("E2:E%d", last): 1, // the text, when effectively vague
	}
	if len(cfs) != len(want) {
		t.Errorf("conditional formats on %d ranges, want %d: %v", len(cfs), len(want), cfs)
	}
	for ref, n := range want {
		if len(cfs[ref]) != n {
			t.Errorf("range %s: %d rules, want %d", ref, len(cfs[ref]), n)
		}
	}
	if rules := cfs[fmt.Sprintf("R2:R%d", last)]; len(rules) == 3 {
		var vals []string
		for _, r := range rules {
			vals = append(vals, r.Value)
		}
		if !slices.Equal(vals, []string{`"vaag"`, `"niet vaag"`, `"twijfel"`}) {
			t.Errorf("verdict rules %q", vals)
		}
	}
	if rules := cfs[fmt.Sprintf("E2:E%d", last)]; len(rules) == 1 &&
		(rules[0].Type != "formula" || !strings.Contains(rules[0].Criteria, `$R2="vaag"`)) {
		t.Errorf("text rule %+v", rules[0])
	}
}

func TestChartsInPackage(t *testing.T) {
	path, f, in := writeDemo(t)
	parts := zipParts(t, path)
	c1, c2 := parts["xl/charts/chart1.xml"], parts["xl/charts/chart2.xml"]
	if c1 == "" || c2 == "" {
		t.Fatalf("chart parts missing; have %v", keys(parts))
	}
	if !strings.Contains(c1, `<barDir val="bar">`) || !strings.Contains(c1, `<grouping val="clustered">`) ||
		!strings.Contains(c1, "Samenvatting&#39;!$E$9:$E$12") || !strings.Contains(c1, "Samenvatting&#39;!$A$9:$A$12") {
		t.Errorf("chart1 is not a clustered bar chart of Vaag %% per gemeente:\n%s", c1)
	}
	if !strings.Contains(c2, `<grouping val="stacked">`) || strings.Count(c2, "<ser>") != len(in.RoleLabels) {
		t.Errorf("chart2 is not a stacked bar chart with one series per role")
	}
	if !strings.Contains(parts["xl/worksheets/sheet1.xml"], "<drawing ") {
		t.Errorf("Samenvatting has no drawing element: the charts would not show")
	}
	if d := parts["xl/drawings/drawing1.xml"]; strings.Count(d, "<c:chart ") != 2 {
		t.Errorf("drawing1 anchors %d charts, want 2:\n%s", strings.Count(d, "<c:chart "), d)
	}
	// The chart data: the table per gemeente, in Gemeenten order.
	for i, g := range in.Gemeenten {
		if v, _ := f.GetCellValue(sheetSummary, cell(1, sumFirstTable+1+i)); v != g {
			t.Errorf("chart category row %d: %q, want %q", sumFirstTable+1+i, v, g)
		}
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func TestSummaryCounts(t *testing.T) {
	_, f, in := writeDemo(t)
	raw := excelize.Options{RawCellValue: true}
	// Uithoorn: 8 agreements; vague: 1.1 (auto), 2.2 (auto, twijfel keeps
	// it), 6.1 (auto and verdict vaag) = 3; resultaat 4.
	// Aalsmeer: 7; vague 1.1 only (3.2 overridden by niet vaag) = 1.
	want := map[string][3]string{
		"Uithoorn":     {"8", "3", "0.375"},
		"Aalsmeer":     {"7", "1", "0.142857142857142"}, // 15 digits, as Excel stores it
		"Landsmeer":    {"5", "2", "0.4"},
		"Ouder-Amstel": {"4", "2", "0.5"},
	}
	for i, g := range in.Gemeenten {
		row := sumFirstTable + 1 + i
		var got [3]string
		for k, col := range []int{sumColN, sumColVague, sumColShare} {
			got[k], _ = f.GetCellValue(sheetSummary, cell(col, row), raw)
		}
		if got != want[g] {
			t.Errorf("%s: N, vaag, share = %q, want %q", g, got, want[g])
		}
	}
	total := sumFirstTable + 1 + len(in.Gemeenten)
	if v, _ := f.GetCellValue(sheetSummary, cell(1, total)); v != allGemeenten {
		t.Errorf("total row label %q", v)
	}
	if v, _ := f.GetCellValue(sheetSummary, cell(sumColN, total)); v != "24" {
		t.Errorf("total N %q, want 24", v)
	}
	// The share is a number formatted as a percentage.
	if v, _ := f.GetCellValue(sheetSummary, cell(sumColShare, sumFirstTable+1)); v != "38%" {
		t.Errorf("Uithoorn share shows %q, want 38%%", v)
	}
	// Role mix: Uithoorn has 4 Corporatie, 3 Gezamenlijk, 1 Onbekend.
	var roles []string
	for i := range in.RoleLabels {
		v, _ := f.GetCellValue(sheetSummary, cell(sumColRoles+i, sumFirstTable+1))
		roles = append(roles, v)
	}
	if !slices.Equal(roles, []string{"4", "0", "0", "0", "3", "1"}) {
		t.Errorf("Uithoorn roles %q", roles)
	}
	hdr, _ := f.GetCellValue(sheetSummary, cell(sumColRoles, sumFirstTable))
	band, _ := f.GetCellValue(sheetSummary, cell(sumColRoles, sumFirstTable-1))
	if hdr != "Corporatie" || band != "Trekker (rol)" {
		t.Errorf("role header %q under band %q", hdr, band)
	}
	rows, _ := f.GetRows(sheetSummary)
	text := flatten(rows)
	for _, s := range []string{"14 november 2025, 16:30", "pakompas 0.4.0", "Per gemeente en thema", "Bronbestanden",
		"invoer/PA Aalsmeer jaarschijf 2025.xlsx", "Ouder-Amstel|Wonen en zorg|1|1|100%|0%|"} {
		if !strings.Contains(text, s) {
			t.Errorf("Samenvatting lacks %q", s)
		}
	}
	if strings.Contains(text, "Ouder-Amstel|Duurzaamheid") {
		t.Errorf("Ouder-Amstel has no Duurzaamheid agreements; no row expected")
	}
}

// flatten joins all cells, rows on lines, cells by "|".
func flatten(rows [][]string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "|"))
		b.WriteByte('\n')
	}
	return b.String()
}

// themeCell returns the value and style of the cell for gemeente g on data
// row r (0-based) of a theme sheet.
func themeCell(t *testing.T, f *excelize.File, sheet string, g, r int) (string, *excelize.Style) {
	t.Helper()
	ref := cell(g+2, themeHeaderRow+1+r)
	v, err := f.GetCellValue(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := f.GetCellStyle(sheet, ref)
	s, _ := f.GetStyle(id)
	return v, s
}

func fillOf(s *excelize.Style) string {
	if s == nil || len(s.Fill.Color) == 0 {
		return ""
	}
	c := strings.ToUpper(s.Fill.Color[0])
	if len(c) == 8 { // ARGB
		c = c[2:]
	}
	return c
}

func TestThemeSheets(t *testing.T) {
	_, f, in := writeDemo(t)
	const (
		uit, aal, lan, oud = 0, 1, 2, 3
	)
	// Header: Aanwezig, then the gemeenten.
	rows, _ := f.GetRows("Duurzaamheid")
	if got := rows[themeHeaderRow-1]; !slices.Equal(got, append([]string{"Aanwezig"}, in.Gemeenten...)) {
		t.Fatalf("header %q", got)
	}
	// Row 1: the label group, in three gemeenten, missing in Ouder-Amstel.
	if v, _ := f.GetCellValue("Duurzaamheid", cell(1, themeHeaderRow+1)); v != "3 van 4" {
		t.Errorf("Aanwezig %q, want 3 van 4", v)
	}
	v, s := themeCell(t, f, "Duurzaamheid", oud, 0)
	if v != gapText || s.Font == nil || !s.Font.Italic || !strings.EqualFold(s.Font.Color, colGrey) {
		t.Errorf("gap cell %q style %+v, want grey italic %q", v, s.Font, gapText)
	}
	if v, _ := themeCell(t, f, "Duurzaamheid", uit, 0); v != "3.1 Eind 2028 heeft geen enkele woning van de corporatie nog een E-, F- of G-label." {
		t.Errorf("Uithoorn cell %q", v)
	}
	// Row 2: Aalsmeer's zonnepanelen (auto vague, verdict niet vaag): no
	// red; the other gemeenten are empty there (not a group row).
	v, s = themeCell(t, f, "Duurzaamheid", aal, 1)
	if !strings.HasPrefix(v, "3.2 De corporatie streeft") || fillOf(s) == colVague {
		t.Errorf("Aalsmeer 3.2 %q fill %q: the verdict niet vaag must clear the red", v, fillOf(s))
	}
	if v, _ := themeCell(t, f, "Duurzaamheid", uit, 1); v != "" {
		t.Errorf("empty cell on a row without group reads %q", v)
	}
	// Betaalbaarheid row 1: the vague conversation in all four, red.
	for g := range in.Gemeenten {
		v, s := themeCell(t, f, "Betaalbaarheid", g, 0)
		if !strings.Contains(v, "in gesprek over de betaalbaarheid") || fillOf(s) != colVague {
			t.Errorf("Betaalbaarheid %s: %q fill %q, want the vague conversation in red", in.Gemeenten[g], v, fillOf(s))
		}
	}
	// Wonen en zorg: Uithoorn 6.1 is vague by verdict and automatically.
	if _, s := themeCell(t, f, "Wonen en zorg", uit, 0); fillOf(s) != colVague {
		t.Errorf("Uithoorn 6.1 not red")
	}
	// Samenwerking: the doorstroming plan; Aalsmeer has it under
	// Beschikbaarheid, Landsmeer lacks it.
	if v, _ := themeCell(t, f, "Samenwerking en proces", aal, 0); v != otherThemeText {
		t.Errorf("Aalsmeer in Samenwerking %q, want %q", v, otherThemeText)
	}
	if v, _ := themeCell(t, f, "Samenwerking en proces", lan, 0); v != gapText {
		t.Errorf("Landsmeer in Samenwerking %q, want %q", v, gapText)
	}
	if v, _ := f.GetCellValue("Samenwerking en proces", cell(1, themeHeaderRow+1)); v != "3 van 4" {
		t.Errorf("Samenwerking Aanwezig %q, want 3 van 4 (Aalsmeer counts)", v)
	}
	panes, _ := f.GetPanes("Duurzaamheid")
	if !panes.Freeze || panes.XSplit != 1 || panes.YSplit != themeHeaderRow {
		t.Errorf("theme panes %+v, want header and column A frozen", panes)
	}
	if w, _ := f.GetColWidth("Duurzaamheid", "C"); w < 30 {
		t.Errorf("gemeente column width %v", w)
	}
}

func TestFormulaLikeTextStaysText(t *testing.T) {
	_, f, _ := writeDemo(t)
	rows, _ := f.GetRows(sheetAll)
	find := func(s string) string {
		for r, row := range rows {
			for c, v := range row {
				if v == s {
					return cell(c+1, r+1)
				}
			}
		}
		t.Fatalf("%q not found on %s", s, sheetAll)
		return ""
	}
	for _, s := range []string{formulaText, formulaNote, plusText, minusText, atOwner} {
		ref := find(s)
		formula, err := f.GetCellFormula(sheetAll, ref)
		if err != nil || formula != "" {
			t.Errorf("%s %q: formula %q, %v", ref, s, formula, err)
		}
		typ, _ := f.GetCellType(sheetAll, ref)
		if typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
			t.Errorf("%s %q: cell type %v, want a string", ref, s, typ)
		}
	}
	// No cell anywhere in the workbook is a formula.
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				if fm, _ := f.GetCellFormula(sheet, cell(c+1, r+1)); fm != "" {
					t.Errorf("%s!%s holds formula %q", sheet, cell(c+1, r+1), fm)
				}
			}
		}
	}
	// Also on a theme sheet (normal text cells there are streamed too).
	v, _ := f.GetCellValue("Beschikbaarheid en nieuwbouw", cell(5, themeHeaderRow+2))
	if !strings.Contains(v, formulaText) {
		t.Fatalf("Ouder-Amstel beschikbaarheid cell %q", v)
	}
	if fm, _ := f.GetCellFormula("Beschikbaarheid en nieuwbouw", cell(5, themeHeaderRow+2)); fm != "" {
		t.Errorf("theme cell has formula %q", fm)
	}
}

func TestMissingSheet(t *testing.T) {
	_, f, _ := writeDemo(t)
	rows, _ := f.GetRows(sheetMissing)
	want := [][]string{
		{"Thema", "Afspraak", "Aanwezig in", "Ontbreekt in", "Aantal aanwezig", "Aantal ontbreekt"},
		{"Beschikbaarheid en nieuwbouw", "Partijen stellen vóór 1 juli 2025 samen een plan van aanpak doorstroming vast.",
			"Uithoorn, Aalsmeer, Ouder-Amstel", "Landsmeer", "3", "1"},
		{"Duurzaamheid", "Eind 2028 heeft geen enkele woning van de corporatie nog een E-, F- of G-label.",
			"Uithoorn, Aalsmeer, Landsmeer", "Ouder-Amstel", "3", "1"},
		{"Bijzondere doelgroepen", "De corporatie wijst jaarlijks minimaal 12 woningen toe aan vergunninghouders.",
			"Uithoorn, Aalsmeer", "Landsmeer, Ouder-Amstel", "2", "2"},
	}
	if len(rows) != len(want) {
		t.Fatalf("Ontbrekend has %d rows, want %d: %q", len(rows), len(want), rows)
	}
	for i := range want {
		if !slices.Equal(rows[i], want[i]) {
			t.Errorf("row %d:\n got %q\nwant %q", i+1, rows[i], want[i])
		}
	}
	tables, _ := f.GetTables(sheetMissing)
	if len(tables) != 1 || tables[0].Range != "A1:F4" {
		t.Errorf("Ontbrekend tables %+v", tables)
	}
}

func TestReportAndExplanation(t *testing.T) {
	_, f, _ := writeDemo(t)
	rows, _ := f.GetRows(sheetReport)
	text := flatten(rows)
	for _, s := range []string{
		"6 bestanden: 4 gelezen, 1 niet gelezen (fout), 1 genegeerd; 24 afspraken.",
		"invoer/oud/Uithoorn 2021.xls|fout|",
		"oud Excel-formaat (.xls): sla het bestand op als .xlsx",
		"invoer/~$prestatieafspraken_uithoorn_2025.xlsx|genegeerd",
		"invoer/PA Aalsmeer jaarschijf 2025.xlsx|Voorblad|nee||0|geen tabel met afspraken",
		`C "Afspraak" → afspraak`, `G "Opmerking" → niet gebruikt`,
		"invoer/landsmeer_monitor.csv|(csv)|1–2|2|titel of tussenkop",
		"|Afspraken|3|1|lege rij",
		"let op||||kolom Planning",
		"Verweesde oordelen", "Uit-7.3|Uithoorn|7.3|niet vaag|Vervallen in jaarschijf 2025.|De corporatie sloopt 40 woningen",
	} {
		if !strings.Contains(text, s) {
			t.Errorf("Importverslag lacks %q", s)
		}
	}
	rows, _ = f.GetRows(sheetExplain)
	text = flatten(rows)
	for _, s := range []string{
		"pakompas 0.4.0, werkmap gemaakt op 14 november 2025, 16:30.",
		"Vaag|Een afspraak is vaag als",
		"Corporatie, Gemeente, Huurders, Zorg/welzijn, Gezamenlijk en Onbekend",
		"Gereed, Op schema, Risico, Vertraagd, Niet gestart, Vervallen en Onbekend",
		"in-gesprek|procesafspraak zonder resultaat: %s|proces|in gesprek | gaan … in gesprek | overleg voeren|Partijen spreken af",
		"Duurzaamheid|verduurzaming, energietransitie, aardgasvrij|duurzaamheid",
		"Overig|wat niet te plaatsen is",
	} {
		if !strings.Contains(text, s) {
			t.Errorf("Toelichting lacks %q", s)
		}
	}
}

// TestPrintSetup: every sheet prints A4 landscape, fitted to the page
// width (as many pages down as it takes), with rows repeated on every
// page; theme sheets also repeat column Aanwezig.
func TestPrintSetup(t *testing.T) {
	_, f, _ := writeDemo(t)
	titles := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles[dn.Scope] = dn.RefersTo
		}
	}
	for _, sheet := range f.GetSheetList() {
		pl, err := f.GetPageLayout(sheet)
		if err != nil || pl.Orientation == nil || *pl.Orientation != "landscape" || pl.Size == nil || *pl.Size != 9 {
			t.Errorf("%s: page layout %+v %v, want A4 landscape", sheet, pl, err)
			continue
		}
		if pl.FitToWidth == nil || *pl.FitToWidth != 1 || pl.FitToHeight == nil || *pl.FitToHeight != 0 {
			t.Errorf("%s: fit to %v wide, %v high; want 1 page wide, any number high", sheet, deref(pl.FitToWidth), deref(pl.FitToHeight))
		}
		props, err := f.GetSheetProps(sheet)
		if err != nil || props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: fit to page is off (%v): Excel would ignore the fit", sheet, err)
		}
		if titles[sheet] == "" {
			t.Errorf("%s: no rows repeated on every page", sheet)
		}
	}
	for sheet, want := range map[string]string{
		sheetAll:       "'Alle afspraken'!$1:$1",
		"Duurzaamheid": "'Duurzaamheid'!$A:$A,'Duurzaamheid'!$3:$3",
		sheetSummary:   "'Samenvatting'!$1:$1",
	} {
		if titles[sheet] != want {
			t.Errorf("%s: print titles %q, want %q", sheet, titles[sheet], want)
		}
	}
}

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestThemeSheetName(t *testing.T) {
	used := map[string]bool{"samenvatting": true}
	for _, c := range []struct{ in, want string }{
		{"Wonen/zorg: [ouderen]?", "Wonen-zorg- -ouderen--"},
		{"Samenvatting", "Samenvatting (2)"},
		{"Een heel lang thema dat niet op een tabblad past", "Een heel lang thema dat niet op"},
		{"Een heel lang thema dat niet op een tabblad past, bis", "Een heel lang thema dat nie (2)"},
		{"'Overig'", "Overig"},
		{"history", "Thema history"},
		{"", "Thema"},
	} {
		got := themeSheetName(c.in, used)
		if got != c.want {
			t.Errorf("themeSheetName(%q) = %q, want %q", c.in, got, c.want)
		}
		if n := len([]rune(got)); n > 31 {
			t.Errorf("%q has %d characters", got, n)
		}
	}
}

func TestEmptyInput(t *testing.T) {
	path := filepath.Join(t.TempDir(), "leeg.xlsx")
	in := Input{Themes: demoThemes, RoleLabels: demoRoles, StatusLabels: demoStatuses}
	if err := Write(path, in, Options{}); err != nil {
		t.Fatal(err)
	}
	got, err := ReadBack(path)
	if err != nil || len(got) != 0 {
		t.Fatalf("ReadBack of an empty workbook: %v, %v", got, err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if want := []string{sheetSummary, sheetAll, sheetMissing, sheetReport, sheetExplain}; !slices.Equal(f.GetSheetList(), want) {
		t.Errorf("sheets %q, want %q", f.GetSheetList(), want)
	}
	if v, _ := f.GetCellValue(sheetReport, "A2"); v != "Geen importverslag beschikbaar." {
		t.Errorf("Importverslag A2 %q", v)
	}
}

func TestInvalidInput(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "fout.xlsx")
	in := demoInput()
	in.Agreements[3].ID = in.Agreements[1].ID
	err := Write(path, in, Options{})
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "twee keer") {
		t.Fatalf("duplicate id: %v", err)
	}
	in = demoInput()
	in.ThemeSheets[0].Rows[0].Cells[0] = []int{999}
	if err := Write(path, in, Options{}); err == nil || !strings.Contains(err.Error(), "999") {
		t.Fatalf("bad index: %v", err)
	}
	assertEmptyDir(t, dir)
	if err := Write(filepath.Join(dir, "evaluatie.xls"), demoInput(), Options{}); err == nil || !strings.Contains(err.Error(), ".xlsx") {
		t.Errorf("wrong extension: %v", err)
	}
	if err := Write(filepath.Join(dir, "geen-map", "e.xlsx"), demoInput(), Options{}); err == nil || !strings.Contains(err.Error(), "bestaat niet") {
		t.Errorf("missing folder: %v", err)
	}
	assertEmptyDir(t, dir)
}

func TestRowNumbersAreNumbers(t *testing.T) {
	_, f, in := writeDemo(t)
	for i := range in.Agreements {
		v, _ := f.GetCellValue(sheetAll, cell(columnIndex(allColumns, "Rij"), i+2))
		if n, err := strconv.Atoi(v); err != nil || n != in.Agreements[i].Row {
			t.Errorf("row %d: Rij %q, want %d", i+2, v, in.Agreements[i].Row)
		}
	}
}

func TestGapsOnWideSheets(t *testing.T) {
	in := Input{Themes: demoThemes[:1], RoleLabels: demoRoles, StatusLabels: demoStatuses}
	for i := range 20 {
		in.Gemeenten = append(in.Gemeenten, fmt.Sprintf("Gemeente %02d", i+1))
	}
	add := func(g int, text string) int {
		in.Agreements = append(in.Agreements, Agreement{ID: fmt.Sprintf("a%d", len(in.Agreements)),
			Gemeente: in.Gemeenten[g], ThemeKey: "betaalbaarheid", ThemeLabel: "Betaalbaarheid", Number: "1", Text: text})
		return len(in.Agreements) - 1
	}
	rare := AlignedRow{Group: "g-rare", Cells: make([][]int, 20)}
	common := AlignedRow{Group: "g-common", Cells: make([][]int, 20)}
	for g := range 2 {
		rare.Cells[g] = []int{add(g, "Zeldzame afspraak.")}
	}
	for g := range 15 {
		common.Cells[g] = []int{add(g, "Gangbare afspraak.")}
	}
	in.ThemeSheets = []ThemeSheet{{Key: "betaalbaarheid", Label: "Betaalbaarheid", Rows: []AlignedRow{rare, common}}}
	path := filepath.Join(t.TempDir(), "breed.xlsx")
	if err := Write(path, in, Options{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Betaalbaarheid", cell(1, themeHeaderRow+1)); v != "2 van 20" {
		t.Errorf("rare row Aanwezig %q", v)
	}
	if v, _ := themeCell(t, f, "Betaalbaarheid", 10, 0); v != "" {
		t.Errorf("a group in 2 of 20 gemeenten marks its gaps: %q", v)
	}
	if v, _ := themeCell(t, f, "Betaalbaarheid", 17, 1); v != gapText {
		t.Errorf("a group in 15 of 20 gemeenten: gap reads %q, want %q", v, gapText)
	}
}

func TestRowHeights(t *testing.T) {
	_, f, _ := writeDemo(t)
	// Uithoorn 2.2 on Alle afspraken (row 5): the text takes two lines of
	// the 60-wide column.
	if h, _ := f.GetRowHeight(sheetAll, 5); h < 2*lineHeight {
		t.Errorf("row 5 height %v, want room for two lines", h)
	}
	// The theme sheet: the Ouder-Amstel flexwoningen text takes three
	// lines of 40.
	if h, _ := f.GetRowHeight("Beschikbaarheid en nieuwbouw", themeHeaderRow+2); h < 3*lineHeight {
		t.Errorf("theme row height %v, want room for three lines", h)
	}
	for _, c := range []struct {
		s     string
		w     float64
		lines int
	}{
		{"", 10, 1},
		{"kort", 10, 1},
		{"een twee drie vier vijf", 10, 3}, // 11 characters a line
		{"regel een\nregel twee", 60, 2},
		{strings.Repeat("x", 30), 10, 3}, // a long word breaks
	} {
		if got := wrappedLines(c.s, c.w); got != c.lines {
			t.Errorf("wrappedLines(%q, %v) = %d, want %d", c.s, c.w, got, c.lines)
		}
	}
	if heightFor(1) != 0 || heightFor(3) != 3*lineHeight+2 || heightFor(1000) != maxRowHeight {
		t.Error("heightFor")
	}
}

// TestThemeSheetsPrintSevenGemeenten: with seven gemeenten a theme sheet
// fits one page width at a readable scale (its columns add up to no more
// than themePrintWidth), every cell of the table has a border (also the
// empty ones on rows of agreements that stand alone), column Aanwezig is
// filled on every row, and the title and legend span the table, so print
// cuts neither.
func TestThemeSheetsPrintSevenGemeenten(t *testing.T) {
	in := corpusInput(corpus.Options{Gemeenten: 7, PerGemeente: 40})
	if len(in.Gemeenten) != 7 {
		t.Fatalf("%d gemeenten", len(in.Gemeenten))
	}
	f := openFor(t, in, Intern)
	own, groups := 0, 0
	for _, ts := range in.ThemeSheets {
		sheet := ts.Label
		total := 0.0
		for c := 1; c <= 8; c++ {
			w, _ := f.GetColWidth(sheet, colName(c))
			total += w
		}
		if total > themePrintWidth || total < themePrintWidth-10 {
			t.Errorf("%s: columns %.0f wide, want just under %.0f", sheet, total, themePrintWidth)
		}
		merges, _ := f.GetMergeCells(sheet)
		var spans []string
		for _, m := range merges {
			spans = append(spans, m.GetStartAxis()+":"+m.GetEndAxis())
		}
		if !slices.Contains(spans, "A1:H1") || !slices.Contains(spans, "A2:H2") {
			t.Errorf("%s: merged %q, want the title and legend over A:H", sheet, spans)
		}
		if h, _ := f.GetRowHeight(sheet, 2); h < 2*lineHeight {
			t.Errorf("%s: legend row %.0f high, want room for its wrapped lines", sheet, h)
		}
		for r := range ts.Rows {
			row := themeHeaderRow + 1 + r
			v, _ := f.GetCellValue(sheet, cell(1, row))
			switch {
			case v == ownText && ts.Rows[r].Group == "":
				own++
			case strings.HasSuffix(v, " van 7") && ts.Rows[r].Group != "":
				groups++
			default:
				t.Errorf("%s row %d: Aanwezig %q (group %q)", sheet, row, v, ts.Rows[r].Group)
			}
			for c := 1; c <= 8; c++ {
				id, _ := f.GetCellStyle(sheet, cell(c, row))
				if s, _ := f.GetStyle(id); s == nil || len(s.Border) != 4 {
					t.Errorf("%s %s: no border", sheet, cell(c, row))
				}
			}
		}
	}
	if own == 0 || groups == 0 {
		t.Fatalf("%d rows of own agreements, %d group rows: the corpus does not test both", own, groups)
	}
}

func TestThemePagesAndHeadingSpan(t *testing.T) {
	for _, c := range []struct {
		ng, pages, span int
		width           float64
	}{
		{1, 1, 2, 40}, {4, 1, 5, 40}, {7, 1, 8, 25}, {8, 1, 9, 22}, {12, 1, 13, 22},
		{13, 2, 6, 22}, {342, 43, 6, 22},
	} {
		w := themeColWidth(c.ng)
		if p, s := themePages(c.ng), headingSpan(c.ng, w); w != c.width || p != c.pages || s != c.span {
			t.Errorf("%d gemeenten: columns %v, %d pages wide, heading over %d columns; want %v, %d, %d", c.ng, w, p, s, c.width, c.pages, c.span)
		}
		// One page wide, the whole sheet shrinks to the page at no less
		// than about half its size.
		if c.pages == 1 && themeColA+float64(c.ng)*w > 2*pageWidth+10 {
			t.Errorf("%d gemeenten: %.0f units on one page", c.ng, themeColA+float64(c.ng)*w)
		}
	}
}
