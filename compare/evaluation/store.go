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
// method returns; methods are safe for concurrent use.
type Store struct {
	path string
	mu   sync.Mutex
	// byID holds the entries; local the theme moves by local name.
	byID  map[string]Entry
	local map[string]string
	now   func() time.Time
	// wrap is a test hook around the save writer.
	wrap func(io.Writer) io.Writer
	// ids are the sorted ids of byID (rebuilt when their number changes:
	// entries are only ever added or removed one at a time); enc caches
	// each entry's JSON until it changes.
	ids []string
	enc map[string][]byte
}

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

// Update changes the entry for id with fn and saves. If the save fails the
// change is undone in memory too, so memory and disk never disagree, and
// the error (naming the file) is returned for the UI to show.
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
	delete(s.enc, id)
	if err := s.saveLocked(); err != nil {
		if had {
			s.byID[id] = old
		} else {
			delete(s.byID, id)
		}
		delete(s.enc, id)
		return old, err
	}
	return e, nil
}

// SetThemeByLocal moves every agreement under a local theme name to a
// national theme key ("" removes the move) and saves.
func (s *Store) SetThemeByLocal(local, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	old, had := s.local[local]
	if key == "" {
		delete(s.local, local)
	} else {
		s.local[local] = key
	}
	if err := s.saveLocked(); err != nil {
		if had {
			s.local[local] = old
		} else {
			delete(s.local, local)
		}
		return err
	}
	return nil
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

// saveLocked writes the whole file atomically. Each entry's JSON is kept
// encoded and the ids kept sorted, so a save after one change costs a
// concatenation and the disk write, not a re-encoding of every entry: a
// key press stays fast with thousands of verdicts in the file.
func (s *Store) saveLocked() error {
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
// ids changed.
func (s *Store) sortedIDsLocked() []string {
	if len(s.ids) != len(s.byID) {
		s.ids = s.ids[:0]
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
