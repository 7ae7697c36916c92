package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// gemeentePicker chooses which gemeenten the Thema screen shows as
// columns: space toggles, a all, n none, enter applies.
type gemeentePicker struct {
	on     []bool
	cursor int
	top    int
}

func newGemeentePicker(m *Model) *gemeentePicker {
	p := &gemeentePicker{on: make([]bool, len(m.sess.matrix().Gemeenten))}
	for _, g := range m.sess.shown {
		p.on[g] = true
	}
	return p
}

func (p *gemeentePicker) update(m *Model, msg tea.Msg) (tea.Cmd, bool) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, false
	}
	k := m.c.keys
	switch {
	case km.Type == tea.KeyEsc:
		return nil, true
	case key.Matches(km, k.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(km, k.Down):
		p.cursor = min(len(p.on)-1, p.cursor+1)
	case km.String() == " " || km.String() == "x":
		p.on[p.cursor] = !p.on[p.cursor]
	case km.String() == "a":
		for i := range p.on {
			p.on[i] = true
		}
	case km.String() == "n":
		for i := range p.on {
			p.on[i] = false
		}
	case key.Matches(km, k.Enter):
		var shown []int
		for i, on := range p.on {
			if on {
				shown = append(shown, i)
			}
		}
		if len(shown) == 0 {
			m.setStatus("Kies minstens één gemeente", true)
			return nil, false
		}
		m.sess.shown = shown
		m.setStatus(fmt.Sprintf("%d van %d gemeenten als kolom", len(shown), len(p.on)), false)
		return nil, true
	}
	return nil, false
}

func (p *gemeentePicker) view(m *Model, w int) string {
	s := m.c.styles
	var b strings.Builder
	b.WriteString(s.Header.Render("Welke gemeenten naast elkaar?") + "\n\n")
	rows := max(3, m.c.height-10)
	if p.cursor < p.top {
		p.top = p.cursor
	}
	if p.cursor >= p.top+rows {
		p.top = p.cursor - rows + 1
	}
	for i := p.top; i < min(len(p.on), p.top+rows); i++ {
		box := "[ ] "
		if p.on[i] {
			box = "[x] "
		}
		line := box + m.sess.matrix().Gemeenten[i]
		if i == p.cursor {
			line = s.Selected.Render(pad(line, 40))
		}
		b.WriteString("  " + line + "\n")
	}
	b.WriteString("\n" + s.Dim.Render("spatie: aan/uit · a: alle · n: geen · enter: toepassen · esc: annuleren"))
	return s.Box.Width(min(w-4, 76)).Render(b.String())
}
