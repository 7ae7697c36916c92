package compare

import (
	"sort"
	"strings"

	"pakompas/compare/evaluation"
	"pakompas/compare/theme"
	"pakompas/importer/model"
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

// Unsettled says what pakompas is unsure of in agreement a that the
// adviser has not settled: its vague verdict rests only on what is
// missing (Agreement.LessCertain), its theme was placed from the text
// unsurely (Agreement.ThemeUnsure). Any verdict of hers settles both: she
// has read the agreement, theme included. The UI's ○ and N, check's
// "[minder zeker]" and the workbook's Nakijken all ask this.
func Unsettled(a Agreement, v evaluation.Verdict) (lessCertain, theme bool) {
	if v != evaluation.None {
		return false, false
	}
	return a.LessCertain, a.ThemeUnsure
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

// MigratedIDs says where the adviser's work saved under ids no agreement
// carries now belongs: old id → the id of the agreement it moves to.
// Before ids held the year, an agreement of 2025 had the id it has now
// without ":2025" (model.LegacyID: "uithoorn:2.3" is now
// "uithoorn:2025:2.3"). An old id moves to the agreement whose legacy id
// it is; when several years of the gemeente carry it, to the latest of
// them (model.YearBefore: by first year, then by last), since an
// evaluation made before was of the jaarschijf current then, and a
// verdict is never copied to the other years. Ids an agreement carries
// now, and ids no agreement's legacy id matches (orphans), are not in
// the result.
func (an *Analysis) MigratedIDs(ids []string) map[string]string {
	var old []string
	for _, id := range ids {
		if _, ok := an.byID[id]; !ok {
			old = append(old, id)
		}
	}
	if len(old) == 0 {
		return nil
	}
	return migratedIDs(an.Report.Agreements, old)
}

// migratedIDs is MigratedIDs for the agreements as, of the ids old that
// none of them carries.
func migratedIDs(as []model.Agreement, old []string) map[string]string {
	want := make(map[string]bool, len(old))
	for _, id := range old {
		want[id] = true
	}
	best := map[string]int{}
	for i := range as {
		a := &as[i]
		if a.Year == "" {
			continue
		}
		legacy := model.LegacyID(a)
		if !want[legacy] {
			continue
		}
		if j, ok := best[legacy]; !ok || model.YearBefore(as[j].Year, a.Year) {
			best[legacy] = i
		}
	}
	out := make(map[string]string, len(best))
	for legacy, i := range best {
		out[legacy] = as[i].ID
	}
	return out
}

// MigrateJudgements returns j with the work saved under old ids moved to
// the agreements they belong to now (MigratedIDs), by the rule of the
// evaluation file (evaluation.Store.Migrate): the entry changed last wins
// the new id; an entry that loses stays under its old id, an orphan.
// j itself is not changed.
func (an *Analysis) MigrateJudgements(j Judgements) Judgements {
	ids := make([]string, 0, len(j))
	for id := range j {
		ids = append(ids, id)
	}
	moves := an.MigratedIDs(ids)
	if len(moves) == 0 {
		return j
	}
	out := make(Judgements, len(j))
	for id, e := range j {
		out[id] = e
	}
	for old, id := range moves {
		e := out[old]
		if cur, ok := out[id]; ok && !e.Changed.After(cur.Changed) {
			continue
		}
		e.ID = id
		out[id] = e
		delete(out, old)
	}
	return out
}

// migrateOverrides returns ov with the moves of single agreements saved
// under old ids keyed by the id the agreement carries now (MigratedIDs),
// so an analysis run before the evaluation's work was migrated places
// them as the adviser moved them. A move already under the new id stays.
func migrateOverrides(as []model.Agreement, ov Overrides) Overrides {
	if len(ov.ByID) == 0 {
		return ov
	}
	ids := make(map[string]bool, len(as))
	for i := range as {
		ids[as[i].ID] = true
	}
	var old []string
	for id := range ov.ByID {
		if !ids[id] {
			old = append(old, id)
		}
	}
	moves := migratedIDs(as, old)
	if len(moves) == 0 {
		return ov
	}
	byID := make(map[string]string, len(ov.ByID))
	for id, key := range ov.ByID {
		byID[id] = key
	}
	for old, id := range moves {
		if _, ok := byID[id]; !ok {
			byID[id] = byID[old]
		}
		delete(byID, old)
	}
	ov.ByID = byID
	return ov
}
