package tui

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/progress"
	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
)

// loading is the Laden screen: a progress bar while files import, then the
// files that failed and why; the adviser continues with what did import.
type loading struct {
	bar         progress.Model
	done, total int
	current     string
	finished    bool
	err         error
}

func newLoading() *loading {
	return &loading{bar: progress.New(progress.WithDefaultGradient(), progress.WithoutPercentage())}
}

func (l *loading) title() string   { return "Laden" }
func (l *loading) capturing() bool { return false }

func (l *loading) update(m *Model, msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case progressWithNext:
		l.done, l.total, l.current = msg.done, msg.total, msg.path
		return waitFor(msg.next)
	case loadedMsg:
		return l.loaded(m, msg)
	case tea.KeyMsg:
		if l.finished && l.err == nil && key.Matches(msg, m.c.keys.Enter) {
			m.active = screenOverview
		}
	}
	return nil
}

// loaded starts the session; without failed files the overview opens at
// once, otherwise this screen lists them first.
func (l *loading) loaded(m *Model, msg loadedMsg) tea.Cmd {
	l.finished = true
	if msg.err != nil {
		l.err = msg.err
		return nil
	}
	readOnly := ""
	if msg.storeErr != nil {
		readOnly = msg.storeErr.Error()
		m.setStatus("Oordelen en notities worden niet bewaard: "+readOnly, true)
	}
	m.sess = newSession(compare.NewEvaluation(msg.an, msg.store, readOnly, msg.reanalyze))
	switch {
	case msg.importErr != nil:
		m.setStatus(fmt.Sprintf("Werkboek deels overgenomen (%d): %v", msg.imported, msg.importErr), true)
	case msg.imported > 0:
		m.setStatus(fmt.Sprintf("%d oordelen en notities uit het werkboek overgenomen in %s", msg.imported, msg.store.Path()), false)
	}
	if !msg.an.Report.Failed() {
		m.active = screenOverview
	}
	if msg.store != nil {
		return reloadTick()
	}
	return nil
}

func (l *loading) view(m *Model, w, h int) string {
	s := m.c.styles
	var b strings.Builder
	switch {
	case l.err != nil:
		b.WriteString(s.StatusErr.Render("Inlezen mislukt: "+l.err.Error()) + "\n")
		return b.String()
	case !l.finished:
		b.WriteString(s.Header.Render("Bestanden inlezen") + "\n\n")
		l.bar.Width = min(60, max(10, w-4))
		pct := 0.0
		if l.total > 0 {
			pct = float64(l.done) / float64(l.total)
		}
		b.WriteString("  " + l.bar.ViewAs(pct) + "\n")
		fmt.Fprintf(&b, "  %d van %d bestanden", l.done, max(l.total, l.done))
		if l.current != "" {
			b.WriteString("  " + s.Dim.Render(filepath.Base(l.current)))
		}
		return b.String()
	}
	rep := m.sess.an.Report
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
		if lines >= h-5 {
			b.WriteString(s.Dim.Render(fmt.Sprintf("  … en meer: zie het importverslag (%s)", m.c.keys.Report.Help().Key)) + "\n")
			break
		}
		b.WriteString("  " + s.Bad.Render("✗ "+filepath.Base(f.Path)) + "  " + truncate(f.Error, max(10, w-len(filepath.Base(f.Path))-6)) + "\n")
		lines++
	}
	fmt.Fprintf(&b, "\n  %d afspraken uit de andere bestanden. Druk op enter om verder te gaan.\n", len(m.sess.an.Agreements))
	return b.String()
}

func (l *loading) shortHelp(m *Model) []key.Binding {
	if l.finished && l.err == nil {
		return []key.Binding{withHelp(m.c.keys.Enter, "verder")}
	}
	return nil
}

func (l *loading) fullHelp(m *Model) [][]key.Binding { return [][]key.Binding{l.shortHelp(m)} }

// withHelp returns a copy of b with another description.
func withHelp(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}
