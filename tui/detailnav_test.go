package tui

import (
	"fmt"
	"testing"
)

// TestDetailNextPrevFromList: ] and [ walk the list's rows in its order
// (search and sort applied); at either end the status line says so; back
// on the list the cursor is on the agreement shown last.
func TestDetailNextPrevFromList(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "tab", "o", "/")
	typeText(m, "gesprek")
	press(m, "enter", "down")
	l := ls(m)
	rows := listRows(m)
	press(m, "enter")
	mustContain(t, m.View(), fmt.Sprintf("afspraak 2 van %d", len(rows)), "] volgende")
	for k := 2; k < len(rows); k++ {
		press(m, "]")
		if got := dt(m).idx; got != rows[k] {
			t.Fatalf("] %d: agreement %d, want row %d's %d", k-1, got, k, rows[k])
		}
	}
	press(m, "]")
	if dt(m).idx != rows[len(rows)-1] {
		t.Fatal("] past the last row moved")
	}
	mustContain(t, m.View(), "Dit is de laatste afspraak", fmt.Sprintf("afspraak %d van %d", len(rows), len(rows)))
	press(m, "[", "[")
	want := rows[len(rows)-3]
	if dt(m).idx != want {
		t.Fatalf("[ twice: agreement %d, want %d", dt(m).idx, want)
	}
	press(m, "esc")
	wantScreen(t, m, screenList)
	if l.rows[l.cursor] != want {
		t.Fatalf("back on the list the cursor is on %d, want %d", l.rows[l.cursor], want)
	}
	mustContain(t, fullHelp(m), "oordeel wisselen")
}

// TestDetailNextPrevFromTheme: from the Thema screen ] and [ walk the
// gemeente column down; back there the cursor is on the agreement shown.
func TestDetailNextPrevFromTheme(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "enter")
	tv := th(m)
	g := m.sess.shown[tv.col]
	var column []int
	for _, r := range tv.visible {
		column = append(column, tv.rows[r].Cells[g]...)
	}
	if len(column) < 3 {
		t.Fatalf("column of %d agreements", len(column))
	}
	press(m, "enter")
	first := dt(m).idx
	if first != column[0] {
		t.Fatalf("opened %d, want the column's first %d", first, column[0])
	}
	press(m, "[")
	mustContain(t, m.View(), "Dit is de eerste afspraak")
	press(m, "]", "]")
	if dt(m).idx != column[2] {
		t.Fatalf("] twice: %d, want %d", dt(m).idx, column[2])
	}
	press(m, "esc")
	wantScreen(t, m, screenTheme)
	if cur, ok := th(m).current(); !ok || cur != column[2] {
		t.Fatalf("back on Thema the cursor is on %d, want %d", cur, column[2])
	}
}
