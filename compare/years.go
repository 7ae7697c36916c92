package compare

import (
	"cmp"
	"slices"

	"pakompas/compare/align"
	"pakompas/compare/vague"
	"pakompas/compare/verloop"
)

// matchYears follows the agreements of every gemeente with more than one
// version from version to version (compare/verloop) and records the
// outcome on the agreements and in Verloop.
func (an *Analysis) matchYears(corporations []string) {
	if an.superseded == nil {
		return // no gemeente has more than one version: nothing to match
	}
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
		a.Edits, a.ChangeSpans, a.PreviousSpans, a.YearsOnly = r.Edits, r.Spans, r.PreviousSpans, r.YearsOnly
	}
	// In the order of Gemeenten (sorted by Analyze), not sorted again.
	pos := make(map[string]int, len(an.Gemeenten))
	for k, g := range an.Gemeenten {
		pos[g] = k
	}
	slices.SortFunc(sums, func(x, y verloop.Summary) int {
		return cmp.Compare(pos[x.Gemeente], pos[y.Gemeente])
	})
	an.Verloop = sums
}

// EndsCarried reports whether agreement i is the last carried version of
// its chain (verloop.EndsCarried): one per chain that Verloop's
// Doorgeschoven counts.
func (an *Analysis) EndsCarried(i int) bool {
	a := &an.Agreements[i]
	next := 0
	if j, ok := an.byID[a.Next]; ok && a.Next != "" {
		next = an.Agreements[j].CarriedYears
	}
	return verloop.EndsCarried(a.CarriedYears, next)
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
// when 2025 is loaded too). Everything that judges or compares a
// gemeente's current set of agreements leaves these out: the matrix
// (overview, Samenvatting, check's counts), the side-by-side theme rows
// and the alignment, the kompas, the Afspraken list and check's findings.
// The Verloop screen and sheet, Alle afspraken and import --json show
// them.
func (an *Analysis) Superseded() func(i int) bool {
	if an.superseded == nil {
		return func(int) bool { return false }
	}
	return func(i int) bool { return an.superseded[i] }
}

// CurrentCount is the number of agreements of the gemeenten's current
// versions (all of them when no gemeente has more than one).
func (an *Analysis) CurrentCount() int { return len(an.Agreements) - an.EarlierCount() }

// EarlierCount is the number of agreements of an earlier version of their
// gemeente (Superseded): they are on the Verloop and in Alle afspraken,
// not in the counts.
func (an *Analysis) EarlierCount() int {
	n := 0
	for _, s := range an.superseded {
		if s {
			n++
		}
	}
	return n
}

// markSuperseded sets an.superseded for the agreements of a version
// before the last of their gemeente (verloop.CompareYears orders them);
// it stays nil when no gemeente has more than one version.
func (an *Analysis) markSuperseded() {
	last := map[string]string{}
	several := false
	for i := range an.Agreements {
		a := &an.Agreements[i]
		y, ok := last[a.Gemeente]
		switch {
		case !ok:
			last[a.Gemeente] = a.Year
		case y != a.Year:
			several = true
			if verloop.CompareYears(a.Year, y) > 0 {
				last[a.Gemeente] = a.Year
			}
		}
	}
	if !several {
		return
	}
	an.superseded = make([]bool, len(an.Agreements))
	for i := range an.Agreements {
		a := &an.Agreements[i]
		an.superseded[i] = a.Year != last[a.Gemeente]
	}
}
