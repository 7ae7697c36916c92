package vague

import (
	"flag"
	"fmt"
	"slices"
	"strconv"
	"testing"
)

// vagueTransfer runs TestFallbackVetoTransfer.
var vagueTransfer = flag.Bool("vague-transfer", false, "train the fallback vetoes on the older dev sets and score them on the two newest")

// newDevSets are the dev sets collected in the eighth session: no rule
// had seen them when they joined the pool, so a veto trained on the older
// sets and scored on them is measured out of sample (as long as no rule
// was tuned on them; after that the figure flatters the rules, not the
// veto).
var newDevSets = []string{"echt-vers11.tsv", "echt-vers12.tsv"}

// TestFallbackVetoTransfer (with -vague-transfer) trains each veto of
// TestFallbackVetoCV on the older dev sets and scores it on newDevSets:
// whether a learned veto of the fallback carries over to text the rules
// were not tuned on, which the cross-validation on the tuned pool cannot
// show.
func TestFallbackVetoTransfer(t *testing.T) {
	if !*vagueTransfer {
		t.Skip("run with -vague-transfer")
	}
	c := Default()
	var old []string
	for _, s := range cvDevSets {
		if !slices.Contains(newDevSets, s) {
			old = append(old, s)
		}
	}
	train, test := cvLoad(t, c, old...), cvLoad(t, c, newDevSets...)
	var onlyFallback []cvItem
	for _, it := range train {
		if it.fallbackOnly {
			onlyFallback = append(onlyFallback, it)
		}
	}
	report := func(name string, veto cvVeto) {
		s := scoreVeto(test, veto)
		t.Log(fmt.Sprintf("%-44s %.3f / %.3f (TP %3d FP %3d FN %3d)", name, s.precision(), s.recall(), s.tp, s.fp, s.fn))
	}
	report("rules alone", func(cvItem) bool { return false })
	for _, m := range []int{1, 2, 3} {
		veto := cvTable(train, m)
		report("signal table, margin "+strconv.Itoa(m), func(it cvItem) bool { return veto[it.signals] })
	}
	all := cvLogistic(train, 0.01, 8)
	fb := cvLogistic(onlyFallback, 0.01, 30)
	for _, th := range []float64{0.5, 0.6, 0.7, 0.8, 0.9} {
		report("logistic, all items, veto p < "+strconv.FormatFloat(th, 'g', -1, 64), func(it cvItem) bool { return cvProb(all, it.feats) < th })
		report("logistic, fallback-only items, veto p < "+strconv.FormatFloat(th, 'g', -1, 64), func(it cvItem) bool { return cvProb(fb, it.feats) < th })
	}
}
