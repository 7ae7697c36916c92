package tui

import (
	"errors"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"pakompas/compare/evaluation"
	"pakompas/compare/printable"
)

// detail is the Afspraak screen: everything about one agreement, the
// SMART checklist, every flag with its message, and the adviser's verdict
// and note (detailtext.go). The note is edited in a textarea and saved
// when leaving it, and as a draft when typing pauses.
type detail struct {
	*common
	w, h int
	// idx is the agreement shown; shown is false until there is one.
	idx   int
	shown bool
	// seq are the agreements of the screen that opened this one, in its
	// order, and pos is idx's place in it (] and [ step through them).
	seq     []int
	pos     int
	vp      viewport.Model
	note    textarea.Model
	editing bool
	// draftSeq numbers the edits; a draft is saved when typing pauses.
	draftSeq int
	// stored: this edit saved the note already (a draft), so later saves
	// of it belong to the same undo step.
	stored bool
	// refused is a note nothing could keep (read only); esc on the same
	// text again lets it go.
	refused string
}

// draftDelay is the pause in typing after which a note being written is
// saved, so that even a killed terminal loses at most this much.
const draftDelay = 400 * time.Millisecond

// draftMsg asks to save the note being written if no key came since.
type draftMsg struct{ seq int }

func newDetail(c *common) *detail {
	d := &detail{common: c, vp: viewport.New(0, 0), note: textarea.New()}
	d.note.Placeholder = "Notitie bij deze afspraak…"
	d.note.ShowLineNumbers = false
	return d
}

func (d *detail) Title() string   { return "Afspraak" }
func (d *detail) Capturing() bool { return d.editing }

func (d *detail) SetSize(w, h int) {
	if w == d.w && h == d.h {
		return
	}
	d.w, d.h = w, h
	d.note.SetWidth(max(20, w-2))
	d.note.SetHeight(max(3, min(8, h/3)))
	d.refresh()
}

// refresh puts the agreement's text in the viewport, sized to what the
// note editor leaves; while editing it shows the end, above the editor.
func (d *detail) refresh() {
	if !d.shown {
		return
	}
	d.vp.Width, d.vp.Height = d.w, d.h
	if d.editing {
		d.vp.Height = max(1, d.h-lipgloss.Height(d.note.View()))
	}
	d.vp.SetContent(d.content())
	if d.editing {
		d.vp.GotoBottom()
	}
}

func (d *detail) Update(msg tea.Msg) (tea.Cmd, []tea.Msg) {
	if d.sess == nil {
		return nil, nil
	}
	cmd, asks := d.update(msg)
	d.refresh()
	return cmd, asks
}

// update handles msg; Update then refreshes the text.
func (d *detail) update(msg tea.Msg) (tea.Cmd, []tea.Msg) {
	k := d.keys
	switch msg := msg.(type) {
	case showAgreementMsg:
		d.seq, d.pos = msg.seq, msg.pos
		if d.pos >= len(d.seq) || d.seq[d.pos] != msg.i {
			d.seq, d.pos = []int{msg.i}, 0
		}
		d.show(msg.i)
		return nil, nil
	case dataMsg, activeMsg:
		return nil, nil
	case draftMsg:
		if d.editing && msg.seq == d.draftSeq {
			asks, _ := d.storeNote(true)
			return nil, asks
		}
		return nil, nil
	}
	if d.editing {
		if km, ok := msg.(tea.KeyMsg); ok && key.Matches(km, k.NoteSave) {
			return nil, d.saveNote()
		}
		var cmd tea.Cmd
		d.note, cmd = d.note.Update(msg)
		d.draftSeq++
		seq := d.draftSeq
		return tea.Batch(cmd, tea.Tick(draftDelay, func(time.Time) tea.Msg { return draftMsg{seq} })), nil
	}
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Back):
			return nil, ask(backMsg{})
		case k.isVerdict(msg):
			return nil, ask(d.sess.judge(k, msg, d.idx))
		case key.Matches(msg, k.NextAgreement):
			return nil, d.step(+1)
		case key.Matches(msg, k.PrevAgreement):
			return nil, d.step(-1)
		case key.Matches(msg, k.Theme):
			return nil, ask(openDialogMsg{newThemePicker(d.common, d.idx)})
		case key.Matches(msg, k.Note):
			d.editing, d.stored = true, false
			// The editor shows what it will save: a note from a file or a
			// workbook may hold control characters, which are left out.
			d.note.SetValue(printable.String(d.sess.note(d.idx)))
			d.note.CursorEnd()
			return d.note.Focus(), nil
		}
	case tea.MouseMsg:
	default:
		return nil, nil
	}
	var cmd tea.Cmd
	d.vp, cmd = d.vp.Update(msg)
	return cmd, nil
}

// show shows agreement i from the top.
func (d *detail) show(i int) {
	d.idx, d.shown, d.editing = i, true, false
	d.sess.opened = i
	d.vp.GotoTop()
}

// step shows the next (+1) or previous (-1) agreement of the screen that
// opened this one; at either end the status line says so.
func (d *detail) step(dir int) []tea.Msg {
	next := d.pos + dir
	if next < 0 || next >= len(d.seq) {
		if dir > 0 {
			return ask(statusOK("Dit is de laatste afspraak"))
		}
		return ask(statusOK("Dit is de eerste afspraak"))
	}
	d.pos = next
	d.show(d.seq[next])
	return nil
}

// saveNote leaves the textarea and saves the note if it changed. A note
// nothing can keep (read only) stays in the editor until the adviser has
// copied it and presses esc again; one whose save fails is kept in memory
// by the store (the footer says so and every key tries again).
func (d *detail) saveNote() []tea.Msg {
	text := strings.TrimRight(d.note.Value(), " \n")
	var asks []tea.Msg
	if text != d.refused {
		var kept bool
		asks, kept = d.storeNote(false)
		if !kept {
			d.refused = text
			return ask(statusError("Notitie niet bewaard; de tekst blijft staan, nogmaals esc laat hem los (" + d.sess.readOnly() + ")"))
		}
	}
	d.refused = ""
	d.editing = false
	d.note.Blur()
	d.vp.GotoTop()
	return asks
}

// storeNote saves the textarea's text as the note if it changed; a draft
// save (while still typing) says so quietly. kept reports whether the note
// is saved or held in memory.
func (d *detail) storeNote(draft bool) (asks []tea.Msg, kept bool) {
	text := strings.TrimRight(d.note.Value(), " \n")
	if text == d.sess.note(d.idx) {
		return nil, true
	}
	err := d.sess.setNote(d.idx, text, d.stored)
	if err == nil || errors.Is(err, evaluation.ErrUnsaved) {
		d.stored = true
	}
	if err != nil {
		return ask(statusError("Notitie niet bewaard: " + err.Error())), errors.Is(err, evaluation.ErrUnsaved)
	}
	if draft {
		return ask(statusOK("Concept bewaard")), true
	}
	return ask(statusOK("Notitie bewaard")), true
}

// flush saves a note still being written (before quitting).
func (d *detail) flush() []tea.Msg {
	if !d.editing {
		return nil
	}
	asks := d.saveNote()
	d.refresh()
	return asks
}

func (d *detail) View() string {
	if d.editing {
		return d.vp.View() + "\n" + d.note.View()
	}
	return d.vp.View()
}

func (d *detail) ShortHelp() []key.Binding {
	k := d.keys
	if d.editing {
		return []key.Binding{k.NoteSave}
	}
	return []key.Binding{k.Verdict, k.Note, withHelp(k.NextAgreement, "volgende"), withHelp(k.PrevAgreement, "vorige"), k.Theme, withHelp(k.Down, "scrollen"), k.Back}
}

func (d *detail) FullHelp() [][]key.Binding {
	k := d.keys
	return [][]key.Binding{
		k.verdictHelp("oordeel wisselen (wordt meteen bewaard)"),
		{withHelp(k.Note, "notitie schrijven; esc bewaart"), withHelp(k.Theme, "naar een ander thema (deze afspraak of de hele lokale themanaam)"),
			k.NextAgreement, withHelp(k.PrevAgreement, "vorige afspraak"),
			withHelp(k.Up, "scrollen"), withHelp(k.Down, "scrollen"), k.Back},
	}
}

// legend explains the verdict marks (help).
func (d *detail) legend() []string { return markLegend() }
