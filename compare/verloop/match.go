package verloop

import (
	"cmp"
	"slices"
	"strings"

	"pakompas/compare/align"
	"pakompas/compare/status"
	"pakompas/importer/norm"
	"pakompas/importer/parallel"
)

// Match follows the agreements of every gemeente with two or more
// versions (distinct years) from version to version. It returns a Result
// per item (in the order of items; zero Change and Previous = Next = -1
// for gemeenten with one version) and a Summary per gemeente with more
// than one version, in order of first appearance.
func Match(items []Item, o Options) ([]Result, []Summary) {
	o = o.withDefaults()
	res := make([]Result, len(items))
	for i := range res {
		res[i].Previous, res[i].Next = -1, -1
	}
	var multi []gemeenteVersions
	for _, v := range versionsOf(items) {
		if len(v.years) > 1 {
			multi = append(multi, v)
		}
	}
	if len(multi) == 0 {
		return res, nil
	}
	fp := fingerprints(items, multi, o.Align)
	sums := make([]Summary, len(multi))
	parallel.For(len(multi), 1, func(lo, hi int) {
		for g := lo; g < hi; g++ {
			v := multi[g]
			for k := 1; k < len(v.items); k++ {
				matchStep(fp, items, v.items[k-1], v.items[k], res, o)
			}
			sums[g] = settle(items, v, res)
		}
	})
	return res, sums
}

// fingerprints computes the fingerprints of the items of the gemeenten
// in multi; the others stay empty.
func fingerprints(items []Item, multi []gemeenteVersions, o align.Options) []align.Fingerprint {
	var idx []int
	for _, v := range multi {
		for _, list := range v.items {
			idx = append(idx, list...)
		}
	}
	al := make([]align.Item, len(idx))
	for k, i := range idx {
		al[k] = align.Item{ID: items[i].ID, Gemeente: items[i].Gemeente, Text: items[i].Text}
	}
	got := align.Fingerprints(al, o)
	fp := make([]align.Fingerprint, len(items))
	for k, i := range idx {
		fp[i] = got[k]
	}
	return fp
}

// numberKey is a number as compared: folded, without spaces and a
// trailing dot ("2.3." and "2.3" are one number).
func numberKey(n string) string {
	return strings.TrimRight(strings.ReplaceAll(norm.Fold(n), " ", ""), ".")
}

// maxSimilarityPairs bounds the pairs one step compares by similarity
// (about 3 µs each): 500 unmatched agreements against 500. A larger step
// compares only the pairs with the same number.
const maxSimilarityPairs = 250_000

// candidate is a possible match of prev[a] and next[b].
type candidate struct {
	a, b       int
	sim, score float64
	byNumber   bool
}

// matchStep matches the items of one version (prev) to the next (next),
// one to one, and links them in res:
//
//  1. texts that normalise alike match first, one with the same number
//     preferred; how many of those keep their number says whether the
//     numbering is stable (at least half do, or there are none);
//  2. the rest by similarity (see similarity): a pair matches at Threshold or more, or,
//     with stable numbering and the same number, at NumberThreshold or
//     more; pairs are taken best first, a same-number pair ranked as if
//     numberBonus more similar. Past maxSimilarityPairs unmatched pairs
//     only those with the same number are compared.
func matchStep(fp []align.Fingerprint, items []Item, prev, next []int, res []Result, o Options) {
	usedA, usedB := make([]bool, len(prev)), make([]bool, len(next))
	// Each item's number key once: the similarity loop below asks for it
	// per pair.
	keyA, keyB := make([]string, len(prev)), make([]string, len(next))
	for a, i := range prev {
		keyA[a] = numberKey(items[i].Number)
	}
	for b, j := range next {
		keyB[b] = numberKey(items[j].Number)
	}
	byKey := make(map[string][]int, len(prev))
	for a, i := range prev {
		if k := fp[i].Key; k != "" {
			byKey[k] = append(byKey[k], a)
		}
	}
	exact, kept := 0, 0
	for b, j := range next {
		list := byKey[fp[j].Key]
		pick := -1
		for _, a := range list {
			if usedA[a] {
				continue
			}
			if pick < 0 {
				pick = a
			}
			if keyA[a] == keyB[b] {
				pick = a
				break
			}
		}
		if pick < 0 {
			continue
		}
		same := keyA[pick] != "" && keyA[pick] == keyB[b]
		usedA[pick], usedB[b] = true, true
		link(res, prev[pick], j, 1, same)
		exact++
		if same {
			kept++
		}
	}
	stable := exact == 0 || 2*kept >= exact
	words := make([][]string, len(next))
	for b, j := range next {
		if !usedB[b] {
			words[b] = content(fp[j].Key)
		}
	}
	// The pairs left to compare: all of them, or, past maxSimilarityPairs
	// (a version of thousands of agreements), only those that share a
	// number, so that the step stays about linear.
	var left []int
	for b, j := range next {
		if !usedB[b] && fp[j].Key != "" {
			left = append(left, b)
		}
	}
	byNumber := map[string][]int(nil)
	if n := len(prev) - exact; n*len(left) > maxSimilarityPairs {
		byNumber = map[string][]int{}
		for _, b := range left {
			if keyB[b] != "" {
				byNumber[keyB[b]] = append(byNumber[keyB[b]], b)
			}
		}
	}
	var cands []candidate
	for a, i := range prev {
		if usedA[a] || fp[i].Key == "" {
			continue
		}
		wa := content(fp[i].Key)
		bs := left
		if byNumber != nil {
			bs = byNumber[keyA[a]]
		}
		for _, b := range bs {
			j := next[b]
			s := similarity(fp[i], fp[j], wa, words[b])
			same := stable && keyA[a] != "" && keyA[a] == keyB[b]
			switch {
			case same && s >= o.NumberThreshold:
				cands = append(cands, candidate{a, b, s, s + numberBonus, true})
			case s >= o.Threshold:
				cands = append(cands, candidate{a, b, s, s, false})
			}
		}
	}
	slices.SortFunc(cands, func(x, y candidate) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		return cmp.Compare(x.b, y.b)
	})
	for _, c := range cands {
		if usedA[c.a] || usedB[c.b] {
			continue
		}
		usedA[c.a], usedB[c.b] = true, true
		link(res, prev[c.a], next[c.b], c.sim, c.byNumber)
	}
}

// link records that next item j succeeds item i.
func link(res []Result, i, j int, sim float64, byNumber bool) {
	res[i].Next = j
	res[j].Previous, res[j].Similarity, res[j].ByNumber = i, sim, byNumber
}

// settle gives every item of one gemeente its state, difference and
// carried years, version by version, and counts them.
func settle(items []Item, v gemeenteVersions, res []Result) Summary {
	sum := Summary{Gemeente: v.gemeente, Years: v.years}
	last := len(v.items) - 1
	for k, list := range v.items {
		for _, j := range list {
			r := &res[j]
			if i := r.Previous; i >= 0 {
				p := items[i]
				r.PreviousStatus = p.Status
				r.Edits, r.Spans, r.PreviousSpans = wordDiff(p.Text, items[j].Text)
				r.Change = Ongewijzigd
				gap := yearGap(p.Year, items[j].Year)
				if len(r.Edits) > 0 {
					r.Change = Gewijzigd
					r.YearsOnly = yearsOnly(r.Edits, gap)
				}
				r.DueMoved = dueMoved(p.Due, items[j].Due, gap)
				if p.Status != status.Done || r.DueMoved {
					r.CarriedYears = res[i].CarriedYears + 1
				}
			} else if k > 0 {
				r.Change = Nieuw
			}
			if k < last && r.Next < 0 {
				r.Change = Vervallen
			}
			switch r.Change {
			case Nieuw:
				sum.Nieuw++
			case Ongewijzigd:
				sum.Ongewijzigd++
			case Gewijzigd:
				sum.Gewijzigd++
				if r.YearsOnly {
					sum.YearsOnly++
				}
			case Vervallen:
				sum.Vervallen++
			}
		}
	}
	// A chain counts once, at its last carried version.
	for _, list := range v.items {
		for _, j := range list {
			next := 0
			if r := res[j]; r.Next >= 0 {
				next = res[r.Next].CarriedYears
			}
			if EndsCarried(res[j].CarriedYears, next) {
				sum.Doorgeschoven++
			}
		}
	}
	return sum
}

// EndsCarried reports whether a version carried over (carried > 0) is the
// last carried version of its chain: the next version, if any, was not
// carried (next is its CarriedYears, 0 when there is none).
// Summary.Doorgeschoven counts these, one per chain.
func EndsCarried(carried, next int) bool { return carried > 0 && next == 0 }
