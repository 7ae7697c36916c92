package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare/evaluation"
	"pakompas/compare/role"
)

// TestBunchedKeysEachCount: "vv" and "rrr" arriving as one key message
// (fast typing, SSH) act as two and three key presses.
func TestBunchedKeysEachCount(t *testing.T) {
	m, eval := demoModel(t)
	press(m, "tab")
	l := ls(m)
	i := l.rows[l.cursor]
	m.Update(keyMsg("vv"))
	if got := m.sess.verdict(i); got != evaluation.NietVaag {
		t.Fatalf("verdict after \"vv\" in one message: %q, want %q", got, evaluation.NietVaag)
	}
	if got := storedEntry(t, eval, m.sess.an.Agreements[i].ID).Verdict; got != evaluation.NietVaag {
		t.Fatalf("stored verdict %q after \"vv\"", got)
	}
	m.Update(keyMsg("rrr"))
	if l.role != 3 {
		t.Fatalf("role filter at %d after \"rrr\" in one message, want 3", l.role)
	}
	for _, k := range l.rows {
		if got := m.sess.an.Agreements[k].OwnerRole; got != role.All()[2] {
			t.Fatalf("a row of role %s under the third role filter", got)
		}
	}
}

// TestBunchedKeysIntoTextField: runes that arrive together with the key
// that opens a text field are typed into it, and runes that arrive while
// a text field has the keys are text, as is a paste.
func TestBunchedKeysIntoTextField(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "tab")
	l := ls(m)
	m.Update(keyMsg("/gesprek"))
	if !l.searching || l.search.Value() != "gesprek" {
		t.Fatalf("\"/gesprek\" in one message: searching %v, search %q", l.searching, l.search.Value())
	}
	m.Update(keyMsg("qv"))
	if m.quitting || l.search.Value() != "gesprekqv" {
		t.Fatalf("\"qv\" while searching: quitting %v, search %q", m.quitting, l.search.Value())
	}
	press(m, "backspace", "backspace", "enter")
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("vv"), Paste: true})
	if i := l.rows[l.cursor]; m.sess.verdict(i) != evaluation.None {
		t.Fatalf("a pasted \"vv\" set verdict %q", m.sess.verdict(i))
	}

	// n opens the note editor; what follows in the same message is the
	// note's text, q included.
	press(m, "enter")
	wantScreen(t, m, screenDetail)
	m.Update(keyMsg("nqv ok"))
	if !dt(m).editing || dt(m).note.Value() != "qv ok" || m.quitting {
		t.Fatalf("\"nqv ok\": editing %v, note %q, quitting %v", dt(m).editing, dt(m).note.Value(), m.quitting)
	}
}
