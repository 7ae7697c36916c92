package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// verloopModel is the demo loaded at w×h with the Verloop screen open on
// Uithoorn (the sixth gemeente column: J on the cursor's gemeente).
func verloopModel(t *testing.T, w, h int) *Model {
	t.Helper()
	m := newLoaded(t, sharedDemoLoad, evalFile(t), w, h)
	press(m, "right", "right", "right", "right", "right", "J")
	wantScreen(t, m, screenVerloop)
	return m
}

// J on a gemeente with one jaarschijf says so and names those with more
// years; on Uithoorn it opens the Verloop screen with both years.
func TestVerloopOpensFromOverview(t *testing.T) {
	m := newLoaded(t, sharedDemoLoad, evalFile(t), 100, 30)
	press(m, "J")
	wantScreen(t, m, screenOverview)
	mustContain(t, ansi.Strip(m.View()), "Aalsmeer heeft één jaarschijf (2025-2027); meer jaren: Ouder-Amstel, Uithoorn")
	mustContain(t, ansi.Strip(m.View()), "Verloop + − ↻", "+15−4↻2", "+17 −2 ↻1")
	press(m, "right", "right", "right", "right", "right", "J")
	wantScreen(t, m, screenVerloop)
	v := ansi.Strip(m.View())
	mustContain(t, v, "Overzicht › Verloop", "Uithoorn · 2024 → 2025", "2024 (20)", "2025 (31)",
		"+ nieuw 15", "− vervallen 4", "↻ doorgeschoven 2", "35 van 35 afspraken")
	press(m, "esc")
	wantScreen(t, m, screenOverview)
}

// Every agreement of the gemeente stands in exactly one cell, under its
// year, and a matched pair shares a row.
func TestVerloopRowsFollowChains(t *testing.T) {
	m := verloopModel(t, 100, 30)
	v := vl(m)
	an := m.sess.an
	seen := map[int]bool{}
	for _, r := range v.rows {
		for k, i := range r.cells {
			if i < 0 {
				continue
			}
			if seen[i] || an.Agreements[i].Year != v.sum.Years[k] || an.Agreements[i].Gemeente != "Uithoorn" {
				t.Errorf("agreement %s in year column %d (seen %v)", an.Agreements[i].ID, k, seen[i])
			}
			seen[i] = true
		}
		if r.cells[0] >= 0 && r.cells[1] >= 0 && an.Agreements[r.cells[1]].Previous != an.Agreements[r.cells[0]].ID {
			t.Errorf("row %s / %s is no matched pair", an.Agreements[r.cells[0]].ID, an.Agreements[r.cells[1]].ID)
		}
	}
	if len(seen) != 51 {
		t.Errorf("%d of Uithoorn's 51 agreements in the table", len(seen))
	}
}

// Each filter key keeps the rows with its state, several keys add up,
// the same key again and x take them off; the filter line says so.
func TestVerloopFilters(t *testing.T) {
	m := verloopModel(t, 100, 30)
	v := vl(m)
	count := func(st vlState) int {
		n := 0
		for _, r := range v.rows {
			if r.states&st != 0 {
				n++
			}
		}
		return n
	}
	for _, c := range []struct {
		key  string
		st   vlState
		want int
	}{{"n", vlNieuw, 15}, {"w", vlGewijzigd, 12}, {"o", vlOngewijzigd, 4}, {"v", vlVervallen, 4}, {"d", vlDoorgeschoven, 2}} {
		press(m, c.key)
		if len(v.shown) != c.want || count(c.st) != c.want {
			t.Errorf("%s: %d rows shown, %d with the state, want %d", c.key, len(v.shown), count(c.st), c.want)
		}
		for _, p := range v.shown {
			if v.rows[p].states&c.st == 0 {
				t.Errorf("%s: a row without the state shown", c.key)
			}
		}
		mustContain(t, ansi.Strip(m.View()), "alleen "+vlStates[stateIndex(c.st)].word, "x wist filters")
		press(m, c.key)
		if len(v.shown) != 35 {
			t.Errorf("%s twice: %d rows, want all 35", c.key, len(v.shown))
		}
	}
	press(m, "n", "v")
	if len(v.shown) != 19 {
		t.Errorf("nieuw or vervallen: %d rows, want 19", len(v.shown))
	}
	mustContain(t, ansi.Strip(m.View()), "alleen nieuw of vervallen")
	press(m, "x")
	if len(v.shown) != 35 || v.filter != 0 {
		t.Errorf("x: %d rows, filter %b", len(v.shown), v.filter)
	}
	mustContain(t, m.status, "Filters gewist")
}

// stateIndex is the place of st in vlStates.
func stateIndex(st vlState) int {
	for i, s := range vlStates {
		if s.state == st {
			return i
		}
	}
	return -1
}

// ←/→ and tab go round the gemeenten with several years; the cursor
// moves over the rows and the pane shows the cursor row's texts, the
// changed words and the years carried over.
func TestVerloopNavigation(t *testing.T) {
	m := verloopModel(t, 100, 30)
	v := vl(m)
	for _, c := range []struct{ key, want string }{
		{"right", "Ouder-Amstel"}, {"right", "Uithoorn"}, {"tab", "Ouder-Amstel"}, {"shift+tab", "Uithoorn"}, {"left", "Ouder-Amstel"},
	} {
		press(m, c.key)
		if v.sum.Gemeente != c.want || v.cursor != 0 {
			t.Errorf("%s: %s at row %d, want %s at 0", c.key, v.sum.Gemeente, v.cursor, c.want)
		}
	}
	press(m, "left")
	// The flexwoningen of 2024 (3.1, "loopt") are 2.2 in 2025.
	press(m, "down", "down", "down", "down", "down", "down")
	view := ansi.Strip(m.View())
	mustContain(t, view, "doorgeschoven 1 jaar (status ervoor: Op schema)", `"in 2024" →`,
		"2024 · 3.1 · Op schema", "2025 · 2.2 · Risico")
	press(m, "end")
	if v.cursor != len(v.shown)-1 {
		t.Errorf("end: cursor %d of %d", v.cursor, len(v.shown))
	}
	if !strings.Contains(ansi.Strip(m.View()), "› ") {
		t.Error("no cursor mark on view after end")
	}
	press(m, "home")
	if v.cursor != 0 || v.top != 0 {
		t.Errorf("home: cursor %d top %d", v.cursor, v.top)
	}
}

// Enter opens the row's latest agreement; ] goes to the next row's; esc
// comes back to the Verloop screen where it was.
func TestVerloopEnter(t *testing.T) {
	m := verloopModel(t, 100, 30)
	press(m, "d", "down", "enter")
	wantScreen(t, m, screenDetail)
	mustContain(t, ansi.Strip(m.View()), "Partijen stellen vóór 1 juli 2025 samen een plan van aanpak", "afspraak 2 van 2")
	press(m, "[")
	mustContain(t, ansi.Strip(m.View()), "De gemeente stelt uiterlijk 31 december 2025 twee locaties")
	press(m, "esc")
	wantScreen(t, m, screenVerloop)
	if v := vl(m); v.cursor != 1 || len(v.shown) != 2 {
		t.Errorf("back: cursor %d of %d rows, want 1 of 2", v.cursor, len(v.shown))
	}
}

// The ? screen lists the Verloop screen's keys.
func TestVerloopHelp(t *testing.T) {
	m := verloopModel(t, 100, 30)
	press(m, "?")
	mustContain(t, ansi.Strip(m.View()), "alleen doorgeschoven (aan/uit)", "volgende gemeente met meer jaren", "filters wissen")
}

// The screen fits at every size, narrow ones included.
func TestVerloopFits(t *testing.T) {
	for _, s := range [][2]int{{60, 20}, {80, 24}, {100, 30}, {160, 50}} {
		m := verloopModel(t, s[0], s[1])
		press(m, "down", "down")
		assertFits(t, m.View(), s[0], s[1])
	}
}

// An agreement rolled over with only its years moved on (Uithoorn 1.1:
// "per 1 juli 2024" → "2025", "CPI 2023" → "2024") says so under the
// table and on the Afspraak screen, and the legend counts it at 100
// columns; a real change (1.4, an amount) does not say it. At 80 columns
// the note gives way so that every state's count still shows.
func TestVerloopYearsOnly(t *testing.T) {
	m := verloopModel(t, 100, 30)
	v := ansi.Strip(m.View())
	mustContain(t, v, "~ gewijzigd 12 (1 alleen jaartal)", `gewijzigd (alleen de jaartallen) · "2024" → "2025" · "2023" → "2024"`)
	an := m.sess.an
	i, ok := an.Index("uithoorn:2025:1.1")
	j, ok2 := an.Index("uithoorn:2025:1.4")
	if !ok || !ok2 || !an.Agreements[i].YearsOnly || an.Agreements[j].YearsOnly {
		t.Fatalf("years only: 1.1 %v, 1.4 %v", ok && an.Agreements[i].YearsOnly, ok2 && an.Agreements[j].YearsOnly)
	}
	press(m, "enter")
	wantScreen(t, m, screenDetail)
	mustContain(t, ansi.Strip(m.View()), "gewijzigd t.o.v. 2024 (1.1), alleen de jaartallen")

	narrow := verloopModel(t, 80, 24)
	mustContain(t, ansi.Strip(narrow.View()), "↻ doorgeschoven 2")
}
