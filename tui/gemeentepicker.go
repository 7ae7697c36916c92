package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare/printable"
)

// gemeentePicker chooses gemeenten: which the Thema screen shows as
// columns, or which the Afspraken list shows. Space toggles, a all, n
// none, enter applies (the choice goes to the screen under the picker as
// a gemeentenChosenMsg).
type gemeentePicker struct {
	*common
	w int
	// title asks the question; as says what the choice is for, in the
	// status line ("als kolom").
	title, as string
	on        []bool
	cursor    int
	top       int
	// rows is how many gemeenten the box lists at once.
	rows int
}

// newGemeentePicker asks title with the gemeenten on (matrix indexes)
// ticked; as says what the choice is for.
func newGemeentePicker(c *common, title, as string, on []int) *gemeentePicker {
	p := &gemeentePicker{common: c, title: title, as: as, on: make([]bool, len(c.sess.matrix().Gemeenten))}
	for _, g := range on {
		p.on[g] = true
	}
	return p
}

func (p *gemeentePicker) Title() string   { return "Gemeenten kiezen" }
func (p *gemeentePicker) Capturing() bool { return false }

func (p *gemeentePicker) SetSize(w, h int) {
	// The box's title, blank lines, help line and border take 6 lines;
	// two more stay free (the list is as long as before: the terminal
	// height less 10, with a one-line footer).
	p.w, p.rows = w, max(3, h-8)
	p.top = scrollTo(p.top, p.cursor, p.rows)
}

func (p *gemeentePicker) Update(msg tea.Msg) (tea.Cmd, []tea.Msg) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, nil
	}
	k := p.keys
	switch {
	case key.Matches(km, k.Cancel):
		return nil, ask(closeDialogMsg{})
	case key.Matches(km, k.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(km, k.Down):
		p.cursor = min(len(p.on)-1, p.cursor+1)
	case key.Matches(km, k.Toggle):
		p.on[p.cursor] = !p.on[p.cursor]
	case key.Matches(km, k.All):
		for i := range p.on {
			p.on[i] = true
		}
	case key.Matches(km, k.None):
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
			return nil, ask(statusError("Kies minstens één gemeente"))
		}
		return nil, ask(closeDialogMsg{}, gemeentenChosenMsg{shown},
			statusOK(fmt.Sprintf("%d van %d gemeenten %s", len(shown), len(p.on), p.as)))
	}
	p.top = scrollTo(p.top, p.cursor, p.rows)
	return nil, nil
}

func (p *gemeentePicker) View() string {
	s := p.styles
	var b strings.Builder
	b.WriteString(s.Header.Render(p.title) + "\n\n")
	for i := p.top; i < min(len(p.on), p.top+p.rows); i++ {
		box := "[ ] "
		if p.on[i] {
			box = "[x] "
		}
		line := box + printable.String(p.sess.matrix().Gemeenten[i])
		lead := "  "
		if i == p.cursor {
			line, lead = s.Selected.Render(pad(line, 40)), cursorMark
		}
		b.WriteString(lead + line + "\n")
	}
	b.WriteString("\n" + s.Dim.Render("spatie: aan/uit · a: alle · n: geen · enter: toepassen · esc: annuleren"))
	return s.Box.Width(min(p.w-4, 76)).Render(b.String())
}

func (p *gemeentePicker) ShortHelp() []key.Binding {
	k := p.keys
	return []key.Binding{k.Toggle, k.All, k.None, withHelp(k.Enter, "toepassen"), k.Cancel}
}

func (p *gemeentePicker) FullHelp() [][]key.Binding {
	k := p.keys
	return [][]key.Binding{{k.Up, k.Down}, p.ShortHelp()}
}
