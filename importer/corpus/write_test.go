package corpus

import (
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestWriteSmall(t *testing.T) {
	sets := Build(Options{Gemeenten: 3, PerGemeente: 20, Seed: 42})
	dir := t.TempDir()
	paths, err := Write(dir, sets)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 3 {
		t.Fatalf("got %d paths", len(paths))
	}
	dateCells := 0
	for i, s := range sets {
		if paths[i] != filepath.Join(dir, s.FileName) {
			t.Errorf("path %d = %s", i, paths[i])
		}
		dateCells += checkWorkbook(t, paths[i], s)
	}
	if dateCells == 0 {
		t.Error("no date cells in the sample")
	}
}

// checkWorkbook reopens one written set and compares it with the set; it
// returns the number of date cells checked.
func checkWorkbook(t *testing.T, path string, s Set) int {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{s.Sheet}) {
		t.Fatalf("%s: sheets %v, want [%s]", path, got, s.Sheet)
	}
	cell := func(col string, row int) string {
		v, err := f.GetCellValue(s.Sheet, col+strconv.Itoa(row))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if cell("A", 1) != s.Title || cell("A", 2) != s.Subtitle || cell("A", 3) != "" {
		t.Errorf("%s: title rows %q / %q", path, cell("A", 1), cell("A", 2))
	}
	header := []string{"Nr", "Afspraak", "Trekker", "Gereed", "Stand van zaken"}
	textCol, ownerCol, planCol := "B", "C", "D"
	if s.Layout == LayoutKolom {
		header = []string{"Nr", "Thema", "Afspraak", "Trekker", "Planning", "Status", "Toelichting"}
		textCol, ownerCol, planCol = "C", "D", "E"
	}
	for c, h := range header {
		name, _ := excelize.ColumnNumberToName(c + 1)
		if got := cell(name, HeaderRow); got != h {
			t.Errorf("%s: header %s%d = %q, want %q", path, name, HeaderRow, got, h)
		}
	}

	dates := 0
	for i, row := range s.ItemRows() {
		it := s.Items[i]
		if cell("A", row) != it.Number || cell(textCol, row) != it.Text || cell(ownerCol, row) != it.Owner {
			t.Errorf("%s row %d: got %q %q %q, want %+v", path, row, cell("A", row), cell(textCol, row), cell(ownerCol, row), it)
		}
		if s.Layout == LayoutKolom && (cell("B", row) != it.ThemeRaw || cell("G", row) != it.Notes) {
			t.Errorf("%s row %d: theme/notes %q %q, want %q %q", path, row, cell("B", row), cell("G", row), it.ThemeRaw, it.Notes)
		}
		ref := planCol + strconv.Itoa(row)
		if it.PlanningDate.IsZero() {
			if got := cell(planCol, row); got != it.Planning {
				t.Errorf("%s %s: planning %q, want %q", path, ref, got, it.Planning)
			}
			continue
		}
		dates++
		raw, err := f.GetCellValue(s.Sheet, ref, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		serial, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			t.Fatalf("%s %s: date cell is not a number: %q", path, ref, raw)
		}
		got, err := excelize.ExcelDateToTime(serial, false)
		if err != nil || !got.Equal(it.PlanningDate) {
			t.Errorf("%s %s: date %v, want %v", path, ref, got, it.PlanningDate)
		}
		if typ, _ := f.GetCellType(s.Sheet, ref); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
			t.Errorf("%s %s: date written as a string", path, ref)
		}
		id, err := f.GetCellStyle(s.Sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil || st.CustomNumFmt == nil || *st.CustomNumFmt != DateFormat {
			t.Errorf("%s %s: number format %v, want %s", path, ref, st.CustomNumFmt, DateFormat)
		}
	}

	merges, err := f.GetMergeCells(s.Sheet)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range merges {
		got = append(got, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	var want []string
	for k, sec := range s.Sections() {
		r := strconv.Itoa(sec.Row)
		want = append(want, "A"+r+":E"+r)
		if cell("A", sec.Row) != sec.Label {
			t.Errorf("%s: section row %d = %q, want %q", path, sec.Row, cell("A", sec.Row), sec.Label)
		}
		id, _ := f.GetCellStyle(s.Sheet, "A"+r)
		if st, err := f.GetStyle(id); err != nil || st.Font == nil || !st.Font.Bold {
			t.Errorf("%s: section row %d not bold", path, sec.Row)
		}
		if k > 0 && cell("A", sec.Row-1)+cell("B", sec.Row-1) != "" {
			t.Errorf("%s: no empty row before section row %d", path, sec.Row)
		}
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s: merges %v, want %v", path, got, want)
	}
	if s.Layout == LayoutSecties && len(want) != len(Themes) {
		t.Errorf("%s: %d sections, want %d", path, len(want), len(Themes))
	}
	rows, err := f.GetRows(s.Sheet)
	if err != nil {
		t.Fatal(err)
	}
	// The layout contract, computed independently of ItemRows: items right
	// below the header, plus per section a section row and (after the
	// first) one empty row.
	wantRows := HeaderRow + len(s.Items)
	if n := len(s.Sections()); n > 0 {
		wantRows += 2*n - 1
		if s.Sections()[0].Row != HeaderRow+1 {
			t.Errorf("%s: first section on row %d", path, s.Sections()[0].Row)
		}
	}
	if len(rows) != wantRows || s.LastRow() != wantRows {
		t.Errorf("%s: %d rows (LastRow %d), want %d", path, len(rows), s.LastRow(), wantRows)
	}
	return dates
}

func BenchmarkWrite(b *testing.B) {
	sets := Build(Options{Gemeenten: 8, Seed: 2025})
	dir := b.TempDir()
	for b.Loop() {
		if _, err := Write(dir, sets); err != nil {
			b.Fatal(err)
		}
	}
}
