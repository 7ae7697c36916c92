package evaluation

import (
	"fmt"
	"time"
)

// Update changes the entry for id with fn and saves. The change stays in
// memory even when the save fails: the error (naming the file, matching
// ErrUnsaved) is returned for the UI to show, Unsaved reports it until a
// later save succeeds, and that save (the next change, or Flush) writes
// everything. It returns the entry as it is now in memory.
func (s *Store) Update(id string, snap Snapshot, fn func(*Entry)) (Entry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.getLocked(id)
	e := old
	fn(&e)
	e.ID = id
	if !e.Verdict.Valid() {
		return old, fmt.Errorf("onbekend oordeel %q", e.Verdict)
	}
	e.Gemeente, e.Number, e.Text = snap.Gemeente, snap.Number, snap.Text
	latest, _ := s.entries.latest(id)
	e.Changed = s.stampLocked(latest)
	delete(s.enc, id)
	if e.empty() {
		if s.entries.remove(id, e.Changed) {
			s.idRemovedLocked(id)
		}
	} else if s.entries.set(id, e) {
		s.idAddedLocked(id)
	}
	err := s.saveLocked()
	return s.getLocked(id), err
}

// SetThemeByLocal moves every agreement under a local theme name to a
// national theme key ("" removes the move) and saves. Like Update, the
// change stays in memory when the save fails.
func (s *Store) SetThemeByLocal(local, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	latest, _ := s.moves.latest(local)
	at := s.stampLocked(latest)
	if key == "" {
		s.moves.remove(local, at)
	} else {
		s.moves.set(local, localMove{Key: key, Changed: at})
	}
	return s.saveLocked()
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

// stampLocked is the time of a change to a record last changed at prev:
// now, or just after prev when the clock says otherwise (a clock set
// back, another machine's clock ahead), so a change always wins a merge
// against what it changed. It never passes the last moment JSON can hold
// (the end of the year 9999): a file with that time, written by hand or
// by a clock gone wild, would otherwise make every later save fail.
func (s *Store) stampLocked(prev time.Time) time.Time {
	t := s.now().UTC()
	if !t.After(prev) {
		t = prev.Add(time.Nanosecond)
	}
	if t.After(lastJSONTime) {
		return lastJSONTime
	}
	return t
}

// lastJSONTime is the latest time encoding/json writes.
var lastJSONTime = time.Date(9999, 12, 31, 23, 59, 59, 999_999_999, time.UTC)
