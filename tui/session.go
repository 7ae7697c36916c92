package tui

import (
	"pakompas/compare"
	"pakompas/compare/evaluation"
)

// session is the loaded data as the screens see it: the owner of the
// analysis and the adviser's work (compare.Evaluation), through which every
// verdict, note and move goes and from which every count comes, plus the
// view state of the screens (which gemeente columns the Thema screen
// shows) and the matrix positions of theme keys and gemeenten.
type session struct {
	ev *compare.Evaluation
	// an is ev.Analysis(), refreshed when a re-analysis is applied.
	an *compare.Analysis
	// themeIdx and gemIdx map keys and names to matrix positions.
	themeIdx map[string]int
	gemIdx   map[string]int
	// shown are the gemeente columns (matrix indexes) the Thema screen
	// shows, in order; all by default.
	shown []int
	// moves counts the theme moves asked for; applied the moves whose
	// re-analysis has been applied (a later one may finish first).
	moves, applied int
	// moved says what the last move did, for the status line once its
	// re-analysis is applied.
	moved string
	// opened is the agreement the Afspraak screen showed last (] and [
	// move it), for the screen that opened it to put its cursor there.
	opened int
	// changes counts the changes to what counts as vague (a verdict, an
	// undo, a new analysis or another adviser's work taken over), so
	// that a screen holding counts (the Kompas) knows to count again.
	changes int
}

func newSession(ev *compare.Evaluation) *session {
	s := &session{ev: ev}
	s.refresh()
	for i := range s.matrix().Gemeenten {
		s.shown = append(s.shown, i)
	}
	return s
}

// refresh takes the owner's current analysis.
func (s *session) refresh() {
	s.changes++
	s.an = s.ev.Analysis()
	m := s.ev.Matrix()
	s.themeIdx = make(map[string]int, len(m.Themes))
	for i, k := range m.Themes {
		s.themeIdx[k] = i
	}
	s.gemIdx = make(map[string]int, len(m.Gemeenten))
	for i, g := range m.Gemeenten {
		s.gemIdx[g] = i
	}
}

// matrix counts with the adviser's verdicts applied.
func (s *session) matrix() compare.Matrix { return s.ev.Matrix() }

// vague is whether agreement i counts as vague (the verdict wins).
func (s *session) vague(i int) bool { return s.ev.Vague(i) }

// verdict and note are the adviser's work on agreement i.
func (s *session) verdict(i int) evaluation.Verdict { return s.ev.Verdict(i) }
func (s *session) note(i int) string                { return s.ev.Note(i) }

// themeRows returns the side-by-side layout of a theme.
func (s *session) themeRows(key string) []compare.ThemeRow { return s.ev.ThemeRows(key) }

// themeGen changes when a theme move was applied, so screens holding
// theme layouts or search text know to rebuild them.
func (s *session) themeGen() int { return s.ev.Generation() }

// store is the evaluation store, nil when read only.
func (s *session) store() *evaluation.Store { return s.ev.Store() }

// invalid names the verdicts in the evaluation file that pakompas does not
// know (they count as none); nil when there are none.
func (s *session) invalid() error {
	if s.store() == nil {
		return nil
	}
	return s.store().Invalid()
}

// readOnly says why the work is not saved; "" when it is.
func (s *session) readOnly() string { return s.ev.ReadOnly() }

// setVerdict saves a new verdict for agreement i.
func (s *session) setVerdict(i int, v evaluation.Verdict) error {
	s.changes++
	return s.ev.SetVerdict(i, v)
}

// setNote saves the note of agreement i; amend makes it part of the last
// change when that was this note (the drafts of one edit are one undo).
func (s *session) setNote(i int, note string, amend bool) error {
	if amend {
		return s.ev.AmendNote(i, note)
	}
	return s.ev.SetNote(i, note)
}
