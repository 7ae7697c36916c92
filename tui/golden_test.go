package tui

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
)

// goldenSizes are the terminal sizes every screen is recorded at.
var goldenSizes = [][2]int{{100, 30}, {80, 24}}

// step is one key press (or text to type) and a text the next frame must
// show; want is empty when the step changes nothing visible in the ASCII
// profile (a cursor move only changes the highlight, which has no glyphs):
// the program handles messages in order, so later steps and q still see it.
type step struct {
	key  string
	want string
}

// goldenScreens drive the program from start to one screen each; the
// final view is compared with testdata/TestGoldenScreens/<name>_<w>x<h>.golden.
var goldenScreens = []struct {
	name string
	// load is the import; nil means the demo set.
	load func(t *testing.T) loadFunc
	// first is the text that shows the load has finished.
	first string
	steps []step
	// programQuit ends with tm.Quit instead of q (q would close the help
	// screen before quitting).
	programQuit bool
}{
	{
		name: "laden", first: "met een fout",
		load: func(t *testing.T) loadFunc { return analyzePaths(withBadFiles(t, "webpagina.xlsx")) },
	},
	{
		name: "wachtwoord", first: "Wachtwoord voor",
		load:  func(t *testing.T) loadFunc { return analyzePaths(withBadFiles(t, "beveiligd.xlsx")) },
		steps: []step{{"geh", "•••"}},
		// q would be typed into the password.
		programQuit: true,
	},
	{name: "overzicht", first: "143 afspraken", steps: []step{{"down", ""}, {"right", ""}}},
	{name: "thema-hele-rij", first: "143 afspraken", steps: []step{{"enter", "› Thema"}, {"down", ""}, {"z", "Hele rij"}}},
	{name: "thema", first: "143 afspraken", steps: []step{{"right", ""}, {"enter", "› Thema"}, {"down", ""}}},
	{
		name: "afspraak", first: "143 afspraken",
		steps: []step{
			{"enter", "› Thema"}, {"down", ""}, {"enter", "› Afspraak"},
			{"v", "bewaard"}, {"n", "esc notitie bewaren"},
			// esc follows the typing at once: a pause of 400 ms would
			// save a draft first ("Concept bewaard").
			{"Eerst navragen bij de corporatie.", ""},
			{"esc", "Notitie bewaard"},
		},
	},
	{
		name: "afspraken", first: "143 afspraken",
		steps: []step{
			{"/", "Overzicht › Afspraken"}, {"gesprek", "/gesprek"},
			// enter leaves the search (q would be typed into it).
			{"enter", "/ zoeken"},
		},
	},
	{name: "importverslag", first: "143 afspraken", steps: []step{{"i", "kopregel"}}},
	{
		// The cursor on Vaag of Amstelveen: the explanation under the
		// table names the cell.
		name: "kompas", first: "143 afspraken",
		steps: []step{{"K", "Indicator"}, {"down", "Grootste thema:"}, {"down", "T.o.v. mediaan:"}, {"down", "Aalsmeer · Vaag"}, {"right", "Amstelveen · Vaag"}},
	},
	{
		name: "kompas-afspraken", first: "143 afspraken",
		steps: []step{{"K", "Indicator"}, {"down", "Grootste thema:"}, {"down", "T.o.v. mediaan:"}, {"down", "Aalsmeer · Vaag"}, {"enter", "kompas: Vaag in Aalsmeer"}},
	},
	{
		// Aalsmeer per thema, the cursor on Vaag under Beschikbaarheid.
		name: "kompas-per-thema", first: "143 afspraken",
		steps: []step{{"K", "Indicator"}, {"down", "Grootste thema:"}, {"down", "T.o.v. mediaan:"}, {"down", "Aalsmeer · Vaag"}, {"t", "Aalsmeer per thema"}, {"down", "Aalsmeer · Beschikbaarheid en nieuwbouw · Vaag"}},
	},
	{
		// Uithoorn over 2024 and 2025, the cursor on the flexwoningen
		// carried over from 2024.
		name: "verloop", first: "143 afspraken",
		steps: []step{{"right", ""}, {"right", ""}, {"right", ""}, {"right", ""}, {"right", ""}, {"J", "2024 → 2025"},
			{"down", ""}, {"down", ""}, {"down", ""}, {"down", ""}, {"down", ""}, {"down", "doorgeschoven 1 jaar"}},
	},
	{
		// Ouder-Amstel, only the nieuw and vervallen agreements.
		name: "verloop-filter", first: "143 afspraken",
		steps: []step{{"right", ""}, {"right", ""}, {"right", ""}, {"right", ""}, {"J", "Ouder-Amstel · 2024"}, {"n", "alleen nieuw"}, {"v", "alleen nieuw of vervallen"}, {"down", ""}},
	},
	{name: "help", first: "143 afspraken", steps: []step{{"?", "Toetsen"}}, programQuit: true},
	{
		// The export dialog with the external workbook chosen; the name
		// typed over the default (it holds today's date). q would be
		// typed into the name.
		name: "exporteren", first: "143 afspraken", programQuit: true,
		steps: []step{
			{"e", "Evaluatiewerkboek exporteren"}, {"ctrl+u", ""},
			{"evaluatie-extern.xlsx", "evaluatie-extern.xlsx"}, {"tab", "● extern"},
		},
	},
}

// TestGoldenScreens records every screen at 100×30 and 80×24 through the
// real program loop (teatest), from the import to the screen.
func TestGoldenScreens(t *testing.T) {
	for _, sc := range goldenScreens {
		for _, size := range goldenSizes {
			w, h := size[0], size[1]
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, w, h), func(t *testing.T) {
				t.Parallel()
				load := loadFunc(demoLoad)
				if sc.load != nil {
					load = sc.load(t)
				}
				m := New(Options{Load: load, Evaluation: evalFile(t)})
				// The screens name the evaluation file's full path: the
				// same on every machine here (the store opens the
				// temporary file all the same).
				m.evalPath = "/map/van/de/adviseur/evaluatie.json"
				tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))
				waitText(t, tm, sc.first)
				for _, st := range sc.steps {
					if len(st.key) > 1 && !isKeyName(st.key) {
						tm.Type(st.key)
					} else {
						tm.Send(keyMsg(st.key))
					}
					if st.want != "" {
						waitText(t, tm, st.want)
					}
				}
				var view string
				if sc.programQuit {
					if err := tm.Quit(); err != nil {
						t.Fatal(err)
					}
					fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
					view = fm.View()
				} else {
					tm.Send(keyMsg("q"))
					fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
					if !fm.quitting {
						t.Fatal("q did not quit")
					}
					if fm.View() != "" {
						t.Fatal("the view after quitting is not empty")
					}
					// Render the last screen as it was before q.
					fm.quitting = false
					view = fm.View()
				}
				assertFits(t, view, w, h)
				teatest.RequireEqualOutput(t, []byte(view))
			})
		}
	}
}

// isKeyName tells a named key ("enter") from text to type.
func isKeyName(s string) bool {
	return keyMsg(s).Type != tea.KeyRunes
}

// waitText waits until a new frame holds text.
func waitText(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}
