package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"pakompas/importer/norm"
)

// bracket marks highlighted text for the tests.
func bracket(s ...string) string { return "[" + strings.Join(s, " ") + "]" }

// TestMatchSpans: search words are found folded (case, diacritics) at
// the start of a word, and the spans are those of the text as shown.
func TestMatchSpans(t *testing.T) {
	for _, c := range []struct {
		text, search, want string
	}{
		{"De gemeente en één corporatie", "één", "De gemeente en [één] corporatie"},
		{"De gemeente en één corporatie", "een", "De gemeente en [één] corporatie"},
		{"Eens per jaar overleg", "een", "[Een]s per jaar overleg"},
		{"Café-overleg met de wijkraad", "overleg cafe", "[Café]-[overleg] met de wijkraad"},
		{"Afspraak 4.1 en 14", "1", "Afspraak 4.[1] en [1]4"},
		{"ĳsvrij en Ĳmuiden", "ij", "[ĳ]svrij en [Ĳ]muiden"},
		{"gesprekken, gesprek", "gesprek", "[gesprek]ken, [gesprek]"},
		{"geen treffer", "", "geen treffer"},
	} {
		got := renderSpans(c.text, matchSpans(c.text, searchWords(c.search)), plain, bracket)
		if got != c.want {
			t.Errorf("%q in %q: %q, want %q", c.search, c.text, got, c.want)
		}
	}
}

// TestSearchWordStart: "één" finds the agreements with "een" or "één" at
// the start of a word, not "gemeente"; a word inside another word is no
// match, a word at its start is.
func TestSearchWordStart(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "tab", "/")
	typeText(m, "één")
	l := ls(m)
	if len(l.rows) == 0 {
		t.Fatal("no agreement with \"één\" or \"een\"")
	}
	for _, i := range l.rows {
		if !atWordStart(l.hay[i], "een") {
			t.Fatalf("row %d matches \"één\" only inside a word", i)
		}
	}
	inside := 0
	for i := range m.sess.an.Agreements {
		if strings.Contains(l.hay[i], "een") && !atWordStart(l.hay[i], "een") {
			inside++
			for _, r := range l.rows {
				if r == i {
					t.Fatalf("%q matched \"één\"", m.sess.an.Agreements[i].Text)
				}
			}
		}
	}
	if inside == 0 {
		t.Fatal("the demo has no agreement with \"een\" only inside a word (gemeente)")
	}
	if !strings.Contains(norm.Fold("gemeente"), "een") || atWordStart("de gemeente", "een") {
		t.Fatal("the case the test is about is not there")
	}
}

// TestSearchFindsNotes: the search looks in the adviser's notes too, and
// a note written after the list was searched is found.
func TestSearchFindsNotes(t *testing.T) {
	m, _ := demoModel(t)
	id := m.sess.an.Agreements[7].ID
	press(m, "tab", "/")
	typeText(m, "wethouder")
	if n := len(ls(m).rows); n != 0 {
		t.Fatalf("%d rows for a word in no agreement", n)
	}
	press(m, "enter")
	writeNote(t, m, id, "Navragen bij de Wethouder")
	press(m, "esc", "esc", "tab")
	l := ls(m)
	if len(l.rows) != 1 || l.rows[0] != 7 {
		t.Fatalf("rows %v for a word in one note, want [7]", l.rows)
	}
	press(m, "/")
	typeText(m, " navr")
	if len(l.rows) != 1 {
		t.Fatalf("rows %v for two words of the note", l.rows)
	}
}

// TestListHighlightsMatches: the search words are highlighted in the list's
// rows, the cursor's row too, and only there where they match.
func TestListHighlightsMatches(t *testing.T) {
	m, _ := demoModel(t)
	st := *m.styles
	st.Highlight = lipgloss.NewStyle().Transform(func(s string) string { return "[" + s + "]" })
	m.styles = &st
	press(m, "tab", "/")
	typeText(m, "gesprek uithoorn")
	press(m, "enter")
	l := ls(m)
	if len(l.rows) < 2 {
		t.Fatalf("%d rows", len(l.rows))
	}
	for r := range l.rows {
		row := l.row(r, searchWords(l.search.Value()))
		if !strings.Contains(row, "[Uithoorn]") || !strings.Contains(row, "[gesprek]") {
			t.Fatalf("row %d without highlights: %q", r, row)
		}
	}
	mustContain(t, m.View(), "[Uithoorn]")
}

// TestSnippetShowsTheMatch: a word found past what the text column shows
// brings the row's text to it ("…" and a few words before), so the row
// shows why it matched; a match in view leaves the text as it is.
func TestSnippetShowsTheMatch(t *testing.T) {
	text := "Gemeente en corporatie verkennen samen de mogelijkheden van een warmtenet met aquathermie in Aalsmeer-Oost."
	got := snippet(text, []string{"warmtenet"}, 38)
	if !strings.HasPrefix(got, "…") || !strings.Contains(got[:min(len(got), 38)], "warmtenet") {
		t.Errorf("snippet = %q", got)
	}
	if got := snippet(text, []string{"corporatie"}, 38); got != text {
		t.Errorf("match in view: %q", got)
	}
	if got := snippet(text, nil, 38); got != text {
		t.Errorf("no search: %q", got)
	}
}
