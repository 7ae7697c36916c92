package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
	"pakompas/importer/norm"
)

// TestSearchFoldAllChunks: goroutines folding at once share the chunks;
// every agreement is folded once the fold is done, the last partial chunk
// too; a fold of nothing is done at once.
func TestSearchFoldAllChunks(t *testing.T) {
	an, err := demoAnalysis()
	if err != nil {
		t.Fatal(err)
	}
	var ags []compare.Agreement
	for len(ags) < 3*foldChunk+17 {
		ags = append(ags, an.Agreements...)
	}
	f := newSearchFold(ags, 0)
	if f.ready() {
		t.Fatal("ready before anything was folded")
	}
	for range 3 {
		go f.run()
	}
	hay := f.wait()
	for i := range ags {
		if want := norm.Fold(ags[i].Text + " " + ags[i].Gemeente + " " + ags[i].ThemeLabel + " " + ags[i].ThemeRaw + " " + ags[i].Number); hay[i] != want {
			t.Fatalf("agreement %d folded to %q, want %q", i, hay[i], want)
		}
	}
	if !newSearchFold(nil, 0).ready() {
		t.Fatal("the fold of no agreements is not done")
	}
}

// settle runs cmd as the program would (runUntil) until the list has
// handed its fold to the background (the frame after the load is drawn).
func settle(tb testing.TB, m *Model, cmd tea.Cmd) {
	tb.Helper()
	runUntil(tb, m, cmd, func(tea.Msg) bool { l := ls(m); return l.fold != nil && l.background == l.fold })
}

// waitFolded waits until the list's background fold is done.
func waitFolded(t testing.TB, m *Model) {
	t.Helper()
	select {
	case <-ls(m).fold.done:
	case <-time.After(10 * time.Second):
		t.Fatal("the background fold did not finish")
	}
}

// wantSearchRows fails unless the list shows exactly the agreements
// whose text, gemeente, theme or number hold word at a word start, in
// source order.
func wantSearchRows(t *testing.T, m *Model, word string) {
	t.Helper()
	var want []int
	superseded := m.sess.an.Superseded() // the list holds the current jaarschijf
	for i := range m.sess.an.Agreements {
		if !superseded(i) && atWordStart(searchText(&m.sess.an.Agreements[i]), word) {
			want = append(want, i)
		}
	}
	if len(want) == 0 || len(want) == m.sess.an.CurrentCount() {
		t.Fatalf("%q is in %d agreements: no test", word, len(want))
	}
	if got := ls(m).rows; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("rows for %q: %v, want %v", word, got, want)
	}
}

// TestListBeforeTheFold: opened before the background fold has run, the
// list shows every agreement without folding anything; the first search
// folds what it needs and finds what the search finds once the fold is
// done.
func TestListBeforeTheFold(t *testing.T) {
	m, _ := demoModel(t) // the loaded command is not run: no background fold
	l := ls(m)
	if l.fold == nil || l.background != nil {
		t.Fatal("the fold was not prepared, or handed to the background before the frame was drawn")
	}
	press(m, "tab")
	if l.fold == nil || l.fold.ready() || l.hay != nil {
		t.Fatal("opening the list folded the search texts (or no fold was prepared)")
	}
	if len(l.rows) != m.sess.an.CurrentCount() {
		t.Fatalf("%d rows of %d", len(l.rows), m.sess.an.CurrentCount())
	}
	mustContain(t, m.View(), fmt.Sprintf("%d afspraken", len(l.rows)))
	press(m, "/")
	typeText(m, "gesprek")
	if !l.fold.ready() {
		t.Fatal("the search did not fold")
	}
	wantSearchRows(t, m, "gesprek")
}

// TestListAfterTheFold: the loaded command folds the search texts in the
// background without a key pressed; the list then searches them.
func TestListAfterTheFold(t *testing.T) {
	m := New(Options{Load: sharedDemoLoad, Evaluation: evalFile(t)})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	settle(t, m, runLoad(t, m))
	waitFolded(t, m)
	press(m, "tab", "/")
	typeText(m, "gesprek")
	wantSearchRows(t, m, "gesprek")
	if m.status != "" {
		t.Fatalf("status %q after a search that did not wait", m.status)
	}
}

// TestSearchWaitsForTheFold: while the background fold is folding the
// last chunks, the first search waits for them, says so, and finds what
// it should.
func TestSearchWaitsForTheFold(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "tab", "/")
	f := ls(m).fold
	// The background takes every chunk and folds them a moment later.
	var claimed []int
	for from, ok := f.claim(); ok; from, ok = f.claim() {
		claimed = append(claimed, from)
	}
	go func() {
		time.Sleep(3 * waitNotice)
		for _, from := range claimed {
			f.foldFrom(from)
		}
	}()
	typeText(m, "g")
	if !f.ready() {
		t.Fatal("the search did not wait for the fold")
	}
	if !strings.HasPrefix(m.status, "Zoeken wachtte 0,") || !strings.HasSuffix(m.status, " s tot de afspraken doorzoekbaar waren") {
		t.Fatalf("status %q", m.status)
	}
	wantSearchRows(t, m, "g")
	typeText(m, "esprek")
	wantSearchRows(t, m, "gesprek")
	if m.status != "" {
		t.Fatalf("status %q after the fold was done", m.status)
	}
}

// TestWaitedStatus: the wait in seconds with a decimal comma.
func TestWaitedStatus(t *testing.T) {
	if got := waitedStatus(125 * time.Millisecond); got != "Zoeken wachtte 0,13 s tot de afspraken doorzoekbaar waren" &&
		got != "Zoeken wachtte 0,12 s tot de afspraken doorzoekbaar waren" {
		t.Fatalf("waitedStatus = %q", got)
	}
}

// TestSearchNotesAfterTheFold: notes are no part of the fold; a note
// written after it is found, and a changed note no longer by its old
// words.
func TestSearchNotesAfterTheFold(t *testing.T) {
	m := New(Options{Load: sharedDemoLoad, Evaluation: evalFile(t)})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	settle(t, m, runLoad(t, m))
	waitFolded(t, m)
	id := m.sess.an.Agreements[7].ID
	writeNote(t, m, id, "Navragen bij de Wethouder")
	press(m, "esc", "esc", "tab", "/")
	typeText(m, "wethouder")
	l := ls(m)
	if fmt.Sprint(l.rows) != "[7]" {
		t.Fatalf("rows %v for a word in one note, want [7]", l.rows)
	}
	if err := m.sess.setNote(7, "Navragen bij de huurdersvereniging", false); err != nil {
		t.Fatal(err)
	}
	press(m, "backspace")
	typeText(m, "r")
	if len(l.rows) != 0 {
		t.Fatalf("rows %v for the note's old word", l.rows)
	}
}

// TestThemeMoveFoldsAgain: a theme move makes a new analysis; the list
// folds its texts again (abandoning the old fold) and the search finds
// the agreement under its new theme.
func TestThemeMoveFoldsAgain(t *testing.T) {
	m := newLoaded(t, demoLoad, evalFile(t), 100, 30)
	i, _ := moveCandidate(t, m)
	a := m.sess.an.Agreements[i]
	to := m.sess.themeIdx[a.Theme] + 1
	old := ls(m).fold
	openAgreement(t, m, a.ID)
	moveTo(t, m, to, "a")
	l := ls(m)
	if l.fold == old || l.fold.gen != m.sess.themeGen() {
		t.Fatal("no new fold after the theme move")
	}
	if _, ok := old.claim(); ok {
		t.Fatal("the old fold was not abandoned")
	}
	label := m.sess.an.Taxonomy.Label(m.sess.matrix().Themes[to])
	if m.sess.an.Agreements[i].ThemeLabel != label {
		t.Fatalf("moved agreement under %q, want %q", m.sess.an.Agreements[i].ThemeLabel, label)
	}
	press(m, "esc", "esc", "esc", "tab", "/")
	typeText(m, a.Gemeente+" "+a.Number+" "+label)
	found := false
	for _, r := range l.rows {
		found = found || r == i
	}
	if !found {
		t.Fatalf("agreement %s %s not found under its new theme %q: rows %v", a.Gemeente, a.Number, label, l.rows)
	}
}
