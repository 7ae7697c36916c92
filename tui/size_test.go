package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"pakompas/compare"
)

// assertFits fails when the view is wider or taller than w×h.
func assertFits(t testing.TB, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("%d lines in a %d-line terminal:\n%s", len(lines), h, view)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Errorf("line %d is %d cells wide in a %d-cell terminal: %q", i+1, lw, w, l)
		}
	}
}

// sizedScreens put a loaded model on one screen each.
var sizedScreens = []struct {
	name string
	// keys lead from the overview to the screen.
	keys []string
	// want is a text the screen shows at every size.
	want string
	// then, when set, runs after the keys (for what keys alone cannot
	// set up).
	then func(t *testing.T, m *Model)
}{
	{"overzicht", nil, "Thema", nil},
	{"overzicht-rechts", []string{"end"}, "Uithoorn", nil},
	{"thema", []string{"enter"}, "Betaalbaarheid", nil},
	{"thema-alleen-vaag", []string{"down", "enter", "V"}, "alleen vaag", nil},
	{"thema-hele-rij", []string{"enter", "down", "z"}, "Hele rij", nil},
	{"afspraak", []string{"enter", "enter"}, "Gemeente", nil},
	{"afspraak-notitie", []string{"enter", "enter", "n", "a", "b"}, "notitie bewaren", nil},
	{"importverslag", []string{"i"}, "bestand(en)", nil},
	{"help", []string{"enter", "?"}, "Toetsen", nil},
	{"afspraken", []string{"tab"}, "sortering: bron", nil},
	{"afspraken-zoeken", []string{"/", "g", "e", "s", "p", "r", "e", "k"}, "/gesprek", nil},
	{"afspraken-vaag-rol", []string{"tab", "V", "r", "o"}, "rol: ", nil},
	{"export", []string{"e"}, "Bestand: ", nil},
	{"export-overschrijven", []string{"e"}, "bestaat al.", func(t *testing.T, m *Model) {
		// An existing file: enter asks first.
		exportTo(t, m, existingFile(t))
	}},
	{"ander-thema", []string{"enter", "enter", "t"}, "Ander thema", nil},
	{"ander-thema-bereik", []string{"enter", "enter", "t", "down", "enter"}, "Ander thema voor", nil},
	{"gemeenten-kiezen", []string{"enter", "c"}, "Welke gemeenten", nil},
	{"gemeenten-gekozen", []string{"enter", "c", " ", "enter"}, "5 van 6 gemeenten als kolom", nil},
	{"kompas", []string{"K"}, "Indicator", nil},
	{"kompas-rechts", []string{"K", "end", "down"}, "Uithoorn", nil},
	{"kompas-afspraken", []string{"K", "down", "down", "down", "enter"}, "kompas: Vaag in Aalsmeer", nil},
	{"kompas-gemeenten", []string{"K", "c"}, "Welke gemeenten in het kompas?", nil},
}

var sizes = [][2]int{{60, 15}, {80, 24}, {100, 30}, {160, 50}}

// TestViewFitsTerminal checks every screen at every size: built at that
// size, and resized there from every other size.
func TestViewFitsTerminal(t *testing.T) {
	for _, sc := range sizedScreens {
		for _, size := range sizes {
			w, h := size[0], size[1]
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, w, h), func(t *testing.T) {
				m := newLoaded(t, sharedDemoLoad, evalFile(t), w, h)
				press(m, sc.keys...)
				if sc.then != nil {
					sc.then(t, m)
				}
				v := m.View()
				assertFits(t, v, w, h)
				if !strings.Contains(v, sc.want) {
					t.Errorf("view lacks %q:\n%s", sc.want, v)
				}
				// The screen itself keeps to the size SetSize gave it (the
				// component contract): the root would wrap a longer line
				// and push every line below it down.
				// A final newline ends the last line; it is not a line.
				if !m.showHelp {
					bw, bh := m.bodySize()
					assertFits(t, strings.TrimSuffix(m.screen().View(), "\n"), bw, bh)
				}
				// Resize through every size and back.
				for _, other := range append(sizes, size) {
					m.Update(tea.WindowSizeMsg{Width: other[0], Height: other[1]})
					assertFits(t, m.View(), other[0], other[1])
				}
			})
		}
	}
}

// TestLoadingViewFits covers the Laden screen: while files import, and
// after the import with failed files.
func TestLoadingViewFits(t *testing.T) {
	dir := writeDemo(t)
	for _, name := range []string{"webpagina.xlsx", "afgebroken.xlsx", "geen-tabel.xlsx", "leeg.csv", "tekst.pdf", "beveiligd.xlsx"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "bad", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	an, _, err := analyzePaths(dir)(nil, compare.Overrides{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	fixed := fixedLoad(an)
	for _, size := range sizes {
		w, h := size[0], size[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			m := New(Options{Load: fixed, Evaluation: evalFile(t)})
			m.Update(tea.WindowSizeMsg{Width: w, Height: h})
			m.Update(progressWithNext{progressMsg: progressMsg{done: 2, total: 9, path: filepath.Join(dir, "uithoorn_prestatieafspraken_2025.xlsx")}})
			v := m.View()
			assertFits(t, v, w, h)
			mustContain(t, v, "2 van 9 bestanden")
			runLoad(t, m)
			if m.active != screenLoading {
				t.Fatalf("with failed files the Laden screen must stay, got screen %d", m.active)
			}
			v = m.View()
			assertFits(t, v, w, h)
			mustContain(t, v, "met een fout")
		})
	}
}
