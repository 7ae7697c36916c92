package compare

import (
	"errors"

	"pakompas/compare/evaluation"
)

// Change names what a change to the adviser's work changed.
type Change int

// The changes Undo takes back.
const (
	// ChangeVerdict is a verdict on an agreement.
	ChangeVerdict Change = iota + 1
	// ChangeNote is a note on an agreement (one step for a whole edit,
	// drafts included: AmendNote).
	ChangeNote
	// ChangeTheme is an agreement moved to another theme.
	ChangeTheme
	// ChangeLocalTheme is every agreement under a local theme name moved.
	ChangeLocalTheme
)

// undoLimit is how many changes Undo can take back.
const undoLimit = 1000

// undoStep is one change to the adviser's work as Undo takes it back:
// which field, and what it held before and after the change.
type undoStep struct {
	change Change
	// id is the agreement (verdict, note, theme); local the local theme
	// name (local theme).
	id, local     string
	before, after string
}

// Undone says what Undo took back: the change, the agreement (ID) or the
// local theme name (Local), and the value put back (Restored: a verdict, a
// note, a theme key; "" is none: no verdict, no note, the automatic
// theme).
type Undone struct {
	Change   Change
	ID       string
	Local    string
	Restored string
}

// Moves reports whether the undone change was a theme move: the analysis
// follows with the next re-analysis (Reanalyzer), as after a move.
func (u Undone) Moves() bool { return u.Change == ChangeTheme || u.Change == ChangeLocalTheme }

// ErrNothingToUndo is returned by Undo when no change is left to take back.
var ErrNothingToUndo = errors.New("niets om ongedaan te maken")

// ErrChangedSince is returned by Undo when the field was changed again
// since (by another adviser on the same file): that work is kept, and the
// step is dropped.
var ErrChangedSince = errors.New("intussen door een andere adviseur gewijzigd; niet teruggezet")

// record keeps a change for Undo when it changed something.
func (e *Evaluation) record(st undoStep) {
	if st.before == st.after {
		return
	}
	if len(e.undo) == undoLimit {
		e.undo = append(e.undo[:0], e.undo[1:]...)
	}
	e.undo = append(e.undo, st)
}

// held reports whether a change was made, saved or held in memory.
func held(err error) bool { return err == nil || errors.Is(err, evaluation.ErrUnsaved) }

// CanUndo reports whether Undo has a change to take back.
func (e *Evaluation) CanUndo() bool { return len(e.undo) > 0 }

// Undo takes back the last change this owner made to the adviser's work
// (a verdict, a note, a theme move) and saves, like any change; an undone
// move takes effect with the next re-analysis, like a move. A field that
// another adviser changed since is left as they made it (ErrChangedSince).
// When the save fails the undo is held in memory like any change and the
// error (ErrUnsaved) is returned with what was undone.
func (e *Evaluation) Undo() (Undone, error) {
	n := len(e.undo)
	if n == 0 {
		return Undone{}, ErrNothingToUndo
	}
	st := e.undo[n-1]
	u := Undone{Change: st.change, ID: st.id, Local: st.local, Restored: st.before}
	if e.current(st) != st.after {
		e.undo = e.undo[:n-1]
		return u, ErrChangedSince
	}
	var err error
	switch st.change {
	case ChangeVerdict:
		err = e.updateID(st.id, func(en *evaluation.Entry) { en.Verdict = evaluation.Verdict(st.before) })
	case ChangeNote:
		err = e.updateID(st.id, func(en *evaluation.Entry) { en.Note = st.before })
	case ChangeTheme:
		err = e.moveAgreement(st.id, st.before)
	case ChangeLocalTheme:
		err = e.moveLocal(st.local, st.before)
	}
	if held(err) {
		e.undo = e.undo[:n-1]
	}
	return u, err
}

// current is what the field a step changed holds now.
func (e *Evaluation) current(st undoStep) string {
	if st.change == ChangeLocalTheme {
		return e.localMove(st.local)
	}
	en := e.Entry(st.id)
	switch st.change {
	case ChangeVerdict:
		return string(en.Verdict)
	case ChangeNote:
		return en.Note
	}
	return en.Theme
}

// localMove is the theme key the agreements under a local theme name are
// moved to; "" when they are not.
func (e *Evaluation) localMove(local string) string {
	if e.store == nil {
		return ""
	}
	return e.store.ThemeByLocal()[local]
}
