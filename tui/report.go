package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// report is the Importverslag screen: per file the sheets, header row,
// column mapping, agreements, skipped rows with reasons and errors, and
// the adviser's verdicts whose agreement is gone ("verweesd").
type report struct {
	vp      viewport.Model
	content string
	width   int
	shown   string // the text last given to the viewport
}

func newReport() *report { return &report{vp: viewport.New(0, 0)} }

func (r *report) title() string   { return "Importverslag" }
func (r *report) capturing() bool { return false }

func (r *report) update(m *Model, msg tea.Msg) tea.Cmd {
	if km, ok := msg.(tea.KeyMsg); ok && key.Matches(km, m.c.keys.Back) {
		m.back()
		return nil
	}
	var cmd tea.Cmd
	r.vp, cmd = r.vp.Update(msg)
	return cmd
}

// text renders the report once per width (it does not change).
func (r *report) text(m *Model, w int) string {
	if r.content != "" && r.width == w {
		return r.content
	}
	var b strings.Builder
	_ = m.sess.an.Report.WriteText(&b)
	if o := m.sess.ev.Orphans(); len(o) > 0 {
		fmt.Fprintf(&b, "\nVerweesd: %d oordelen of notities horen bij afspraken die niet meer in de bestanden staan.\nZe blijven bewaard in het evaluatiebestand.\n", len(o))
		for _, e := range o {
			fmt.Fprintf(&b, "  %s  %s %s  oordeel: %s  notitie: %s\n      %s\n", e.ID, e.Gemeente, e.Number, orDash(string(e.Verdict)), orDash(e.Note), e.Text)
		}
	}
	if m.sess.readOnly() != "" {
		fmt.Fprintf(&b, "\nLet op: oordelen en notities worden niet bewaard: %s\n", m.sess.readOnly())
	}
	r.content = ansi.Wordwrap(b.String(), max(20, w), "")
	r.width = w
	return r.content
}

func (r *report) view(m *Model, w, h int) string {
	r.vp.Width, r.vp.Height = w, h
	// SetContent re-measures every line: only when the text changed.
	if text := r.text(m, w); text != r.shown {
		r.vp.SetContent(text)
		r.shown = text
	}
	return r.vp.View()
}

func (r *report) shortHelp(m *Model) []key.Binding {
	k := m.c.keys
	return []key.Binding{withHelp(k.Down, "scrollen"), k.PageDown, k.Back}
}

func (r *report) fullHelp(m *Model) [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{{withHelp(k.Up, "scrollen"), withHelp(k.Down, "scrollen"), k.PageUp, k.PageDown, k.Back}}
}
