package evaluation

import (
	"fmt"
	"strings"
)

// ParseVerdict reads a verdict as an adviser or another tool may write it:
// case and extra spaces do not matter ("Niet  Vaag"), empty is no verdict.
// ok is false for a verdict pakompas does not know.
func ParseVerdict(s string) (v Verdict, ok bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, v := range Verdicts() {
		if s == string(v) {
			return v, true
		}
	}
	return None, false
}

// usable is the entry as the rest of pakompas sees it: a verdict this
// version does not know (a hand-edited file: "bogus") counts as none. The
// store keeps the verdict as written and saves it back unchanged until the
// adviser changes that entry, so nothing in the file is lost unseen;
// Invalid names it.
func (e Entry) usable() Entry {
	if !e.Verdict.Valid() {
		e.Verdict = None
	}
	return e
}

// InvalidError names the entries of an evaluation file whose verdict
// pakompas does not know. They count as having no verdict and are not
// exported; the rest of the file is used.
type InvalidError struct {
	// Path is the evaluation file.
	Path string
	// Entries are the entries concerned, sorted by id, with the verdict as
	// written.
	Entries []Entry
}

func (e *InvalidError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "evaluatie %s: onbekend oordeel bij %d afspraak/afspraken, telt als geen oordeel (kies vaag, niet vaag of twijfel):", e.Path, len(e.Entries))
	for i, en := range e.Entries {
		if i == 5 {
			fmt.Fprintf(&b, " en %d meer", len(e.Entries)-i)
			break
		}
		if i > 0 {
			b.WriteByte(';')
		}
		fmt.Fprintf(&b, " afspraak %s oordeel %q", en.ID, string(en.Verdict))
	}
	return b.String()
}

// Invalid returns an *InvalidError naming the entries whose verdict is
// unknown (they count as no verdict), or nil when every verdict is known.
func (s *Store) Invalid() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var bad []Entry
	for _, id := range s.sortedIDsLocked() {
		if e := s.entries.live[id]; !e.Verdict.Valid() {
			bad = append(bad, e)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	return &InvalidError{Path: s.path, Entries: bad}
}
