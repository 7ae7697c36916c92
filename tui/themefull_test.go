package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"strings"
	"testing"

	"pakompas/compare/theme"
)

// openTheme opens theme key on the Thema screen of a loaded model, from
// the overview.
func openTheme(t *testing.T, m *Model, key string) *themeView {
	t.Helper()
	wantScreen(t, m, screenOverview)
	press(m, "home")
	for range m.sess.matrix().Themes {
		press(m, "k")
	}
	for range m.sess.themeIdx[key] {
		press(m, "j")
	}
	press(m, "enter")
	wantScreen(t, m, screenTheme)
	return th(m)
}

// TestThemeFullRow: z shows the whole text of the cursor's row for every
// gemeente (the grid cuts it); ↓ goes to the next row; esc closes it and
// a second esc leaves the screen. On a wide screen the gemeenten stand
// side by side, on a narrow one under each other.
func TestThemeFullRow(t *testing.T) {
	m, _ := demoModel(t)
	tv := openTheme(t, m, "betaalbaarheid")
	r := tv.rows[tv.visible[0]]
	var texts []string
	for g := range m.sess.an.Gemeenten {
		for _, i := range r.Cells[g] {
			texts = append(texts, m.sess.an.Agreements[i].Text)
		}
	}
	long := ""
	for _, txt := range texts {
		if len(txt) > len(long) {
			long = txt
		}
	}
	grid := m.View()
	tail := long[len(long)-25:]
	mustNotContain(t, grid, tail, "Hele rij")
	press(m, "z")
	if tv.full == nil {
		t.Fatal("z did not open the whole row")
	}
	v := m.View()
	mustContain(t, v, "Hele rij · Betaalbaarheid", "rij 1 van", "esc sluiten", "? help")
	// Every agreement's whole text: its words in order, over the lines.
	flat := strings.Join(strings.Fields(v), " ")
	for _, txt := range texts {
		mustContain(t, flat, strings.Join(strings.Fields(txt), " "))
	}
	for _, g := range m.sess.an.Gemeenten {
		mustContain(t, v, g)
	}
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, "Aalsmeer") && strings.Contains(l, "Landsmeer") {
			t.Fatalf("at 100 columns the gemeenten stand under each other, got %q", l)
		}
	}
	press(m, "down")
	mustContain(t, m.View(), "rij 2 van")
	second := tv.rows[tv.visible[1]]
	for g := range m.sess.an.Gemeenten {
		for _, i := range second.Cells[g] {
			mustContain(t, strings.Join(strings.Fields(m.View()), " "), strings.Join(strings.Fields(m.sess.an.Agreements[i].Text), " "))
		}
	}
	// Wide: side by side.
	m.Update(tea.WindowSizeMsg{Width: 200, Height: 40})
	side := false
	for _, l := range strings.Split(m.View(), "\n") {
		side = side || (strings.Contains(l, "Aalsmeer") && strings.Contains(l, "Landsmeer") && strings.Contains(l, "Ouder-Amstel"))
	}
	if !side {
		t.Fatalf("at 200 columns the gemeenten do not stand side by side:\n%s", m.View())
	}
	press(m, "esc")
	if tv.full != nil {
		t.Fatal("esc did not close the whole row")
	}
	wantScreen(t, m, screenTheme)
	if tv.row != 1 {
		t.Fatalf("cursor on row %d after closing, want the row read last (1)", tv.row)
	}
	press(m, "z", "z")
	if tv.full != nil {
		t.Fatal("z did not close the whole row")
	}
	press(m, "esc")
	wantScreen(t, m, screenOverview)
}

// TestThemeHidesEmptyRows: with gemeenten picked, a row that has no
// agreement in any shown column (all "ontbreekt" or empty) is hidden.
func TestThemeHidesEmptyRows(t *testing.T) {
	m, _ := demoModel(t)
	tv := openTheme(t, m, "betaalbaarheid")
	// The gemeenten that lack a group's agreement.
	var gaps []int
	for _, r := range tv.rows {
		if r.Group == "" {
			continue
		}
		gaps = gaps[:0]
		for g, miss := range r.Missing {
			if miss {
				gaps = append(gaps, g)
			}
		}
		if len(gaps) > 0 {
			break
		}
	}
	if len(gaps) == 0 {
		t.Fatal("no row in Betaalbaarheid with a gap")
	}
	all := len(tv.visible)
	m.Update(gemeentenChosenMsg{shown: append([]int(nil), gaps...)})
	if len(tv.visible) >= all || len(tv.visible) == 0 {
		t.Fatalf("%d of %d rows shown for gemeenten %v", len(tv.visible), all, gaps)
	}
	hidden := 0
	for ri, r := range tv.rows {
		has := false
		for _, g := range gaps {
			has = has || len(r.Cells[g]) > 0
		}
		shown := false
		for _, v := range tv.visible {
			shown = shown || v == ri
		}
		if has != shown {
			t.Errorf("row %d: agreement in a shown column %v, shown %v", ri, has, shown)
		}
		if !has {
			hidden++
		}
	}
	if hidden == 0 {
		t.Fatal("no row was hidden")
	}
	// All gemeenten again: every row is back.
	m.Update(gemeentenChosenMsg{shown: []int{0, 1, 2, 3, 4, 5}})
	if len(tv.visible) != all {
		t.Fatalf("%d rows with every gemeente, want %d", len(tv.visible), all)
	}
}

// TestThemeMovedAgreementMarked: an agreement the adviser moved to
// another theme leaves its group's row with "→ <thema>" where it stood;
// enter there opens it.
func TestThemeMovedAgreementMarked(t *testing.T) {
	m := newLoaded(t, demoLoad, evalFile(t), 100, 30)
	an := m.sess.an
	moved, from := -1, ""
	for _, g := range an.Groups {
		same := true
		for _, i := range g.Members {
			same = same && an.Agreements[i].Theme == g.Theme
		}
		if same && len(g.Members) >= 3 && g.Theme != "leefbaarheid" {
			moved, from = g.Members[0], g.Theme
			break
		}
	}
	if moved < 0 {
		t.Fatal("no group of three in one theme")
	}
	id := an.Agreements[moved].ID
	cmd, err := m.sess.moveAgreement(moved, "leefbaarheid")
	if err != nil {
		t.Fatal(err)
	}
	m.Update(cmd())
	moved, _ = m.sess.an.Index(id)
	a := m.sess.an.Agreements[moved]
	if a.Theme != "leefbaarheid" || a.ThemeVia != theme.ViaAdviser {
		t.Fatalf("moved agreement: theme %q via %q", a.Theme, a.ThemeVia)
	}
	tv := openTheme(t, m, from)
	g := m.sess.gemIdx[a.Gemeente]
	press(m, "home")
	for range tv.visible {
		if r := tv.rows[tv.visible[tv.row]]; r.Group == a.Group {
			break
		}
		press(m, "j")
	}
	if tv.rows[tv.visible[tv.row]].Group != a.Group {
		t.Fatal("the group's row is not on the Thema screen")
	}
	for range g {
		press(m, "l")
	}
	mustContain(t, m.View(), "→ Leefbaarheid")
	press(m, "z")
	mustContain(t, m.View(), "→ Leefbaarheid (verplaatst door adviseur)")
	press(m, "enter")
	wantScreen(t, m, screenDetail)
	if dt(m).idx != moved {
		t.Fatalf("enter opened agreement %d, want the moved one %d", dt(m).idx, moved)
	}
}
