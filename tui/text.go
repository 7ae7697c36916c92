package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// truncate cuts a (possibly styled) line to w cells with "…".
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}

// pad cuts or pads plain or styled text to exactly w cells.
func pad(s string, w int) string {
	s = truncate(s, w)
	if n := ansi.StringWidth(s); n < w {
		s += strings.Repeat(" ", w-n)
	}
	return s
}

// padLeft right-aligns text in w cells.
func padLeft(s string, w int) string {
	s = truncate(s, w)
	if n := ansi.StringWidth(s); n < w {
		s = strings.Repeat(" ", w-n) + s
	}
	return s
}

// indented wraps text to w cells with every line indented by n spaces; a
// long path breaks after a slash.
func indented(text string, w, n int) string {
	lines := strings.Split(ansi.Wrap(text, max(10, w-n), " /"), "\n")
	for i, l := range lines {
		lines[i] = strings.Repeat(" ", n) + l
	}
	return strings.Join(lines, "\n")
}
