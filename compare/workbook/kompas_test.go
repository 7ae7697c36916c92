package workbook

import (
	"archive/zip"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pakompas/compare"
	"pakompas/compare/kompas"
	"pakompas/compare/workbook/workbooktest"
	"pakompas/importer"
	"pakompas/importer/demo"
	"pakompas/importer/model"
)

// demoEvaluation analyses the demo set with cfg and the adviser's work.
func demoEvaluation(t *testing.T, cfg compare.Config, work compare.Judgements) *compare.Evaluation {
	t.Helper()
	e, err := compare.NewEngine(cfg)
	if err != nil {
		t.Fatal(err)
	}
	an := e.Analyze(importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, importer.Options{}), compare.Overrides{})
	return compare.ReadOnlyEvaluation(an, work, compare.Overrides{})
}

// exportKompas writes the workbook of ev for audience a and returns its
// path and the scan it must show.
func exportKompas(t *testing.T, ev *compare.Evaluation, a Audience) (string, kompas.Result) {
	t.Helper()
	path := filepath.Join(t.TempDir(), a.String()+".xlsx")
	if err := Write(path, InputOf(ev, time.Date(2025, 11, 14, 16, 30, 0, 0, time.UTC), "test"), Options{Audience: a}); err != nil {
		t.Fatal(err)
	}
	return path, kompas.Scan(ev, ev.Analysis().Thresholds)
}

// openKompas is exportKompas with the workbook opened by excelize; it is
// closed when the test ends.
func openKompas(t *testing.T, ev *compare.Evaluation, a Audience) (string, kompas.Result, *excelize.File) {
	t.Helper()
	path, r := exportKompas(t, ev, a)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return path, r, f
}

// kompasRow finds the row (1-based) of Kompasscan whose column A reads
// text, 0 when there is none.
func kompasRow(cells map[string]string, text string) int {
	for r := 1; r < 200; r++ {
		if cells[sheetKompas+"!"+cell(1, r)] == text {
			return r
		}
	}
	return 0
}

// TestKompasSheet: Kompasscan comes right after Samenvatting in both
// workbooks, and shows kompas.Scan's figures with their level in words
// and colour, the thresholds, and one sentence per gemeente naming its
// two weakest indicators.
func TestKompasSheet(t *testing.T) {
	ev := demoEvaluation(t, compare.Config{}, compare.Judgements{})
	for _, a := range []Audience{Intern, Extern} {
		path, r, f := openKompas(t, ev, a)
		if got := f.GetSheetList(); len(got) < 3 || got[0] != sheetSummary || got[1] != sheetKompas {
			t.Fatalf("%s: sheets %q, want Kompasscan second", a, got)
		}
		cells, err := workbooktest.Cells(path)
		if err != nil {
			t.Fatal(err)
		}
		at := func(col, row int) string { return cells[sheetKompas+"!"+cell(col, row)] }
		for i, h := range []string{"Groep", "Indicator", "Drempels"} {
			if at(i+1, kompasHeaderRow) != h {
				t.Errorf("%s: header %d %q", a, i+1, at(i+1, kompasHeaderRow))
			}
		}
		if len(r.Gemeenten) != 6 || len(r.Indicators) != 14 {
			t.Fatalf("demo scan: %d gemeenten, %d indicators", len(r.Gemeenten), len(r.Indicators))
		}
		for g, name := range r.Gemeenten {
			if at(kompasFirstGem+g, kompasHeaderRow) != name {
				t.Errorf("%s: column %d is %q, want %s", a, kompasFirstGem+g, at(kompasFirstGem+g, kompasHeaderRow), name)
			}
		}
		words := map[string]int{}
		wantFill := map[kompas.Level]string{kompas.Green: "C6EFCE", kompas.Amber: "FFEB9C", kompas.Red: "FFC7CE"}
		for k, ind := range r.Indicators {
			row := kompasHeaderRow + 1 + k
			if at(2, row) != ind.Label || at(3, row) != ind.Limits() || !strings.HasPrefix(ind.Limits(), "oranje ") {
				t.Errorf("%s: row %d: %q %q, want %s %s", a, row, at(2, row), at(3, row), ind.Label, ind.Limits())
			}
			for g := range r.Gemeenten {
				s := r.Scores[g][k]
				got := at(kompasFirstGem+g, row)
				word := s.Level.Word()
				words[word]++
				if s.Level != kompas.None && got != s.Text+" ("+word+")" {
					t.Errorf("%s: %s %s: %q, want %q (%s)", a, r.Gemeenten[g], ind.Key, got, s.Text, word)
				}
				if s.Level == kompas.None && !strings.HasSuffix(got, "geen oordeel") {
					t.Errorf("%s: %s %s not judged: %q", a, r.Gemeenten[g], ind.Key, got)
				}
				id, _ := f.GetCellStyle(sheetKompas, cell(kompasFirstGem+g, row))
				st, _ := f.GetStyle(id)
				fill := ""
				if st != nil && len(st.Fill.Color) > 0 {
					fill = strings.ToUpper(st.Fill.Color[0])
				}
				if fill != wantFill[s.Level] {
					t.Errorf("%s: %s %s (%s) filled %q, want %q", a, r.Gemeenten[g], ind.Key, word, fill, wantFill[s.Level])
				}
			}
		}
		// The demo has every level: a table that is all one colour would
		// pass the loop above without saying much.
		if words["groen"] == 0 || words["oranje"] == 0 || words["rood"] == 0 {
			t.Errorf("%s: levels %v, want green, amber and red on the demo", a, words)
		}
		if at(1, kompasHeaderRow+1) != kompas.GroupFocus || at(1, kompasHeaderRow+4) != kompas.GroupConcrete {
			t.Errorf("%s: groups %q %q", a, at(1, kompasHeaderRow+1), at(1, kompasHeaderRow+4))
		}

		first := kompasRow(cells, "Zwakste punten per gemeente") + 1
		if first == 1 {
			t.Fatalf("%s: no sentences", a)
		}
		for g, name := range r.Gemeenten {
			got := at(1, first+g)
			if got != r.Sentence(g) || !strings.HasPrefix(got, name+": ") {
				t.Errorf("%s: sentence %d %q, want %q", a, g, got, r.Sentence(g))
			}
			// Independently of Sentence: the two weakest are named with
			// their level and their figure.
			weak := r.Weakest(g, 2)
			if len(weak) != 2 {
				t.Fatalf("%s: %s has %d weak indicators; the demo has two or more everywhere", a, name, len(weak))
			}
			for _, k := range weak {
				s := r.Scores[g][k]
				fig := strconv.Itoa(int(math.Round(math.Abs(s.Value))))
				if fig == "0" {
					fig = "geen enkele" // "bij geen enkele afspraak", not "bij 0"
				}
				if !strings.Contains(got, "("+s.Level.Word()+")") || !strings.Contains(got, fig) {
					t.Errorf("%s: %q lacks %s %s (%s)", a, got, r.Indicators[k].Key, fig, s.Level.Word())
				}
			}
			if strings.Count(got, "(rood)")+strings.Count(got, "(oranje)") != 2 {
				t.Errorf("%s: %q names more or fewer than two levels", a, got)
			}
		}
		if row := kompasRow(cells, "Drempels"); row == 0 || !strings.Contains(at(1, row+1), "standaardwaarden") {
			t.Errorf("%s: thresholds line %q", a, at(1, row+1))
		}
		explained := map[string]bool{}
		for ref, v := range cells {
			if strings.HasPrefix(ref, sheetExplain+"!A") {
				explained[v] = true
			}
		}
		if !explained["Kompasscan"] || !explained["Regulier werk"] {
			t.Errorf("%s: Toelichting does not explain Kompasscan and Regulier werk", a)
		}
	}
}

// TestKompasThresholdsFromConfig: thresholds set in pakompas.toml reach
// the sheet: the column Drempels, the judgements, and a line that says
// they are the adviser's (naming the file only in the intern workbook).
func TestKompasThresholdsFromConfig(t *testing.T) {
	cfg, err := compare.ParseConfig("pakompas.toml", []byte("[kompas]\nvaag_oranje = 5\nvaag_rood = 10\n"))
	if err != nil {
		t.Fatal(err)
	}
	ev := demoEvaluation(t, cfg, nil)
	for a, want := range map[Audience]string{Intern: "aangepast in de instellingen ([kompas] in pakompas.toml)", Extern: "door de adviseur ingesteld"} {
		path, r := exportKompas(t, ev, a)
		cells, err := workbooktest.Cells(path)
		if err != nil {
			t.Fatal(err)
		}
		row := kompasHeaderRow + 1 + r.Index(kompas.KeyVague)
		if got := cells[sheetKompas+"!"+cell(kompasColLimits, row)]; got != "oranje vanaf 5%, rood vanaf 10%" {
			t.Errorf("%s: Vaag thresholds %q", a, got)
		}
		for g := range r.Gemeenten {
			s := r.Scores[g][r.Index(kompas.KeyVague)]
			if s.Value >= 10 && s.Level != kompas.Red {
				t.Errorf("%s: %s vague %v%% is %s with rood vanaf 10%%", a, r.Gemeenten[g], s.Value, s.Level.Word())
			}
		}
		line := cells[sheetKompas+"!"+cell(1, kompasRow(cells, "Drempels")+1)]
		if !strings.Contains(line, want) || (a == Extern && strings.Contains(line, "pakompas.toml")) {
			t.Errorf("%s: thresholds line %q, want %q", a, line, want)
		}
	}
}

// TestKompasChart: Kompasscan has a clustered bar chart of the shares
// vague, resultaat and regular work per gemeente, drawn on the sheet and
// fed by the figures under the sentences, which equal the scan's.
func TestKompasChart(t *testing.T) {
	ev := demoEvaluation(t, compare.Config{}, nil)
	path, r := exportKompas(t, ev, Intern)
	parts := zipParts(t, path)
	sheetXML := parts[sheetPart(t, parts, sheetKompas)]
	if !strings.Contains(sheetXML, "<drawing ") {
		t.Fatalf("Kompasscan has no drawing element: the chart would not show")
	}
	var chart string
	for name, body := range parts {
		if strings.HasPrefix(name, "xl/charts/chart") && strings.Contains(body, "Kompasscan&#39;!") {
			if chart != "" {
				t.Fatalf("two charts on Kompasscan")
			}
			chart = body
		}
	}
	if chart == "" {
		t.Fatalf("no chart refers to Kompasscan; parts %v", keys(parts))
	}
	last := colName(kompasFirstGem + len(r.Gemeenten) - 1)
	if !strings.Contains(chart, `<barDir val="bar">`) || strings.Count(chart, "<ser>") != 3 ||
		!strings.Contains(chart, fmt.Sprintf("Kompasscan&#39;!$D$%d:$%s$%d", kompasHeaderRow, last, kompasHeaderRow)) {
		t.Errorf("not a bar chart of three series over the gemeenten:\n%s", chart)
	}

	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cells, _ := workbooktest.Cells(path)
	first := kompasRow(cells, "Vaag, resultaat en regulier werk per gemeente") + 1
	for i, c := range kompasChartRows {
		row := first + i
		if !strings.Contains(chart, fmt.Sprintf("Kompasscan&#39;!$D$%d:$%s$%d", row, last, row)) {
			t.Errorf("series %s does not read row %d", c.label, row)
		}
		if got := cells[sheetKompas+"!"+cell(kompasColLabel, row)]; got != c.label {
			t.Errorf("row %d: %q, want %s", row, got, c.label)
		}
		for g := range r.Gemeenten {
			raw, _ := f.GetCellValue(sheetKompas, cell(kompasFirstGem+g, row), excelize.Options{RawCellValue: true})
			v, err := strconv.ParseFloat(raw, 64)
			if want := r.Score(g, c.key).Value / 100; err != nil || math.Abs(v-want) > 1e-9 {
				t.Errorf("%s %s: %q, want %v", r.Gemeenten[g], c.label, raw, want)
			}
		}
	}
}

// TestKompasPrintAndPanes: Kompasscan prints like the other sheets, A4
// landscape one page wide with its header row and first three columns
// repeated, the table on a page of its own, and keeps the header and
// the first columns in view on screen.
func TestKompasPrintAndPanes(t *testing.T) {
	path, _ := exportKompas(t, demoEvaluation(t, compare.Config{}, nil), Extern)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pl, err := f.GetPageLayout(sheetKompas)
	if err != nil || *pl.Orientation != "landscape" || *pl.Size != 9 || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
		t.Errorf("page layout %+v, %v", pl, err)
	}
	titles := ""
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" && dn.Scope == sheetKompas {
			titles = dn.RefersTo
		}
	}
	if titles != "'Kompasscan'!$A:$C,'Kompasscan'!$3:$3" {
		t.Errorf("print titles %q", titles)
	}
	if p, err := f.GetPanes(sheetKompas); err != nil || !p.Freeze || p.XSplit != 3 || p.YSplit != 3 {
		t.Errorf("panes %+v, %v", p, err)
	}
	// The table has the first page to itself: a break above the
	// sentences' heading.
	cells, _ := workbooktest.Cells(path)
	parts := zipParts(t, path)
	brk := fmt.Sprintf(`<brk id="%d" `, kompasRow(cells, "Zwakste punten per gemeente")-1)
	if sheet := parts[sheetPart(t, parts, sheetKompas)]; !strings.Contains(sheet, brk) {
		t.Errorf("no page break %s in the sheet", brk)
	}
}

// TestKompasManyGemeenten: with more gemeenten than the chart compares
// the sheet keeps the table and the figures, says why there is no chart,
// and prints eight gemeenten to a page like a theme sheet.
func TestKompasManyGemeenten(t *testing.T) {
	rep := &model.Report{}
	n := kompasChartMax + 5
	for g := range n {
		name := fmt.Sprintf("Gemeente %02d", g)
		for i := range 3 {
			rep.Agreements = append(rep.Agreements, model.Agreement{ID: fmt.Sprintf("%d-%d", g, i), Gemeente: name,
				Number: strconv.Itoa(i + 1), Text: "De corporatie levert in 2026 48 sociale huurwoningen op.", Owner: "corporatie"})
		}
	}
	e, err := compare.NewEngine(compare.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ev := compare.ReadOnlyEvaluation(e.Analyze(rep, compare.Overrides{}), nil, compare.Overrides{})
	path, r := exportKompas(t, ev, Intern)
	cells, _ := workbooktest.Cells(path)
	if got := cells[sheetKompas+"!"+cell(kompasFirstGem+n-1, kompasHeaderRow)]; got != r.Gemeenten[n-1] {
		t.Errorf("last gemeente column %q", got)
	}
	if row := kompasRow(cells, "Vaag, resultaat en regulier werk per gemeente"); !strings.HasPrefix(cells[sheetKompas+"!"+cell(1, row+5)], "Geen grafiek") {
		t.Errorf("no note on the missing chart: %q", cells[sheetKompas+"!"+cell(1, row+5)])
	}
	for name, body := range zipParts(t, path) {
		if strings.HasPrefix(name, "xl/charts/") && strings.Contains(body, "Kompasscan&#39;!") {
			t.Errorf("a chart of %d gemeenten", n)
		}
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if pl, _ := f.GetPageLayout(sheetKompas); *pl.FitToWidth != themePages(n) {
		t.Errorf("fit to %d pages wide, want %d", *pl.FitToWidth, themePages(n))
	}
}

// TestRegularColumn: Alle afspraken says for every regular agreement why
// it is regular work, without the advice every one repeats, in both
// workbooks, and leaves the others empty.
func TestRegularColumn(t *testing.T) {
	ev := demoEvaluation(t, compare.Config{}, nil)
	an := ev.Analysis()
	for _, a := range []Audience{Intern, Extern} {
		path, _ := exportKompas(t, ev, a)
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(sheetAll)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		col, id := -1, -1
		for i, h := range rows[0] {
			switch h {
			case "Regulier werk":
				col = i
			case hdrID:
				id = i
			}
		}
		if col < 0 || id < 0 {
			t.Fatalf("%s: header %q", a, rows[0])
		}
		regular, law := 0, 0
		for _, row := range rows[1:] {
			i, ok := an.Index(row[id])
			if !ok {
				t.Fatalf("%s: id %q not in the analysis", a, row[id])
			}
			got := ""
			if col < len(row) {
				got = row[col]
			}
			switch ag := an.Agreements[i]; {
			case ag.Regular:
				regular++
				if got == "" || strings.Contains(got, "dashboard") || !strings.Contains(ag.RegularFlag.Message, got) {
					t.Errorf("%s: %s: %q for %q", a, ag.ID, got, ag.RegularFlag.Message)
				}
				if strings.HasPrefix(got, "wat de wet al vraagt: ") {
					law++
				}
			case got != "":
				t.Errorf("%s: %s is not regular but says %q", a, ag.ID, got)
			}
		}
		if regular < 5 || law == 0 {
			t.Errorf("%s: %d regular agreements (%d by law) on the demo", a, regular, law)
		}
	}
}

// zipParts reads the xl/ parts of a workbook package.
func zipParts(t *testing.T, path string) map[string]string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	parts := map[string]string{}
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/") || strings.HasPrefix(zf.Name, "xl/media/") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		parts[zf.Name] = string(b)
	}
	return parts
}

// sheetPart is the package part of the sheet named name, by the
// workbook's relationships.
func sheetPart(t *testing.T, parts map[string]string, name string) string {
	t.Helper()
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal([]byte(parts["xl/workbook.xml"]), &wb); err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal([]byte(parts["xl/_rels/workbook.xml.rels"]), &rels); err != nil {
		t.Fatal(err)
	}
	for _, s := range wb.Sheets {
		if s.Name != name {
			continue
		}
		for _, r := range rels.Rel {
			if r.ID == s.ID {
				return path.Join("xl", strings.TrimPrefix(r.Target, "/xl/"))
			}
		}
	}
	t.Fatalf("no part for sheet %s", name)
	return ""
}
