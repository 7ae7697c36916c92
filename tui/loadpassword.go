package tui

import (
	"maps"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare/printable"
	"pakompas/importer/model"
)

// A password-protected file that the import could not open (no password,
// or a wrong one) is asked for on the Laden screen: the adviser types the
// password (not shown) and the import runs again with it, keeping the
// evaluation file open; esc skips the file. The passwords stay in memory
// for the session only.

// retryLoadMsg asks the root to import again with the passwords typed,
// by path as the report names the file.
type retryLoadMsg struct{ passwords map[string]string }

// locked reports whether f failed for want of the right password, and a
// password could open it: an OpenDocument file (.ods, .odt) is never
// decrypted, so asking for its password would only repeat the error.
func locked(f model.FileReport) bool {
	if f.ErrorKind != model.ErrEncrypted && f.ErrorKind != model.ErrPassword {
		return false
	}
	switch strings.ToLower(filepath.Ext(f.Path)) {
	case ".ods", ".odt", ".ots", ".ott":
		return false
	}
	return f.Format != "ods" && f.Format != "odt"
}

// askNext asks the password of the first protected file not skipped, and
// returns the input's cursor blink; nil when there is none.
func (l *loading) askNext() tea.Cmd {
	l.asking = ""
	for _, f := range l.sess.an.Report.Files {
		if locked(f) && !l.skipped[f.Path] {
			l.asking = f.Path
			l.input.Prompt = "Wachtwoord voor " + printable.String(filepath.Base(f.Path)) + ": "
			l.input.Reset()
			l.SetSize(l.w, l.h)
			return tea.Batch(l.input.Focus(), textinput.Blink)
		}
	}
	l.input.Blur()
	return nil
}

// passwordKey handles a key while a password is asked: enter imports
// again with it, esc skips the file, anything else is typed.
func (l *loading) passwordKey(msg tea.KeyMsg) (tea.Cmd, []tea.Msg) {
	switch {
	case key.Matches(msg, l.keys.Enter):
		if l.input.Value() == "" {
			return nil, nil
		}
		l.passwords[l.asking] = l.input.Value()
		l.input.Reset()
		l.input.Blur()
		l.asking, l.finished, l.retrying = "", false, true
		l.done, l.current = 0, ""
		return nil, ask(retryLoadMsg{passwords: maps.Clone(l.passwords)})
	case key.Matches(msg, l.keys.Cancel):
		l.skipped[l.asking] = true
		return l.askNext(), nil
	}
	var cmd tea.Cmd
	l.input, cmd = l.input.Update(msg)
	return cmd, nil
}

// promptView is the question: which file, why (a wrong password says
// so), and the input.
func (l *loading) promptView() string {
	s := l.styles
	name := printable.String(filepath.Base(l.asking))
	why := name + " is met een wachtwoord beveiligd."
	if _, typed := l.passwords[l.asking]; typed {
		why = "Het wachtwoord klopt niet voor " + name + ". Probeer het opnieuw."
	}
	return "  " + s.Warn.Render(truncate(why, l.w-2)) + "\n  " + truncate(l.input.View(), l.w-2)
}

// why is the reason a file failed as this screen says it: for a
// protected file not what to pass on the command line but what happens
// here.
func (l *loading) why(f model.FileReport) string {
	switch {
	case !locked(f):
		return printable.String(f.Error)
	case l.skipped[f.Path]:
		return "met een wachtwoord beveiligd; overgeslagen"
	case f.ErrorKind == model.ErrPassword:
		return "het wachtwoord klopt niet"
	}
	return "met een wachtwoord beveiligd"
}

// unlocked says, after importing again, which protected files the typed
// passwords opened; none when none did (the prompt says the password was
// wrong).
func (l *loading) unlocked(rep *model.Report) []tea.Msg {
	var opened []string
	for _, f := range rep.Files {
		if _, typed := l.passwords[f.Path]; typed && f.Error == "" {
			opened = append(opened, printable.String(filepath.Base(f.Path)))
		}
	}
	if len(opened) == 0 {
		return nil
	}
	return ask(statusOK("Geopend met wachtwoord: " + strings.Join(opened, ", ")))
}
