package tui

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"pakompas/compare/evaluation"
)

// detail is the Afspraak screen: everything about one agreement, the
// SMART checklist, every flag with its message, and the adviser's verdict
// and note. The note is edited in a textarea and saved when leaving it.
type detail struct {
	idx     int
	vp      viewport.Model
	note    textarea.Model
	editing bool
	// draftSeq numbers the edits; a draft is saved when typing pauses.
	draftSeq int
	// refused is a note the store could not keep (read only); esc on the
	// same text again lets it go.
	refused string
}

// draftDelay is the pause in typing after which a note being written is
// saved, so that even a killed terminal loses at most this much.
const draftDelay = 400 * time.Millisecond

// draftMsg asks to save the note being written if no key came since.
type draftMsg struct{ seq int }

func (d *detail) title() string   { return "Afspraak" }
func (d *detail) capturing() bool { return d.editing }

// openDetail shows agreement i.
func (m *Model) openDetail(i int) {
	d, _ := m.screens[screenDetail].(*detail)
	if d == nil {
		d = &detail{vp: viewport.New(0, 0), note: textarea.New()}
		d.note.Placeholder = "Notitie bij deze afspraak…"
		d.note.ShowLineNumbers = false
		m.screens[screenDetail] = d
	}
	d.idx, d.editing = i, false
	d.vp.GotoTop()
	m.open(screenDetail)
}

// cycleVerdict moves the verdict of agreement i to the next one and saves.
func (m *Model) cycleVerdict(i int) {
	next := m.sess.verdict(i).Next()
	if err := m.sess.setVerdict(i, next); err != nil {
		m.setStatus("Niet bewaard: "+err.Error(), true)
		return
	}
	label := string(next)
	if next == evaluation.None {
		label = "geen (automatisch)"
	}
	m.setStatus("Oordeel: "+label+" · bewaard", false)
}

func (d *detail) update(m *Model, msg tea.Msg) tea.Cmd {
	k := m.c.keys
	if dm, ok := msg.(draftMsg); ok {
		if d.editing && dm.seq == d.draftSeq {
			d.storeNote(m, true)
		}
		return nil
	}
	if d.editing {
		if km, ok := msg.(tea.KeyMsg); ok && km.Type == tea.KeyEsc {
			d.saveNote(m)
			return nil
		}
		var cmd tea.Cmd
		d.note, cmd = d.note.Update(msg)
		d.draftSeq++
		seq := d.draftSeq
		return tea.Batch(cmd, tea.Tick(draftDelay, func(time.Time) tea.Msg { return draftMsg{seq} }))
	}
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Back):
			m.back()
		case key.Matches(msg, k.Verdict):
			m.cycleVerdict(d.idx)
		case key.Matches(msg, k.Theme):
			m.dialog = newThemePicker(m, d.idx)
		case key.Matches(msg, k.Note):
			d.editing = true
			d.note.SetValue(m.sess.note(d.idx))
			d.note.CursorEnd()
			return d.note.Focus()
		default:
			var cmd tea.Cmd
			d.vp, cmd = d.vp.Update(msg)
			return cmd
		}
	case tea.MouseMsg:
		var cmd tea.Cmd
		d.vp, cmd = d.vp.Update(msg)
		return cmd
	}
	return nil
}

// saveNote leaves the textarea and saves the note if it changed.
func (d *detail) saveNote(m *Model) {
	text := strings.TrimRight(d.note.Value(), " \n")
	if text != d.refused && !d.storeNote(m, false) {
		// Nowhere to keep it (read only): the text stays in the editor
		// until the adviser has copied it and presses esc again.
		d.refused = text
		m.setStatus("Notitie niet bewaard; de tekst blijft staan, nogmaals esc laat hem los ("+strings.TrimPrefix(m.status, "Notitie niet bewaard: ")+")", true)
		return
	}
	d.refused = ""
	d.editing = false
	d.note.Blur()
	d.vp.GotoTop()
}

// storeNote saves the textarea's text as the note if it changed; a draft
// save (while still typing) says so quietly. It reports whether the note
// is kept: saved, or held in memory while the save is failing (the footer
// says so and every key tries again).
func (d *detail) storeNote(m *Model, draft bool) bool {
	text := strings.TrimRight(d.note.Value(), " \n")
	if text == m.sess.note(d.idx) {
		return true
	}
	if err := m.sess.setNote(d.idx, text); err != nil {
		m.setStatus("Notitie niet bewaard: "+err.Error(), true)
		return errors.Is(err, evaluation.ErrUnsaved)
	}
	if draft {
		m.setStatus("Concept bewaard", false)
	} else {
		m.setStatus("Notitie bewaard", false)
	}
	return true
}

// flush saves a note still being written (before quitting).
func (d *detail) flush(m *Model) {
	if d.editing {
		d.saveNote(m)
	}
}

func (d *detail) view(m *Model, w, h int) string {
	s := m.c.styles
	a := m.sess.an.Agreements[d.idx]
	vague := m.sess.vague(d.idx)
	field := func(label, value string) string {
		return s.Label.Render(pad(label, 12)) + s.Value.Render(value) + "\n"
	}
	var b strings.Builder
	text := a.Text
	if a.Vague {
		text = highlight(a, s.Highlight.Render)
	}
	b.WriteString(ansi.Wordwrap(text, max(20, w-2), "") + "\n\n")
	b.WriteString(field("Gemeente", a.Gemeente))
	b.WriteString(field("Thema", fmt.Sprintf("%s (lokaal: %s)", a.ThemeLabel, orDash(a.ThemeRaw))))
	b.WriteString(field("Nummer", orDash(a.Number)))
	b.WriteString(field("Trekker", fmt.Sprintf("%s → %s", orDash(a.Owner), a.OwnerRole.Label())))
	b.WriteString(field("Termijn", orDash(a.DueRaw)))
	b.WriteString(field("Status", fmt.Sprintf("%s → %s", orDash(a.Status), a.StatusNorm.Label())))
	b.WriteString(field("Type", a.Type))
	src := filepath.Base(a.Source.File)
	if a.Source.Sheet != "" {
		src += ", blad " + a.Source.Sheet
	}
	b.WriteString(field("Bron", fmt.Sprintf("%s, rij %d", src, a.Source.Row)))
	b.WriteString("\n" + s.Header.Render("SMART") + "  ")
	for _, c := range []struct {
		name string
		ok   bool
	}{{"wie", a.Smart.Who}, {"wat", a.Smart.What}, {"hoeveel", a.Smart.HowMuch}, {"wanneer", a.Smart.When}} {
		if c.ok {
			b.WriteString(s.Good.Render("✓ "+c.name) + "  ")
		} else {
			b.WriteString(s.Bad.Render("✗ "+c.name) + "  ")
		}
	}
	b.WriteString("\n\n")
	verdict := "vaag"
	if !a.Vague {
		verdict = "niet vaag"
	}
	b.WriteString(s.Header.Render("Signalen") + s.Dim.Render("  (automatisch: "+verdict+")") + "\n")
	if len(a.Flags) == 0 {
		b.WriteString(s.Dim.Render("  geen") + "\n")
	}
	for _, f := range a.Flags {
		rule, msg := s.Warn.Render(f.Rule), f.Message
		if f.Info {
			rule, msg = s.Dim.Render(f.Rule), s.Dim.Render(f.Message)
		}
		b.WriteString("  " + rule + "  " + ansi.Wordwrap(msg, max(20, w-len(f.Rule)-4), "") + "\n")
	}
	b.WriteString("\n" + s.Header.Render("Oordeel adviseur") + "  ")
	switch v := m.sess.verdict(d.idx); v {
	case evaluation.None:
		b.WriteString(s.Dim.Render("geen (telt als " + verdict + ")"))
	default:
		st := s.Good
		if vague {
			st = s.Bad
		}
		b.WriteString(st.Render(string(v)))
	}
	b.WriteString("\n" + s.Header.Render("Notitie") + "\n")
	if !d.editing {
		if n := m.sess.note(d.idx); n != "" {
			b.WriteString(ansi.Wordwrap(n, max(20, w-2), "") + "\n")
		} else {
			b.WriteString(s.Dim.Render("  (geen; n om te schrijven)") + "\n")
		}
	}
	content := b.String()
	if d.editing {
		d.note.SetWidth(max(20, w-2))
		d.note.SetHeight(max(3, min(8, h/3)))
		noteView := d.note.View()
		d.vp.Width, d.vp.Height = w, max(1, h-lipgloss.Height(noteView))
		d.vp.SetContent(content)
		d.vp.GotoBottom()
		return d.vp.View() + "\n" + noteView
	}
	d.vp.Width, d.vp.Height = w, h
	d.vp.SetContent(content)
	return d.vp.View()
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}

func (d *detail) shortHelp(m *Model) []key.Binding {
	k := m.c.keys
	if d.editing {
		return []key.Binding{key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "notitie bewaren"))}
	}
	return []key.Binding{k.Verdict, k.Note, k.Theme, withHelp(k.Down, "scrollen"), k.Back}
}

func (d *detail) fullHelp(m *Model) [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{
		{withHelp(k.Verdict, "oordeel: vaag → niet vaag → twijfel → geen (wordt meteen bewaard)"),
			withHelp(k.Note, "notitie schrijven; esc bewaart"), withHelp(k.Theme, "naar een ander thema (deze afspraak of de hele lokale themanaam)"), withHelp(k.Up, "scrollen"), withHelp(k.Down, "scrollen"), k.Back},
	}
}
