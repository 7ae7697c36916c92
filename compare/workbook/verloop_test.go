package workbook

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pakompas/compare/evaluation"
	"pakompas/compare/verloop"
	"pakompas/compare/workbook/workbooktest"
)

// verloopHeader is the header of Verloop for the years 2024–2026.
var verloopHeader = []string{"Gemeente", "Thema (nationaal)", "Verloop", "Doorgeschoven (jaren)",
	"2024", "Status 2024", "2025", "Status 2025", "2026", "Status 2026", "Wijzigingen", "Id"}

// verloopWant are the fixture's rows of Verloop: the chains still in
// their gemeente's last year in its order, then the vanished ones, the
// earliest gone first.
var verloopWant = [][]string{
	{"Aalsmeer", "Duurzaamheid", "gewijzigd", "1", "", "", "4.1 De corporatie verduurzaamt 120 woningen naar minimaal label B.", "Op schema",
		"4.1 De corporatie verduurzaamt 150 woningen naar minimaal label B.", "Op schema", "120 → 150", "Aalsmeer:2026:4.1"},
	{"Uithoorn", "Beschikbaarheid en nieuwbouw", "gewijzigd", "2",
		"1 De corporatie levert ten minste 40 sociale huurwoningen op in 2024.", "Op schema",
		"1 De corporatie levert minimaal 60 sociale huurwoningen op in 2025.", "Op schema",
		"1 De corporatie levert minimaal 60 sociale huurwoningen op in 2026.", "Op schema",
		"2025: ten minste 40 → minimaal 60; 2024 → 2025\n2026: alleen jaartallen: 2025 → 2026", "Uithoorn:2026:1"},
	{"Uithoorn", "Samenwerking en proces", "ongewijzigd", "1",
		"2 Partijen komen vier keer per jaar bijeen in een bestuurlijk overleg.", "Gereed",
		"2 Partijen komen vier keer per jaar bijeen in een bestuurlijk overleg.", "Op schema",
		"2 Partijen komen vier keer per jaar bijeen in een bestuurlijk overleg.", "Gereed", "", "Uithoorn:2026:2"},
	{"Uithoorn", "Leefbaarheid", "nieuw", "", "", "", "", "",
		"3 De gemeente en de huurdersvereniging organiseren twee wijkschouwen per jaar.", "Op schema", "", "Uithoorn:2026:3"},
	{"Uithoorn", "Wonen en zorg", "vervallen", "", "3 De gemeente stelt een woonzorgvisie op.", "Op schema", "vervallen", "", "", "", "", "Uithoorn:2024:3"},
	{"Uithoorn", "Duurzaamheid", "vervallen", "", "", "", "3 De corporatie plaatst zonnepanelen op 100 woningen.", "Niet gestart",
		"vervallen", "", "", "Uithoorn:2025:3"},
}

// verloopFills are the fills of cells of Verloop (column letters, data
// row 1 = sheet row 4): green nieuw, amber gewijzigd, red vervallen,
// orange doorgeschoven, grey a year the gemeente was not read for, none
// for the first year and ongewijzigd.
var verloopFills = map[string]string{
	"A2": colGood, "B2": colDoubt, "C2": colVague, "D2": colCarried, // the legend
	"C4": colDoubt, "D4": colCarried, "E4": colGap, "F4": colGap, "G4": "", "I4": colDoubt,
	"C5": colDoubt, "D5": colCarried, "E5": "", "G5": colDoubt, "I5": colDoubt,
	"C6": "", "D6": colCarried, "G6": "", "I6": "",
	"C7": colGood, "E7": "", "I7": colGood,
	"C8": colVague, "D8": "", "E8": "", "G8": colVague, "I8": "",
	"C9": colVague, "G9": colGood, "I9": colVague,
}

// cellFill is the fill colour of a cell ("" for none).
func cellFill(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return fillOf(st)
}

// TestVerloopSheet reopens the workbook of three gemeenten, two of them
// with more than one year: Verloop comes after Kompasscan, with the years
// as columns, a row per agreement followed over the years, its state,
// years doorgeschoven and edits, filled by state; a frozen header, an
// Excel table over it, print titles; Landsmeer (one year) is not on it.
func TestVerloopSheet(t *testing.T) {
	path, an := exportYears(t, nil, Intern)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if k := slices.Index(sheets, sheetVerloop); k != 3 || sheets[1] != sheetKompas || sheets[2] != sheetKompasThemes {
		t.Fatalf("sheets %v: Verloop not right after Kompasscan and Kompas per thema", sheets)
	}
	rows, err := f.GetRows(sheetVerloop)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != verloopHeaderRow+len(verloopWant) {
		t.Fatalf("%d rows, want %d", len(rows), verloopHeaderRow+len(verloopWant))
	}
	if !strings.HasPrefix(rows[0][0], "Verloop:") || rows[1][0] != "nieuw" || !strings.Contains(rows[1][4], "doorgeschoven") &&
		!strings.Contains(rows[1][4], "Doorgeschoven") {
		t.Errorf("title and legend %q / %q", rows[0], rows[1])
	}
	if !reflect.DeepEqual(rows[2], verloopHeader) {
		t.Errorf("header %q", rows[2])
	}
	for i, want := range verloopWant {
		got := append(rows[verloopHeaderRow+i], make([]string, len(want))...)[:len(want)]
		if !reflect.DeepEqual(got, want) {
			t.Errorf("row %d\n got %q\nwant %q", verloopHeaderRow+1+i, got, want)
		}
	}
	for _, row := range rows[verloopHeaderRow:] {
		if row[0] == "Landsmeer" {
			t.Error("Landsmeer has one year and is on Verloop")
		}
	}
	for ref, want := range verloopFills {
		if got := cellFill(t, f, sheetVerloop, ref); got != want {
			t.Errorf("%s (%s) fill %q, want %q", ref, rowsCell(rows, ref), got, want)
		}
	}
	// Doorgeschoven is a number, so it sorts and filters as one.
	if typ, _ := f.GetCellType(sheetVerloop, "D5"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("D5 type %v", typ)
	}
	panes, err := f.GetPanes(sheetVerloop)
	if err != nil || !panes.Freeze || panes.YSplit != verloopHeaderRow {
		t.Errorf("panes %+v %v", panes, err)
	}
	tables, err := f.GetTables(sheetVerloop)
	if err != nil || len(tables) != 1 || tables[0].Range != "A3:L9" {
		t.Errorf("tables %+v %v", tables, err)
	}
	titles := false
	for _, d := range f.GetDefinedName() {
		titles = titles || d.Name == "_xlnm.Print_Titles" && d.Scope == sheetVerloop && strings.HasSuffix(d.RefersTo, "!$3:$3")
	}
	layout, err := f.GetPageLayout(sheetVerloop)
	if !titles || err != nil || layout.Orientation == nil || *layout.Orientation != "landscape" || layout.FitToWidth == nil || *layout.FitToWidth != 1 {
		t.Errorf("print setup: titles %v, layout %+v %v", titles, layout, err)
	}

	// Samenvatting: the counts of the analysis per gemeente and in total.
	sum, err := f.GetRows(sheetSummary)
	if err != nil {
		t.Fatal(err)
	}
	at := slices.IndexFunc(sum, func(r []string) bool { return len(r) > 0 && strings.HasPrefix(r[0], "Verloop per gemeente") })
	if at < 0 {
		t.Fatal("Samenvatting has no table Verloop per gemeente")
	}
	if !reflect.DeepEqual(sum[at+1], verloopHeaders) {
		t.Errorf("Samenvatting header %q", sum[at+1])
	}
	want := [][]string{
		{"Aalsmeer", "2025, 2026", "0", "0", "1", "1", "0", "0"},
		{"Uithoorn", "2024, 2025, 2026", "1", "2", "2", "2", "1", "2"},
		{"Alle gemeenten", "2024, 2025, 2026", "1", "2", "3", "3", "1", "2"},
	}
	for i, w := range want {
		if got := sum[at+2+i]; !reflect.DeepEqual(got[:min(len(got), len(verloopHeaders))], w) {
			t.Errorf("Samenvatting row %q, want %q", got, w)
		}
	}
	for _, s := range an.Verloop {
		if s.Gemeente == "Uithoorn" && (s.Nieuw != 1 || s.Vervallen != 2 || s.Doorgeschoven != 2) {
			t.Errorf("analysis %+v: the expected counts above are stale", s)
		}
	}

	// Toelichting explains the states.
	expl, _ := f.GetRows(sheetExplain)
	explained := false
	for _, r := range expl {
		if len(r) > 1 && r[0] == topicVerloop {
			explained = strings.Contains(r[1], "Nieuw:") && strings.Contains(r[1], "Vervallen:") &&
				strings.Contains(r[1], "Doorgeschoven:") && strings.Contains(r[1], "Gewijzigd:")
		}
	}
	if !explained {
		t.Error("Toelichting does not explain the states of Verloop")
	}
}

// rowsCell is the value of ref in rows, for messages.
func rowsCell(rows [][]string, ref string) string {
	c, r, err := excelize.CellNameToCoordinates(ref)
	if err != nil || r > len(rows) || c > len(rows[r-1]) {
		return ""
	}
	return rows[r-1][c-1]
}

// TestVerloopOnlyWithYears: with one year per gemeente there is no sheet
// Verloop, no table on Samenvatting and no explanation on Toelichting;
// one gemeente of two years is enough for all three.
func TestVerloopOnlyWithYears(t *testing.T) {
	for _, c := range []struct {
		name string
		keep func(yearsAgreement) bool
		want bool
	}{
		{"one year", func(a yearsAgreement) bool { return a.year == "2025" }, false},
		{"Aalsmeer two years", func(a yearsAgreement) bool { return a.gem != "Uithoorn" }, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			path, _ := exportYears(t, c.keep, Intern)
			cells, err := workbooktest.Cells(path)
			if err != nil {
				t.Fatal(err)
			}
			var sheet, table, topic bool
			for ref, v := range cells {
				sheet = sheet || strings.HasPrefix(ref, sheetVerloop+"!")
				table = table || strings.HasPrefix(ref, sheetSummary+"!") && strings.HasPrefix(v, "Verloop per gemeente")
				topic = topic || strings.HasPrefix(ref, sheetExplain+"!A") && v == topicVerloop
			}
			if sheet != c.want || table != c.want || topic != c.want {
				t.Errorf("sheet %v, Samenvatting %v, Toelichting %v; want %v", sheet, table, topic, c.want)
			}
		})
	}
}

// TestVerloopExtern: the external workbook has the same sheet Verloop
// (texts, statuses, states: what the documents say) and the adviser's
// note on an agreement of it is on no sheet.
func TestVerloopExtern(t *testing.T) {
	intern, _ := exportYears(t, nil, Intern)
	extern, _ := exportYears(t, nil, Extern)
	ci, err := workbooktest.Cells(intern)
	if err != nil {
		t.Fatal(err)
	}
	ce, err := workbooktest.Cells(extern)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for ref, v := range ci {
		if strings.HasPrefix(ref, sheetVerloop+"!") {
			n++
			if ce[ref] != v {
				t.Errorf("%s: extern %q, intern %q", ref, ce[ref], v)
			}
		}
	}
	noted := false
	for ref, v := range ci {
		noted = noted || strings.Contains(v, yearsNote) && strings.HasPrefix(ref, sheetAll)
	}
	if n == 0 || !noted {
		t.Fatalf("intern: %d cells on Verloop, note on Alle afspraken %v", n, noted)
	}
	for ref, v := range ce {
		if strings.Contains(v, yearsNote) || strings.Contains(v, "invoer/") {
			t.Errorf("extern %s shows %q", ref, v)
		}
	}
}

// TestReadBackWithVerloop: the ids on Verloop are not read back (each
// agreement once, from Alle afspraken), and the verdict and note come
// back on the right year's agreement.
func TestReadBackWithVerloop(t *testing.T) {
	path, an := exportYears(t, nil, Intern)
	got, err := ReadBack(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(an.Agreements) {
		t.Errorf("%d judgements, want %d", len(got), len(an.Agreements))
	}
	if j := got["Uithoorn:2026:1"]; j.Verdict != evaluation.Vaag || j.Note != yearsNote {
		t.Errorf("2026: %+v", j)
	}
	if j := got["Uithoorn:2025:1"]; j.Verdict != evaluation.None || j.Note != "" {
		t.Errorf("2025 took the verdict of 2026: %+v", j)
	}
}

// TestBuildVerloop: chains follow previous and next across versions; the
// order puts the last version's agreements first, then the gone ones; a
// cycle (a bug upstream) ends instead of looping.
func TestBuildVerloop(t *testing.T) {
	sums := []verloop.Summary{{Gemeente: "G", Years: []string{"2024", "2025"}}}
	ms := []yearMatch{
		{gemeente: "G", year: "2024", previous: -1, next: 2},
		{gemeente: "G", year: "2024", previous: -1, next: -1, change: verloop.Vervallen},
		{gemeente: "G", year: "2025", previous: 0, next: -1, change: verloop.Ongewijzigd, carried: 1},
		{gemeente: "G", year: "2025", previous: -1, next: -1, change: verloop.Nieuw},
		{gemeente: "H", year: "2025", previous: -1, next: -1},
	}
	v := buildVerloop(ms, sums)
	if !reflect.DeepEqual(v.Years, []string{"2024", "2025"}) || len(v.Chains) != 3 {
		t.Fatalf("%+v", v)
	}
	states := []verloop.Change{v.Chains[0].State, v.Chains[1].State, v.Chains[2].State}
	if !reflect.DeepEqual(states, []verloop.Change{verloop.Ongewijzigd, verloop.Nieuw, verloop.Vervallen}) ||
		v.Chains[0].Carried != 1 || len(v.Chains[0].Links) != 2 || v.Chains[0].Links[1].Agreement != 2 {
		t.Errorf("chains %+v", v.Chains)
	}
	if buildVerloop(ms, nil) != nil {
		t.Error("no gemeente with two versions, yet a Verloop")
	}
	ms[2].next = 0 // a cycle
	if v := buildVerloop(ms, sums); len(v.Chains[0].Links) > 3 {
		t.Errorf("cycle: %d links", len(v.Chains[0].Links))
	}
}

// TestVerloopContinues: more chains than a sheet holds continue on
// "Verloop (2)", … each with the title (deel k van n), legend and
// header; every chain once.
func TestVerloopContinues(t *testing.T) {
	lowLimits(t, verloopHeaderRow+2, 10)
	path, _ := exportYears(t, nil, Intern)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ids []string
	for k, sheet := range []string{sheetVerloop, sheetVerloop + " (2)", sheetVerloop + " (3)"} {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatalf("%s: %v", sheet, err)
		}
		if !strings.HasSuffix(rows[0][0], fmt.Sprintf("(deel %d van 3)", k+1)) || rows[1][0] != "nieuw" || !reflect.DeepEqual(rows[2], verloopHeader) {
			t.Errorf("%s headings %q", sheet, rows[:3])
		}
		for _, r := range rows[verloopHeaderRow:] {
			ids = append(ids, r[len(verloopHeader)-1])
		}
	}
	var want []string
	for _, w := range verloopWant {
		want = append(want, w[len(w)-1])
	}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("ids %q, want %q", ids, want)
	}
}
