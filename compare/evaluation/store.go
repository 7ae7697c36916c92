package evaluation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"sync"
	"time"

	"pakompas/compare/atomicfile"
)

// DefaultFile is the evaluation file used when none is chosen.
const DefaultFile = "pakompas-evaluatie.json"

// Verdict is the adviser's judgement of an agreement's vagueness; it
// overrides the automatic flag in counts and in the workbook.
type Verdict string

// The verdicts, in the order the v key cycles through them.
const (
	None     Verdict = ""
	Vaag     Verdict = "vaag"
	NietVaag Verdict = "niet vaag"
	Twijfel  Verdict = "twijfel"
)

// Verdicts lists the verdicts in cycle order.
func Verdicts() []Verdict { return []Verdict{None, Vaag, NietVaag, Twijfel} }

// Next is the verdict after v in the cycle vaag → niet vaag → twijfel → none.
func (v Verdict) Next() Verdict {
	all := Verdicts()
	for i, x := range all {
		if x == v {
			return all[(i+1)%len(all)]
		}
	}
	return Vaag
}

// Valid reports whether v is a known verdict.
func (v Verdict) Valid() bool {
	for _, x := range Verdicts() {
		if x == v {
			return true
		}
	}
	return false
}

// Entry is the adviser's work on one agreement. Gemeente, Number and Text
// are a snapshot taken when the entry was last changed, so an orphaned
// entry can still be recognised.
type Entry struct {
	ID       string    `json:"id"`
	Verdict  Verdict   `json:"oordeel,omitempty"`
	Note     string    `json:"notitie,omitempty"`
	Theme    string    `json:"thema,omitempty"`
	Gemeente string    `json:"gemeente,omitempty"`
	Number   string    `json:"nummer,omitempty"`
	Text     string    `json:"tekst,omitempty"`
	Changed  time.Time `json:"gewijzigd"`
}

// empty reports whether the entry holds no work any more.
func (e Entry) empty() bool { return e.Verdict == None && e.Note == "" && e.Theme == "" }

// fileFormat is the JSON file.
type fileFormat struct {
	Version int `json:"versie"`
	// ThemeByLocal moves a local theme name (as written) to a national
	// theme key, for every agreement under it.
	ThemeByLocal map[string]string `json:"thema_per_lokale_naam,omitempty"`
	Entries      []Entry           `json:"afspraken"`
}

const formatVersion = 1

// Store is an open evaluation file. Every change is saved before the
// method returns; when that fails the change stays in memory and the next
// successful save writes it (see Unsaved and Flush). Methods are safe for
// concurrent use.
type Store struct {
	path string
	mu   sync.Mutex
	// byID holds the entries; local the theme moves by local name.
	byID  map[string]Entry
	local map[string]string
	now   func() time.Time
	// wrap is a test hook around the save writer.
	wrap func(io.Writer) io.Writer
	// ids are the sorted ids of byID, nil after the set of ids changed;
	// enc caches each entry's JSON until it changes.
	ids []string
	enc map[string][]byte
	// unsaved is the error of the last save when it failed: memory then
	// holds changes the file lacks.
	unsaved error
}

// ErrUnsaved matches the errors of a failed save: the change is kept in
// memory and written by the next save that succeeds.
var ErrUnsaved = errors.New("niet bewaard")

// unsavedError is a failed save's error; its message is the cause's.
type unsavedError struct{ err error }

func (e *unsavedError) Error() string        { return e.err.Error() }
func (e *unsavedError) Unwrap() error        { return e.err }
func (e *unsavedError) Is(target error) bool { return target == ErrUnsaved }

// Open reads the evaluation file at path; a missing file is an empty
// evaluation (created on the first change). A file that cannot be parsed
// is an error, and the store refuses to open so it can never overwrite it.
func Open(path string) (*Store, error) {
	s := &Store{path: path, byID: map[string]Entry{}, local: map[string]string{}, now: time.Now, enc: map[string][]byte{}}
	data, _, err := atomicfile.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("evaluatie %s: %w", path, err)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return s, nil
	}
	var f fileFormat
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("evaluatie %s is onleesbaar (%v); het bestand wordt niet overschreven: herstel het of kies een ander met --evaluatie", path, err)
	}
	if f.Version > formatVersion {
		return nil, fmt.Errorf("evaluatie %s is gemaakt met een nieuwere versie van pakompas (versie %d)", path, f.Version)
	}
	for _, e := range f.Entries {
		if e.ID != "" {
			s.byID[e.ID] = e
		}
	}
	for k, v := range f.ThemeByLocal {
		s.local[k] = v
	}
	return s, nil
}

// Path is the file the store saves to.
func (s *Store) Path() string { return s.path }

// Get returns the entry for id (zero Entry with that ID when none).
func (s *Store) Get(id string) Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.byID[id]; ok {
		return e
	}
	return Entry{ID: id}
}

// Entries returns all entries sorted by id.
func (s *Store) Entries() []Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sortedLocked()
}

// ThemeByLocal returns a copy of the theme moves by local theme name.
func (s *Store) ThemeByLocal() map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]string, len(s.local))
	for k, v := range s.local {
		out[k] = v
	}
	return out
}

// Snapshot identifies the agreement an entry belongs to, for orphans.
type Snapshot struct{ Gemeente, Number, Text string }

// Update changes the entry for id with fn and saves. The change stays in
// memory even when the save fails: the error (naming the file, matching
// ErrUnsaved) is returned for the UI to show, Unsaved reports it until a
// later save succeeds, and that save (the next change, or Flush) writes
// everything. It returns the entry as it is now in memory.
func (s *Store) Update(id string, snap Snapshot, fn func(*Entry)) (Entry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old, had := s.byID[id]
	e := old
	e.ID = id
	fn(&e)
	if !e.Verdict.Valid() {
		return old, fmt.Errorf("onbekend oordeel %q", e.Verdict)
	}
	e.Gemeente, e.Number, e.Text = snap.Gemeente, snap.Number, snap.Text
	e.Changed = s.now().UTC().Truncate(time.Second)
	if e.empty() {
		delete(s.byID, id)
	} else {
		s.byID[id] = e
	}
	if had != !e.empty() {
		s.ids = nil // the set of ids changed
	}
	delete(s.enc, id)
	err := s.saveLocked()
	if cur, ok := s.byID[id]; ok {
		return cur, err
	}
	return Entry{ID: id}, err
}

// SetThemeByLocal moves every agreement under a local theme name to a
// national theme key ("" removes the move) and saves. Like Update, the
// change stays in memory when the save fails.
func (s *Store) SetThemeByLocal(local, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if key == "" {
		delete(s.local, local)
	} else {
		s.local[local] = key
	}
	return s.saveLocked()
}

// Unsaved is nil when the file holds everything in memory, and otherwise
// the error of the last save that failed (it matches ErrUnsaved).
func (s *Store) Unsaved() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.unsaved
}

// Flush saves again when an earlier save failed (see Unsaved); it does
// nothing when the file already holds everything.
func (s *Store) Flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.unsaved == nil {
		return nil
	}
	return s.saveLocked()
}

// Orphans returns the entries whose agreement is not among ids (sorted by
// id): work on agreements that disappeared from the spreadsheets. They are
// kept in the file.
func (s *Store) Orphans(exists func(id string) bool) []Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Entry
	for _, e := range s.sortedLocked() {
		if !exists(e.ID) {
			out = append(out, e)
		}
	}
	return out
}

func (s *Store) sortedLocked() []Entry {
	out := make([]Entry, 0, len(s.byID))
	for _, e := range s.byID {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// saveLocked writes the whole file and records the outcome for Unsaved.
func (s *Store) saveLocked() error {
	if err := s.writeLocked(); err != nil {
		s.unsaved = &unsavedError{err}
		return s.unsaved
	}
	s.unsaved = nil
	return nil
}

// writeLocked writes the whole file atomically. Each entry's JSON is kept
// encoded and the ids kept sorted, so a save after one change costs a
// concatenation and the disk write, not a re-encoding of every entry: a
// key press stays fast with thousands of verdicts in the file.
func (s *Store) writeLocked() error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\n  \"versie\": %d,\n", formatVersion)
	if len(s.local) > 0 {
		local, err := json.Marshal(s.local)
		if err != nil {
			return err
		}
		b.WriteString("  \"thema_per_lokale_naam\": ")
		b.Write(local)
		b.WriteString(",\n")
	}
	b.WriteString("  \"afspraken\": [")
	for i, id := range s.sortedIDsLocked() {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    ")
		enc, err := s.encodedLocked(id)
		if err != nil {
			return err
		}
		b.Write(enc)
	}
	b.WriteString("\n  ]\n}\n")
	return atomicfile.WriteFile(s.path, b.Bytes(), atomicfile.Options{Wrap: s.wrap})
}

// sortedIDsLocked returns the ids in order, sorting only after the set of
// ids changed (every change to the set resets ids to nil).
func (s *Store) sortedIDsLocked() []string {
	if s.ids == nil {
		s.ids = make([]string, 0, len(s.byID))
		for id := range s.byID {
			s.ids = append(s.ids, id)
		}
		sort.Strings(s.ids)
	}
	return s.ids
}

// encodedLocked returns the entry's JSON, encoding it once per change.
func (s *Store) encodedLocked(id string) ([]byte, error) {
	if enc, ok := s.enc[id]; ok {
		return enc, nil
	}
	enc, err := json.Marshal(s.byID[id])
	if err != nil {
		return nil, err
	}
	s.enc[id] = enc
	return enc, nil
}
