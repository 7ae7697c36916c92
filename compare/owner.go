package compare

import (
	"errors"

	"pakompas/compare/evaluation"
)

// Evaluation is the one owner of an analysis and the adviser's work on
// it: every verdict, note and theme move goes through it, and everything
// derived from both (the matrix with the verdicts applied, the
// side-by-side theme rows, what counts as vague, the orphans) comes from
// it. The TUI and every command use only this type, so a move in the TUI
// and the same move read from the evaluation file give the same analysis:
// both re-run Analyze with the overrides.
//
// The work lives in an evaluation.Store (saved on every change) or, read
// only, in Judgements read from a file or an exported workbook. An
// Evaluation is not safe for concurrent use; a re-analysis can run in the
// background (Reanalyzer) and is applied on the owner's goroutine (Apply).
type Evaluation struct {
	an        *Analysis
	reanalyze func(Overrides) *Analysis
	// store holds the work (its one home: the owner keeps no copy, only
	// the per-index caches below); nil for a read-only evaluation, whose
	// work is work and overrides, and readOnly says why.
	store    *evaluation.Store
	readOnly string
	work     Judgements
	ov       Overrides
	// external is the store's count of merges of another process's work
	// that the owner has taken over.
	external int
	// Derived, per analysis generation: the adviser's verdicts and notes
	// by agreement index, the matrix (nil until asked after a change) and
	// the theme rows asked for so far.
	gen      int
	verdicts []evaluation.Verdict
	notes    []string
	matrix   *Matrix
	rows     map[string][]ThemeRow
	// undo holds this owner's changes to the work, the last one last
	// (undo.go).
	undo []undoStep
}

// ErrReadOnly is returned when the adviser's work cannot be saved because
// the evaluation is read only; the error's text says why.
var ErrReadOnly = errors.New("alleen lezen")

type readOnlyError string

func (e readOnlyError) Error() string        { return "alleen lezen: " + string(e) }
func (e readOnlyError) Is(target error) bool { return target == ErrReadOnly }

// NewEvaluation makes the owner of an analysis and the store that holds
// the adviser's work. reanalyze runs Analyze on the same import with other
// overrides (for theme moves); nil means moves are not possible. A nil
// store makes a read-only evaluation; readOnly says why (shown to the
// adviser).
func NewEvaluation(an *Analysis, store *evaluation.Store, readOnly string, reanalyze func(Overrides) *Analysis) *Evaluation {
	e := &Evaluation{an: an, store: store, readOnly: readOnly, reanalyze: reanalyze}
	if store != nil {
		store.Migrate(an.MigratedIDs(store.IDs())) // work saved before ids held the year
		e.ov = OverridesOf(store)
		e.external = store.ExternalChanges()
	}
	e.derive()
	return e
}

// ReadOnlyEvaluation makes the owner of an analysis and work read from a
// file (verdicts, notes and theme moves), for commands that only read:
// check, export.
func ReadOnlyEvaluation(an *Analysis, work Judgements, ov Overrides) *Evaluation {
	if work == nil {
		work = Judgements{}
	}
	e := &Evaluation{an: an, readOnly: "alleen lezen", work: an.MigrateJudgements(work), ov: ov}
	e.derive()
	return e
}

// derive recomputes what depends on the analysis and the work.
func (e *Evaluation) derive() {
	n := len(e.an.Agreements)
	e.verdicts = make([]evaluation.Verdict, n)
	e.notes = make([]string, n)
	for id, w := range e.judged() {
		if i, ok := e.an.Index(id); ok {
			e.verdicts[i], e.notes[i] = w.Verdict, w.Note
		}
	}
	e.matrix = nil
	e.rows = map[string][]ThemeRow{}
}

// Analysis is the analysis as it stands (after the latest re-analysis).
// Callers only read it.
func (e *Evaluation) Analysis() *Analysis { return e.an }

// Generation counts the analyses this owner has held; it changes when a
// theme move was applied, so caches of theme layouts can be rebuilt.
func (e *Evaluation) Generation() int { return e.gen }

// Store is the evaluation store, nil when read only.
func (e *Evaluation) Store() *evaluation.Store { return e.store }

// ReadOnly says why the work cannot be saved; "" when it can.
func (e *Evaluation) ReadOnly() string {
	if e.store != nil {
		return ""
	}
	return e.readOnly
}

// Verdict is the adviser's verdict on agreement i.
func (e *Evaluation) Verdict(i int) evaluation.Verdict { return e.verdicts[i] }

// Note is the adviser's note on agreement i.
func (e *Evaluation) Note(i int) string { return e.notes[i] }

// Entry is the adviser's work saved under id (also for an orphan).
func (e *Evaluation) Entry(id string) evaluation.Entry {
	if e.store != nil {
		return e.store.Get(id)
	}
	return e.work[id]
}

// judged is the adviser's work by id: read from the store, its one home,
// or the work a read-only evaluation was given.
func (e *Evaluation) judged() Judgements {
	if e.store != nil {
		return JudgementsOf(e.store)
	}
	return e.work
}

// Vague reports whether agreement i counts as vague: the adviser's
// verdict when it is "vaag" or "niet vaag", else the classifier's.
func (e *Evaluation) Vague(i int) bool { return EffectiveVague(e.an.Agreements[i], e.verdicts[i]) }

// Unsettled is Unsettled for agreement i with the adviser's verdict.
func (e *Evaluation) Unsettled(i int) (lessCertain, theme bool) {
	return Unsettled(e.an.Agreements[i], e.verdicts[i])
}

// Judgements returns the adviser's work by id (a copy).
func (e *Evaluation) Judgements() Judgements {
	out := Judgements{}
	for id, w := range e.judged() {
		out[id] = w
	}
	return out
}

// Overrides are the theme moves in force.
func (e *Evaluation) Overrides() Overrides { return e.ov }

// Matrix is the theme × gemeente matrix with the adviser's verdicts
// applied: counted once per analysis (7 ms for the national corpus, see
// BenchmarkMatrixNational) and kept up to date by each verdict
// (countVague), so a key press costs no recount.
func (e *Evaluation) Matrix() Matrix {
	if e.matrix == nil {
		m := BuildMatrix(e.an, e.Vague)
		e.matrix = &m
	}
	return *e.matrix
}

// ThemeRows is the side-by-side layout of a theme, computed once per
// analysis.
func (e *Evaluation) ThemeRows(key string) []ThemeRow {
	if r, ok := e.rows[key]; ok {
		return r
	}
	r := e.an.ThemeRows(key)
	e.rows[key] = r
	return r
}

// Orphans are the saved verdicts and notes whose agreement is no longer in
// the analysis (the spreadsheet was edited), by id.
func (e *Evaluation) Orphans() []Orphan { return e.an.Orphans(e.judged()) }

// Unsaved is nil when the file holds all the work, else the error of the
// save that failed (the work stays in memory and is written by the next
// save that succeeds).
func (e *Evaluation) Unsaved() error {
	if e.store == nil {
		return nil
	}
	return e.store.Unsaved()
}

// SetVerdict records the adviser's verdict on agreement i (Undo takes it
// back).
func (e *Evaluation) SetVerdict(i int, v evaluation.Verdict) error {
	before := string(e.verdicts[i])
	err := e.update(i, func(en *evaluation.Entry) { en.Verdict = v })
	if held(err) {
		e.record(undoStep{change: ChangeVerdict, id: e.an.Agreements[i].ID, before: before, after: string(v)})
	}
	return err
}

// SetNote records the adviser's note on agreement i (Undo takes it back).
func (e *Evaluation) SetNote(i int, note string) error {
	before := e.notes[i]
	err := e.update(i, func(en *evaluation.Entry) { en.Note = note })
	if held(err) {
		e.record(undoStep{change: ChangeNote, id: e.an.Agreements[i].ID, before: before, after: note})
	}
	return err
}

// AmendNote records the note on agreement i as part of the last change
// when that was this note (a draft saved while typing, then the note when
// the editor closes): Undo takes the whole edit back in one step.
// Otherwise it is SetNote.
func (e *Evaluation) AmendNote(i int, note string) error {
	id := e.an.Agreements[i].ID
	n := len(e.undo)
	if n == 0 || e.undo[n-1].change != ChangeNote || e.undo[n-1].id != id {
		return e.SetNote(i, note)
	}
	err := e.update(i, func(en *evaluation.Entry) { en.Note = note })
	if held(err) {
		e.undo[n-1].after = note
		if note == e.undo[n-1].before {
			e.undo = e.undo[:n-1] // written back to what it was
		}
	}
	return err
}

// update changes the work on agreement i and saves it. When only the save
// fails the store keeps the change, and so does the owner; the error is
// returned for the adviser to see.
func (e *Evaluation) update(i int, fn func(*evaluation.Entry)) error {
	if e.store == nil {
		return readOnlyError(e.readOnly)
	}
	a := e.an.Agreements[i]
	en, err := e.store.Update(a.ID, evaluation.Snapshot{Gemeente: a.Gemeente, Number: a.Number, Text: a.Text}, fn)
	if !held(err) {
		return err
	}
	if e.takeExternal() {
		return err // the whole work was taken over, this change with it
	}
	was := e.Vague(i)
	e.verdicts[i], e.notes[i] = en.Verdict, en.Note
	if now := e.Vague(i); now != was && e.matrix != nil {
		e.matrix.countVague(e.an, i, now)
	}
	return err
}

// updateID is update for the agreement with id; work on an agreement no
// longer in the analysis (an orphan) keeps its snapshot.
func (e *Evaluation) updateID(id string, fn func(*evaluation.Entry)) error {
	if i, ok := e.an.Index(id); ok {
		return e.update(i, fn)
	}
	if e.store == nil {
		return readOnlyError(e.readOnly)
	}
	cur := e.store.Get(id)
	_, err := e.store.Update(id, evaluation.Snapshot{Gemeente: cur.Gemeente, Number: cur.Number, Text: cur.Text}, fn)
	if held(err) {
		e.takeExternal()
	}
	return err
}

// Reload takes over what another adviser saved in the same evaluation
// file since this owner last read or wrote it (a shared folder). It
// reports whether anything changed and whether the theme moves did (then
// a re-analysis is due: Reanalyzer).
func (e *Evaluation) Reload() (changed, moves bool, err error) {
	if e.store == nil {
		return false, false, nil
	}
	if _, err := e.store.Reload(); err != nil {
		return false, false, err
	}
	before := e.ov
	if !e.takeExternal() {
		return false, false, nil
	}
	return true, !sameOverrides(before, e.ov), nil
}

// takeExternal re-reads the work from the store when the store merged in
// another process's work since the owner last looked.
func (e *Evaluation) takeExternal() bool {
	n := e.store.ExternalChanges()
	if n == e.external {
		return false
	}
	e.external = n
	e.ov = OverridesOf(e.store)
	e.derive()
	return true
}

func sameOverrides(a, b Overrides) bool {
	same := func(x, y map[string]string) bool {
		if len(x) != len(y) {
			return false
		}
		for k, v := range x {
			if y[k] != v {
				return false
			}
		}
		return true
	}
	return same(a.ByID, b.ByID) && same(a.ByLocal, b.ByLocal)
}

// MoveAgreement moves agreement i to national theme key: the move is saved
// at once; the analysis follows with the next Apply of a Reanalyzer (or
// Reanalyze).
// Undo takes it back.
func (e *Evaluation) MoveAgreement(i int, key string) error {
	id := e.an.Agreements[i].ID
	before := e.Entry(id).Theme
	err := e.moveAgreement(id, key)
	if held(err) {
		e.record(undoStep{change: ChangeTheme, id: id, before: before, after: key})
	}
	return err
}

// moveAgreement moves the agreement with id to theme key ("": back to the
// automatic theme).
func (e *Evaluation) moveAgreement(id, key string) error {
	err := e.updateID(id, func(en *evaluation.Entry) { en.Theme = key })
	if !held(err) {
		return err
	}
	e.ov = OverridesOf(e.store)
	return err
}

// MoveLocal moves every agreement under a local theme name (as written)
// to national theme key; like MoveAgreement it takes effect with the next
// re-analysis. An agreement moved on its own keeps its own theme. Undo
// takes it back.
func (e *Evaluation) MoveLocal(local, key string) error {
	before := e.localMove(local)
	err := e.moveLocal(local, key)
	if held(err) {
		e.record(undoStep{change: ChangeLocalTheme, local: local, before: before, after: key})
	}
	return err
}

// moveLocal moves the agreements under a local theme name to theme key
// ("": back to the automatic theme).
func (e *Evaluation) moveLocal(local, key string) error {
	if e.store == nil {
		return readOnlyError(e.readOnly)
	}
	err := e.store.SetThemeByLocal(local, key)
	if !held(err) {
		return err
	}
	e.takeExternal()
	e.ov = OverridesOf(e.store)
	return err
}

// Reanalyzer returns the re-analysis with the overrides now in force, to
// run in the background; nil when this evaluation cannot re-analyse. Give
// its result to Apply.
func (e *Evaluation) Reanalyzer() func() *Analysis {
	if e.reanalyze == nil {
		return nil
	}
	// e.ov is replaced on every move, never changed in place.
	ov, run := e.ov, e.reanalyze
	return func() *Analysis { return run(ov) }
}

// Apply makes an as the analysis (from a Reanalyzer) and recomputes what
// depends on it.
func (e *Evaluation) Apply(an *Analysis) {
	if an == nil {
		return
	}
	e.an = an
	e.gen++
	e.derive()
}

// Reanalyze re-runs the analysis with the overrides now in force and
// applies it (for commands and tests; the TUI runs a Reanalyzer in the
// background).
func (e *Evaluation) Reanalyze() {
	if r := e.Reanalyzer(); r != nil {
		e.Apply(r())
	}
}
