package compare

import (
	"sort"
	"strings"

	"pakompas/compare/evaluation"
	"pakompas/compare/theme"
	"pakompas/importer/norm"
)

// Judgements are the adviser's work by agreement id: one evaluation.Entry
// (verdict, note, theme move) per agreement she worked on, from the
// evaluation store or file, or read back from an exported workbook
// (verdicts and notes only: a workbook holds no theme moves).
type Judgements map[string]evaluation.Entry

// JudgementsOf returns the entries of an evaluation store as Judgements.
func JudgementsOf(s *evaluation.Store) Judgements {
	j := Judgements{}
	if s == nil {
		return j
	}
	for _, e := range s.Entries() {
		j[e.ID] = e
	}
	return j
}

// OverridesOf turns the adviser's theme moves in an evaluation store into
// the overrides Analyze applies.
func OverridesOf(s *evaluation.Store) Overrides {
	var ov theme.Overrides
	if s == nil {
		return ov
	}
	for _, e := range s.Entries() {
		if e.Theme != "" {
			ov.MoveID(e.ID, e.Theme)
		}
	}
	for local, key := range s.ThemeByLocal() {
		ov.MoveLocal(local, key)
	}
	return ov
}

// EffectiveVague is whether an agreement counts as vague: the adviser's
// verdict when it is "vaag" or "niet vaag", else the classifier's.
func EffectiveVague(a Agreement, v evaluation.Verdict) bool {
	switch v {
	case evaluation.Vaag:
		return true
	case evaluation.NietVaag:
		return false
	}
	return a.Vague
}

// MatrixWith counts the matrix with the adviser's verdicts applied.
func (an *Analysis) MatrixWith(j Judgements) Matrix {
	return BuildMatrix(an, func(i int) bool {
		a := an.Agreements[i]
		return EffectiveVague(a, j[a.ID].Verdict)
	})
}

// Orphans returns the entries of j whose agreement is not in the analysis
// (the spreadsheet was edited), sorted by id. When the import was limited
// to some gemeenten (Report.Selection), the work on other gemeenten is
// out of view, not orphaned.
func (an *Analysis) Orphans(j Judgements) []Orphan {
	inView := an.selectionFilter()
	ids := make([]string, 0, len(j))
	for id, e := range j {
		if _, ok := an.byID[id]; !ok && inView(e) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	orphans := make([]Orphan, 0, len(ids))
	for _, id := range ids {
		e := j[id]
		orphans = append(orphans, Orphan{ID: id, Gemeente: e.Gemeente, Number: e.Number, Text: e.Text, Verdict: e.Verdict, Note: e.Note})
	}
	return orphans
}

// selectionFilter reports whether an entry belongs to a gemeente of the
// report's selection (always, without one): by its id, which starts with
// the gemeente's slug, or by the gemeente it was saved with.
func (an *Analysis) selectionFilter() func(evaluation.Entry) bool {
	if an.Report == nil || an.Report.Selection == nil {
		return func(evaluation.Entry) bool { return true }
	}
	slugs, folded := map[string]bool{}, map[string]bool{}
	for _, g := range an.Report.Selection {
		slugs[norm.Slug(g)], folded[norm.Fold(g)] = true, true
	}
	return func(e evaluation.Entry) bool {
		slug, _, _ := strings.Cut(e.ID, ":")
		return slugs[slug] || (e.Gemeente != "" && folded[norm.Fold(e.Gemeente)])
	}
}

// Orphan is the adviser's work on an agreement that is no longer in the
// input (the spreadsheet was edited): kept, shown and exported, never
// dropped.
type Orphan struct {
	// ID is the agreement id it was saved under; Gemeente, Number and Text
	// the snapshot taken when it was saved.
	ID, Gemeente, Number, Text string
	Verdict                    evaluation.Verdict
	Note                       string
}
