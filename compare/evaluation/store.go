package evaluation

import (
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

// Store is an open evaluation file. Every change is saved before the
// method returns; when that fails the change stays in memory and the next
// successful save writes it (see Unsaved and Flush). Before each save the
// store merges what other processes wrote to the file (see the package
// doc). Methods are safe for concurrent use.
type Store struct {
	path string
	mu   sync.Mutex
	// contents is the adviser's work in memory.
	contents
	now func() time.Time
	// wrap is a test hook around the save writer.
	wrap func(io.Writer) io.Writer
	// ids are the sorted ids of the live entries, nil after the set of ids
	// changed; enc caches each entry's JSON until it changes.
	ids []string
	enc map[string][]byte
	// unsaved is the error of the last save when it failed: memory then
	// holds changes the file lacks.
	unsaved error
	// seen is the file as this store last read or wrote it; external
	// counts the times it found another process's changes there.
	seen     fingerprint
	external int
}

// Open reads the evaluation file at path; a missing file is an empty
// evaluation (created on the first change). A file that cannot be parsed
// is an error, and the store refuses to open so it can never overwrite it;
// so is a path that is not a regular file (a folder, a device).
func Open(path string) (*Store, error) {
	s := &Store{path: path, contents: newContents(), now: time.Now, enc: map[string][]byte{}}
	data, fi, err := atomicfile.ReadFile(path, MaxFileSize)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("evaluatiebestand: %w", err) // err names the file
	}
	if s.contents, err = decode(path, data); err != nil {
		return nil, err
	}
	s.seen = newFingerprint(fi, data)
	return s, nil
}

// Path is the file the store saves to.
func (s *Store) Path() string { return s.path }

// Len is the number of entries: agreements with the adviser's work (a
// verdict, a note or a move), orphans included.
func (s *Store) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.entries.live)
}

// Exists reports whether the file was there when the store opened it or
// has been written since; false for a new evaluation not saved yet.
func (s *Store) Exists() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.seen.known
}

// Get returns the entry for id (zero Entry with that ID when none).
func (s *Store) Get(id string) Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.getLocked(id)
}

func (s *Store) getLocked(id string) Entry {
	if e, ok := s.entries.live[id]; ok {
		return e.usable()
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
	out := make(map[string]string, len(s.moves.live))
	for k, m := range s.moves.live {
		out[k] = m.Key
	}
	return out
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
	out := make([]Entry, 0, len(s.entries.live))
	for _, e := range s.entries.live {
		out = append(out, e.usable())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Unsaved is nil when the file holds everything in memory, and otherwise
// the error of the last save that failed (it matches ErrUnsaved).
func (s *Store) Unsaved() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.unsaved
}

// ExternalChanges counts the times this store found changes by another
// process in the file (and merged them in), on a save or a Reload. The UI
// compares it with the count it last saw to tell the adviser.
func (s *Store) ExternalChanges() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.external
}
