package tui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

// TestFooterAlwaysShowsHelp: on every screen and dialog at 60, 80 and 100
// columns the footer ends with "? help" (and "q stoppen" outside a
// dialog), the screen's own keys giving way first; while text is typed ?
// is typed, so the footer does not offer it.
func TestFooterAlwaysShowsHelp(t *testing.T) {
	for _, sc := range sizedScreens {
		if sc.name == "help" {
			continue // the ? screen's footer says how to close it
		}
		for _, w := range []int{60, 80, 100} {
			t.Run(fmt.Sprintf("%s_%d", sc.name, w), func(t *testing.T) {
				m := newLoaded(t, sharedDemoLoad, evalFile(t), w, 24)
				press(m, sc.keys...)
				if sc.then != nil {
					sc.then(t, m)
				}
				mustContain(t, m.View(), sc.want)
				f := footerLine(m)
				if lw := lipgloss.Width(f); lw > w {
					t.Fatalf("footer %d cells wide at %d: %q", lw, w, f)
				}
				switch {
				case m.focus().Capturing():
					mustNotContain(t, f, "? help")
				case m.dialog != nil:
					mustContain(t, f, "? help")
				default:
					mustContain(t, f, "? help • q stoppen")
				}
			})
		}
	}
}
