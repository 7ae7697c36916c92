package tui

import (
	"strings"
	"testing"

	"pakompas/compare/evaluation"
)

// TestVerdictKeys: 1, 2, 3 and 0 set a verdict directly, on the list, the
// Thema screen and the Afspraak screen, each saved and said; v still
// cycles.
func TestVerdictKeys(t *testing.T) {
	keys := []struct {
		key  string
		want evaluation.Verdict
		says string
	}{
		{"3", evaluation.Twijfel, "Oordeel: twijfel · bewaard"},
		{"1", evaluation.Vaag, "Oordeel: vaag · bewaard"},
		{"2", evaluation.NietVaag, "Oordeel: niet vaag · bewaard"},
		{"0", evaluation.None, "Oordeel: geen (automatisch) · bewaard"},
	}
	for _, sc := range []struct {
		name string
		open []string
		cur  func(m *Model) int
	}{
		{"afspraken", []string{"tab"}, func(m *Model) int { return ls(m).rows[ls(m).cursor] }},
		{"thema", []string{"enter"}, func(m *Model) int { return mustCurrent(t, m) }},
		{"afspraak", []string{"enter", "enter"}, func(m *Model) int { return dt(m).idx }},
	} {
		t.Run(sc.name, func(t *testing.T) {
			m, eval := demoModel(t)
			press(m, sc.open...)
			i := sc.cur(m)
			id := m.sess.an.Agreements[i].ID
			for _, k := range keys {
				press(m, k.key)
				if got := m.sess.verdict(i); got != k.want {
					t.Fatalf("%s: verdict %q, want %q", k.key, got, k.want)
				}
				if got := storedEntry(t, eval, id).Verdict; got != k.want {
					t.Fatalf("%s: stored verdict %q, want %q", k.key, got, k.want)
				}
				mustContain(t, m.View(), k.says)
			}
			press(m, "v")
			if m.sess.verdict(i) != evaluation.Vaag {
				t.Fatalf("v after none gives %q", m.sess.verdict(i))
			}
		})
	}
}

// TestUndoKey: u takes back a verdict, a note written in drafts (one
// step), and a theme move (the agreement goes back, the analysis is run
// again), each saved; the status line says what was undone; with nothing
// left it says so.
func TestUndoKey(t *testing.T) {
	eval := evalFile(t)
	m := newLoaded(t, demoLoad, eval, 100, 30)
	i, _ := moveCandidate(t, m)
	a := m.sess.an.Agreements[i]
	from := m.sess.themeIdx[a.Theme]
	openAgreement(t, m, a.ID)
	press(m, "1")
	press(m, "n")
	typeText(m, "eerst")
	m.Update(draftMsg{seq: dt(m).draftSeq}) // typing paused: a draft
	typeText(m, " navragen")
	press(m, "esc")
	if m.sess.note(i) != "eerst navragen" {
		t.Fatalf("note %q", m.sess.note(i))
	}
	moveTo(t, m, from+1, "a")
	if m.sess.an.Agreements[i].Theme == a.Theme {
		t.Fatal("the move did not happen")
	}
	mustContain(t, m.View(), "verplaatst door adviseur (was: "+a.ThemeLabel+")")

	press(m, "u")
	if got := m.sess.an.Agreements[i].Theme; got != a.Theme || storedEntry(t, eval, a.ID).Theme != "" {
		t.Fatalf("after undoing the move: theme %q, stored %q; want %q, none", got, storedEntry(t, eval, a.ID).Theme, a.Theme)
	}
	mustContain(t, m.View(), "Ongedaan: verplaatsing "+a.Gemeente+" "+a.Number+" weer in het automatische thema")
	mustNotContain(t, m.View(), "verplaatst door adviseur")

	press(m, "u")
	if m.sess.note(i) != "" || storedEntry(t, eval, a.ID).Note != "" {
		t.Fatalf("after undoing the note: %q", m.sess.note(i))
	}
	mustContain(t, m.View(), "Ongedaan: notitie "+a.Gemeente+" "+a.Number+" weer leeg")

	press(m, "u")
	if m.sess.verdict(i) != evaluation.None || storedEntry(t, eval, a.ID).Verdict != evaluation.None {
		t.Fatalf("after undoing the verdict: %q", m.sess.verdict(i))
	}
	mustContain(t, m.View(), "weer geen (automatisch)")
	press(m, "u")
	mustContain(t, m.View(), "Niets om ongedaan te maken")
	mustContain(t, fullHelp(m), "u", "ongedaan maken")
}

// fullHelp is the ? screen's text for the screen shown; the help closes
// again.
func fullHelp(m *Model) string {
	press(m, "?")
	v := m.View()
	press(m, "esc")
	return v
}

// TestListMarks: the list marks the automatic verdict (●), the adviser's
// (◆ vaag, ◇ niet vaag, ? twijfel) and a note (✎), and the help explains
// them.
func TestListMarks(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "tab")
	l := ls(m)
	vague, plainRow := -1, -1
	for r, i := range l.rows {
		if m.sess.an.Agreements[i].Vague && vague < 0 {
			vague = r
		}
		if !m.sess.an.Agreements[i].Vague && plainRow < 0 {
			plainRow = r
		}
	}
	// Each row starts with the cursor column ("›" on the cursor row).
	line := func(r int) string {
		t.Helper()
		row := l.row(r, nil)
		lead := " "
		if r == l.cursor {
			lead = "›"
		}
		if !strings.HasPrefix(row, lead) {
			t.Fatalf("row %d (cursor %d) starts %q, want %q", r, l.cursor, row, lead)
		}
		return strings.TrimPrefix(row, lead)
	}
	if !strings.HasPrefix(line(vague), "●  ") || !strings.HasPrefix(line(plainRow), "   ") {
		t.Fatalf("automatic marks: %q, %q", line(vague), line(plainRow))
	}
	for _, c := range []struct{ key, mark string }{{"1", "◆"}, {"2", "◇"}, {"3", "?"}, {"0", "●"}} {
		l.cursor = vague
		press(m, c.key)
		if got := line(vague); !strings.HasPrefix(got, c.mark+"  ") {
			t.Fatalf("after %s the row starts %q, want %q", c.key, got, c.mark)
		}
	}
	l.cursor = plainRow
	press(m, "1")
	if got := line(plainRow); !strings.HasPrefix(got, "◆  ") {
		t.Fatalf("adviser's vaag on a row pakompas finds concrete: %q", got)
	}
	writeNote(t, m, m.sess.an.Agreements[l.rows[vague]].ID, "bellen")
	if got := line(vague); !strings.HasPrefix(got, "●✎ ") {
		t.Fatalf("a row with a note starts %q", got)
	}
	press(m, "esc", "esc", "tab")
	mustContain(t, fullHelp(m), "● vaag volgens pakompas", "◆ vaag, ◇ niet vaag (adviseur)", "? twijfel", "✎ heeft een notitie")
}

// TestThemeMarks: the Thema screen's cells and its whole-row view show
// the adviser's verdict with its own mark.
func TestThemeMarks(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "enter")
	tv := th(m)
	for range tv.visible {
		if i, ok := tv.current(); ok && m.sess.vague(i) {
			break
		}
		press(m, "j")
	}
	i := mustCurrent(t, m)
	if !m.sess.vague(i) {
		t.Fatal("no vague agreement in the first column")
	}
	mustContain(t, m.View(), "● "+m.sess.an.Agreements[i].Number)
	press(m, "2")
	mustContain(t, m.View(), "◇ "+m.sess.an.Agreements[i].Number)
	press(m, "z")
	mustContain(t, m.View(), "Hele rij", "◇ "+m.sess.an.Agreements[i].Number)
	mustContain(t, fullHelp(m), "◆ vaag, ◇ niet vaag (adviseur)")
}
