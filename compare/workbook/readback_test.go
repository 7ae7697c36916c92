package workbook

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pakompas/compare/evaluation"
)

// rowOfID finds the sheet row of an agreement id on Alle afspraken by
// reading the header, the way an outside tool would.
func rowOfID(t *testing.T, f *excelize.File, id string) (row, verdictCol, noteCol int) {
	t.Helper()
	rows, err := f.GetRows(sheetAll)
	if err != nil {
		t.Fatal(err)
	}
	idCol := -1
	for i, h := range rows[0] {
		switch h {
		case hdrID:
			idCol = i
		case hdrVerdict:
			verdictCol = i + 1
		case hdrNote:
			noteCol = i + 1
		}
	}
	for r, cols := range rows {
		if idCol < len(cols) && cols[idCol] == id {
			return r + 1, verdictCol, noteCol
		}
	}
	t.Fatalf("id %s not found", id)
	return
}

func TestRoundTrip(t *testing.T) {
	path, f, in := writeDemo(t)
	// The adviser judges Landsmeer A.2, clears Uithoorn 2.2's twijfel and
	// adds a note with a line break to Ouder-Amstel 4.
	edits := map[string]Judgement{
		"Lan-A.2": {Verdict: evaluation.NietVaag, Note: "Bewust ruim: de aanpak staat in het bod."},
		"Uit-2.2": {},
		"Oud-4":   {Verdict: evaluation.Vaag, Note: "Wie levert wat?\nNavragen bij Amstelring."},
	}
	for id, j := range edits {
		row, vc, nc := rowOfID(t, f, id)
		if err := f.SetCellStr(sheetAll, cell(vc, row), string(j.Verdict)); err != nil {
			t.Fatal(err)
		}
		if err := f.SetCellStr(sheetAll, cell(nc, row), j.Note); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	got, err := ReadBack(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(in.Agreements) {
		t.Errorf("%d judgements, want one per agreement (%d)", len(got), len(in.Agreements))
	}
	for _, a := range in.Agreements {
		want := Judgement{Verdict: a.Verdict, Note: a.Note}
		if e, ok := edits[a.ID]; ok {
			want = e
		}
		if got[a.ID] != want {
			t.Errorf("%s: got %+v, want %+v", a.ID, got[a.ID], want)
		}
	}
}

func TestReadBackAfterAdviserRearranges(t *testing.T) {
	path, f, _ := writeDemo(t)
	// The adviser inserts a column of her own at the front and two title
	// rows above the table.
	if err := f.InsertCols(sheetAll, "A", 1); err != nil {
		t.Fatal(err)
	}
	if err := f.InsertRows(sheetAll, 1, 2); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr(sheetAll, "A1", "Beoordeling door J. de Vries"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr(sheetAll, "A3", "Prioriteit"); err != nil {
		t.Fatal(err)
	}
	row, vc, _ := rowOfIDAt(t, f, "Aal-3.2", 3)
	if err := f.SetCellStr(sheetAll, cell(vc, row), "  Vaag "); err != nil { // typed by hand
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	got, err := ReadBack(path)
	if err != nil {
		t.Fatal(err)
	}
	if j := got["Aal-3.2"]; j.Verdict != evaluation.Vaag || !strings.HasPrefix(j.Note, "In het bod staat 300") {
		t.Errorf("Aal-3.2 %+v", j)
	}
	if j := got["Uit-6.1"]; j.Verdict != evaluation.Vaag {
		t.Errorf("Uit-6.1 %+v", j)
	}
}

// rowOfIDAt is rowOfID with the header on row hdr.
func rowOfIDAt(t *testing.T, f *excelize.File, id string, hdr int) (row, verdictCol, noteCol int) {
	t.Helper()
	rows, _ := f.GetRows(sheetAll)
	idCol := -1
	for i, h := range rows[hdr-1] {
		switch h {
		case hdrID:
			idCol = i
		case hdrVerdict:
			verdictCol = i + 1
		case hdrNote:
			noteCol = i + 1
		}
	}
	for r, cols := range rows {
		if idCol >= 0 && idCol < len(cols) && cols[idCol] == id {
			return r + 1, verdictCol, noteCol
		}
	}
	t.Fatalf("id %s not found", id)
	return
}

// handMade writes a workbook as an adviser might leave it: columns in
// another order, rows sorted differently, an extra column, a title row.
func handMade(t *testing.T, rows [][]any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "Notities"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("alle afspraken "); err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if err := f.SetSheetRow("alle afspraken ", cell(1, i+1), &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "terug.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReadBackByHeaderNames(t *testing.T) {
	path := handMade(t, [][]any{
		{"Mijn overzicht"},
		{},
		{"ID", "Notitie", "Afspraak", "Eigen kolom", "oordeel  adviseur"},
		{"b", "", "tekst b", "x", "NIET VAAG"},
		{"", "zonder id", "", "", "vaag"},
		{"a", "let op", "tekst a", "", ""},
		{"c", "", "", "", "twijfel"},
	})
	got, err := ReadBack(path)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Judgement{
		"a": {Note: "let op"},
		"b": {Verdict: evaluation.NietVaag},
		"c": {Verdict: evaluation.Twijfel},
	}
	if len(got) != len(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for id, j := range want {
		if got[id] != j {
			t.Errorf("%s: %+v, want %+v", id, got[id], j)
		}
	}
}

func TestReadBackUnknownVerdict(t *testing.T) {
	path := handMade(t, [][]any{
		{"Id", "Oordeel adviseur", "Notitie"},
		{"a", "misschien", "?"},
		{"b", "vaag", ""},
		{"c", "vaag", "eerste"},
		{"c", "niet vaag", "tweede"},
		{"d", "twijfel", ""},
		{"d", "twijfel", ""}, // the same twice: harmless
	})
	got, err := ReadBack(path)
	var ie *InvalidError
	if !errors.As(err, &ie) {
		t.Fatalf("want an *InvalidError, got %v", err)
	}
	if len(ie.Problems) != 2 || ie.Problems[0].Row != 2 || ie.Problems[0].ID != "a" || ie.Problems[1].Row != 5 {
		t.Errorf("problems %+v", ie.Problems)
	}
	msg := err.Error()
	for _, s := range []string{path, "rij 2", `"misschien"`, "vaag, niet vaag of twijfel", "rij 5"} {
		if !strings.Contains(msg, s) {
			t.Errorf("error %q lacks %q", msg, s)
		}
	}
	if _, ok := got["a"]; ok {
		t.Error("the row with the unknown verdict was taken")
	}
	if got["b"].Verdict != evaluation.Vaag || got["c"] != (Judgement{Verdict: evaluation.Vaag, Note: "eerste"}) || got["d"].Verdict != evaluation.Twijfel {
		t.Errorf("the valid rows: %v", got)
	}
}

func TestReadBackErrors(t *testing.T) {
	dir := t.TempDir()
	noSheet := handMade(t, [][]any{{"Id", "Oordeel adviseur"}})
	f, _ := excelize.OpenFile(noSheet)
	_ = f.SetSheetName("alle afspraken ", "Afspraken")
	_ = f.Save()
	_ = f.Close()
	noHeader := handMade(t, [][]any{{"Nr", "Afspraak"}, {"1", "tekst"}})
	text := filepath.Join(dir, "notities.xlsx")
	if err := os.WriteFile(text, []byte("dit is geen werkmap"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, want string }{
		{noSheet, `geen blad "Alle afspraken"`},
		{noHeader, "geen kopregel"},
		{text, "kan de werkmap niet openen"},
		{filepath.Join(dir, "bestaat-niet.xlsx"), "kan de werkmap niet openen"},
	} {
		got, err := ReadBack(c.path)
		if err == nil || got != nil || !strings.Contains(err.Error(), c.path) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, %v; want an error naming the file with %q", c.path, got, err, c.want)
		}
	}
}
