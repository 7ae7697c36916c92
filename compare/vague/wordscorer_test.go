package vague

import (
	"cmp"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// The ninth session's experiment (issue 9): with 2,484 labelled real
// sentences in the dev pool, does a scorer over the words alone (no rule
// state, so that the rules' tuning on the pool cannot flatter it) carry
// over to unseen text, and does combining it with the rules move the
// unseen figures that rule rounds 19–21 did not? doc.go has the figures;
// the combination is not in the classifier. Reproduce with
//
//	go test ./compare/vague -run TestWordScorer -vague-words -v
//
// It logs figures only, never a sentence: the unseen sets stay unseen.
var vagueWords = flag.Bool("vague-words", false, "measure the word scorer and its combinations with the rules on unseen text (figures only)")

// wordSelectSets are the unseen sets the combinations were chosen on
// (held-out and the older blind sets); wordConfirmSets were measured once,
// after the choice.
var (
	wordSelectSets  = []string{"echt-ongezien.tsv", "echt-vers5.tsv", "echt-vers7.tsv", "echt-vers8.tsv", "echt-vers10.tsv"}
	wordConfirmSets = []string{"echt-vers13a.tsv", "echt-vers13b.tsv"}
)

// wordFeats are the word scorer's inputs: "bias", the folded words
// (numbers as #num), the pairs in a row and the first and last six
// letters of a word of nine or more (compounds share evidence); each
// once, sorted.
func wordFeats(text string) []string {
	// The words and pairs of cvFeatures, and the affixes.
	words := cvWords(text)
	fs := appendWordsAndPairs([]string{"bias"}, words)
	for _, w := range words {
		if len(w) >= 9 {
			fs = append(fs, "h:"+w[len(w)-6:], "m:"+w[:6])
		}
	}
	slices.Sort(fs)
	return slices.Compact(fs)
}

// trainWords fits an L2 logistic regression by stochastic gradient
// descent (30 epochs, a decaying rate, a fixed shuffle: reproducible).
func trainWords(items []cvItem) map[string]float64 {
	const epochs, rate0, l2 = 30, 0.1, 0.01
	w := map[string]float64{}
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for e := range epochs {
		rate := rate0 / (1 + float64(e)/5)
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			g := cvProb(w, items[i].feats)
			if items[i].label {
				g--
			}
			for _, f := range items[i].feats {
				w[f] -= rate * (g + l2*w[f])
			}
		}
	}
	return w
}

// loadWords is cvLoad with the word features in place of the veto's;
// withSignals adds the rules' signals (Who, What, When, a bare act, the
// type: cvItem.signals), one feature each.
func loadWords(t *testing.T, c *Classifier, withSignals bool, names ...string) []cvItem {
	t.Helper()
	items := cvLoad(t, c, names...)
	for i := range items {
		items[i].feats = wordFeats(items[i].text)
		if withSignals {
			items[i].feats = appendSignals(items[i].feats, items[i].signals)
		}
	}
	return items
}

// appendSignals appends each of the rules' signals (cvSignals) as a
// feature of its own.
func appendSignals(feats []string, signals string) []string {
	for j, p := range strings.Split(signals, ",") {
		feats = append(feats, fmt.Sprintf("sig%d:%s", j, p))
	}
	return feats
}

// auc is the probability that a random vague item scores above a random
// concrete one (ties count half).
func auc(ps []float64, items []cvItem) float64 {
	idx := make([]int, len(ps))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(ps[a], ps[b]) })
	var pos, neg, sum float64
	for k := 0; k < len(idx); {
		j := k
		var p, n float64
		for ; j < len(idx) && ps[idx[j]] == ps[idx[k]]; j++ {
			if items[idx[j]].label {
				p++
			} else {
				n++
			}
		}
		sum += p * (neg + n/2)
		pos, neg = pos+p, neg+n
		k = j
	}
	if pos == 0 || neg == 0 {
		return math.NaN()
	}
	return sum / (pos * neg)
}

// wordCV scores every item by a scorer trained on the other folds.
func wordCV(items []cvItem) []float64 {
	ps := make([]float64, len(items))
	for k := range cvFolds {
		var tr []cvItem
		for _, it := range items {
			if it.fold != k {
				tr = append(tr, it)
			}
		}
		w := trainWords(tr)
		for i, it := range items {
			if it.fold == k {
				ps[i] = cvProb(w, it.feats)
			}
		}
	}
	return ps
}

// wordCombo is a combination of the rules' verdict with the word
// scorer's probability p: a fallback-only verdict is dropped below
// vetoFallback, one with a vague word below vetoWord, and a verdict of
// not vague becomes vague at promote or more.
type wordCombo struct {
	name                            string
	vetoFallback, vetoWord, promote float64
}

func (c wordCombo) vague(it cvItem, p float64) bool {
	switch {
	case it.ruleVague && it.fallbackOnly && c.vetoFallback < 0:
		// negative: only when the rules found no bare act
		return strings.Split(it.signals, ",")[3] == "1" || p >= -c.vetoFallback
	case it.ruleVague && it.fallbackOnly:
		return p >= c.vetoFallback
	case it.ruleVague:
		return p >= c.vetoWord
	}
	return p >= c.promote
}

// wordCombos are the rules alone, the three best combinations (by F1) of
// a grid (veto 0–0.5, promote 0.85–none) on wordSelectSets, and a veto
// only where the rules found no bare act (a negative vetoFallback), so
// that the labelling rules' own "De corporatie bouwt woningen." stays
// vague: chosen after the table, for that reason alone.
var wordCombos = []wordCombo{
	{"rules alone", 0, 0, 2},
	{"veto fallback p<0.4, promote p≥0.9", 0.4, 0, 0.9},
	{"veto fallback p<0.4", 0.4, 0, 2},
	{"veto fallback p<0.4, word p<0.15, promote p≥0.9", 0.4, 0.15, 0.9},
	{"veto fallback without a bare act p<0.4", -0.4, 0, 2},
}

// tally scores the verdicts vague(i) of items against their labels.
func tally(items []cvItem, vague func(i int) bool) score {
	var s score
	for i, it := range items {
		v := vague(i)
		switch {
		case v && it.label:
			s.tp++
		case v && !it.label:
			s.fp++
		case !v && it.label:
			s.fn++
		default:
			s.tn++
		}
	}
	return s
}

// wordCanon are vague agreements of the labelling rules' own kind that
// the fallback alone flags (an act on an indefinite object, no number, no
// date): what a veto by the scorer does to them shows why it was not
// adopted.
var wordCanon = []string{
	"De corporatie bouwt woningen.",
	"De corporatie gaat woningen bouwen.",
	"Daarna worden woningen verduurzaamd.",
	"De corporatie stelt woningen beschikbaar voor andere doelgroepen.",
}

// TestWordScorer guards the scorer (trained on echt.tsv, it must separate
// the folds it did not see: AUC ≥ 0.8) and, with -vague-words, logs the
// experiment's figures for the words alone and the words with the rules'
// signals.
func TestWordScorer(t *testing.T) {
	c := Default()
	if !*vagueWords {
		items := loadWords(t, c, false, "echt.tsv")
		if a := auc(wordCV(items), items); !(a >= 0.8) {
			t.Fatalf("word scorer on echt.tsv, grouped CV: AUC %.3f, want ≥ 0.8", a)
		}
		t.Skip("the experiment runs with -vague-words")
	}
	for _, sig := range []bool{false, true} {
		t.Logf("== words%s", map[bool]string{true: " and the rules' signals"}[sig])
		wordExperiment(t, c, sig)
	}
}

func wordExperiment(t *testing.T, c *Classifier, sig bool) {
	dev := loadWords(t, c, sig, cvDevSets...)
	ps := wordCV(dev)
	cv := tally(dev, func(i int) bool { return ps[i] >= 0.5 })
	t.Logf("dev pool (%d), CV by gemeente: AUC %.3f, p≥0.5 %.3f / %.3f", len(dev), auc(ps, dev), cv.precision(), cv.recall())
	w := trainWords(dev)
	for _, text := range wordCanon {
		feats := wordFeats(text)
		if sig {
			feats = appendSignals(feats, cvSignals(c.Classify(Input{Text: text})))
		}
		t.Logf("  canonical vague %q: p %.2f", text, cvProb(w, feats))
	}
	for _, set := range [][]string{wordSelectSets, wordConfirmSets} {
		items := loadWords(t, c, sig, set...)
		p := make([]float64, len(items))
		for i, it := range items {
			p[i] = cvProb(w, it.feats)
		}
		alone := tally(items, func(i int) bool { return p[i] >= 0.5 })
		t.Logf("%v (%d): scorer alone AUC %.3f, p≥0.5 %.3f / %.3f", set, len(items), auc(p, items), alone.precision(), alone.recall())
		for _, cb := range wordCombos {
			s := tally(items, func(i int) bool { return cb.vague(items[i], p[i]) })
			t.Log(fmt.Sprintf("  %-50s %.3f / %.3f (TP %3d FP %3d FN %3d)", cb.name, s.precision(), s.recall(), s.tp, s.fp, s.fn))
		}
		for _, th := range []float64{0, 0.5} {
			var sure, unsure [2]int
			for i, it := range items {
				if !it.ruleVague {
					continue
				}
				x := &sure
				if (it.fallbackOnly && th == 0) || p[i] < th {
					x = &unsure
				}
				x[1]++
				if it.label {
					x[0]++
				}
			}
			how := "minder zeker = only what is missing"
			if th > 0 {
				how = fmt.Sprintf("minder zeker = p<%.1f", th)
			}
			t.Log(fmt.Sprintf("  %-50s sure %d/%d right, minder zeker %d/%d", how, sure[0], sure[1], unsure[0], unsure[1]))
		}
	}
}
