package tui

import (
	"context"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"pakompas/compare"
	"pakompas/importer"
	"pakompas/importer/demo"
)

// TestMain fixes the colour profile and background so that views (and
// the goldens) hold plain glyphs, the same on every machine.
func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetHasDarkBackground(true)
	code := m.Run()
	removeNationalFiles()
	os.Exit(code)
}

// loadFunc is the signature of Options.Load.
type loadFunc = Loader

// reanalyzeOf analyses an's import again with other moves, as the
// program's loader does.
func reanalyzeOf(an *compare.Analysis) Reanalyze {
	eng, err := compare.NewEngine(compare.Config{})
	if err != nil {
		panic(err)
	}
	return func(ov compare.Overrides) *compare.Analysis { return eng.Analyze(an.Report, ov) }
}

// fixedLoad loads an (with the saved moves applied when there are any).
// The engine for re-analyses is made once, as the program makes it.
func fixedLoad(an *compare.Analysis) loadFunc {
	re := reanalyzeOf(an)
	return func(_ func(done, total int, path string), ov compare.Overrides, _ map[string]string) (*compare.Analysis, Reanalyze, error) {
		if len(ov.ByID) > 0 || len(ov.ByLocal) > 0 {
			return re(ov), re, nil
		}
		return an, re, nil
	}
}

// analyze imports paths (files or folders on disk) and analyses them.
func analyzePaths(paths ...string) loadFunc {
	return func(progress func(done, total int, path string), ov compare.Overrides, passwords map[string]string) (*compare.Analysis, Reanalyze, error) {
		eng, err := compare.NewEngine(compare.Config{})
		if err != nil {
			return nil, nil, err
		}
		rep := importer.Import(context.Background(), paths, importer.Options{Progress: progress, Passwords: passwords})
		return eng.Analyze(rep, ov), func(ov compare.Overrides) *compare.Analysis { return eng.Analyze(rep, ov) }, nil
	}
}

// demoLoad imports the embedded demo set and analyses it, as
// "pakompas --demo" does.
func demoLoad(progress func(done, total int, path string), ov compare.Overrides, _ map[string]string) (*compare.Analysis, Reanalyze, error) {
	eng, err := compare.NewEngine(compare.Config{})
	if err != nil {
		return nil, nil, err
	}
	rep := importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, importer.Options{Progress: progress})
	return eng.Analyze(rep, ov), func(ov compare.Overrides) *compare.Analysis { return eng.Analyze(rep, ov) }, nil
}

// demoAnalysis is the demo set analysed once; the UI never changes an
// analysis (a move makes a new one), so tests share it.
var demoAnalysis = sync.OnceValues(func() (*compare.Analysis, error) {
	an, _, err := demoLoad(nil, compare.Overrides{}, nil)
	return an, err
})

// sharedDemoLoad returns the shared demo analysis (fast Update tests).
func sharedDemoLoad(progress func(done, total int, path string), ov compare.Overrides, passwords map[string]string) (*compare.Analysis, Reanalyze, error) {
	an, err := demoAnalysis()
	if err != nil {
		return nil, nil, err
	}
	return fixedLoad(an)(progress, ov, passwords)
}

// writeDemo copies the demo files into a new temporary folder and returns
// it.
func writeDemo(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(demo.FS, demo.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := demo.FS.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, path.Base(p)), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// evalFile is a fresh evaluation file path (not yet created).
func evalFile(t testing.TB) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "evaluatie.json")
}

// newLoaded builds a model over load with the evaluation file at eval,
// sizes it w×h and runs the load synchronously, feeding every message
// (progress, then loaded) through Update as the program would.
func newLoaded(t testing.TB, load loadFunc, eval string, w, h int) *Model {
	t.Helper()
	m := New(Options{Load: load, Evaluation: eval})
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	runLoad(t, m)
	return m
}

// runLoad executes Init's command chain until the loaded message has
// been handled and returns the command that gave (not run: the
// background fold of the search texts and the evaluation file's check
// are among it).
func runLoad(t testing.TB, m *Model) tea.Cmd {
	t.Helper()
	cmd := m.Init()
	for cmd != nil {
		msg := cmd()
		_, cmd = m.Update(msg)
		if _, done := msg.(loadedMsg); done {
			return cmd
		}
	}
	t.Fatal("the load ended without a loadedMsg")
	return nil
}

// keyMsg builds the key message for a key name as key.Matches sees it
// ("enter", "shift+tab", "ctrl+c") or for typed runes ("q", "V").
func keyMsg(name string) tea.KeyMsg {
	types := map[string]tea.KeyType{
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"enter": tea.KeyEnter, "esc": tea.KeyEsc, "backspace": tea.KeyBackspace,
		"tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
		"home": tea.KeyHome, "end": tea.KeyEnd, "ctrl+c": tea.KeyCtrlC, "ctrl+u": tea.KeyCtrlU, " ": tea.KeySpace,
	}
	if kt, ok := types[name]; ok {
		return tea.KeyMsg{Type: kt}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// press sends keys one by one and returns the command of the last one.
func press(m *Model, keys ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, k := range keys {
		_, cmd = m.Update(keyMsg(k))
		// A theme move's re-analysis runs as the program would run it,
		// here at once.
		if m.sess != nil && m.sess.busy() && cmd != nil {
			deliver(m, cmd())
			cmd = nil
		}
	}
	return cmd
}

// deliver gives msg to the model, the messages of a batch's commands
// one by one (the commands those give are not run).
func deliver(m *Model, msg tea.Msg) {
	if batch, ok := msg.(tea.BatchMsg); ok {
		for _, c := range batch {
			if c != nil {
				deliver(m, c())
			}
		}
		return
	}
	m.Update(msg)
}

// typeText sends each rune of s as a key press.
func typeText(m *Model, s string) {
	for _, r := range s {
		m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
}

// mustContain fails when the view lacks any of the texts.
func mustContain(t testing.TB, view string, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if !strings.Contains(view, s) {
			t.Fatalf("view lacks %q:\n%s", s, view)
		}
	}
}

// mustNotContain fails when the view holds any of the texts.
func mustNotContain(t testing.TB, view string, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if strings.Contains(view, s) {
			t.Fatalf("view holds %q:\n%s", s, view)
		}
	}
}
