package evaluation

import (
	"fmt"

	"pakompas/compare/atomicfile"
)

// SaveCopy writes everything in memory to a new file at path, which must
// not exist yet. It is the way out when the evaluation file cannot be
// written (a read-only folder, a network share that is gone): the adviser's
// work is put somewhere else before she quits. The store keeps its own
// path; opening the copy later with --evaluatie restores the work.
func (s *Store) SaveCopy(path string) error {
	s.mu.Lock()
	data, err := s.encodeLocked()
	s.mu.Unlock()
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(path, data, atomicfile.Options{NoReplace: true}); err != nil {
		return fmt.Errorf("kopie van de evaluatie niet geschreven naar %s: %w", path, err)
	}
	return nil
}
