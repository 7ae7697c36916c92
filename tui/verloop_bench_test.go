package tui

import (
	"path/filepath"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
	"pakompas/importer/corpus"
)

// nationalTwoYears is two years of the national corpus (2025 and the
// corpus's NextYear: renumbered, reworded, dropped and added), every
// gemeente with both, analysed once per test binary.
var nationalTwoYears = sync.OnceValues(func() (*compare.Analysis, error) {
	sets := corpus.Build(corpus.Options{})
	next, _ := corpus.NextYear(sets, 1)
	return corpusAnalysis(append(sets, next...), true)
})

// BenchmarkVerloop is a key press and the frame on the Verloop screen
// over two years of the national corpus at 100×30: down through the rows
// of a gemeente, → to the next gemeente, and a filter on and off. Goal:
// p99 < 16 ms.
func BenchmarkVerloop(b *testing.B) {
	an, err := nationalTwoYears()
	if err != nil {
		b.Fatal(err)
	}
	if len(an.Verloop) != 342 {
		b.Fatalf("%d gemeenten with two years, want 342", len(an.Verloop))
	}
	for _, c := range []struct {
		name string
		next func(m *Model) string
	}{
		{"down", func(m *Model) string {
			if v := vl(m); v.cursor == len(v.shown)-1 {
				return "home"
			}
			return "down"
		}},
		{"right", func(*Model) string { return "right" }},
		{"filter", func(m *Model) string { return "n" }},
	} {
		b.Run(c.name, func(b *testing.B) {
			newModel := func() *Model {
				m := New(Options{Load: fixedLoad(an), Evaluation: filepath.Join(b.TempDir(), "evaluatie.json")})
				m.Update(tea.WindowSizeMsg{Width: benchW, Height: benchH})
				runLoad(b, m)
				press(m, "J")
				if m.active != screenVerloop {
					b.Fatalf("J opened screen %d, status %q", m.active, m.status)
				}
				return m
			}
			m := newModel()
			m.View()
			b.ReportAllocs()
			for b.Loop() {
				press(m, c.next(m))
				_ = m.View()
			}
			b.StopTimer()
			reportLatency(b, newModel(), 1000, c.next)
		})
	}
}

// vl is the model's Verloop screen.
func vl(m *Model) *verloopScreen { return m.screens[screenVerloop].(*verloopScreen) }
