package tui

import (
	"os"
	"strings"
	"testing"

	"pakompas/compare/evaluation"
	"pakompas/compare/theme"
)

// moveCandidate finds an agreement with a local theme name that at least
// two agreements share, all under one theme that is not the last (so
// down in the picker reaches another theme). It returns the agreement's
// index and the indexes of all agreements under its local name.
func moveCandidate(t *testing.T, m *Model) (int, []int) {
	t.Helper()
	byLocal := map[string][]int{}
	for i, a := range m.sess.an.Agreements {
		if a.ThemeRaw != "" {
			k := theme.LocalKey(a.ThemeRaw)
			byLocal[k] = append(byLocal[k], i)
		}
	}
	last := len(m.sess.matrix().Themes) - 1
	for i, a := range m.sess.an.Agreements {
		group := byLocal[theme.LocalKey(a.ThemeRaw)]
		if a.ThemeRaw == "" || len(group) < 2 || m.sess.themeIdx[a.Theme] == last {
			continue
		}
		same := true
		for _, j := range group {
			same = same && m.sess.an.Agreements[j].Theme == a.Theme
		}
		if same {
			return i, group
		}
	}
	t.Fatal("no agreement with a shared local theme name in the demo set")
	return 0, nil
}

// evalText is the evaluation file's content.
func evalText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// themeHolds reports whether the Thema screen's rows list agreement i.
func themeHolds(m *Model, i int) bool {
	for _, r := range th(m).rows {
		for _, c := range r.Cells {
			for _, j := range c {
				if j == i {
					return true
				}
			}
		}
	}
	return false
}

// moveTo moves the agreement the Afspraak screen shows to theme to (a
// matrix index) in the picker, and answers the scope question with scope
// ("a" or "l").
func moveTo(t *testing.T, m *Model, to int, scope string) {
	t.Helper()
	press(m, "t")
	p, ok := m.dialog.(*themePicker)
	if !ok {
		t.Fatalf("t opened %T, want the theme picker", m.dialog)
	}
	for p.cursor < to {
		press(m, "down")
	}
	for p.cursor > to {
		press(m, "up")
	}
	press(m, "enter", scope)
}

// TestThemeMoveAgreement: t, a theme, enter, a moves only this agreement;
// the counts move, the evaluation file holds the move and a restart on
// the same file shows the agreement under its new theme.
func TestThemeMoveAgreement(t *testing.T) {
	// A move makes a new analysis; the file on disk changes: no shared
	// demo here.
	eval := evalFile(t)
	m := newLoaded(t, demoLoad, eval, 100, 30)
	i, group := moveCandidate(t, m)
	a := m.sess.an.Agreements[i]
	mx := m.sess.matrix()
	from := m.sess.themeIdx[a.Theme]
	to := from + 1
	toKey := mx.Themes[to]
	g := m.sess.gemIdx[a.Gemeente]
	fromN, toN := mx.Cells[from][g].N, mx.Cells[to][g].N
	fromRow, toRow := mx.RowTotals[from].N, mx.RowTotals[to].N
	total := mx.Total.N

	openAgreement(t, m, a.ID)
	press(m, "t")
	p, ok := m.dialog.(*themePicker)
	if !ok {
		t.Fatalf("t opened %T, want the theme picker", m.dialog)
	}
	if first := min(1, from); p.cursor != 1-first || p.cursor == from {
		t.Fatalf("picker starts on theme %d, want the first other one than %d", p.cursor, from)
	}
	mustContain(t, m.View(), "Ander thema voor "+a.Gemeente+" "+a.Number, "(nu)")
	for p.cursor < to {
		press(m, "down")
	}
	press(m, "enter")
	label := m.sess.an.Taxonomy.Label(toKey)
	mustContain(t, m.View(), "Verplaatsen naar '"+label+"'?", "a: alleen deze afspraak", "l: alle afspraken onder")
	// Any other key waits for the scope.
	press(m, "x")
	if m.dialog == nil {
		t.Fatal("an unknown key closed the scope question")
	}
	press(m, "a")
	if m.dialog != nil {
		t.Fatal("a did not close the picker")
	}
	mustContain(t, m.View(), "Verplaatst naar "+label, "Thema       "+label,
		"verplaatst door adviseur (was: "+m.sess.an.Taxonomy.Label(mx.Themes[from])+")")

	mx = m.sess.matrix()
	if got := mx.Cells[from][g].N; got != fromN-1 {
		t.Fatalf("source cell %d, want %d", got, fromN-1)
	}
	if got := mx.Cells[to][g].N; got != toN+1 {
		t.Fatalf("target cell %d, want %d", got, toN+1)
	}
	if mx.RowTotals[from].N != fromRow-1 || mx.RowTotals[to].N != toRow+1 || mx.Total.N != total {
		t.Fatalf("row totals %d→%d, %d→%d, total %d→%d", fromRow, mx.RowTotals[from].N, toRow, mx.RowTotals[to].N, total, mx.Total.N)
	}
	// Only this agreement moved.
	for _, j := range group {
		if want := m.sess.an.Taxonomy.Label(mx.Themes[from]); j != i && m.sess.an.Agreements[j].Theme != mx.Themes[from] {
			t.Fatalf("agreement %d left %s too", j, want)
		}
	}

	if got := storedEntry(t, eval, a.ID).Theme; got != toKey {
		t.Fatalf("stored theme %q, want %q", got, toKey)
	}
	if txt := evalText(t, eval); !strings.Contains(txt, `"thema"`) || strings.Contains(txt, "thema_per_lokale_naam") {
		t.Fatalf("evaluation file:\n%s", txt)
	}

	m2 := newLoaded(t, demoLoad, eval, 100, 30)
	i2, _ := m2.sess.an.Index(a.ID)
	if got := m2.sess.an.Agreements[i2].Theme; got != toKey {
		t.Fatalf("after restart the agreement is under %q, want %q", got, toKey)
	}
	mx2 := m2.sess.matrix()
	if mx2.Cells[from][g].N != fromN-1 || mx2.Cells[to][g].N != toN+1 {
		t.Fatalf("after restart cells %d and %d, want %d and %d", mx2.Cells[from][g].N, mx2.Cells[to][g].N, fromN-1, toN+1)
	}
	// openAgreement finds it on the new theme's Thema screen.
	openAgreement(t, m2, a.ID)
	mustContain(t, m2.View(), "Thema       "+label)
	for _, j := range group {
		if id := m2.sess.an.Agreements[j].ID; id != a.ID && m2.sess.an.Agreements[j].Theme != mx2.Themes[from] {
			t.Fatalf("after restart %s left its theme too", id)
		}
	}
}

// TestThemeMoveLocalName: l moves every agreement under the local theme
// name, saved by name.
func TestThemeMoveLocalName(t *testing.T) {
	eval := evalFile(t)
	m := newLoaded(t, demoLoad, eval, 100, 30)
	i, group := moveCandidate(t, m)
	a := m.sess.an.Agreements[i]
	mx := m.sess.matrix()
	from := m.sess.themeIdx[a.Theme]
	toKey := mx.Themes[from+1]
	fromRow, toRow := mx.RowTotals[from].N, mx.RowTotals[from+1].N

	openAgreement(t, m, a.ID)
	moveTo(t, m, from+1, "l")
	if m.dialog != nil {
		t.Fatal("l did not close the picker")
	}
	for _, j := range group {
		if got := m.sess.an.Agreements[j].Theme; got != toKey {
			t.Fatalf("agreement %d under %q, want %q", j, got, toKey)
		}
	}
	mx = m.sess.matrix()
	if mx.RowTotals[from].N != fromRow-len(group) || mx.RowTotals[from+1].N != toRow+len(group) {
		t.Fatalf("row totals %d→%d and %d→%d for %d agreements", fromRow, mx.RowTotals[from].N, toRow, mx.RowTotals[from+1].N, len(group))
	}
	st, err := evaluation.Open(eval)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.ThemeByLocal()[a.ThemeRaw]; got != toKey {
		t.Fatalf("stored move of %q: %q, want %q", a.ThemeRaw, got, toKey)
	}
	if txt := evalText(t, eval); !strings.Contains(txt, `"thema_per_lokale_naam"`) {
		t.Fatalf("evaluation file without thema_per_lokale_naam:\n%s", txt)
	}

	m2 := newLoaded(t, demoLoad, eval, 100, 30)
	for _, j := range group {
		if got := m2.sess.an.Agreements[j].Theme; got != toKey {
			t.Fatalf("after restart agreement %d under %q, want %q", j, got, toKey)
		}
	}
	if m2.sess.matrix().RowTotals[from+1].N != toRow+len(group) {
		t.Fatalf("after restart the target row counts %d, want %d", m2.sess.matrix().RowTotals[from+1].N, toRow+len(group))
	}
}

// TestThemePickerCancel: esc, at either question, or enter on the
// current theme, moves nothing.
func TestThemePickerCancel(t *testing.T) {
	for _, keys := range [][]string{{"t", "esc"}, {"t", "enter", "esc"}, {"t", "down", "enter", "esc"}, {"current"}} {
		t.Run(strings.Join(keys, "+"), func(t *testing.T) {
			eval := evalFile(t)
			m := newLoaded(t, demoLoad, eval, 100, 30)
			i, _ := moveCandidate(t, m)
			a := m.sess.an.Agreements[i]
			openAgreement(t, m, a.ID)
			if keys[0] == "current" {
				moveTo(t, m, m.sess.themeIdx[a.Theme], "a")
			} else {
				press(m, keys...)
			}
			if m.dialog != nil {
				t.Fatal("the picker is still open")
			}
			if got := m.sess.an.Agreements[i].Theme; got != a.Theme {
				t.Fatalf("theme %q, want %q unchanged", got, a.Theme)
			}
			if _, err := os.Stat(eval); err == nil && strings.Contains(evalText(t, eval), "thema") {
				t.Fatalf("evaluation file holds a move:\n%s", evalText(t, eval))
			}
		})
	}
}

// TestGemeentePicker: c on Thema, space turns one gemeente off, enter
// shows the rest; choosing none is refused.
func TestGemeentePicker(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "enter")
	gems := m.sess.matrix().Gemeenten
	if len(gems) != 6 {
		t.Fatalf("%d gemeenten in the demo set", len(gems))
	}
	off := gems[1]
	mustContain(t, m.View(), off)
	press(m, "c")
	if _, ok := m.dialog.(*gemeentePicker); !ok {
		t.Fatalf("c opened %T, want the gemeente picker", m.dialog)
	}
	mustContain(t, m.View(), "Welke gemeenten naast elkaar?", "[x] "+gems[0], "[x] "+off)
	press(m, "down", " ")
	mustContain(t, m.View(), "[ ] "+off)
	press(m, "enter")
	if m.dialog != nil {
		t.Fatal("enter did not close the picker")
	}
	wantScreen(t, m, screenTheme)
	v := m.View()
	mustContain(t, v, "[5 van 6 gemeenten] x wist", gems[0], gems[2], gems[3], gems[4], "gemeenten 1–4 van 5", "5 van 6 gemeenten als kolom")
	mustNotContain(t, v, off)
	if len(m.sess.shown) != 5 {
		t.Fatalf("shown %v", m.sess.shown)
	}

	// None: refused, the picker stays and the columns do not change.
	press(m, "c", "n", "enter")
	if m.dialog == nil {
		t.Fatal("enter with no gemeente closed the picker")
	}
	mustContain(t, m.View(), "Kies minstens één gemeente")
	if len(m.sess.shown) != 5 {
		t.Fatalf("shown %v after refusing none", m.sess.shown)
	}
	// esc cancels; a and enter bring every column back.
	press(m, "esc")
	if m.dialog != nil || len(m.sess.shown) != 5 {
		t.Fatalf("esc: dialog %T, shown %v", m.dialog, m.sess.shown)
	}
	press(m, "c", "a", "enter")
	v = m.View()
	mustNotContain(t, v, "van 6 gemeenten]")
	mustContain(t, v, off)
}

// After a move, the Thema screen of the source theme no longer lists the
// agreement (its layout was taken before the move), and the list's search
// finds it by its new theme name.
func TestThemeMoveRefreshesViews(t *testing.T) {
	m := newLoaded(t, demoLoad, evalFile(t), 100, 30)
	i, _ := moveCandidate(t, m)
	a := m.sess.an.Agreements[i]
	from := m.sess.themeIdx[a.Theme]
	toKey := m.sess.matrix().Themes[from+1]
	// Build the list's search text before the move.
	press(m, "tab")
	press(m, "esc")
	openAgreement(t, m, a.ID)
	if !themeHolds(m, i) {
		t.Fatal("the source theme does not show the agreement before the move")
	}
	moveTo(t, m, from+1, "a")
	press(m, "esc") // back to the Thema screen of the source theme
	wantScreen(t, m, screenTheme)
	if themeHolds(m, i) {
		t.Error("the source theme still lists the moved agreement")
	}
	press(m, "/")
	typeText(m, a.Number+" "+m.sess.an.Taxonomy.Label(toKey)+" "+a.Gemeente)
	l := m.screens[screenList].(*list)
	found := false
	for _, r := range l.rows {
		found = found || r == i
	}
	if !found {
		t.Errorf("search by the new theme name does not find %s (%d rows)", a.ID, len(l.rows))
	}
}
