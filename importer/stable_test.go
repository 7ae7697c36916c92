package importer

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// Ids do not change when rows are inserted above or the file is renamed
// (the year named in the first file's name, in the second's title).
func TestIDsStable(t *testing.T) {
	dir := t.TempDir()
	rows := [][]any{
		{"Nr", "Thema", "Afspraak"},
		{"1.1", "Betaalbaarheid", "De corporatie verlaagt 50 huren."},
		{"", "Betaalbaarheid", "Partijen gaan in gesprek over woonlasten."},
	}
	p1 := book{sheets: []sheetSpec{{name: "A", rows: rows}}}.xlsx(t, dir, "uithoorn 2025.xlsx")
	rep1, _ := importOne(t, p1, Options{})

	moved := append([][]any{{"Prestatieafspraken 2025"}, {"concept"}, {}}, rows...)
	moved = append(moved[:4], append([][]any{{"0.9", "Betaalbaarheid", "Nieuwe afspraak bovenaan."}}, moved[4:]...)...)
	p2 := book{sheets: []sheetSpec{{name: "Anders", rows: moved}}}.xlsx(t, dir, "PA-2025-uithoorn-v2.xlsx")
	rep2, _ := importOne(t, p2, Options{})

	ids := map[string]string{}
	for _, a := range rep2.Agreements {
		ids[a.Text] = a.ID
	}
	for _, a := range rep1.Agreements {
		if ids[a.Text] != a.ID {
			t.Errorf("%q: id %q became %q", a.Text, a.ID, ids[a.Text])
		}
	}
	if rep1.Agreements[0].ID != "uithoorn:2025:1.1" {
		t.Errorf("numbered id = %q", rep1.Agreements[0].ID)
	}
	if id := rep1.Agreements[1].ID; len(id) != len("uithoorn:2025:#12345678") || id[:15] != "uithoorn:2025:#" {
		t.Errorf("text id = %q", id)
	}
}

func TestAssignIDsCollisions(t *testing.T) {
	as := []Agreement{
		{Gemeente: "Uithoorn", Number: "1", ThemeRaw: "Wonen", Text: "A"},
		{Gemeente: "Uithoorn", Number: "1", ThemeRaw: "Zorg", Text: "B"},
		{Gemeente: "Uithoorn", Number: "2", ThemeRaw: "Zorg", Text: "C"},
		{Gemeente: "Uithoorn", Number: "2", ThemeRaw: "Zorg", Text: "D"},
		{Gemeente: "Uithoorn", Text: "Zelfde tekst."},
		{Gemeente: "Uithoorn", Text: "zelfde  TEKST"},
	}
	assignIDs(as)
	want := []string{"uithoorn:wonen:1", "uithoorn:zorg:1", "uithoorn:zorg:2~" + textHash("C"), "uithoorn:zorg:2~" + textHash("D"),
		"uithoorn:#" + textHash("Zelfde tekst."), "uithoorn:#" + textHash("Zelfde tekst.") + "~2"}
	for i := range as {
		if as[i].ID != want[i] {
			t.Errorf("id %d = %q, want %q", i, as[i].ID, want[i])
		}
	}
}

// The same input gives the same report, whatever the number of workers.
func TestDeterministic(t *testing.T) {
	dir := t.TempDir()
	for i, g := range []string{"uithoorn", "aalsmeer", "landsmeer", "ouder-amstel", "diemen", "amstelveen"} {
		rows := [][]any{{"Nr", "Afspraak", "Trekker"}}
		for j := 0; j < 20; j++ {
			rows = append(rows, []any{j + 1, "Afspraak " + g + " nummer " + string(rune('a'+j)), "Corporatie"})
		}
		book{sheets: []sheetSpec{{name: "A", rows: rows}}}.xlsx(t, filepath.Join(dir), g+".xlsx")
		_ = i
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	writeFile(t, filepath.Join(dir, "sub"), "diemen-2.csv", []byte("Nr;Afspraak\n1;Een afspraak.\n"))
	var first []byte
	for _, workers := range []int{1, 2, 8, 1, 8} {
		rep := Import(context.Background(), []string{dir}, Options{Workers: workers})
		out, _ := json.Marshal(rep)
		if first == nil {
			first = out
			if len(rep.Files) != 7 || len(rep.Agreements) != 121 {
				t.Fatalf("files %d agreements %d", len(rep.Files), len(rep.Agreements))
			}
			continue
		}
		if string(out) != string(first) {
			t.Fatalf("workers=%d gave a different report", workers)
		}
	}
}
