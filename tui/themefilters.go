package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// The Thema screen's filters (alleen vaag, the gemeente columns) belong to
// the theme opened: a theme opened from the overview starts without them;
// tab to the next theme keeps them and says so; x clears them.

// allGemeenten are the matrix indexes of every gemeente.
func (t *themeView) allGemeenten() []int {
	all := make([]int, len(t.sess.matrix().Gemeenten))
	for g := range all {
		all[g] = g
	}
	return all
}

// filterNames names the filters that are on.
func (t *themeView) filterNames() []string {
	var out []string
	if t.vagueOnly {
		out = append(out, "alleen vaag")
	}
	if n, all := len(t.sess.shown), len(t.sess.matrix().Gemeenten); n < all {
		out = append(out, fmt.Sprintf("%d van %d gemeenten", n, all))
	}
	return out
}

// clearFilters shows every row and every gemeente again.
func (t *themeView) clearFilters() []tea.Msg {
	if len(t.filterNames()) == 0 {
		return ask(statusOK("Er staat geen filter aan"))
	}
	t.vagueOnly = false
	t.sess.shown = t.allGemeenten()
	t.filter()
	return ask(statusOK("Filters gewist: alle rijen en gemeenten"))
}

// keptFilters says, after tab to another theme, which filters stay on.
func (t *themeView) keptFilters() []tea.Msg {
	names := t.filterNames()
	if len(names) == 0 {
		return nil
	}
	return ask(statusOK("Filters blijven aan: " + strings.Join(names, ", ") + " · " + t.keys.ClearFilters.Help().Key + " wist ze"))
}
