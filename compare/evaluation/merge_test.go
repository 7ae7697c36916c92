package evaluation

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// clock is a fake time source: each call is one second after the last.
type clock struct{ t time.Time }

func (c *clock) now() time.Time {
	c.t = c.t.Add(time.Second)
	return c.t
}

// openTwo opens two stores on one new file, as two advisers would.
func openTwo(t *testing.T) (*Store, *Store) {
	t.Helper()
	return openTwoAt(t, filepath.Join(t.TempDir(), DefaultFile))
}

// openTwoAt opens two stores on the file at path.
func openTwoAt(t *testing.T, path string) (*Store, *Store) {
	t.Helper()
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return a, b
}

// note sets the note of id in s, failing the test on an error.
func note(t *testing.T, s *Store, id, text string) {
	t.Helper()
	if _, err := s.Update(id, Snapshot{}, func(e *Entry) { e.Note = text }); err != nil {
		t.Fatal(err)
	}
}

// reopen reads the store's file afresh.
func reopen(t *testing.T, s *Store) *Store {
	t.Helper()
	r, err := Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestTwoStoresKeepEachOthersWork(t *testing.T) {
	a, b := openTwo(t)
	for i := range 10 {
		note(t, a, fmt.Sprintf("a:%d", i), "van A")
		note(t, b, fmt.Sprintf("b:%d", i), "van B")
	}
	if err := a.SetThemeByLocal("Prettig wonen", "leefbaarheid"); err != nil {
		t.Fatal(err)
	}
	if err := b.SetThemeByLocal("Energie", "duurzaamheid"); err != nil {
		t.Fatal(err)
	}
	r := reopen(t, b)
	if n := len(r.Entries()); n != 20 {
		t.Fatalf("the file holds %d entries, want 20", n)
	}
	for _, e := range r.Entries() {
		if want := "van " + strings.ToUpper(e.ID[:1]); e.Note != want {
			t.Errorf("%s: note %q, want %q", e.ID, e.Note, want)
		}
	}
	if got := fmt.Sprint(r.ThemeByLocal()); got != "map[Energie:duurzaamheid Prettig wonen:leefbaarheid]" {
		t.Errorf("theme moves %s", got)
	}
	// Each store saw the other's saves; b saved last and holds all.
	if a.ExternalChanges() < 10 || b.ExternalChanges() < 10 {
		t.Errorf("external changes seen: a %d, b %d, want at least 10 each", a.ExternalChanges(), b.ExternalChanges())
	}
	if n := len(b.Entries()); n != 20 {
		t.Errorf("b holds %d entries in memory, want 20", n)
	}
	// a picks up b's last save without writing.
	before, _ := os.Stat(a.Path())
	got, err := a.Reload()
	if err != nil || !got {
		t.Fatalf("Reload: %v, %v; want the other's changes", got, err)
	}
	if n := len(a.Entries()); n != 20 || a.ThemeByLocal()["Energie"] != "duurzaamheid" {
		t.Errorf("after Reload a holds %d entries and moves %v", n, a.ThemeByLocal())
	}
	if after, _ := os.Stat(a.Path()); !os.SameFile(before, after) {
		t.Error("Reload wrote the file")
	}
	if got, err := a.Reload(); err != nil || got {
		t.Errorf("second Reload: %v, %v; want nothing new", got, err)
	}
}

// The same entry changed in both stores: the later change wins, whichever
// store saves last, and a failed save does not make a change later.
func TestSameEntryLaterChangeWins(t *testing.T) {
	c := &clock{t: time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC)}
	for _, order := range []string{"a saves last", "b saves last"} {
		t.Run(order, func(t *testing.T) {
			a, b := openTwo(t)
			a.now, b.now = c.now, c.now
			note(t, a, "x:1", "eerste")
			if _, err := b.Reload(); err != nil {
				t.Fatal(err)
			}
			// a changes x:1 first but cannot save; b changes it later.
			failNext(a, true)
			if _, err := a.Update("x:1", Snapshot{}, func(e *Entry) { e.Note = "van A, eerder" }); err == nil {
				t.Fatal("want a failed save")
			}
			failNext(a, false)
			note(t, b, "x:1", "van B, later")
			if order == "a saves last" {
				if err := a.Flush(); err != nil {
					t.Fatal(err)
				}
			} else {
				note(t, a, "y:1", "iets anders")
				note(t, b, "z:1", "nog iets")
			}
			for name, s := range map[string]*Store{"file": reopen(t, a), "a": a} {
				if got := s.Get("x:1").Note; got != "van B, later" {
					t.Errorf("%s: x:1 holds %q, want the later change", name, got)
				}
			}
		})
	}
}

// A cleared entry stays cleared when the other store, which still holds
// it unchanged, saves; a change made after the clearing brings it back.
func TestClearingSurvivesTheOtherStore(t *testing.T) {
	c := &clock{t: time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC)}
	a, b := openTwo(t)
	a.now, b.now = c.now, c.now
	note(t, a, "x:1", "weg ermee")
	note(t, a, "x:2", "blijft")
	if err := a.SetThemeByLocal("Energie", "duurzaamheid"); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	note(t, a, "x:1", "")
	if err := a.SetThemeByLocal("Energie", ""); err != nil {
		t.Fatal(err)
	}
	note(t, b, "y:1", "van B")
	r := reopen(t, a)
	if _, ok := r.ThemeByLocal()["Energie"]; ok || r.Get("x:1").Note != "" || r.Get("x:2").Note != "blijft" || r.Get("y:1").Note != "van B" {
		t.Fatalf("after b's save the file holds %+v, moves %v", r.Entries(), r.ThemeByLocal())
	}
	if b.Get("x:1").Note != "" {
		t.Errorf("b still shows the cleared entry: %+v", b.Get("x:1"))
	}
	// b writes a new note on x:1 after the clearing: it is back.
	note(t, b, "x:1", "toch weer")
	note(t, a, "x:3", "van A")
	if got := reopen(t, b).Get("x:1").Note; got != "toch weer" || a.Get("x:1").Note != "toch weer" {
		t.Errorf("x:1 after a later change: file %q, a %q", got, a.Get("x:1").Note)
	}
}

// A file written before the merge existed (times to the second, no
// change times for moves, no removals) loads with every verdict and note,
// and merges.
func TestOldFileLoadsAndMerges(t *testing.T) {
	path := filepath.Join(t.TempDir(), DefaultFile)
	old := `{
  "versie": 1,
  "thema_per_lokale_naam": {"Prettig wonen":"leefbaarheid"},
  "afspraken": [
    {"id":"u:1","oordeel":"vaag","notitie":"Geen termijn.","gemeente":"Uithoorn","nummer":"1","tekst":"We gaan in gesprek.","gewijzigd":"2025-05-01T10:00:00Z"},
    {"id":"u:2","oordeel":"niet vaag","thema":"duurzaamheid","gewijzigd":"2025-05-01T10:00:01Z"}
  ]
}
`
	if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	a, b := openTwoAt(t, path)
	if e := a.Get("u:1"); e.Verdict != Vaag || e.Note != "Geen termijn." || e.Text != "We gaan in gesprek." {
		t.Errorf("u:1 %+v", e)
	}
	if e := a.Get("u:2"); e.Verdict != NietVaag || e.Theme != "duurzaamheid" {
		t.Errorf("u:2 %+v", e)
	}
	if a.ThemeByLocal()["Prettig wonen"] != "leefbaarheid" {
		t.Errorf("moves %v", a.ThemeByLocal())
	}
	if err := a.SetThemeByLocal("Prettig wonen", "beschikbaarheid"); err != nil {
		t.Fatal(err)
	}
	note(t, b, "u:3", "nieuw")
	r := reopen(t, a)
	if len(r.Entries()) != 3 || r.ThemeByLocal()["Prettig wonen"] != "beschikbaarheid" {
		t.Errorf("after both saved: %d entries, moves %v", len(r.Entries()), r.ThemeByLocal())
	}
}

// A file that another process made unreadable is not overwritten: the
// save fails and the change stays in memory.
func TestUnreadableFileIsNotOverwrittenOnSave(t *testing.T) {
	a, _ := openTwo(t)
	note(t, a, "x:1", "eerste")
	broken := []byte(`{"versie": 1, "afspraken": [`)
	if err := os.WriteFile(a.Path(), broken, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Update("x:2", Snapshot{}, func(e *Entry) { e.Note = "tweede" }); err == nil || !strings.Contains(err.Error(), "niet overschreven") {
		t.Fatalf("save over an unreadable file: %v", err)
	}
	if data, _ := os.ReadFile(a.Path()); string(data) != string(broken) {
		t.Error("the unreadable file was overwritten")
	}
	if a.Get("x:2").Note != "tweede" || a.Unsaved() == nil {
		t.Error("the change is not kept as unsaved")
	}
	if _, err := a.Reload(); err == nil {
		t.Error("Reload of an unreadable file: no error")
	}
}

// pausingWriter signals when a save starts writing and waits for release.
type pausingWriter struct {
	w                io.Writer
	started, release chan struct{}
}

func (p *pausingWriter) Write(b []byte) (int, error) {
	if p.started != nil {
		close(p.started)
		p.started = nil
		<-p.release
	}
	return p.w.Write(b)
}

// While one store is writing, the other's save waits for it (the lock),
// so it reads the first store's save and writes both changes.
func TestSavesDoNotInterleave(t *testing.T) {
	a, b := openTwo(t)
	started, release := make(chan struct{}), make(chan struct{})
	a.wrap = func(w io.Writer) io.Writer { return &pausingWriter{w: w, started: started, release: release} }
	aDone := make(chan error)
	go func() { _, err := a.Update("a:1", Snapshot{}, func(e *Entry) { e.Note = "van A" }); aDone <- err }()
	<-started
	bDone := make(chan error)
	go func() { _, err := b.Update("b:1", Snapshot{}, func(e *Entry) { e.Note = "van B" }); bDone <- err }()
	select {
	case err := <-bDone:
		t.Fatalf("b saved (%v) while a was writing", err)
	case <-time.After(200 * time.Millisecond):
	}
	close(release)
	if err := <-aDone; err != nil {
		t.Fatal(err)
	}
	if err := <-bDone; err != nil {
		t.Fatal(err)
	}
	r := reopen(t, a)
	if r.Get("a:1").Note != "van A" || r.Get("b:1").Note != "van B" {
		t.Errorf("the file holds %+v", r.Entries())
	}
}

// Random whole-entry changes, clearings and moves by local name, spread
// over two stores on one file, with random failed saves and random
// reloads. Every change gets a later time than the one before, so once
// both stores have saved and reloaded, both and the file hold the last
// change of every agreement and local name (clearing what a store has not
// seen changes nothing).
func TestRandomTwoStoresConverge(t *testing.T) {
	runs := 200
	if testing.Short() {
		runs = 20
	}
	for seed := range runs {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			t.Parallel()
			randomTwoStores(t, uint64(seed))
		})
	}
}

func randomTwoStores(t *testing.T, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 11))
	c := &clock{t: time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC)}
	a, b := openTwo(t)
	a.now, b.now = c.now, c.now
	m := &model{entries: map[string]Entry{}, local: map[string]string{}}
	for op := range 5 + rng.IntN(25) {
		s := []*Store{a, b}[rng.IntN(2)]
		failNext(s, rng.IntN(4) == 0)
		if rng.IntN(5) == 0 {
			if _, err := s.Reload(); err != nil {
				t.Fatalf("op %d: Reload: %v", op, err)
			}
		}
		id := []string{"a:1", "a:2", "b:1"}[rng.IntN(3)]
		want := Entry{ID: id}
		if rng.IntN(4) > 0 { // else clear it
			want.Verdict = Verdicts()[1+rng.IntN(3)]
			want.Note = fmt.Sprint("notitie ", op)
		}
		if rng.IntN(3) == 0 {
			local := []string{"Energie", "Wonen"}[rng.IntN(2)]
			key := []string{"", "duurzaamheid", "leefbaarheid"}[rng.IntN(3)]
			_, seen := s.ThemeByLocal()[local]
			_ = s.SetThemeByLocal(local, key)
			if key == "" {
				if seen { // a store can only remove the moves it knows
					delete(m.local, local)
				}
			} else {
				m.local[local] = key
			}
			continue
		}
		seen := !s.Get(id).empty()
		_, _ = s.Update(id, Snapshot{}, func(e *Entry) { e.Verdict, e.Note, e.Theme = want.Verdict, want.Note, "" })
		if want.empty() {
			if seen { // a store can only clear the entries it knows
				delete(m.entries, id)
			}
		} else {
			m.entries[id] = want
		}
	}
	failNext(a, false)
	failNext(b, false)
	for _, step := range []func() error{
		func() error { _, err := a.Update("z:1", Snapshot{}, func(e *Entry) { e.Note = "laatste" }); return err },
		func() error { _, err := b.Update("z:2", Snapshot{}, func(e *Entry) { e.Note = "laatste" }); return err },
		func() error { _, err := a.Reload(); return err },
	} {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	m.entries["z:1"] = Entry{ID: "z:1", Note: "laatste"}
	m.entries["z:2"] = Entry{ID: "z:2", Note: "laatste"}
	for name, s := range map[string]*Store{"a": a, "b": b, "file": reopen(t, a)} {
		t.Run(name, func(t *testing.T) { m.assertMemory(t, s) })
	}
}

// The other machine's clock is an hour ahead: a change made here to an
// entry that came from there still counts as the later one.
func TestOwnChangeWinsOverAClockAhead(t *testing.T) {
	a, b := openTwo(t)
	a.now = func() time.Time { return time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC) }
	b.now = func() time.Time { return time.Date(2025, 6, 1, 10, 0, 0, 0, time.UTC) }
	note(t, b, "x:1", "van B")
	if _, err := a.Reload(); err != nil {
		t.Fatal(err)
	}
	note(t, a, "x:1", "van A, daarna")
	note(t, b, "y:1", "iets anders") // b merges a's save
	for name, s := range map[string]*Store{"a": a, "b": b, "file": reopen(t, a)} {
		if got := s.Get("x:1").Note; got != "van A, daarna" {
			t.Errorf("%s: x:1 holds %q, want a's change made after b's", name, got)
		}
	}
}
