package tui

import (
	"fmt"
	"testing"
)

// fullSearch is what a full search gives for the list's current search
// and filters.
func fullSearch(l *list) []int {
	full := *l
	full.rows = nil
	full.refilter()
	return full.rows
}

// TestBackspaceTakesTheTrail: each letter typed is a step of the trail; a
// backspace goes back one step and shows the rows a full search gives;
// after a verdict the trail starts afresh.
func TestBackspaceTakesTheTrail(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "tab", "/")
	l := ls(m)
	typeText(m, "gesp")
	if len(l.trail) != 5 {
		t.Fatalf("%d steps after the list and 4 letters, want 5", len(l.trail))
	}
	typeText(m, "x")
	if len(l.rows) != 0 {
		t.Fatalf("%d rows for \"gespx\"", len(l.rows))
	}
	press(m, "backspace")
	if len(l.trail) != 5 || fmt.Sprint(l.trail[4].query) != "[gesp]" {
		t.Fatalf("after a backspace the trail ends at %v (%d steps)", l.trail[len(l.trail)-1].query, len(l.trail))
	}
	if got, want := fmt.Sprint(l.rows), fmt.Sprint(fullSearch(l)); got != want || len(l.rows) == 0 {
		t.Fatalf("rows for \"gesp\" after a backspace: %s, a full search gives %s", got, want)
	}
	// Back two steps, and forward again: the steps' rows are whole.
	press(m, "backspace", "backspace")
	if got, want := fmt.Sprint(l.rows), fmt.Sprint(fullSearch(l)); got != want || len(l.trail) != 3 {
		t.Fatalf("rows for \"ge\": %s, want %s (%d steps)", got, want, len(l.trail))
	}
	typeText(m, "sp")
	if got, want := fmt.Sprint(l.rows), fmt.Sprint(fullSearch(l)); got != want {
		t.Fatalf("rows for \"gesp\" typed again: %s, want %s", got, want)
	}
	// A verdict ends the trail: the next search is a full one.
	press(m, "enter", "v", "/", "backspace")
	if len(l.trail) != 1 || fmt.Sprint(l.trail[0].query) != "[ges]" {
		t.Fatalf("after a verdict and a backspace: trail %d steps from %v", len(l.trail), l.trail[0].query)
	}
}

// TestTrailIsBounded: a long search keeps at most maxTrail steps, the
// first among them.
func TestTrailIsBounded(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "tab", "/")
	l := ls(m)
	for range maxTrail + 10 {
		typeText(m, "e")
	}
	if len(l.trail) != maxTrail || len(l.trail[0].query) != 0 {
		t.Fatalf("%d steps, the first %v; want %d, the list's own", len(l.trail), l.trail[0].query, maxTrail)
	}
}
