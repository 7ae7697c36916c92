package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare/evaluation"
	"pakompas/importer"
)

// Screens of a model, typed.
func ov(m *Model) *overview  { return m.screens[screenOverview].(*overview) }
func th(m *Model) *themeView { return m.screens[screenTheme].(*themeView) }
func dt(m *Model) *detail    { return m.screens[screenDetail].(*detail) }
func rp(m *Model) *report    { return m.screens[screenReport].(*report) }

// demoModel is a loaded model on the demo set at 100×30 with a fresh
// evaluation file.
func demoModel(t *testing.T) (*Model, string) {
	t.Helper()
	eval := evalFile(t)
	return newLoaded(t, sharedDemoLoad, eval, 100, 30), eval
}

func wantScreen(t *testing.T, m *Model, id screenID) {
	t.Helper()
	if m.active != id {
		t.Fatalf("active screen %d (%s), want %d", m.active, m.screen().Title(), id)
	}
}

// isQuit reports whether cmd ends the program.
func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

// storedVerdict reads the verdict of id from the evaluation file on disk.
func storedEntry(t *testing.T, path, id string) evaluation.Entry {
	t.Helper()
	s, err := evaluation.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s.Get(id)
}

func TestLoadOpensOverview(t *testing.T) {
	m, _ := demoModel(t)
	wantScreen(t, m, screenOverview)
	v := m.View()
	mustContain(t, v, "Overzicht", "6 gemeenten · 143 afspraken · 45 vaag", "Aalsmeer", "Uithoorn", "Betaalbaarheid", "Wie draagt de afspraken")
	mustNotContain(t, v, "Laden")
}

func TestOverviewCursorKeys(t *testing.T) {
	m, _ := demoModel(t)
	o := ov(m)
	nt, ng := len(m.sess.matrix().Themes), len(m.sess.matrix().Gemeenten)
	steps := []struct {
		key      string
		row, col int
	}{
		{"up", 0, 0}, {"left", 0, 0}, // clamped at the start
		{"down", 1, 0}, {"j", 2, 0}, {"k", 1, 0}, {"up", 0, 0},
		{"right", 0, 1}, {"l", 0, 2}, {"h", 0, 1}, {"left", 0, 0},
		{"end", 0, ng - 1}, {"right", 0, ng - 1}, {"home", 0, 0},
	}
	for _, st := range steps {
		press(m, st.key)
		if o.row != st.row || o.col != st.col {
			t.Fatalf("after %s: cursor (%d,%d), want (%d,%d)", st.key, o.row, o.col, st.row, st.col)
		}
	}
	for range nt + 3 {
		press(m, "j")
	}
	if o.row != nt-1 {
		t.Fatalf("row %d after moving past the end, want %d", o.row, nt-1)
	}
}

// TestOverviewScrollsColumns: at 60 columns not every gemeente fits; the
// cursor column is always in view.
func TestOverviewScrollsColumns(t *testing.T) {
	m := newLoaded(t, sharedDemoLoad, evalFile(t), 60, 24)
	gems := m.sess.matrix().Gemeenten
	first, last := gems[0], gems[len(gems)-1]
	v := m.View()
	mustContain(t, v, first)
	mustNotContain(t, v, last)
	for range len(gems) - 1 {
		press(m, "l")
	}
	v = m.View()
	mustContain(t, v, last)
	mustNotContain(t, v, first)
	press(m, "home")
	mustContain(t, m.View(), first)
}

func TestEnterOpensThemeAndBack(t *testing.T) {
	for _, back := range []string{"esc", "backspace"} {
		t.Run(back, func(t *testing.T) {
			m, _ := demoModel(t)
			press(m, "down", "right", "enter")
			wantScreen(t, m, screenTheme)
			tv := th(m)
			if want := m.sess.matrix().Themes[1]; tv.key != want {
				t.Fatalf("theme %q, want %q", tv.key, want)
			}
			if gi := m.sess.shown[tv.col]; m.sess.matrix().Gemeenten[gi] != m.sess.matrix().Gemeenten[1] {
				t.Fatalf("theme opened on gemeente column %d, want the overview's 1", gi)
			}
			v := m.View()
			mustContain(t, v, "Overzicht › Thema", m.sess.an.Taxonomy.Label(tv.key))

			press(m, "left")
			firstAgreement(t, m)
			press(m, "enter")
			wantScreen(t, m, screenDetail)
			mustContain(t, m.View(), "Overzicht › Thema › Afspraak", "SMART")
			press(m, back)
			wantScreen(t, m, screenTheme)
			press(m, back)
			wantScreen(t, m, screenOverview)
			// The overview kept its cursor.
			if o := ov(m); o.row != 1 || o.col != 1 {
				t.Fatalf("overview cursor (%d,%d) after back, want (1,1)", o.row, o.col)
			}
		})
	}
}

func TestThemeCursorKeys(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "enter")
	tv := th(m)
	n := len(tv.visible)
	if n < 3 {
		t.Fatalf("theme has %d rows", n)
	}
	steps := []struct {
		key      string
		row, col int
	}{
		{"up", 0, 0}, {"left", 0, 0},
		{"down", 1, 0}, {"j", 2, 0}, {"k", 1, 0}, {"up", 0, 0},
		{"right", 0, 1}, {"l", 0, 2}, {"h", 0, 1}, {"left", 0, 0},
		{"end", n - 1, 0}, {"down", n - 1, 0}, {"home", 0, 0},
	}
	for _, st := range steps {
		press(m, st.key)
		if tv.row != st.row || tv.col != st.col {
			t.Fatalf("after %s: cursor (%d,%d), want (%d,%d)", st.key, tv.row, tv.col, st.row, st.col)
		}
	}
	// Enter opens the agreement under the cursor (row 2 of Landsmeer,
	// the fourth column: Amstelveen and De Ronde Venen have none there).
	press(m, "j", "l", "l", "l")
	i, ok := tv.current()
	if !ok {
		t.Fatal("no agreement under the cursor")
	}
	press(m, "enter")
	wantScreen(t, m, screenDetail)
	if dt(m).idx != i {
		t.Fatalf("detail shows agreement %d, want %d", dt(m).idx, i)
	}
	a := m.sess.an.Agreements[i]
	mustContain(t, m.View(), a.Gemeente, "Nummer      "+a.Number)
}

// TestThemeScrollsRows: moving down past the page shows later rows and
// hides the first.
func TestThemeScrollsRows(t *testing.T) {
	m := newLoaded(t, sharedDemoLoad, evalFile(t), 100, 20)
	press(m, "down", "enter") // Beschikbaarheid: many rows
	tv := th(m)
	top := m.View()
	press(m, "end")
	bottom := m.View()
	if top == bottom {
		t.Fatal("the view did not change after end")
	}
	if tv.top == 0 {
		t.Fatalf("top row still 0 after end (row %d of %d)", tv.row, len(tv.visible))
	}
	press(m, "home")
	if v := m.View(); tv.top != 0 || v != top {
		t.Fatal("home did not return to the first page")
	}
}

// firstAgreement moves the Thema cursor down to the first row with an
// agreement in the cursor's column and returns it.
func firstAgreement(t *testing.T, m *Model) int {
	t.Helper()
	tv := th(m)
	for range tv.visible {
		if i, ok := tv.current(); ok {
			return i
		}
		press(m, "j")
	}
	t.Fatal("no agreement in the cursor's column")
	return 0
}

func mustCurrent(t *testing.T, m *Model) int {
	t.Helper()
	i, ok := th(m).current()
	if !ok {
		t.Fatal("no agreement under the cursor")
	}
	return i
}

// themesWithAgreements lists the theme keys tab visits, in order.
func themesWithAgreements(m *Model) []string {
	var out []string
	for i, k := range m.sess.matrix().Themes {
		if m.sess.matrix().RowTotals[i].N > 0 {
			out = append(out, k)
		}
	}
	return out
}

func TestThemeTabSwitchesTheme(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "enter")
	tv := th(m)
	keys := themesWithAgreements(m)
	if len(keys) == len(m.sess.matrix().Themes) {
		t.Fatal("the demo set should have an empty theme (Overig) for tab to skip")
	}
	if tv.key != keys[0] {
		t.Fatalf("theme %q, want %q", tv.key, keys[0])
	}
	for i := 1; i <= len(keys); i++ {
		press(m, "tab")
		want := keys[i%len(keys)]
		wantScreen(t, m, screenTheme)
		if tv.key != want {
			t.Fatalf("tab %d: theme %q, want %q", i, tv.key, want)
		}
		mustContain(t, m.View(), m.sess.an.Taxonomy.Label(want)+"  ")
	}
	// shift+tab from the first theme wraps to the last one with agreements.
	press(m, "shift+tab")
	if want := keys[len(keys)-1]; tv.key != want {
		t.Fatalf("shift+tab: theme %q, want %q", tv.key, want)
	}
	press(m, "shift+tab")
	if want := keys[len(keys)-2]; tv.key != want {
		t.Fatalf("shift+tab: theme %q, want %q", tv.key, want)
	}
}

func TestThemeVagueOnly(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "enter")
	tv := th(m)
	all := len(tv.visible)
	mustNotContain(t, m.View(), "[alleen vaag]")
	press(m, "V")
	if !tv.vagueOnly || len(tv.visible) == 0 || len(tv.visible) >= all {
		t.Fatalf("vague only: %d of %d rows", len(tv.visible), all)
	}
	for _, r := range tv.visible {
		if !shownRow(m.sess, tv.rows[r], true) {
			t.Fatalf("row %d without a vague agreement is shown", r)
		}
	}
	mustContain(t, m.View(), "[alleen vaag]")
	// The filter stays on the next theme.
	press(m, "tab")
	if !tv.vagueOnly {
		t.Fatal("vague only was lost on tab")
	}
	press(m, "shift+tab", "V")
	if tv.vagueOnly || len(tv.visible) != all {
		t.Fatalf("after V again: %d of %d rows", len(tv.visible), all)
	}
	mustNotContain(t, m.View(), "[alleen vaag]")
}

// TestThemeVagueOnlyEmpty: a theme without vague agreements shows no rows
// under V; moving down and pressing enter or v there does nothing (the
// cursor stays on row 0 and nothing is opened or judged).
func TestThemeVagueOnlyEmpty(t *testing.T) {
	m, _ := demoModel(t)
	mx := m.sess.matrix()
	row := -1
	for i := range mx.Themes {
		if mx.RowTotals[i].N > 0 && mx.RowTotals[i].Vague == 0 {
			row = i
		}
	}
	if row < 0 {
		t.Fatal("the demo set should have a theme without vague agreements")
	}
	for range row {
		press(m, "j")
	}
	press(m, "enter", "V")
	if tv := th(m); len(tv.visible) != 0 {
		t.Fatalf("%d rows under vague only", len(tv.visible))
	}
	press(m, "j", "enter", "v", "pgdown", "enter", "k", "v")
	wantScreen(t, m, screenTheme)
	if tv := th(m); tv.row != 0 {
		t.Fatalf("cursor on row %d of none", tv.row)
	}
	mustContain(t, m.View(), "geen afspraken")
}

// TestVerdictCycle presses v on an agreement the classifier finds not
// vague: vaag → niet vaag → twijfel → none, checking the counts on screen
// and the evaluation file after every press.
func TestVerdictCycle(t *testing.T) {
	m, eval := demoModel(t)
	press(m, "enter")
	i := mustCurrent(t, m)
	a := m.sess.an.Agreements[i]
	if a.Vague {
		t.Fatalf("%s is vague; the test wants one that is not", a.ID)
	}
	ti, gi := m.sess.themeIdx[a.Theme], m.sess.gemIdx[a.Gemeente]
	base := m.sess.matrix().Total.Vague
	cellBase := m.sess.matrix().Cells[ti][gi].Vague
	steps := []struct {
		want     evaluation.Verdict
		vague    int // change of the vague counts
		status   string
		detailed string
	}{
		{evaluation.Vaag, 1, "Oordeel: vaag · bewaard", "Oordeel adviseur  ◆ vaag"},
		{evaluation.NietVaag, 0, "Oordeel: niet vaag · bewaard", "Oordeel adviseur  ◇ niet vaag"},
		{evaluation.Twijfel, 0, "Oordeel: twijfel · bewaard", "Oordeel adviseur  ? twijfel"},
		{evaluation.None, 0, "Oordeel: geen (automatisch) · bewaard", "Oordeel adviseur  geen (telt als niet vaag)"},
	}
	for _, st := range steps {
		press(m, "v")
		if got := m.sess.verdict(i); got != st.want {
			t.Fatalf("verdict %q, want %q", got, st.want)
		}
		if got := storedEntry(t, eval, a.ID).Verdict; got != st.want {
			t.Fatalf("file holds %q, want %q", got, st.want)
		}
		if m.sess.matrix().Total.Vague != base+st.vague || m.sess.matrix().Cells[ti][gi].Vague != cellBase+st.vague {
			t.Fatalf("verdict %q: %d vague (cell %d), want %d (cell %d)", st.want, m.sess.matrix().Total.Vague, m.sess.matrix().Cells[ti][gi].Vague, base+st.vague, cellBase+st.vague)
		}
		v := m.View()
		mustContain(t, v, st.status, fmt.Sprintf("· %d vaag", base+st.vague))
		// The overview shows the new share in the agreement's cell.
		press(m, "esc")
		c := m.sess.matrix().Cells[ti][gi]
		mustContain(t, m.View(), fmt.Sprintf("%d %3.0f%%", c.N, 100*float64(cellBase+st.vague)/float64(c.N)))
		press(m, "enter")
		// The detail screen shows it too.
		press(m, "enter")
		mustContain(t, m.View(), st.detailed)
		press(m, "esc")
	}
	// An entry without verdict or note is not kept.
	s, err := evaluation.Open(eval)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(s.Entries()); n != 0 {
		t.Fatalf("%d entries left after cycling back to none", n)
	}
}

// TestVerdictOnDetail: v works on the Afspraak screen as well, and the
// matrix follows for an agreement the classifier finds vague.
func TestVerdictOnDetail(t *testing.T) {
	m, eval := demoModel(t)
	press(m, "enter", "down", "enter") // row 2 of Betaalbaarheid is vague
	d := dt(m)
	a := m.sess.an.Agreements[d.idx]
	if !a.Vague {
		t.Fatalf("%s is not vague", a.ID)
	}
	base := m.sess.matrix().Total.Vague
	press(m, "v") // vaag: no change
	press(m, "v") // niet vaag: one fewer
	if m.sess.matrix().Total.Vague != base-1 {
		t.Fatalf("%d vague after niet vaag, want %d", m.sess.matrix().Total.Vague, base-1)
	}
	if got := storedEntry(t, eval, a.ID).Verdict; got != evaluation.NietVaag {
		t.Fatalf("file holds %q", got)
	}
	mustContain(t, m.View(), "Oordeel adviseur  ◇ niet vaag", fmt.Sprintf("· %d vaag", base-1))
}

func TestNoteEscSaves(t *testing.T) {
	m, eval := demoModel(t)
	press(m, "enter", "enter")
	d := dt(m)
	id := m.sess.an.Agreements[d.idx].ID
	mustContain(t, m.View(), "(geen; n om te schrijven)")
	press(m, "n")
	if !d.editing || !m.screen().Capturing() {
		t.Fatal("n did not start the note")
	}
	// While typing, q, ? and v are text, not commands.
	typeText(m, "Navragen: q? v")
	if m.quitting || m.showHelp || m.sess.verdict(d.idx) != evaluation.None {
		t.Fatal("a key while typing was taken as a command")
	}
	mustContain(t, m.View(), "esc notitie bewaren")
	if got := storedEntry(t, eval, id).Note; got != "" {
		t.Fatalf("the note was saved before esc (no draft message yet): %q", got)
	}
	press(m, "esc")
	if d.editing {
		t.Fatal("esc did not end the note")
	}
	wantScreen(t, m, screenDetail)
	if got := storedEntry(t, eval, id).Note; got != "Navragen: q? v" {
		t.Fatalf("file holds note %q", got)
	}
	mustContain(t, m.View(), "Notitie bewaard", "Navragen: q? v")
	// Editing again starts from the saved note; esc without changes is
	// quiet.
	press(m, "n")
	if got := d.note.Value(); got != "Navragen: q? v" {
		t.Fatalf("textarea holds %q", got)
	}
	press(m, "esc")
	mustNotContain(t, m.View(), "Notitie bewaard")
}

func TestNoteCtrlCSavesAndQuits(t *testing.T) {
	m, eval := demoModel(t)
	press(m, "enter", "enter", "n")
	id := m.sess.an.Agreements[dt(m).idx].ID
	typeText(m, "half af")
	if cmd := press(m, "ctrl+c"); !isQuit(cmd) {
		t.Fatal("ctrl+c while typing did not quit")
	}
	if got := storedEntry(t, eval, id).Note; got != "half af" {
		t.Fatalf("file holds note %q, want the text being typed", got)
	}
}

// TestNoteDraft: a pause in typing (the tick's draftMsg) saves a draft;
// a tick from before a later key press does not.
func TestNoteDraft(t *testing.T) {
	m, eval := demoModel(t)
	press(m, "enter", "enter", "n")
	d := dt(m)
	id := m.sess.an.Agreements[d.idx].ID
	typeText(m, "eerste")
	if cmd := press(m, "!"); cmd == nil {
		t.Fatal("typing returned no command (the draft tick)")
	}
	seq := d.draftSeq
	m.Update(draftMsg{seq: seq})
	if got := storedEntry(t, eval, id).Note; got != "eerste!" {
		t.Fatalf("draft saved %q", got)
	}
	if !d.editing {
		t.Fatal("a draft save ended the editing")
	}
	mustContain(t, m.View(), "Concept bewaard")
	typeText(m, " tweede")
	m.Update(draftMsg{seq: seq}) // stale: keys came since
	if got := storedEntry(t, eval, id).Note; got != "eerste!" {
		t.Fatalf("a stale draft tick saved %q", got)
	}
	m.Update(draftMsg{seq: d.draftSeq})
	if got := storedEntry(t, eval, id).Note; got != "eerste! tweede" {
		t.Fatalf("draft saved %q", got)
	}
	// A draft message after the note was closed does nothing.
	press(m, "esc")
	m.Update(draftMsg{seq: d.draftSeq})
	if got := storedEntry(t, eval, id).Note; got != "eerste! tweede" {
		t.Fatalf("note %q", got)
	}
}

func TestImportReportKey(t *testing.T) {
	m := newLoaded(t, sharedDemoLoad, evalFile(t), 100, 20)
	press(m, "i")
	wantScreen(t, m, screenReport)
	v := m.View()
	mustContain(t, v, "Overzicht › Importverslag", "8 bestand(en): 8 gelezen, 0 met fout; 177 afspraken", "kopregel")
	r := rp(m)
	press(m, "pgdown")
	if r.vp.YOffset == 0 {
		t.Fatal("pgdown did not scroll")
	}
	if m.View() == v {
		t.Fatal("the view did not change after pgdown")
	}
	off := r.vp.YOffset
	press(m, "j")
	if r.vp.YOffset != off+1 {
		t.Fatalf("j: offset %d, want %d", r.vp.YOffset, off+1)
	}
	press(m, "esc")
	wantScreen(t, m, screenOverview)
}

func TestHelpKey(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "enter")
	press(m, "?")
	if !m.showHelp {
		t.Fatal("? did not open the help")
	}
	v := m.View()
	mustContain(t, v, "Toetsen: Thema", "oordeel wisselen", "een toets sluit de help")
	// Any key closes the help and does nothing else.
	tv := th(m)
	row := tv.row
	press(m, "j")
	if m.showHelp || tv.row != row {
		t.Fatalf("the closing key was also used (help %v, row %d→%d)", m.showHelp, row, tv.row)
	}
	mustNotContain(t, m.View(), "Toetsen")
	// q on the help quits.
	press(m, "?")
	if cmd := press(m, "q"); !isQuit(cmd) || !m.quitting {
		t.Fatal("q on the help did not quit")
	}
}

func TestQuitKey(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m, _ := demoModel(t)
		press(m, "enter")
		if cmd := press(m, k); !isQuit(cmd) {
			t.Fatalf("%s did not quit", k)
		}
		if v := m.View(); v != "" {
			t.Fatalf("view after %s is not empty: %q", k, v)
		}
	}
}

func wheel(b tea.MouseButton) tea.MouseMsg {
	return tea.MouseMsg{Button: b, Action: tea.MouseActionPress}
}

func TestMouseWheel(t *testing.T) {
	m := newLoaded(t, sharedDemoLoad, evalFile(t), 80, 16)
	m.Update(wheel(tea.MouseButtonWheelDown))
	m.Update(wheel(tea.MouseButtonWheelDown))
	if o := ov(m); o.row != 2 {
		t.Fatalf("overview row %d after two wheel steps down", o.row)
	}
	m.Update(wheel(tea.MouseButtonWheelUp))
	if o := ov(m); o.row != 1 {
		t.Fatalf("overview row %d after wheel up", o.row)
	}
	press(m, "enter")
	tv := th(m)
	m.Update(wheel(tea.MouseButtonWheelDown))
	if tv.row != 1 {
		t.Fatalf("theme row %d after wheel down", tv.row)
	}
	m.Update(wheel(tea.MouseButtonWheelUp))
	m.Update(wheel(tea.MouseButtonWheelUp))
	if tv.row != 0 {
		t.Fatalf("theme row %d after wheel up", tv.row)
	}
	press(m, "enter")
	d := dt(m)
	m.Update(wheel(tea.MouseButtonWheelDown))
	if d.vp.YOffset == 0 {
		t.Fatal("the wheel did not scroll the agreement")
	}
	m.Update(wheel(tea.MouseButtonWheelUp))
	if d.vp.YOffset != 0 {
		t.Fatalf("offset %d after wheel up", d.vp.YOffset)
	}
	press(m, "esc", "esc", "i")
	r := rp(m)
	m.Update(wheel(tea.MouseButtonWheelDown))
	if r.vp.YOffset == 0 {
		t.Fatal("the wheel did not scroll the report")
	}
}

// TestDetailScrollKeys: j/k and the arrows scroll a long agreement.
func TestDetailScrollKeys(t *testing.T) {
	m := newLoaded(t, sharedDemoLoad, evalFile(t), 80, 14)
	press(m, "enter", "enter")
	d := dt(m)
	top := m.View()
	press(m, "j", "down")
	if d.vp.YOffset != 2 {
		t.Fatalf("offset %d after j, down", d.vp.YOffset)
	}
	if m.View() == top {
		t.Fatal("the view did not scroll")
	}
	press(m, "k", "up", "up")
	if d.vp.YOffset != 0 {
		t.Fatalf("offset %d after scrolling back", d.vp.YOffset)
	}
}

// TestLoadingEnter: with failed files the Laden screen waits for enter.
func TestLoadingEnter(t *testing.T) {
	an, err := demoAnalysis()
	if err != nil {
		t.Fatal(err)
	}
	// A copy of the analysis' report with one failed file added.
	rep := *an.Report
	rep.Files = append(append(rep.Files[:0:0], rep.Files...), failedFile("kapot.xlsx", "het bestand is beschadigd"))
	an2 := *an
	an2.Report = &rep
	m := newLoaded(t, fixedLoad(&an2), evalFile(t), 80, 24)
	wantScreen(t, m, screenLoading)
	v := m.View()
	mustContain(t, v, "8 van 9 bestanden ingelezen, 1 met een fout", "kapot.xlsx", "het bestand is beschadigd", "177 afspraken uit de andere bestanden")
	press(m, "j", "v") // nothing happens before enter
	wantScreen(t, m, screenLoading)
	press(m, "enter")
	wantScreen(t, m, screenOverview)
	if strings.Contains(m.View(), "Laden") {
		t.Fatal("the crumbs still show Laden")
	}
}

func failedFile(path, msg string) importer.FileReport {
	return importer.FileReport{Path: path, Error: msg, ErrorKind: importer.ErrorKind("corrupt")}
}
