package tui

import (
	"fmt"
	"math/rand/v2"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// pureKeys are the keys the purity test presses: every screen's and
// dialog's keys, except those that leave the program (q) or write outside
// the test's folders (e: the export's default name is in the working
// folder).
var pureKeys = []string{
	"j", "k", "h", "l", "g", "G", "home", "end", "pgdown", "pgup", "up", "down", "left", "right",
	"enter", "esc", "backspace", "tab", "shift+tab", "?", "/", "i",
	"V", "o", "r", "s", "v", "n", "t", "c", " ", "a", "x", "gesprek",
	"1", "2", "3", "0", "u", "]", "[",
}

// TestViewChangesNothing: View is a pure function of the state. Two models
// take the same random keys and resizes; one is drawn after every message,
// as the program does, the other only at the checks. Were View to settle
// anything (a scroll offset, a filter, a cache), the frames would differ.
func TestViewChangesNothing(t *testing.T) {
	for seed := range 12 {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(seed), 10))
			drawn := newLoaded(t, sharedDemoLoad, evalFile(t), 60, 15)
			blind := newLoaded(t, sharedDemoLoad, evalFile(t), 60, 15)
			var keys []string
			for step := range 150 {
				if rng.IntN(12) == 0 {
					size := sizes[rng.IntN(len(sizes))]
					msg := tea.WindowSizeMsg{Width: size[0], Height: size[1]}
					drawn.Update(msg)
					blind.Update(msg)
					keys = append(keys, fmt.Sprintf("%dx%d", size[0], size[1]))
				} else {
					k := pureKeys[rng.IntN(len(pureKeys))]
					keys = append(keys, k)
					if len(k) > 1 && !isKeyName(k) {
						typeText(drawn, k)
						typeText(blind, k)
					} else {
						press(drawn, k)
						press(blind, k)
					}
				}
				_ = drawn.View()
				if step%10 == 9 {
					if a, b := drawn.View(), blind.View(); a != b {
						t.Fatalf("after %q the frame drawn at every step differs from the one drawn once:\n%s\n---\n%s", keys, a, b)
					}
				}
			}
		})
	}
}
