package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// themePicker moves an agreement, or every agreement under its local theme
// name, to another national theme: the adviser's override, kept in the
// evaluation file.
type themePicker struct {
	idx    int // the agreement
	cursor int // index into the taxonomy
	// scope is asked after the theme: this agreement or the local name.
	askScope bool
}

func newThemePicker(m *Model, i int) *themePicker {
	p := &themePicker{idx: i}
	p.cursor = m.sess.themeIdx[m.sess.an.Agreements[i].Theme]
	return p
}

func (p *themePicker) update(m *Model, msg tea.Msg) (tea.Cmd, bool) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, false
	}
	k := m.c.keys
	themes := m.sess.matrix().Themes
	a := m.sess.an.Agreements[p.idx]
	if km.Type == tea.KeyEsc {
		return nil, true
	}
	if p.askScope {
		var (
			cmd tea.Cmd
			err error
		)
		switch km.String() {
		case "a":
			cmd, err = m.sess.moveAgreement(p.idx, themes[p.cursor])
		case "l":
			if a.ThemeRaw == "" {
				return nil, false
			}
			cmd, err = m.sess.moveLocal(a.ThemeRaw, themes[p.cursor])
		default:
			return nil, false
		}
		if err != nil {
			m.setStatus("Niet bewaard: "+err.Error(), true)
		} else {
			m.sess.moved = "Verplaatst naar " + m.sess.an.Taxonomy.Label(themes[p.cursor]) + " · bewaard"
			m.setStatus(m.sess.moved, false)
		}
		return cmd, true
	}
	switch {
	case key.Matches(km, k.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(km, k.Down):
		p.cursor = min(len(themes)-1, p.cursor+1)
	case key.Matches(km, k.Enter):
		if themes[p.cursor] == a.Theme {
			return nil, true
		}
		p.askScope = true
	}
	return nil, false
}

func (p *themePicker) view(m *Model, w int) string {
	s := m.c.styles
	a := m.sess.an.Agreements[p.idx]
	var b strings.Builder
	b.WriteString(s.Header.Render("Ander thema voor "+a.Gemeente+" "+a.Number) + "\n")
	b.WriteString(s.Dim.Render(fmt.Sprintf("nu: %s (lokaal: %s)", a.ThemeLabel, orDash(a.ThemeRaw))) + "\n\n")
	for i, key := range m.sess.matrix().Themes {
		line := "  " + m.sess.an.Taxonomy.Label(key)
		if key == a.Theme {
			line += s.Dim.Render("  (nu)")
		}
		if i == p.cursor {
			line = s.Selected.Render(pad(line, 40))
		}
		b.WriteString(line + "\n")
	}
	b.WriteString("\n")
	if p.askScope {
		b.WriteString(s.Warn.Render("a: alleen deze afspraak"))
		if a.ThemeRaw != "" {
			b.WriteString(s.Warn.Render(fmt.Sprintf(" · l: alle afspraken onder '%s'", a.ThemeRaw)))
		}
		b.WriteString(s.Dim.Render(" · esc: annuleren"))
	} else {
		b.WriteString(s.Dim.Render("↑/↓ kiezen · enter: verplaatsen · esc: annuleren"))
	}
	return s.Box.Width(min(w-4, 76)).Render(b.String())
}
