package tui

import (
	"errors"

	"pakompas/compare"
	"pakompas/compare/evaluation"
)

// session is the loaded data: the analysis (read-only), the adviser's
// evaluation (saved on every change) and what is derived from both and
// kept up to date incrementally, so a key press never recounts 51,300
// agreements.
type session struct {
	an *compare.Analysis
	// store saves the adviser's work; nil when the evaluation file could
	// not be opened (then the session is read-only and says why).
	store    *evaluation.Store
	readOnly string
	// verdicts per agreement index (cached from the store).
	verdicts []evaluation.Verdict
	notes    []string
	// matrix counts with the adviser's verdicts applied.
	matrix compare.Matrix
	// themeIdx and gemIdx map keys and names to matrix positions.
	themeIdx map[string]int
	gemIdx   map[string]int
	// rows caches the side-by-side layout per theme.
	rows map[string][]compare.ThemeRow
	// orphans are evaluation entries whose agreement is gone.
	orphans []evaluation.Entry
	// themeGen counts theme moves, so screens holding theme layouts or
	// search text know to rebuild them.
	themeGen int
	// shown are the gemeente columns (matrix indexes) the Thema screen
	// shows, in order; all by default.
	shown []int
}

func newSession(an *compare.Analysis, store *evaluation.Store, readOnly string) *session {
	s := &session{
		an: an, store: store, readOnly: readOnly,
		verdicts: make([]evaluation.Verdict, len(an.Agreements)),
		notes:    make([]string, len(an.Agreements)),
		themeIdx: map[string]int{}, gemIdx: map[string]int{},
		rows: map[string][]compare.ThemeRow{},
	}
	if store != nil {
		for _, e := range store.Entries() {
			if i, ok := an.Index(e.ID); ok {
				s.verdicts[i], s.notes[i] = e.Verdict, e.Note
			}
		}
		s.orphans = store.Orphans(func(id string) bool { _, ok := an.Index(id); return ok })
	}
	s.matrix = compare.BuildMatrix(an, s.vague)
	for i, k := range s.matrix.Themes {
		s.themeIdx[k] = i
	}
	for i, g := range s.matrix.Gemeenten {
		s.gemIdx[g] = i
		s.shown = append(s.shown, i)
	}
	return s
}

// vague is whether agreement i counts as vague (the verdict wins).
func (s *session) vague(i int) bool {
	return compare.EffectiveVague(s.an.Agreements[i], s.verdicts[i])
}

// themeRows returns the side-by-side layout of a theme, computed once.
func (s *session) themeRows(key string) []compare.ThemeRow {
	if r, ok := s.rows[key]; ok {
		return r
	}
	r := s.an.ThemeRows(key)
	s.rows[key] = r
	return r
}

// setVerdict saves a new verdict for agreement i and updates the counts.
func (s *session) setVerdict(i int, v evaluation.Verdict) error {
	return s.update(i, func(e *evaluation.Entry) { e.Verdict = v })
}

// setNote saves the note of agreement i.
func (s *session) setNote(i int, note string) error {
	return s.update(i, func(e *evaluation.Entry) { e.Note = note })
}

// update changes the evaluation entry of agreement i and saves it. When
// only the save fails the store keeps the change (and writes it with the
// next save that succeeds), so the session shows it too; the error is
// returned for the status line either way.
func (s *session) update(i int, fn func(*evaluation.Entry)) error {
	if s.store == nil {
		return errReadOnly(s.readOnly)
	}
	a := s.an.Agreements[i]
	was := s.vague(i)
	e, err := s.store.Update(a.ID, evaluation.Snapshot{Gemeente: a.Gemeente, Number: a.Number, Text: a.Text}, fn)
	if err != nil && !errors.Is(err, evaluation.ErrUnsaved) {
		return err
	}
	s.verdicts[i], s.notes[i] = e.Verdict, e.Note
	if now := s.vague(i); now != was {
		d := 1
		if !now {
			d = -1
		}
		t, g := s.themeIdx[a.Theme], s.gemIdx[a.Gemeente]
		s.matrix.Cells[t][g].Vague += d
		s.matrix.RowTotals[t].Vague += d
		s.matrix.ColTotals[g].Vague += d
		s.matrix.Total.Vague += d
	}
	return err
}

type readOnlyError string

func (e readOnlyError) Error() string {
	return "alleen lezen: " + string(e)
}

func errReadOnly(why string) error { return readOnlyError(why) }
