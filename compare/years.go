package compare

import (
	"slices"

	"pakompas/compare/align"
	"pakompas/compare/vague"
	"pakompas/compare/verloop"
	"pakompas/importer/norm"
)

// matchYears follows the agreements of every gemeente with more than one
// version from version to version (compare/verloop) and records the
// outcome on the agreements and in Verloop.
func (an *Analysis) matchYears(corporations []string) {
	items := make([]verloop.Item, len(an.Agreements))
	for i := range an.Agreements {
		a := &an.Agreements[i]
		items[i] = verloop.Item{ID: a.ID, Gemeente: a.Gemeente, Year: a.Year, Number: a.Number,
			Text: a.Text[:vague.ExplanationStart(a.Text)], Status: a.StatusNorm, Due: a.Due}
	}
	res, sums := verloop.Match(items, verloop.Options{Align: align.Options{Corporations: corporations}})
	if len(sums) == 0 {
		return
	}
	id := func(i int) string {
		if i < 0 {
			return ""
		}
		return an.Agreements[i].ID
	}
	for i, r := range res {
		a := &an.Agreements[i]
		a.Change, a.Previous, a.Next, a.CarriedYears = r.Change, id(r.Previous), id(r.Next), r.CarriedYears
		a.PreviousStatus, a.DueMoved = r.PreviousStatus, r.DueMoved
		a.Edits, a.ChangeSpans, a.PreviousSpans = r.Edits, r.Spans, r.PreviousSpans
	}
	slices.SortFunc(sums, func(x, y verloop.Summary) int {
		return compareFold(x.Gemeente, y.Gemeente)
	})
	an.Verloop = sums
}

// compareFold orders gemeente names as Gemeenten is ordered.
func compareFold(a, b string) int {
	fa, fb := norm.Fold(a), norm.Fold(b)
	switch {
	case fa < fb:
		return -1
	case fa > fb:
		return 1
	}
	return 0
}

// VerloopOf returns the counts of a gemeente with more than one version
// loaded; false when it has one.
func (an *Analysis) VerloopOf(gemeente string) (verloop.Summary, bool) {
	for _, s := range an.Verloop {
		if s.Gemeente == gemeente {
			return s, true
		}
	}
	return verloop.Summary{}, false
}

// Superseded returns a test of whether agreement i belongs to an earlier
// version of its gemeente than the last one loaded (the 2024 jaarschijf
// when 2025 is loaded too). What judges a gemeente's current set of
// agreements (the kompas) leaves these out; the Verloop screen and sheet
// show them. The test looks the gemeente up in a map made once.
func (an *Analysis) Superseded() func(i int) bool {
	if len(an.Verloop) == 0 {
		return func(int) bool { return false }
	}
	last := make(map[string]string, len(an.Verloop))
	for _, s := range an.Verloop {
		last[s.Gemeente] = s.Years[len(s.Years)-1]
	}
	return func(i int) bool {
		a := &an.Agreements[i]
		y, ok := last[a.Gemeente]
		return ok && a.Year != y
	}
}
