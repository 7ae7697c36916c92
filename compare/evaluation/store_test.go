package evaluation

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestVerdictCycle(t *testing.T) {
	v, seen := None, []Verdict{}
	for range 4 {
		v = v.Next()
		seen = append(seen, v)
	}
	want := []Verdict{Vaag, NietVaag, Twijfel, None}
	if fmt.Sprint(seen) != fmt.Sprint(want) {
		t.Errorf("cycle %q, want %q", seen, want)
	}
}

func TestSaveAndReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), DefaultFile)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if s.Exists() || s.Len() != 0 {
		t.Fatalf("a new evaluation: exists %v, %d entries", s.Exists(), s.Len())
	}
	snap := Snapshot{Gemeente: "Uithoorn", Number: "1.2", Text: "Partijen gaan in gesprek."}
	if _, err := s.Update("uithoorn:1.2", snap, func(e *Entry) { e.Verdict = Vaag; e.Note = "Geen termijn.\nNavragen bij gemeente." }); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Update("aalsmeer:3.1", Snapshot{}, func(e *Entry) { e.Theme = "duurzaamheid" }); err != nil {
		t.Fatal(err)
	}
	if err := s.SetThemeByLocal("Prettig wonen", "leefbaarheid"); err != nil {
		t.Fatal(err)
	}
	if !s.Exists() || s.Len() != 2 {
		t.Fatalf("after two saved entries: exists %v, %d entries", s.Exists(), s.Len())
	}
	r, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Exists() || r.Len() != 2 {
		t.Fatalf("reopened: exists %v, %d entries", r.Exists(), r.Len())
	}
	e := r.Get("uithoorn:1.2")
	if e.Verdict != Vaag || e.Note != "Geen termijn.\nNavragen bij gemeente." || e.Text != snap.Text || e.Changed.IsZero() {
		t.Errorf("reopened entry %+v", e)
	}
	if r.Get("aalsmeer:3.1").Theme != "duurzaamheid" || r.ThemeByLocal()["Prettig wonen"] != "leefbaarheid" {
		t.Errorf("theme overrides lost: %+v %v", r.Get("aalsmeer:3.1"), r.ThemeByLocal())
	}
	// Clearing all work removes the entry.
	if _, err := r.Update("aalsmeer:3.1", Snapshot{}, func(e *Entry) { e.Theme = "" }); err != nil {
		t.Fatal(err)
	}
	if n := len(r.Entries()); n != 1 || r.Len() != 1 {
		t.Errorf("%d entries (Len %d) after clearing one", n, r.Len())
	}
}

// failAfter passes n bytes, then fails: a disk that fills up, or a crash,
// half-way through a save.
type failAfter struct {
	w io.Writer
	n int
}

var errDiskFull = errors.New("schijf vol")

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k, _ := f.w.Write(p[:f.n])
		f.n = 0
		return k, errDiskFull
	}
	f.n -= len(p)
	return f.w.Write(p)
}

func TestSaveFailingHalfWayKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, DefaultFile)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Update("a:1", Snapshot{}, func(e *Entry) { e.Verdict = Twijfel; e.Note = "eerste" }); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	for _, n := range []int{0, 1, 40, len(before) - 1} {
		s.wrap = func(w io.Writer) io.Writer { return &failAfter{w: w, n: n} }
		note := fmt.Sprintf("tweede %d %s", n, strings.Repeat("tweede ", 50))
		e, err := s.Update("a:1", Snapshot{}, func(e *Entry) { e.Note = note })
		if !errors.Is(err, errDiskFull) || !errors.Is(err, ErrUnsaved) || !strings.Contains(err.Error(), path) {
			t.Fatalf("n=%d: error %v, want the disk error naming the file", n, err)
		}
		after, _ := os.ReadFile(path)
		if string(after) != string(before) {
			t.Fatalf("n=%d: the file changed after a failed save", n)
		}
		if e.Note != note || s.Get("a:1").Note != note {
			t.Fatalf("n=%d: memory lost the unsaved change: %q", n, s.Get("a:1").Note)
		}
		if u := s.Unsaved(); !errors.Is(u, errDiskFull) {
			t.Fatalf("n=%d: Unsaved() = %v after a failed save", n, u)
		}
		// Flush while the disk is still full fails the same way.
		if err := s.Flush(); !errors.Is(err, errDiskFull) {
			t.Fatalf("n=%d: Flush on a full disk: %v", n, err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	// Room again: Flush writes the last note.
	s.wrap = nil
	if err := s.Flush(); err != nil || s.Unsaved() != nil {
		t.Fatalf("Flush: %v, Unsaved %v", err, s.Unsaved())
	}
	r, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Get("a:1"); got.Note != s.Get("a:1").Note || got.Verdict != Twijfel {
		t.Errorf("after Flush the file holds %+v", got)
	}
}

func TestUnreadableFileIsNeverOverwritten(t *testing.T) {
	path := filepath.Join(t.TempDir(), DefaultFile)
	broken := []byte(`{"versie": 1, "afspraken": [{"id": "a:1", "oordeel": "vaag"`)
	if err := os.WriteFile(path, broken, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "niet overschreven") {
		t.Fatalf("error %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != string(broken) {
		t.Error("broken file changed")
	}
}

func TestOrphansAreKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), DefaultFile)
	s, _ := Open(path)
	for _, id := range []string{"u:1", "u:2", "u:3"} {
		if _, err := s.Update(id, Snapshot{Text: "tekst " + id}, func(e *Entry) { e.Verdict = Vaag }); err != nil {
			t.Fatal(err)
		}
	}
	exists := func(id string) bool { return id == "u:2" }
	orphans := s.Orphans(exists)
	if len(orphans) != 2 || orphans[0].ID != "u:1" || orphans[1].Text != "tekst u:3" {
		t.Fatalf("orphans %+v", orphans)
	}
	// A later save (on another agreement) keeps them.
	if _, err := s.Update("u:2", Snapshot{}, func(e *Entry) { e.Note = "n" }); err != nil {
		t.Fatal(err)
	}
	r, _ := Open(path)
	if len(r.Entries()) != 3 {
		t.Errorf("orphans dropped: %d entries", len(r.Entries()))
	}
}

// The child process saves in a loop until it is killed with SIGKILL; the
// file must then parse and hold one complete save.
func TestKillDuringSaves(t *testing.T) {
	if os.Getenv("PAKOMPAS_EVAL_CHILD") != "" {
		childSaveLoop(os.Getenv("PAKOMPAS_EVAL_CHILD"))
		return
	}
	if testing.Short() {
		t.Skip("spawns a process")
	}
	path := filepath.Join(t.TempDir(), DefaultFile)
	for round := range 5 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringSaves$")
		cmd.Env = append(os.Environ(), "PAKOMPAS_EVAL_CHILD="+path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Let it save a while (the file exists after the first save).
		deadline := time.Now().Add(5 * time.Second)
		for time.Now().Before(deadline) {
			if _, err := os.Stat(path); err == nil {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
		time.Sleep(time.Duration(30+round*17) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		_ = cmd.Wait()
		s, err := Open(path)
		if err != nil {
			t.Fatalf("round %d: after kill -9 the file does not open: %v", round, err)
		}
		entries := s.Entries()
		if len(entries) == 0 {
			t.Fatalf("round %d: no entries", round)
		}
		for _, e := range entries {
			if e.Verdict != Vaag || !strings.HasPrefix(e.Note, "notitie ") {
				t.Fatalf("round %d: torn entry %+v", round, e)
			}
		}
	}
}

func childSaveLoop(path string) {
	s, err := Open(path)
	if err != nil {
		os.Exit(3)
	}
	// A slow disk: the save goes out in small pieces, so the kill lands
	// in the middle of writing most of the time.
	s.wrap = func(w io.Writer) io.Writer { return &slowWriter{w: w} }
	long := strings.Repeat("lange notitie met veel tekst ", 200)
	for i := 0; ; i++ {
		id := fmt.Sprintf("g:%d", i%300)
		if _, err := s.Update(id, Snapshot{Text: long}, func(e *Entry) { e.Verdict = Vaag; e.Note = fmt.Sprintf("notitie %d %s", i, long) }); err != nil {
			os.Exit(4)
		}
	}
}

// slowWriter writes in 4 KB pieces with a pause between them.
type slowWriter struct{ w io.Writer }

func (s *slowWriter) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		k := min(len(p), 4096)
		m, err := s.w.Write(p[:k])
		n += m
		if err != nil {
			return n, err
		}
		p = p[k:]
		time.Sleep(50 * time.Microsecond)
	}
	return n, nil
}
