package tui

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/progress"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"pakompas/compare/printable"
)

// loading is the Laden screen: a progress bar while files import, then the
// files that failed and why; the adviser continues with what did import.
type loading struct {
	*common
	w, h        int
	bar         progress.Model
	done, total int
	current     string
	finished    bool
	err         error
}

func newLoading(c *common) *loading {
	return &loading{common: c, bar: progress.New(progress.WithDefaultGradient(), progress.WithoutPercentage())}
}

func (l *loading) Title() string   { return "Laden" }
func (l *loading) Capturing() bool { return false }

func (l *loading) SetSize(w, h int) {
	l.w, l.h = w, h
	l.bar.Width = min(60, max(10, w-4))
}

func (l *loading) Update(msg tea.Msg) (tea.Cmd, []tea.Msg) {
	switch msg := msg.(type) {
	case progressWithNext:
		l.done, l.total, l.current = msg.done, msg.total, msg.path
		return waitFor(msg.next), nil
	case loadedMsg:
		// The root has started the session. Without failed files the
		// overview opens at once, otherwise this screen lists them first.
		l.finished, l.err = true, msg.err
		if msg.err == nil && !msg.an.Report.Failed() {
			return nil, ask(switchScreenMsg{screenOverview})
		}
	case tea.KeyMsg:
		if l.finished && l.err == nil && key.Matches(msg, l.keys.Enter) {
			return nil, ask(switchScreenMsg{screenOverview})
		}
	}
	return nil, nil
}

func (l *loading) View() string {
	s := l.styles
	var b strings.Builder
	switch {
	case l.err != nil:
		b.WriteString(s.StatusErr.Render(printable.String("Inlezen mislukt: "+l.err.Error())) + "\n")
		return b.String()
	case !l.finished:
		b.WriteString(s.Header.Render("Bestanden inlezen") + "\n\n")
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
	b.WriteString(s.Header.Render(fmt.Sprintf("%d van %d bestanden ingelezen, %d met een fout", len(rep.Files)-failed, len(rep.Files), failed)) + "\n\n")
	lines := 0
	for _, f := range rep.Files {
		if f.Error == "" {
			continue
		}
		if lines >= l.h-5 {
			b.WriteString(s.Dim.Render(fmt.Sprintf("  … en meer: zie het importverslag (%s)", l.keys.Report.Help().Key)) + "\n")
			break
		}
		name := printable.String(filepath.Base(f.Path))
		b.WriteString("  " + s.Bad.Render("✗ "+name) + "  " + truncate(printable.String(f.Error), max(10, l.w-ansi.StringWidth(name)-6)) + "\n")
		lines++
	}
	fmt.Fprintf(&b, "\n  %d afspraken uit de andere bestanden. Druk op enter om verder te gaan.\n", len(l.sess.an.Agreements))
	b.WriteString("\n" + l.evalView())
	return b.String()
}

// evalView is the evaluation file's path and state, wrapped to the width.
func (l *loading) evalView() string { return indented(l.styles.Dim.Render(l.evalLine()), l.w, 2) }

func (l *loading) ShortHelp() []key.Binding {
	if l.finished && l.err == nil {
		return []key.Binding{withHelp(l.keys.Enter, "verder")}
	}
	return nil
}

func (l *loading) FullHelp() [][]key.Binding { return [][]key.Binding{l.ShortHelp()} }
