package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// scrollTo returns the first visible line of a window of page lines that
// shows line cursor, moving the window from top as little as possible.
func scrollTo(top, cursor, page int) int {
	if cursor < top {
		top = cursor
	}
	if cursor >= top+page {
		top = cursor - page + 1
	}
	return top
}

// scrollCols is scrollTo for a window of fit columns out of n, kept
// within the columns.
func scrollCols(left, cursor, fit, n int) int {
	return max(0, min(scrollTo(left, cursor, fit), n-fit))
}

// moveCursor applies a vertical movement key (up, down, page up and down,
// home, end) to a cursor over n lines, page lines to a page; ok is false
// for any other key. The cursor stays at 0 when there are no lines.
func (k *KeyMap) moveCursor(msg tea.KeyMsg, cursor, n, page int) (next int, ok bool) {
	switch {
	case key.Matches(msg, k.Up):
		return max(0, cursor-1), true
	case key.Matches(msg, k.Down):
		return max(0, min(n-1, cursor+1)), true
	case key.Matches(msg, k.PageUp):
		return max(0, cursor-page), true
	case key.Matches(msg, k.PageDown):
		return max(0, min(n-1, cursor+page)), true
	case key.Matches(msg, k.Home):
		return 0, true
	case key.Matches(msg, k.End):
		return max(0, n-1), true
	}
	return cursor, false
}

// wheelStep applies a mouse wheel step to a cursor over n lines.
func wheelStep(msg tea.MouseMsg, cursor, n int) int {
	switch msg.Button {
	case tea.MouseButtonWheelUp:
		return max(0, cursor-1)
	case tea.MouseButtonWheelDown:
		return max(0, min(n-1, cursor+1))
	}
	return cursor
}

// arrowStep moves a cursor (row, col) over rows × cols by one arrow key,
// staying inside; false when msg is no arrow key.
func arrowStep(km *KeyMap, msg tea.KeyMsg, row, col *int, rows, cols int) bool {
	switch {
	case key.Matches(msg, km.Up):
		*row = max(0, *row-1)
	case key.Matches(msg, km.Down):
		*row = max(0, min(rows-1, *row+1))
	case key.Matches(msg, km.Left):
		*col = max(0, *col-1)
	case key.Matches(msg, km.Right):
		*col = max(0, min(cols-1, *col+1))
	default:
		return false
	}
	return true
}
