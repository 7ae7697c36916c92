package tui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare/printable"
	"pakompas/compare/workbook"
)

// exportDialog asks for the workbook's file name and whom it is for
// (intern: the adviser's full workbook; extern: to send, see
// workbook.Extern), confirms before overwriting, writes it in the
// background and says where it went (the root takes the exportedMsg).
type exportDialog struct {
	*common
	w        int
	version  string
	input    textinput.Model
	audience workbook.Audience
	confirm  bool // waiting for j/n to overwrite
	busy     bool
}

// exportedMsg reports a finished export.
type exportedMsg struct {
	path     string
	audience workbook.Audience
	err      error
}

func newExportDialog(c *common, now time.Time, version string) *exportDialog {
	in := textinput.New()
	in.Prompt = "Bestand: "
	in.SetValue(fmt.Sprintf("evaluatie-%s.xlsx", now.Format("2006-01-02")))
	in.CursorEnd()
	in.Focus()
	in.CharLimit = 400
	return &exportDialog{common: c, version: version, input: in}
}

func (d *exportDialog) Title() string { return "Exporteren" }

// Capturing: the file name takes every key while it is typed.
func (d *exportDialog) Capturing() bool { return !d.confirm && !d.busy }

func (d *exportDialog) SetSize(w, _ int) {
	d.w = w
	d.input.Width = max(20, min(60, w-16))
}

func (d *exportDialog) Update(msg tea.Msg) (tea.Cmd, []tea.Msg) {
	km, ok := msg.(tea.KeyMsg)
	if !ok || d.busy {
		return nil, nil
	}
	k := d.keys
	switch {
	case key.Matches(km, k.Cancel):
		return nil, ask(statusOK("Exporteren geannuleerd"), closeDialogMsg{})
	case d.confirm:
		switch {
		case key.Matches(km, k.Overwrite):
			d.busy = true
			return d.write(d.path(), true), nil
		case key.Matches(km, k.KeepFile):
			d.confirm = false
		}
		return nil, nil
	case key.Matches(km, k.Audience):
		if d.audience == workbook.Extern {
			d.audience = workbook.Intern
		} else {
			d.audience = workbook.Extern
		}
		return nil, nil
	case key.Matches(km, k.Enter):
		p := d.path()
		if p == "" {
			return nil, nil
		}
		if _, err := os.Stat(p); err == nil {
			d.confirm = true
			return nil, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, ask(statusError("Kan niet schrijven: " + err.Error()))
		}
		d.busy = true
		return d.write(p, false), nil
	}
	var cmd tea.Cmd
	d.input, cmd = d.input.Update(msg)
	return cmd, nil
}

// path is the file name typed, with .xlsx added when missing.
func (d *exportDialog) path() string {
	p := strings.TrimSpace(d.input.Value())
	if p != "" && !strings.EqualFold(filepath.Ext(p), ".xlsx") {
		p += ".xlsx"
	}
	return p
}

// write returns the command that writes the workbook with the current
// verdicts and notes.
func (d *exportDialog) write(path string, force bool) tea.Cmd {
	// The input is taken now, on the UI goroutine: the adviser may go on
	// judging while the file is written.
	in := workbook.InputOf(d.sess.ev, time.Now(), d.version)
	opts := workbook.Options{Force: force, Audience: d.audience}
	return func() tea.Msg {
		err := workbook.Write(path, in, opts)
		if abs, aerr := filepath.Abs(path); aerr == nil {
			path = abs
		}
		return exportedMsg{path: path, audience: opts.Audience, err: err}
	}
}

func (d *exportDialog) View() string {
	s := d.styles
	var b strings.Builder
	b.WriteString(s.Header.Render("Evaluatiewerkboek exporteren") + "\n\n")
	b.WriteString(d.input.View() + "\n\n")
	b.WriteString(d.audienceView() + "\n\n")
	switch {
	case d.busy:
		b.WriteString(s.Dim.Render("Bezig met schrijven…"))
	case d.confirm:
		b.WriteString(s.Warn.Render(printable.String(filepath.Base(d.path())) + " bestaat al. Overschrijven? (j/n)"))
	default:
		b.WriteString(s.Dim.Render("enter: schrijven · tab: intern/extern · esc: annuleren"))
	}
	return s.Box.Width(min(d.w-4, 76)).Render(b.String())
}

// audiences are the choices of the dialog, in Audience order, with what
// each workbook holds.
var audiences = [...]struct{ name, what string }{
	{"intern", "alles, ook notities en mappen"},
	{"extern", "om te versturen: zonder notities en mappen"},
}

// audienceView shows the two audiences, the chosen one marked.
func (d *exportDialog) audienceView() string {
	s := d.styles
	lines := make([]string, len(audiences))
	for i, a := range audiences {
		mark, name := "○", a.name
		if workbook.Audience(i) == d.audience {
			mark, name = "●", s.Header.Render(a.name)
		}
		prefix := "Voor:    "
		if i > 0 {
			prefix = "         "
		}
		lines[i] = prefix + mark + " " + name + s.Dim.Render(" – "+a.what)
	}
	return strings.Join(lines, "\n")
}

func (d *exportDialog) ShortHelp() []key.Binding {
	k := d.keys
	switch {
	case d.busy:
		return nil
	case d.confirm:
		return []key.Binding{k.Overwrite, k.KeepFile, k.Cancel}
	}
	return []key.Binding{withHelp(k.Enter, "schrijven"), k.Audience, k.Cancel}
}

func (d *exportDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// exportedStatus says what was written and for whom: the external
// workbook is the one to send, so the adviser sees which one this was.
func exportedStatus(msg exportedMsg) string {
	if msg.audience == workbook.Extern {
		return "Werkboek geschreven (extern, zonder notities en mappen): " + msg.path
	}
	return "Werkboek geschreven (intern, met notities): " + msg.path
}
