package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare/printable"
)

// themePicker moves an agreement, or every agreement under its local theme
// name, to another national theme: the adviser's override, kept in the
// evaluation file.
type themePicker struct {
	*common
	w      int
	idx    int // the agreement
	cursor int // index into the taxonomy
	// scope is asked after the theme: this agreement or the local name.
	askScope bool
}

// newThemePicker starts on the first theme that is not the agreement's.
func newThemePicker(c *common, i int) *themePicker {
	cursor := 0
	if c.sess.themeIdx[c.sess.an.Agreements[i].Theme] == 0 {
		cursor = 1
	}
	return &themePicker{common: c, idx: i, cursor: cursor}
}

func (p *themePicker) Title() string      { return "Ander thema" }
func (p *themePicker) Capturing() bool    { return false }
func (p *themePicker) SetSize(w, _ int)   { p.w = w }
func (p *themePicker) hasLocalName() bool { return p.sess.an.Agreements[p.idx].ThemeRaw != "" }

func (p *themePicker) Update(msg tea.Msg) (tea.Cmd, []tea.Msg) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, nil
	}
	k := p.keys
	themes := p.sess.matrix().Themes
	a := p.sess.an.Agreements[p.idx]
	if key.Matches(km, k.Cancel) {
		return nil, ask(closeDialogMsg{})
	}
	if p.askScope {
		var (
			cmd tea.Cmd
			err error
		)
		switch {
		case key.Matches(km, k.MoveOne):
			cmd, err = p.sess.moveAgreement(p.idx, themes[p.cursor])
		case key.Matches(km, k.MoveLocal) && p.hasLocalName():
			cmd, err = p.sess.moveLocal(a.ThemeRaw, themes[p.cursor])
		default:
			return nil, nil
		}
		if err != nil {
			return cmd, ask(statusError("Niet bewaard: "+err.Error()), closeDialogMsg{})
		}
		p.sess.moved = "Verplaatst naar " + p.sess.an.Taxonomy.Label(themes[p.cursor]) + " · bewaard"
		return cmd, ask(statusOK(p.sess.moved), closeDialogMsg{})
	}
	switch {
	case key.Matches(km, k.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(km, k.Down):
		p.cursor = min(len(themes)-1, p.cursor+1)
	case key.Matches(km, k.Enter):
		if themes[p.cursor] == a.Theme {
			return nil, ask(closeDialogMsg{})
		}
		p.askScope = true
	}
	return nil, nil
}

func (p *themePicker) View() string {
	s := p.styles
	a := p.sess.an.Agreements[p.idx]
	var b strings.Builder
	b.WriteString(s.Header.Render(printable.String("Ander thema voor "+a.Gemeente+" "+a.Number)) + "\n")
	b.WriteString(s.Dim.Render(printable.String(fmt.Sprintf("nu: %s (lokaal: %s)", a.ThemeLabel, orDash(a.ThemeRaw)))) + "\n\n")
	for i, key := range p.sess.matrix().Themes {
		label := printable.String(p.sess.an.Taxonomy.Label(key))
		if key == a.Theme {
			label += s.Dim.Render("  (nu)")
		}
		line := "  " + label
		if i == p.cursor {
			line = cursorMark + s.Selected.Render(pad(label, 38))
		}
		b.WriteString(line + "\n")
	}
	b.WriteString("\n")
	if p.askScope {
		target := p.sess.an.Taxonomy.Label(p.sess.matrix().Themes[p.cursor])
		b.WriteString(s.Header.Render(printable.String(fmt.Sprintf("Verplaatsen naar '%s'?", target))) + "\n")
		b.WriteString(s.Warn.Render("a: alleen deze afspraak"))
		if a.ThemeRaw != "" {
			b.WriteString(s.Warn.Render(fmt.Sprintf(" · l: alle afspraken onder '%s'", printable.String(a.ThemeRaw))))
		}
		b.WriteString(s.Dim.Render(" · esc: annuleren"))
	} else {
		b.WriteString(s.Dim.Render("↑/↓ kiezen · enter: verplaatsen · esc: annuleren"))
	}
	return s.Box.Width(min(p.w-4, 76)).Render(b.String())
}

func (p *themePicker) ShortHelp() []key.Binding {
	k := p.keys
	if p.askScope {
		local := k.MoveLocal
		local.SetEnabled(p.hasLocalName())
		return []key.Binding{k.MoveOne, local, k.Cancel}
	}
	return []key.Binding{withHelp(k.Up, "kiezen"), withHelp(k.Down, "kiezen"), withHelp(k.Enter, "verplaatsen"), k.Cancel}
}

func (p *themePicker) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
