package evaluation

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
)

// failNext makes the store's next saves fail until it is called with false.
func failNext(s *Store, fail bool) {
	s.wrap = nil
	if fail {
		s.wrap = func(w io.Writer) io.Writer { return &failAfter{w: w, n: 10} }
	}
}

// failPart writes the given part of what it gets, then fails.
type failPart struct {
	w    io.Writer
	part float64
}

func (f failPart) Write(p []byte) (int, error) {
	n, _ := f.w.Write(p[:int(f.part*float64(len(p)))])
	return n, errDiskFull
}

// assertFileMatches reopens the store's file and fails unless it holds
// exactly what the store holds in memory, entry by entry.
func assertFileMatches(t *testing.T, s *Store) {
	t.Helper()
	r, err := Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	mem, disk := s.Entries(), r.Entries()
	if len(mem) != len(disk) {
		t.Fatalf("memory holds %d entries, the file %d", len(mem), len(disk))
	}
	for i := range mem {
		if !sameEntry(mem[i], disk[i]) {
			t.Fatalf("entry %d: memory %+v, file %+v", i, mem[i], disk[i])
		}
	}
	if m, d := fmt.Sprint(s.ThemeByLocal()), fmt.Sprint(r.ThemeByLocal()); m != d {
		t.Fatalf("theme moves: memory %s, file %s", m, d)
	}
}

// sameEntry compares two entries field by field (times by instant).
func sameEntry(a, b Entry) bool {
	return a.ID == b.ID && a.Verdict == b.Verdict && a.Note == b.Note && a.Theme == b.Theme &&
		a.Gemeente == b.Gemeente && a.Number == b.Number && a.Text == b.Text && a.Changed.Equal(b.Changed)
}

// The sequence from issue 10: a verdict on A saved, one on B failing, one
// on C saving. The file must then hold A, B and C, as memory does.
func TestFailedSaveIsWrittenByTheNextSave(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), DefaultFile))
	if err != nil {
		t.Fatal(err)
	}
	vaag := func(e *Entry) { e.Verdict = Vaag }
	if _, err := s.Update("u:A", Snapshot{}, vaag); err != nil {
		t.Fatal(err)
	}
	failNext(s, true)
	if _, err := s.Update("u:B", Snapshot{}, vaag); !errors.Is(err, ErrUnsaved) {
		t.Fatalf("B: %v, want a failed save", err)
	}
	if s.Unsaved() == nil {
		t.Fatal("Unsaved() is nil while B is not on disk")
	}
	failNext(s, false)
	if _, err := s.Update("u:C", Snapshot{}, vaag); err != nil {
		t.Fatal(err)
	}
	if s.Unsaved() != nil {
		t.Fatalf("Unsaved() = %v after a successful save", s.Unsaved())
	}
	r, err := Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range r.Entries() {
		ids = append(ids, e.ID)
	}
	if !slices.Equal(ids, []string{"u:A", "u:B", "u:C"}) {
		t.Fatalf("the file holds %v, want u:A u:B u:C", ids)
	}
	assertFileMatches(t, s)
}

// model is what the store should hold after a sequence of operations,
// kept the simplest way.
type model struct {
	entries map[string]Entry
	local   map[string]string
}

// step applies one random operation to the store and the model and
// returns the store's error.
func (m *model) step(rng *rand.Rand, s *Store) error {
	ids := []string{"a:1", "a:2", "b:1", "b:#x7", "c:wonen:3"}
	id := ids[rng.IntN(len(ids))]
	snap := Snapshot{Gemeente: id[:1], Number: id[2:], Text: fmt.Sprintf("tekst %d", rng.IntN(3))}
	var change func(*Entry)
	switch rng.IntN(5) {
	case 0:
		v := Verdicts()[rng.IntN(4)]
		change = func(e *Entry) { e.Verdict = v }
	case 1:
		note := []string{"", "navragen", "geen termijn\nbij gemeente"}[rng.IntN(3)]
		change = func(e *Entry) { e.Note = note }
	case 2:
		th := []string{"", "duurzaamheid", "leefbaarheid"}[rng.IntN(3)]
		change = func(e *Entry) { e.Theme = th }
	case 3:
		change = func(e *Entry) { e.Verdict, e.Note, e.Theme = None, "", "" }
	default:
		local := []string{"Prettig wonen", "Energie", "Nieuwbouw"}[rng.IntN(3)]
		key := []string{"", "duurzaamheid", "beschikbaarheid"}[rng.IntN(3)]
		if key == "" {
			delete(m.local, local)
		} else {
			m.local[local] = key
		}
		return s.SetThemeByLocal(local, key)
	}
	e := m.entries[id]
	e.ID = id
	change(&e)
	e.Gemeente, e.Number, e.Text = snap.Gemeente, snap.Number, snap.Text
	if e.empty() {
		delete(m.entries, id)
	} else {
		m.entries[id] = e
	}
	got, err := s.Update(id, snap, change)
	if !e.empty() && (got.Verdict != e.Verdict || got.Note != e.Note || got.Theme != e.Theme) {
		return fmt.Errorf("Update returned %+v, want %+v", got, e)
	}
	return err
}

// assertMemory fails unless the store holds what the model holds.
func (m *model) assertMemory(t *testing.T, s *Store) {
	t.Helper()
	got := s.Entries()
	if len(got) != len(m.entries) {
		t.Fatalf("store holds %d entries, model %d", len(got), len(m.entries))
	}
	for _, e := range got {
		w := m.entries[e.ID]
		if e.Verdict != w.Verdict || e.Note != w.Note || e.Theme != w.Theme || e.Text != w.Text {
			t.Fatalf("store %+v, model %+v", e, w)
		}
	}
	if g, w := fmt.Sprint(s.ThemeByLocal()), fmt.Sprint(m.local); g != w {
		t.Fatalf("theme moves %s, model %s", g, w)
	}
}

// Random sequences of verdicts, notes, theme moves and moves by local
// name, with random failed saves. Memory always holds every change; after
// each successful save, and after a final one, the file holds exactly
// what memory holds.
func TestRandomFailedSavesLoseNothing(t *testing.T) {
	runs := 300
	if testing.Short() {
		runs = 30
	}
	dir := t.TempDir()
	for seed := range runs {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			t.Parallel() // the saves wait for the disk, not the CPU
			randomRun(t, uint64(seed), filepath.Join(dir, fmt.Sprintf("run%d.json", seed)))
		})
	}
}

// randomRun runs one random sequence with the given seed on a new file.
func randomRun(t *testing.T, seed uint64, path string) {
	rng := rand.New(rand.NewPCG(seed, 10))
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	m := &model{entries: map[string]Entry{}, local: map[string]string{}}
	for op := range 5 + rng.IntN(25) {
		fail := rng.IntN(3) == 0
		failNext(s, fail)
		if fail { // fail anywhere in the file, not only at its start
			part := rng.Float64()
			s.wrap = func(w io.Writer) io.Writer { return failPart{w, part} }
		}
		err := m.step(rng, s)
		switch {
		case fail && !errors.Is(err, ErrUnsaved):
			t.Fatalf("op %d: failing save returned %v", op, err)
		case !fail && err != nil:
			t.Fatalf("op %d: %v", op, err)
		}
		m.assertMemory(t, s)
		if !fail {
			if s.Unsaved() != nil {
				t.Fatalf("op %d: Unsaved() = %v after a successful save", op, s.Unsaved())
			}
			assertFileMatches(t, s)
		}
	}
	failNext(s, false)
	if err := s.Flush(); err != nil {
		t.Fatalf("final save: %v", err)
	}
	assertFileMatches(t, s)
}
