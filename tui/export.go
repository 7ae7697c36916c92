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

	"pakompas/compare/workbook"
)

// exportDialog asks for the workbook's file name, confirms before
// overwriting, writes it in the background and says where it went.
type exportDialog struct {
	input   textinput.Model
	confirm bool // waiting for j/n to overwrite
	busy    bool
}

// exportedMsg reports a finished export.
type exportedMsg struct {
	path string
	err  error
}

func newExportDialog(now time.Time) *exportDialog {
	in := textinput.New()
	in.Prompt = "Bestand: "
	in.SetValue(fmt.Sprintf("evaluatie-%s.xlsx", now.Format("2006-01-02")))
	in.CursorEnd()
	in.Focus()
	in.CharLimit = 400
	return &exportDialog{input: in}
}

// update handles keys while the dialog is open; done reports that it
// closed.
func (d *exportDialog) update(m *Model, msg tea.Msg) (cmd tea.Cmd, done bool) {
	km, ok := msg.(tea.KeyMsg)
	if !ok || d.busy {
		return nil, false
	}
	switch {
	case km.Type == tea.KeyEsc:
		m.setStatus("Exporteren geannuleerd", false)
		return nil, true
	case d.confirm:
		switch strings.ToLower(km.String()) {
		case "j", "y":
			d.busy = true
			return m.exportCmd(d.path(), true), false
		case "n":
			d.confirm = false
			return nil, false
		}
		return nil, false
	case km.Type == tea.KeyEnter:
		p := d.path()
		if p == "" {
			return nil, false
		}
		if _, err := os.Stat(p); err == nil {
			d.confirm = true
			return nil, false
		} else if !errors.Is(err, fs.ErrNotExist) {
			m.setStatus("Kan niet schrijven: "+err.Error(), true)
			return nil, false
		}
		d.busy = true
		return m.exportCmd(p, false), false
	}
	d.input, cmd = d.input.Update(msg)
	return cmd, false
}

// path is the file name typed, with .xlsx added when missing.
func (d *exportDialog) path() string {
	p := strings.TrimSpace(d.input.Value())
	if p != "" && !strings.EqualFold(filepath.Ext(p), ".xlsx") {
		p += ".xlsx"
	}
	return p
}

func (d *exportDialog) view(m *Model, w int) string {
	s := m.c.styles
	var b strings.Builder
	b.WriteString(s.Header.Render("Evaluatiewerkboek exporteren") + "\n\n")
	d.input.Width = max(20, min(60, w-16))
	b.WriteString(d.input.View() + "\n\n")
	switch {
	case d.busy:
		b.WriteString(s.Dim.Render("Bezig met schrijven…"))
	case d.confirm:
		b.WriteString(s.Warn.Render(filepath.Base(d.path()) + " bestaat al. Overschrijven? (j/n)"))
	default:
		b.WriteString(s.Dim.Render("enter: schrijven · esc: annuleren"))
	}
	return s.Box.Width(min(w-4, 76)).Render(b.String())
}

// exportCmd writes the workbook with the current verdicts and notes.
func (m *Model) exportCmd(path string, force bool) tea.Cmd {
	// The input is taken now, on the UI goroutine: the adviser may go on
	// judging while the file is written.
	in := workbook.InputOf(m.sess.ev, time.Now(), m.opts.Version)
	return func() tea.Msg {
		err := workbook.Write(path, in, workbook.Options{Force: force})
		if abs, aerr := filepath.Abs(path); aerr == nil {
			path = abs
		}
		return exportedMsg{path: path, err: err}
	}
}

// exportKey is the binding that opens the dialog (for help texts).
func exportKey(k *KeyMap) key.Binding { return withHelp(k.Export, "werkboek exporteren") }
