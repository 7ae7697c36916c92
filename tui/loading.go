package tui

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"pakompas/compare/printable"
	"pakompas/importer/model"
)

// loading is the Laden screen: a progress bar while files import, then the
// files that failed and why; the adviser continues with what did import.
// For a password-protected file it asks the password and imports again
// (loadpassword.go).
type loading struct {
	*common
	w, h        int
	bar         progress.Model
	done, total int
	current     string
	finished    bool
	err         error
	// retrying is set while importing again with a typed password.
	retrying bool
	// The password prompt: the passwords typed so far (by path as the
	// report names the file; kept in memory only), the files the adviser
	// skipped, the file asked for ("" when none) and the input.
	passwords map[string]string
	skipped   map[string]bool
	asking    string
	input     textinput.Model
}

func newLoading(c *common) *loading {
	in := textinput.New()
	in.EchoMode = textinput.EchoPassword
	in.EchoCharacter = '•'
	in.CharLimit = 256
	return &loading{common: c, bar: progress.New(progress.WithDefaultGradient(), progress.WithoutPercentage()),
		passwords: map[string]string{}, skipped: map[string]bool{}, input: in}
}

// Title follows what the screen shows: the import under way, the password
// asked, or the import's result.
func (l *loading) Title() string {
	switch {
	case !l.finished:
		return "Laden"
	case l.asking != "":
		return "Wachtwoord"
	}
	return "Ingelezen"
}

func (l *loading) Capturing() bool { return l.asking != "" }

func (l *loading) SetSize(w, h int) {
	l.w, l.h = w, h
	l.bar.Width = min(60, max(10, w-4))
	l.input.Width = max(10, w-ansi.StringWidth(l.input.Prompt)-4)
}

func (l *loading) Update(msg tea.Msg) (tea.Cmd, []tea.Msg) {
	switch msg := msg.(type) {
	case progressWithNext:
		// The importer's workers report concurrently: a report that
		// arrives late does not move the bar back.
		if msg.done >= l.done {
			l.done, l.total, l.current = msg.done, msg.total, msg.path
		}
		return waitFor(msg.next), nil
	case loadedMsg:
		return l.loaded(msg)
	case tea.KeyMsg:
		if l.asking != "" {
			return l.passwordKey(msg)
		}
		if l.finished && l.err == nil && key.Matches(msg, l.keys.Enter) {
			return nil, ask(switchScreenMsg{screenOverview})
		}
		// The list of failed files points here when it is cut.
		if l.finished && l.err == nil && key.Matches(msg, l.keys.Report) {
			return nil, ask(openScreenMsg{id: screenReport})
		}
	}
	return nil, nil
}

// loaded takes the finished import (the root has started the session):
// it asks the password of a protected file; without failed files the
// overview opens at once, otherwise this screen lists them first.
func (l *loading) loaded(msg loadedMsg) (tea.Cmd, []tea.Msg) {
	retried := l.retrying
	l.finished, l.err, l.retrying = true, msg.err, false
	if msg.err != nil {
		return nil, nil
	}
	var asks []tea.Msg
	if retried {
		asks = l.unlocked(msg.an.Report)
	}
	if cmd := l.askNext(); cmd != nil {
		return cmd, asks
	}
	if !msg.an.Report.Failed() {
		asks = append(asks, switchScreenMsg{screenOverview})
	}
	return nil, asks
}

func (l *loading) View() string {
	s := l.styles
	var b strings.Builder
	switch {
	case l.err != nil:
		b.WriteString(s.StatusErr.Render(ansi.Wrap(printable.String("Inlezen mislukt: "+l.err.Error()), max(10, l.w), "")) + "\n")
		return b.String()
	case !l.finished:
		title := "Bestanden inlezen"
		if l.retrying {
			title = "Opnieuw inlezen met het wachtwoord"
		}
		b.WriteString(s.Header.Render(title) + "\n\n")
		pct := 0.0
		if l.total > 0 {
			pct = float64(l.done) / float64(l.total)
		}
		b.WriteString("  " + l.bar.ViewAs(pct) + "\n")
		fmt.Fprintf(&b, "  %d van %d bestanden", l.done, max(l.total, l.done))
		if l.current != "" {
			b.WriteString("  " + s.Dim.Render(printable.String(filepath.Base(l.current))))
		}
		b.WriteString("\n\n" + l.evalView())
		return b.String()
	}
	rep := l.sess.an.Report
	failed := 0
	for _, f := range rep.Files {
		if f.Error != "" {
			failed++
		}
	}
	b.WriteString(s.Header.Render(truncate(fmt.Sprintf("%d van %d bestanden ingelezen, %d met een fout", len(rep.Files)-failed, len(rep.Files), failed), l.w)) + "\n\n")
	// The evaluation file's lines stand at the end.
	evalView := l.evalView()
	room := l.h - 7 - strings.Count(evalView, "\n")
	if l.asking != "" {
		prompt := l.promptView()
		b.WriteString(prompt + "\n\n")
		room -= strings.Count(prompt, "\n") + 2
	}
	for _, f := range rep.Files {
		if f.Error == "" || f.Path == l.asking {
			continue
		}
		lines := l.failedLines(f)
		if len(lines) > room {
			b.WriteString(s.Dim.Render(truncate(fmt.Sprintf("  … en meer: zie het importverslag (%s)", l.keys.Report.Help().Key), l.w)) + "\n")
			break
		}
		for _, line := range lines {
			b.WriteString(line + "\n")
		}
		room -= len(lines)
	}
	if l.asking == "" {
		b.WriteString("\n" + indented(fmt.Sprintf("%d afspraken uit de andere bestanden. Druk op enter om verder te gaan, of %s voor het importverslag.",
			len(l.sess.an.Agreements), l.keys.Report.Help().Key), l.w, 2) + "\n")
	}
	b.WriteString("\n" + evalView)
	return b.String()
}

// evalView is the evaluation file's path and state, wrapped to the width.
func (l *loading) evalView() string { return indented(l.styles.Dim.Render(l.evalLine()), l.w, 2) }

// failedLines is a failed file: its name, then why, wrapped under it.
func (l *loading) failedLines(f model.FileReport) []string {
	s := l.styles
	lines := []string{"  " + s.Bad.Render(truncate("✗ "+printable.String(filepath.Base(f.Path)), l.w-2))}
	for _, line := range strings.Split(ansi.Wrap(l.why(f), max(10, l.w-4), ""), "\n") {
		lines = append(lines, "    "+line)
	}
	return lines
}

func (l *loading) ShortHelp() []key.Binding {
	switch {
	case l.asking != "":
		return []key.Binding{withHelp(l.keys.Enter, "openen"), withHelp(l.keys.Cancel, "overslaan")}
	case l.finished && l.err == nil:
		return []key.Binding{withHelp(l.keys.Enter, "verder"), withHelp(l.keys.Report, "importverslag")}
	}
	return nil
}

func (l *loading) FullHelp() [][]key.Binding { return [][]key.Binding{l.ShortHelp()} }
