package tui

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
	"pakompas/compare/evaluation"
)

// crashOn makes the Update of the screens panic on the key k (through the
// test hook) for the rest of the test.
func crashOn(t *testing.T, k string) {
	testHookRoute = func(_ component, msg tea.Msg) {
		if km, ok := msg.(tea.KeyMsg); ok && km.String() == k {
			panic("kapot in de test")
		}
	}
	t.Cleanup(func() { testHookRoute = nil })
}

// rescueDirsIn points the home and temp folders (rescue copies, the fault
// report) into the test's own folders and returns them.
func rescueDirsIn(t *testing.T) (home, tmp string) {
	home, tmp = t.TempDir(), t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("TMPDIR", tmp)
	return home, tmp
}

// crashWhileTyping opens agreement id, starts its note and types text
// (leaving the editor open, before a draft is saved), then makes the
// screen's Update panic on the next key, behind a guard. It returns the
// guard and the command of that key.
func crashWhileTyping(t *testing.T, m *Model, id, text string) (*guard, tea.Cmd) {
	t.Helper()
	openAgreement(t, m, id)
	press(m, "n")
	typeText(m, text)
	crashOn(t, "ctrl+x")
	g := newGuard(m)
	_, cmd := g.Update(tea.KeyMsg{Type: tea.KeyCtrlX})
	return g, cmd
}

// A panic in a screen's Update while a note is being typed: the note is
// saved in the evaluation file, the program quits (so Bubble Tea restores
// the terminal) and the message says where the work and the fault report
// are.
func TestPanicInUpdateSavesTheNoteAndQuits(t *testing.T) {
	_, tmp := rescueDirsIn(t)
	eval := evalFile(t)
	m := newLoaded(t, sharedDemoLoad, eval, 100, 30)
	id := agreementID(t, m, "Uithoorn", "1.2")
	g, cmd := crashWhileTyping(t, m, id, "half getypt")
	if !isQuit(cmd) {
		t.Fatal("the program does not quit after a panic")
	}
	err := g.err()
	if err == nil {
		t.Fatal("no message after a panic")
	}
	for _, w := range []string{"interne fout", "kapot in de test", eval, tmp} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("message lacks %q: %v", w, err)
		}
	}
	s, oerr := evaluation.Open(eval)
	if oerr != nil {
		t.Fatal(oerr)
	}
	if got := s.Get(id).Note; got != "half getypt" {
		t.Errorf("the note being typed is %q in the file, want it saved", got)
	}
	// Nothing reaches the model any more; View is empty.
	if _, cmd := g.Update(keyMsg("j")); !isQuit(cmd) || g.View() != "" {
		t.Error("the guard lets messages through after a panic")
	}
}

// In a read-only session the note being typed goes to a file of its own
// in the home folder, named in the message.
func TestPanicInReadOnlySessionRescuesTheNote(t *testing.T) {
	home, _ := rescueDirsIn(t)
	eval := evalFile(t)
	if err := os.WriteFile(eval, []byte("{kapot"), 0o644); err != nil {
		t.Fatal(err)
	}
	m := newLoaded(t, sharedDemoLoad, eval, 100, 30)
	if m.sess.readOnly() == "" {
		t.Fatal("the session is not read only")
	}
	id := agreementID(t, m, "Uithoorn", "1.2")
	g, _ := crashWhileTyping(t, m, id, "niet kwijtraken")
	files, _ := filepath.Glob(filepath.Join(home, "pakompas-notitie-gered-*.txt"))
	if len(files) != 1 {
		t.Fatalf("rescue files %q", files)
	}
	data, _ := os.ReadFile(files[0])
	if !strings.Contains(string(data), "niet kwijtraken") || !strings.Contains(string(data), id) {
		t.Errorf("rescue file holds %q", data)
	}
	if err := g.err(); err == nil || !strings.Contains(err.Error(), files[0]) {
		t.Errorf("message %v does not name the rescue file", err)
	}
	if data, _ := os.ReadFile(eval); string(data) != "{kapot" {
		t.Error("the unreadable evaluation file was overwritten")
	}
}

// When the evaluation file cannot be written (its folder is gone) at the
// moment of the panic, all the work goes to a copy in the home folder.
func TestPanicWithFailingSaveWritesACopy(t *testing.T) {
	home, _ := rescueDirsIn(t)
	dir := filepath.Join(t.TempDir(), "share")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	eval := filepath.Join(dir, "evaluatie.json")
	m := newLoaded(t, sharedDemoLoad, eval, 100, 30)
	id := agreementID(t, m, "Uithoorn", "1.2")
	setVerdict(t, m, id, evaluation.Vaag)
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	g, _ := crashWhileTyping(t, m, id, "ook dit")
	copies, _ := filepath.Glob(filepath.Join(home, "pakompas-evaluatie-gered-*.json"))
	if len(copies) != 1 {
		t.Fatalf("copies %q", copies)
	}
	s, err := evaluation.Open(copies[0])
	if err != nil {
		t.Fatal(err)
	}
	if e := s.Get(id); e.Verdict != evaluation.Vaag || e.Note != "ook dit" {
		t.Errorf("the copy holds %+v", e)
	}
	if err := g.err(); err == nil || !strings.Contains(err.Error(), copies[0]) {
		t.Errorf("message %v does not name the copy", err)
	}
}

// panicView is a dialog whose View panics.
type panicView struct{ *exportDialog }

func (panicView) View() string { panic("kapot in View") }

// A panic in View or in a command (also one inside a batch) ends the
// program the same way.
func TestPanicInViewOrCommand(t *testing.T) {
	rescueDirsIn(t)
	m := newLoaded(t, sharedDemoLoad, evalFile(t), 100, 30)
	g := newGuard(m)
	sent := make(chan tea.Msg, 1)
	g.send = func(msg tea.Msg) { sent <- msg }
	m.dialog = panicView{newExportDialog(m.common, time.Now(), "test")}
	if v := g.View(); v != "" {
		t.Errorf("View after a panic = %q", v)
	}
	// The program gets a message (from a goroutine) that ends it.
	if _, cmd := g.Update(<-sent); !isQuit(cmd) || !strings.Contains(g.err().Error(), "kapot in View") {
		t.Errorf("after a panic in View: quit %v, %v", isQuit(cmd), g.err())
	}

	g = newGuard(newLoaded(t, sharedDemoLoad, evalFile(t), 100, 30))
	fine := func() tea.Msg { return nil }
	boom := func() tea.Msg { panic("kapot in een commando") }
	batch, ok := g.wrap(tea.Batch(fine, boom))().(tea.BatchMsg)
	if !ok || len(batch) != 2 {
		t.Fatalf("a wrapped batch gives %T", batch)
	}
	msg := batch[1]()
	if _, ok := msg.(crashMsg); !ok {
		t.Fatalf("a panicking command in a batch gives %T", msg)
	}
	if _, cmd := g.Update(msg); !isQuit(cmd) || !strings.Contains(g.err().Error(), "kapot in een commando") {
		t.Errorf("after a panic in a command: quit %v, %v", isQuit(cmd), g.err())
	}
}

// lockedBuffer is a bytes.Buffer safe for the renderer's goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// runPiped runs the program on m in the alternate screen with a pipe for
// its input, and returns Run's error and everything written to the
// terminal. It fails the test when the program does not end.
func runPiped(t *testing.T, m *Model) (error, string) {
	t.Helper()
	in, inW := io.Pipe()
	defer inW.Close()
	var out lockedBuffer
	done := make(chan error, 1)
	go func() { done <- run(m, tea.WithInput(in), tea.WithOutput(&out), tea.WithAltScreen()) }()
	select {
	case err := <-done:
		return err, out.String()
	case <-time.After(20 * time.Second):
		t.Fatal("the program did not end after a panic")
		return nil, ""
	}
}

// The whole program: a panic in a screen's Update as the import finishes
// ends Run with the Dutch message, after the terminal was given back
// (the alternate screen left, the cursor shown).
func TestRunRestoresTheTerminalAfterAPanic(t *testing.T) {
	rescueDirsIn(t)
	testHookRoute = func(c component, msg tea.Msg) {
		if _, ok := msg.(dataMsg); ok {
			panic("kapot na het laden")
		}
	}
	t.Cleanup(func() { testHookRoute = nil })
	eval := evalFile(t)
	err, o := runPiped(t, New(Options{Load: sharedDemoLoad, Evaluation: eval}))
	if err == nil || !strings.Contains(err.Error(), "kapot na het laden") || !strings.Contains(err.Error(), eval) {
		t.Errorf("Run = %v", err)
	}
	enter, leave := strings.Index(o, "\x1b[?1049h"), strings.LastIndex(o, "\x1b[?1049l")
	if enter < 0 || leave < enter {
		t.Errorf("the alternate screen was not left: %q", o)
	}
	if !strings.Contains(o[max(leave, 0):], "\x1b[?25h") && !strings.Contains(o, "\x1b[?25h") {
		t.Errorf("the cursor was not shown again: %q", o)
	}
}

// A panic in the import or analysis (which run on a goroutine of their
// own, where Bubble Tea cannot catch it) ends the program with the
// message and the terminal given back, not with a raw terminal.
func TestPanicWhileLoading(t *testing.T) {
	rescueDirsIn(t)
	load := func(func(done, total int, path string), compare.Overrides, map[string]string) (*compare.Analysis, Reanalyze, error) {
		panic("kapot bij het inlezen")
	}
	err, o := runPiped(t, New(Options{Load: load, Evaluation: evalFile(t)}))
	if err == nil || !strings.Contains(err.Error(), "kapot bij het inlezen") {
		t.Errorf("Run = %v", err)
	}
	if !strings.Contains(o, "\x1b[?1049l") {
		t.Errorf("the alternate screen was not left: %q", o)
	}
}
