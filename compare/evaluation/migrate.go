package evaluation

import "slices"

// Migrate moves entries saved under an id the agreements no longer carry
// to the id the agreement carries now (moves: old id → new id; see
// compare.Analysis.MigratedIDs for which), in memory only. Nothing is
// saved here: the next save (the adviser's next change, or Flush) writes
// the entry under its new id, and until then the file keeps it under the
// old one, so quitting first loses nothing (the next load moves it
// again).
//
// The move follows the file's merge rule (the record changed last wins,
// lww.go): the entry moves when the new id has no record, or only one
// changed before the entry was. The moved entry keeps its own change
// time; the old id is cleared with a removal stamped now, so a copy of
// the old entry in another adviser's store or in the file cannot bring it
// back, while a change made to it later still does (and is moved on the
// next load). When the new id's record is later, the old entry stays
// where it is: an orphan, shown and kept, never dropped.
//
// It returns the number of entries moved.
func (s *Store) Migrate(moves map[string]string) int {
	if len(moves) == 0 {
		return 0
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for old, id := range moves {
		e, ok := s.entries.live[old]
		if !ok || old == id {
			continue
		}
		if t, ok := s.entries.latest(id); ok && !e.Changed.After(t) {
			continue
		}
		e.ID = id
		delete(s.enc, id)
		delete(s.enc, old)
		if s.entries.set(id, e) {
			s.idAddedLocked(id)
		}
		if s.entries.remove(old, s.stampLocked(e.Changed)) {
			s.idRemovedLocked(old)
		}
		n++
	}
	return n
}

// IDs returns the ids of the entries (orphans included), sorted.
func (s *Store) IDs() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.sortedIDsLocked())
}
