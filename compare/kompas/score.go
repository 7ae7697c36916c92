package kompas

import (
	"slices"
	"strconv"
	"strings"

	"pakompas/compare"
)

// Score is one indicator of one gemeente (or of one theme in it).
type Score struct {
	Level Level
	// Value is the figure judged: a percent (0–100) or a count.
	Value float64
	// Count and Of are the agreements counted and the base of a share
	// ("17 van 40"); Of is 0 for a count.
	Count, Of int
	// Text is the figure as a cell shows it: "42%", "38", "+35%",
	// "corporatie 78%"; "·" when there is nothing to judge.
	Text string
	// Reason is a short Dutch sentence with the figures and the
	// thresholds: "17 van 40 vaag (43%, uw oordelen tellen mee); oranje
	// vanaf 25%, rood vanaf 40%".
	Reason string
	// Agreements are the indexes (into the analysis) of the agreements
	// behind the judgement, in analysis order: for a figure where more is
	// worse those counted (the vague ones), for one where less is worse
	// those that lack it (the ones without a due date).
	Agreements []int
	// Parts break the figure down: the share each role carries
	// (Wederkerigheid), in role.All() order.
	Parts []Part
	// sev orders amber and red scores for Weakest.
	sev float64
}

// Part is one part of a figure: a role and the agreements it carries.
type Part struct {
	Label      string
	Count      int
	Percent    float64
	Agreements []int
}

// judgeCtx builds the scores of one gemeente.
type judgeCtx struct {
	r         *Result
	th        compare.Thresholds
	t         *tally
	gemeenten int
	vagueNote string // on the vague shares: whether the adviser's verdicts count
	years     bool   // more than one jaarschijf of the gemeente is loaded
}

// judged fills the level of a score from its indicator's limit, and the
// reason's threshold clause.
func judged(ind Indicator, s Score) Score {
	s.Level = judge(ind.limit, s.Value)
	s.sev = severity(ind.limit, s.Value)
	s.Reason += "; " + ind.phrase
	return s
}

// share is a judged share: k of n, with the agreements behind it; note
// is added inside the parentheses ("17 van 40 vaag (43%, note)").
func share(ind Indicator, k, n int, what, note string, agreements []int) Score {
	if n == 0 {
		return Score{Text: "·", Reason: "geen afspraken om te tellen"}
	}
	v := percent(k, n)
	if note != "" {
		note = ", " + note
	}
	return judged(ind, Score{Value: v, Count: k, Of: n, Text: pctText(v),
		Reason: ofText(k, n) + " " + what + " (" + pctText(v) + note + ")", Agreements: agreements})
}

func (j judgeCtx) scores() []Score {
	out := make([]Score, len(j.r.Indicators))
	for k, ind := range j.r.Indicators {
		out[k] = j.score(ind)
	}
	return out
}

// score judges one indicator of the gemeente.
func (j judgeCtx) score(ind Indicator) Score {
	t := j.t
	n := len(t.all)
	switch ind.Key {
	case KeyAgreements:
		return judged(ind, Score{Value: float64(n), Count: n, Text: strconv.Itoa(n),
			Reason: plural(n, "afspraak", "afspraken"), Agreements: t.all})
	case KeyThemes:
		return j.largestTheme(ind)
	case KeyMedian:
		return j.againstMedian(ind)
	case KeyVague:
		return share(ind, len(t.vague), n, "vaag", j.vagueNote, t.vague)
	case KeySmart:
		return share(ind, n-len(t.notSmart), n, "volledig SMART", "", t.notSmart)
	case KeyResult:
		note := ""
		if k := n - len(t.kaderless); k > 0 {
			note = plural(k, "kaderafspraak", "kaderafspraken") + " niet meegeteld"
		}
		return share(ind, len(t.kaderless)-len(t.notResult), len(t.kaderless), "resultaatafspraken", note, t.notResult)
	case KeyMixed:
		return j.mixed(ind)
	case KeyRole:
		return j.roles(ind)
	case KeyTenants:
		k := len(t.tenants)
		return judged(ind, Score{Value: float64(k), Count: k, Text: strconv.Itoa(k),
			Reason: "huurders trekker of partij bij " + plural(k, "afspraak", "afspraken"), Agreements: t.tenants})
	case KeyRegular:
		return share(ind, len(t.regular), n, "regulier werk", "hoort op een dashboard", t.regular)
	case KeyDue:
		return share(ind, n-len(t.noDue), n, "met termijn", "", t.noDue)
	case KeyStatus:
		return share(ind, len(t.withStatus), n, "met status", "", t.noStatus)
	case KeyDone:
		return j.done(ind)
	case KeyCarried:
		return j.carried(ind)
	}
	return Score{Text: "·"}
}

// largestTheme judges the theme with the most agreements; the agreements
// behind it are those of every theme past the amber threshold (or of the
// largest theme when none is).
func (j judgeCtx) largestTheme(ind Indicator) Score {
	best, bestN := -1, 0
	var over []string
	var agreements []int
	for ti, tt := range j.t.themes {
		n := len(tt.all)
		if n > bestN {
			best, bestN = ti, n
		}
		if n > 0 && judge(ind.limit, float64(n)) >= Amber {
			over = append(over, j.r.ThemeLabels[ti]+" "+strconv.Itoa(n))
			agreements = append(agreements, tt.all...)
		}
	}
	if best < 0 {
		return Score{Text: "·", Reason: "geen afspraken"}
	}
	reason := "meeste afspraken onder " + j.r.ThemeLabels[best] + " (" + strconv.Itoa(bestN) + ")"
	if len(over) > 0 {
		reason = "te veel afspraken onder " + strings.Join(over, ", ")
		agreements = sortedIndexes(agreements)
	} else {
		agreements = j.t.themes[best].all
	}
	return judged(ind, Score{Value: float64(bestN), Count: bestN, Text: strconv.Itoa(bestN),
		Reason: reason, Agreements: agreements})
}

// againstMedian judges how many percent more agreements the gemeente has
// than the median of the loaded gemeenten.
func (j judgeCtx) againstMedian(ind Indicator) Score {
	n := len(j.t.all)
	if j.gemeenten < 2 || j.r.Median == 0 {
		return Score{Text: "·", Reason: "één gemeente: niets om mee te vergelijken", Agreements: j.t.all}
	}
	v := (float64(n) - j.r.Median) * 100 / j.r.Median
	text := pctText(v)
	if v > 0 {
		text = "+" + text
	}
	return judged(ind, Score{Value: v, Count: n, Text: text,
		Reason: plural(n, "afspraak", "afspraken") + ", mediaan van " + strconv.Itoa(j.gemeenten) +
			" gemeenten " + number(j.r.Median) + " (" + text + ")",
		Agreements: j.t.all})
}

// mixed counts the themes where inspanning and resultaat are mixed: both
// there, the smaller at least MixShare percent of the two together.
func (j judgeCtx) mixed(ind Indicator) Score {
	var names []string
	var agreements []int
	for ti := range j.t.themes {
		if tt := &j.t.themes[ti]; isMixed(tt, j.th.MixShare) {
			names = append(names, j.r.ThemeLabels[ti])
			agreements = append(agreements, tt.result...)
			agreements = append(agreements, tt.effort...)
		}
	}
	k := len(names)
	reason := "geen thema met inspanning en resultaat door elkaar"
	if k > 0 {
		reason = "inspanning en resultaat door elkaar in " + plural(k, "thema", "thema's") + ": " + strings.Join(names, ", ")
	}
	return judged(ind, Score{Value: float64(k), Count: k, Text: strconv.Itoa(k), Reason: reason,
		Agreements: sortedIndexes(agreements)})
}

func isMixed(tt *themeTally, mixShare float64) bool {
	r, e := len(tt.result), len(tt.effort)
	return r > 0 && e > 0 && percent(min(r, e), r+e) >= mixShare
}

// roles judges the largest share one party carries, with every role's
// share as the parts.
func (j judgeCtx) roles(ind Indicator) Score {
	n := len(j.t.all)
	s := Score{Of: n}
	top := 0
	for ri, ids := range j.t.roles {
		s.Parts = append(s.Parts, Part{Label: roleOrder[ri].Label(), Count: len(ids), Percent: percent(len(ids), n), Agreements: ids})
		if ri < singleParties && len(ids) > len(j.t.roles[top]) {
			top = ri
		}
	}
	if n == 0 {
		return Score{Text: "·", Reason: "geen afspraken"}
	}
	k := len(j.t.roles[top])
	name := strings.ToLower(roleOrder[top].Label())
	s.Value, s.Count, s.Agreements = percent(k, n), k, j.t.roles[top]
	s.Text = name + " " + pctText(s.Value)
	var parts []string
	for _, p := range s.Parts {
		if p.Count > 0 {
			parts = append(parts, strings.ToLower(p.Label)+" "+pctText(p.Percent))
		}
	}
	s.Reason = name + " draagt " + ofText(k, n) + " (" + pctText(s.Value) + "); " + strings.Join(parts, ", ")
	return judged(ind, s)
}

// done gives the share gereed, judged by the share of the agreements with
// a status that are behind schedule (late or at risk).
func (j judgeCtx) done(ind Indicator) Score {
	t := j.t
	n, w := len(t.all), len(t.withStatus)
	if w == 0 {
		return Score{Of: n, Text: "·", Reason: "geen status ingevuld: de voortgang is niet te beoordelen"}
	}
	d := percent(len(t.done), n)
	b := percent(len(t.behind), w)
	// The figure is what is judged (the share behind schedule); the share
	// done is in the reason, so a cell never shows one share coloured by
	// another.
	return judged(ind, Score{Value: b, Count: len(t.behind), Of: w, Text: pctText(b),
		Reason: ofText(len(t.behind), w) + " met status loopt achter (" + pctText(b) + "); " +
			ofText(len(t.done), n) + " gereed (" + pctText(d) + ")",
		Agreements: t.behind})
}

// carried judges the share of the gemeente's current agreements that came
// back from an earlier jaarschijf without being done (compare/verloop);
// not judged with one jaarschijf loaded.
func (j judgeCtx) carried(ind Indicator) Score {
	t := j.t
	n := len(t.all)
	if !j.years {
		return Score{Of: n, Text: "·", Reason: "één jaarschijf geladen: doorschuiven is niet te zien; laad ook de jaarschijf van vorig jaar"}
	}
	return share(ind, len(t.carried), n, "doorgeschoven zonder gereed", "zie het Verloop", t.carried)
}

// themeScores judges the indicators with PerTheme (Result.ThemeRows)
// for every theme of the gemeente.
func (j judgeCtx) themeScores() [][]Score {
	out := make([][]Score, len(j.t.themes))
	rows := j.r.ThemeRows
	backing := make([]Score, len(j.t.themes)*len(rows))
	for ti := range j.t.themes {
		tt := &j.t.themes[ti]
		out[ti] = backing[ti*len(rows) : (ti+1)*len(rows) : (ti+1)*len(rows)]
		for k, row := range rows {
			if len(tt.all) == 0 {
				out[ti][k] = Score{Text: "·", Reason: "geen afspraken onder dit thema"}
				continue
			}
			out[ti][k] = j.themeScore(j.r.Indicators[row], tt)
		}
	}
	return out
}

func (j judgeCtx) themeScore(ind Indicator, tt *themeTally) Score {
	n := len(tt.all)
	switch ind.Key {
	case KeyThemes:
		return judged(ind, Score{Value: float64(n), Count: n, Text: strconv.Itoa(n),
			Reason: plural(n, "afspraak", "afspraken") + " onder dit thema", Agreements: tt.all})
	case KeyVague:
		return share(ind, len(tt.vague), n, "vaag", j.vagueNote, tt.vague)
	case KeyResult:
		return share(ind, len(tt.result), len(tt.kaderless), "resultaatafspraken", "", notIn(tt.kaderless, tt.result))
	case KeyMixed:
		r, e := len(tt.result), len(tt.effort)
		if r+e == 0 {
			return Score{Text: "·", Reason: "geen inspanning of resultaat onder dit thema"}
		}
		s := Score{Level: Green, Value: percent(min(r, e), r+e), Count: e, Of: r + e,
			Reason: plural(r, "resultaatafspraak", "resultaatafspraken") + " en " + plural(e, "inspanningsafspraak", "inspanningsafspraken")}
		s.Text = pctText(s.Value)
		if isMixed(tt, j.th.MixShare) {
			s.Level, s.Reason = Amber, s.Reason+": door elkaar"
			s.Agreements = sortedIndexes(append(append([]int(nil), tt.result...), tt.effort...))
		}
		s.Reason += " (door elkaar vanaf " + number(j.th.MixShare) + "% van de kleinste soort)"
		return s
	case KeyRegular:
		return share(ind, len(tt.regular), n, "regulier werk", "hoort op een dashboard", tt.regular)
	}
	return Score{Text: "·"}
}

// notIn returns the indexes of all that are not in some; both sorted.
func notIn(all, some []int) []int {
	var out []int
	k := 0
	for _, i := range all {
		for k < len(some) && some[k] < i {
			k++
		}
		if k < len(some) && some[k] == i {
			continue
		}
		out = append(out, i)
	}
	return out
}

// sortedIndexes sorts indexes gathered from several lists.
func sortedIndexes(ids []int) []int {
	slices.Sort(ids)
	return ids
}
