package compare

import (
	"context"
	"testing"

	"pakompas/importer"
	"pakompas/importer/demo"
)

// TestThemeRowsElsewhere: an agreement of an alignment group moved to
// another theme leaves an empty cell on its group's row that is not a gap
// and names the moved agreement; the other cells name none.
func TestThemeRowsElsewhere(t *testing.T) {
	e, err := NewEngine(Config{})
	if err != nil {
		t.Fatal(err)
	}
	rep := importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, importer.Options{})
	before := e.Analyze(rep, Overrides{})
	// A group whose members all stand in one theme; the one moved is its
	// gemeente's only member (the demo has two years of some gemeenten,
	// whose agreements may share a group).
	moved, from := -1, ""
	for _, g := range before.Groups {
		same := true
		per := map[string]int{}
		for _, m := range g.Members {
			same = same && before.Agreements[m].Theme == g.Theme
			per[before.Agreements[m].Gemeente]++
		}
		if !same || len(g.Members) < 3 {
			continue
		}
		for _, m := range g.Members[1:] {
			if per[before.Agreements[m].Gemeente] == 1 {
				moved, from = m, g.Theme
				break
			}
		}
		if moved >= 0 {
			break
		}
	}
	if moved < 0 {
		t.Fatal("the demo has no group of three in one theme")
	}
	for _, r := range before.ThemeRows(from) {
		if r.Elsewhere != nil {
			t.Fatalf("before the move a row of %s has agreements elsewhere: %v", from, r.Elsewhere)
		}
	}
	to := "leefbaarheid"
	if from == to {
		to = "duurzaamheid"
	}
	id := before.Agreements[moved].ID
	an := e.Analyze(rep, Overrides{ByID: map[string]string{id: to}})
	if an.Agreements[moved].Theme != to || an.Agreements[moved].Group != before.Agreements[moved].Group {
		t.Fatalf("moved agreement: theme %q group %q", an.Agreements[moved].Theme, an.Agreements[moved].Group)
	}
	g := -1
	for i, name := range an.Gemeenten {
		if name == an.Agreements[moved].Gemeente {
			g = i
		}
	}
	found := false
	for _, r := range an.ThemeRows(from) {
		if r.Group != an.Agreements[moved].Group {
			if r.Elsewhere != nil {
				t.Errorf("row %q has agreements elsewhere: %v", r.Group, r.Elsewhere)
			}
			continue
		}
		found = true
		if len(r.Cells[g]) != 0 || r.Missing[g] {
			t.Fatalf("the moved agreement's cell: %v, missing %v", r.Cells[g], r.Missing[g])
		}
		if r.Elsewhere == nil || r.Elsewhere[g] != moved {
			t.Fatalf("Elsewhere %v, want %d at column %d", r.Elsewhere, moved, g)
		}
		for c, i := range r.Elsewhere {
			if c != g && i != -1 {
				t.Errorf("column %d names %d elsewhere", c, i)
			}
		}
	}
	if !found {
		t.Fatal("the group's row is gone from the theme it was moved from")
	}
}
