package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// withBadFiles copies the demo and the named files of testdata/bad into a
// new folder and returns it.
func withBadFiles(t *testing.T, names ...string) string {
	t.Helper()
	dir := writeDemo(t)
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "bad", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runUntilLoaded runs cmd and what follows from it, as the program would,
// until a loadedMsg has been handled.
func runUntilLoaded(t *testing.T, m *Model, cmd tea.Cmd) {
	t.Helper()
	runUntil(t, m, cmd, func(msg tea.Msg) bool { _, done := msg.(loadedMsg); return done })
}

// runUntil runs cmd as the program would, each command in the background
// and their messages through Update on this goroutine, until done says so
// of a message handled. Commands still running then (those the last
// message gave among them) are left to run; their messages are dropped.
func runUntil(tb testing.TB, m *Model, cmd tea.Cmd, done func(tea.Msg) bool) {
	tb.Helper()
	msgs := make(chan tea.Msg, 64)
	run := func(c tea.Cmd) {
		if c != nil {
			go func() { msgs <- c() }()
		}
	}
	run(cmd)
	timeout := time.After(20 * time.Second)
	for {
		select {
		case msg := <-msgs:
			if b, ok := msg.(tea.BatchMsg); ok {
				for _, c := range b {
					run(c)
				}
				continue
			}
			if msg == nil {
				continue
			}
			_, next := m.Update(msg)
			run(next)
			if done(msg) {
				return
			}
		case <-timeout:
			tb.Fatal("the program did not get there")
		}
	}
}

// header is the first line of the frame: program, crumbs, counts.
func header(m *Model) string { return strings.SplitN(m.View(), "\n", 2)[0] }

// TestLoadingAsksPassword: a password-protected file is asked for on the
// Laden screen (naming the file, the password not shown); a wrong one is
// asked again, the right one imports the file into the session on the same
// evaluation file and the overview opens. The title follows the screen.
func TestLoadingAsksPassword(t *testing.T) {
	dir := withBadFiles(t, "beveiligd.xlsx")
	m := New(Options{Load: analyzePaths(dir), Evaluation: evalFile(t)})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	mustContain(t, header(m), "Laden")
	runLoad(t, m)
	wantScreen(t, m, screenLoading)
	ld := m.screens[screenLoading].(*loading)
	if !ld.Capturing() || filepath.Base(ld.asking) != "beveiligd.xlsx" {
		t.Fatalf("asking %q, capturing %v", ld.asking, ld.Capturing())
	}
	v := m.View()
	mustContain(t, v, "beveiligd.xlsx is met een wachtwoord beveiligd.", "Wachtwoord voor beveiligd.xlsx: ", "enter openen", "esc overslaan")
	mustContain(t, header(m), "Wachtwoord")
	mustNotContain(t, v, "--password", "Laden", "? help")
	store := m.sess.store()
	before := len(m.sess.an.Agreements)

	// q and ? are typed, not obeyed; the password is not shown.
	typeText(m, "q?x")
	if m.quitting || m.showHelp {
		t.Fatal("q or ? was obeyed while typing the password")
	}
	mustContain(t, m.View(), "•••")
	mustNotContain(t, m.View(), "q?x")
	runUntilLoaded(t, m, press(m, "enter"))
	wantScreen(t, m, screenLoading)
	mustContain(t, m.View(), "Het wachtwoord klopt niet voor beveiligd.xlsx")
	mustNotContain(t, m.View(), "Geopend")
	if ld.asking == "" {
		t.Fatal("a wrong password is not asked again")
	}

	typeText(m, "geheim")
	runUntilLoaded(t, m, press(m, "enter"))
	wantScreen(t, m, screenOverview)
	mustContain(t, m.View(), "Geopend met wachtwoord: beveiligd.xlsx")
	mustContain(t, header(m), "Overzicht")
	if got := len(m.sess.an.Agreements); got != before+3 {
		t.Fatalf("%d agreements after the password, want %d", got, before+3)
	}
	if m.sess.an.Report.Failed() {
		t.Fatal("a file still failed")
	}
	if m.sess.store() != store {
		t.Fatal("the evaluation file was opened again")
	}
	// The new session works: open a theme and an agreement, judge it.
	press(m, "enter", "enter", "v")
	wantScreen(t, m, screenDetail)
	mustContain(t, m.View(), "bewaard")
}

// TestLoadingSkipPassword: esc skips the protected file; the list says so
// and enter goes on with the other files.
func TestLoadingSkipPassword(t *testing.T) {
	dir := withBadFiles(t, "beveiligd.xlsx")
	m := newLoaded(t, analyzePaths(dir), evalFile(t), 80, 24)
	press(m, "esc")
	ld := m.screens[screenLoading].(*loading)
	if ld.Capturing() {
		t.Fatal("esc did not skip the password")
	}
	mustContain(t, m.View(), "met een wachtwoord beveiligd; overgeslagen", "Druk op enter", "? help")
	mustContain(t, header(m), "Ingelezen")
	press(m, "enter")
	wantScreen(t, m, screenOverview)
}

// TestLoadingWrapsErrors: at 60 columns every failed file's whole reason
// is on the screen, wrapped under its name.
func TestLoadingWrapsErrors(t *testing.T) {
	names := []string{"webpagina.xlsx", "afgebroken.xlsx", "geen-tabel.xlsx", "leeg.csv"}
	dir := withBadFiles(t, names...)
	m := newLoaded(t, analyzePaths(dir), evalFile(t), 60, 40)
	wantScreen(t, m, screenLoading)
	v := m.View()
	assertFits(t, v, 60, 40)
	// Lines may break at a space or after a hyphen ("CSV-|bestand").
	flat := strings.Join(strings.Fields(v), "")
	long := 0
	for _, f := range m.sess.an.Report.Files {
		if f.Error == "" {
			continue
		}
		long = max(long, len(f.Error))
		mustContain(t, flat, strings.Join(strings.Fields(f.Error), ""))
	}
	if long <= 60 {
		t.Fatalf("no reason is longer than the screen (%d): nothing to wrap", long)
	}
}

// TestLoadingOpensReport: after a load with failed files, the key the
// screen names opens the Importverslag.
func TestLoadingOpensReport(t *testing.T) {
	dir := withBadFiles(t, "webpagina.xlsx", "leeg.csv")
	m := newLoaded(t, analyzePaths(dir), evalFile(t), 80, 24)
	wantScreen(t, m, screenLoading)
	mustContain(t, strings.Join(strings.Fields(m.View()), " "), "of i voor het importverslag")
	mustContain(t, footerLine(m), "i importverslag")
	press(m, "i")
	wantScreen(t, m, screenReport)
}
