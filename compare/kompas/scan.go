package kompas

import (
	"sort"

	"pakompas/compare"
	"pakompas/compare/evaluation"
)

// Result is the scan of every gemeente of an analysis.
type Result struct {
	// Gemeenten are the columns, as the analysis sorts them.
	Gemeenten []string
	// Indicators are the rows, in display order.
	Indicators []Indicator
	// Scores[g][k] is indicator k of gemeente g.
	Scores [][]Score
	// Themes are the taxonomy's keys and ThemeLabels their names, the
	// rows of ByTheme.
	Themes      []string
	ThemeLabels []string
	// ThemeRows are the rows (indexes into Indicators) of the indicators
	// with PerTheme, in display order.
	ThemeRows []int
	// ByTheme[g][t][j] is indicator ThemeRows[j] of gemeente g under
	// theme t; a theme without agreements is not judged (None, "·").
	ByTheme [][][]Score
	// Median is the median number of agreements per gemeente.
	Median float64
	// Thresholds are the thresholds the scan judged by.
	Thresholds compare.Thresholds
}

// Index returns the row of indicator k, -1 when there is none.
func (r *Result) Index(k Key) int {
	for i, ind := range r.Indicators {
		if ind.Key == k {
			return i
		}
	}
	return -1
}

// Score returns indicator k of gemeente g.
func (r *Result) Score(g int, k Key) Score { return r.Scores[g][r.Index(k)] }

// ThemeScore returns indicator k of gemeente g under theme t; an
// indicator without PerTheme is not judged there (None).
func (r *Result) ThemeScore(g, t int, k Key) Score {
	row := r.Index(k)
	for j, x := range r.ThemeRows {
		if x == row {
			return r.ByTheme[g][t][j]
		}
	}
	return Score{Text: "·"}
}

// Weakest returns the rows of gemeente g's worst indicators, at most n:
// red before amber, and within a level the figure furthest past its
// threshold first. Green and unjudged indicators are not listed.
func (r *Result) Weakest(g, n int) []int {
	var rows []int
	for k, s := range r.Scores[g] {
		if s.Level >= Amber {
			rows = append(rows, k)
		}
	}
	sc := r.Scores[g]
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := sc[rows[i]], sc[rows[j]]
		if a.Level != b.Level {
			return a.Level > b.Level
		}
		return a.sev > b.sev
	})
	if len(rows) > n {
		rows = rows[:n]
	}
	return rows
}

// Scan judges every gemeente of the evaluation's analysis, counting the
// adviser's verdicts (Evaluation.Vague), against the thresholds th.
func Scan(ev *compare.Evaluation, th compare.Thresholds) Result {
	an := ev.Analysis()
	themes := an.Taxonomy.Themes()
	r := Result{Gemeenten: an.Gemeenten, Indicators: indicators(th), Thresholds: th}
	for k, ind := range r.Indicators {
		if ind.PerTheme {
			r.ThemeRows = append(r.ThemeRows, k)
		}
	}
	themeIdx := make(map[string]int, len(themes))
	for i, t := range themes {
		r.Themes = append(r.Themes, t.Key)
		r.ThemeLabels = append(r.ThemeLabels, t.Label)
		themeIdx[t.Key] = i
	}
	tallies := count(an, ev.Vague, len(themes), themeIdx)
	counts := make([]int, len(tallies))
	for g := range tallies {
		counts[g] = len(tallies[g].all)
	}
	r.Median = median(counts)
	// "uw oordelen tellen mee" only where there are verdicts to count
	// (check --zonder-oordelen, or none given yet): on the current set,
	// the one the shares count.
	note := "automatisch beoordeeld"
	superseded := an.Superseded()
	for i := range an.Agreements {
		if v := ev.Verdict(i); (v == evaluation.Vaag || v == evaluation.NietVaag) && !superseded(i) {
			note = "uw oordelen tellen mee"
			break
		}
	}
	r.Scores = make([][]Score, len(tallies))
	r.ByTheme = make([][][]Score, len(tallies))
	for g := range tallies {
		_, years := an.VerloopOf(an.Gemeenten[g])
		j := judgeCtx{r: &r, th: th, t: &tallies[g], gemeenten: len(tallies), vagueNote: note, years: years}
		r.Scores[g] = j.scores()
		r.ByTheme[g] = j.themeScores()
	}
	return r
}

// median is the median of counts (the mean of the middle two for an even
// number); 0 for none.
func median(counts []int) float64 {
	if len(counts) == 0 {
		return 0
	}
	s := append([]int(nil), counts...)
	sort.Ints(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return float64(s[m])
	}
	return float64(s[m-1]+s[m]) / 2
}
