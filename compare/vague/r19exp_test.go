package vague

import (
	"flag"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// The nineteenth round's harness (doc.go): it classifies the dev pool
// (cvDevSets) and our own sets (afspraken.tsv, ongezien.tsv) once as the
// rules stand and once per experiment, and logs the pool's figures, F1 per
// cross-validation fold (by gemeente, as fallbackcv_test.go folds) and
// which sentences an experiment gains or loses, with their set and fold:
//
//	go test ./compare/vague -run TestRound19Experiment -vague-r19 all -v
//
// The experiments kept here switch rules off or drop the patterns a kind
// added (the ablation of round 9–18's rule kinds); the code kinds were
// switched off with temporary hooks that are not kept (doc.go has the
// table).
var r19Exp = flag.String("vague-r19", "", "round 19 experiment to run against the baseline (a name, a comma list, or all)")

// r19Row is one labelled sentence with the verdict of one run.
type r19Row struct {
	set, id string
	fold    int
	label   bool
	got     bool
}

// r19C is the classifier an experiment built, nil for Default().
var r19C *Classifier

// r19Classify classifies the pool and our own sets.
func r19Classify(t *testing.T) []r19Row {
	c := Default()
	if r19C != nil {
		c = r19C
	}
	var out []r19Row
	for _, n := range append(append([]string{}, cvDevSets...), "afspraken.tsv", "ongezien.tsv") {
		for _, l := range readLabelled(t, n) {
			r := c.Classify(Input{Text: l.text, Owner: l.owner, Due: dueOf(l.due), DueRaw: l.due})
			out = append(out, r19Row{set: n, id: l.id, fold: cvFold(l), label: l.vague, got: r.Vague})
		}
	}
	return out
}

// r19Report logs the figures of one run and, against base, what changed.
func r19Report(t *testing.T, name string, base, rows []r19Row) {
	var pool, own score
	folds := make([]score, cvFolds)
	var gained, lost []string
	for i, r := range rows {
		s := &pool
		if r.set == "afspraken.tsv" || r.set == "ongezien.tsv" {
			s = &own
		}
		s.tally(r.label, r.got)
		if s == &pool {
			folds[r.fold].tally(r.label, r.got)
		}
		if base != nil && base[i].got != r.got {
			tag := fmt.Sprintf("%s(%s,f%d)", r.id, strings.TrimSuffix(r.set, ".tsv"), r.fold)
			if r.got == r.label {
				gained = append(gained, tag)
			} else {
				lost = append(lost, tag)
			}
		}
	}
	sort.Strings(gained)
	sort.Strings(lost)
	var fs []string
	for _, f := range folds {
		fs = append(fs, fmt.Sprintf("%.3f", 2*float64(f.tp)/float64(2*f.tp+f.fp+f.fn)))
	}
	t.Logf("%-28s pool TP %d FP %d FN %d P %.3f R %.3f F1 %.4f | own FP %d FN %d | fold F1 %s | +%d %v -%d %v",
		name, pool.tp, pool.fp, pool.fn, pool.precision(), pool.recall(), 2*float64(pool.tp)/float64(2*pool.tp+pool.fp+pool.fn),
		own.fp, own.fn, strings.Join(fs, " "), len(gained), gained, len(lost), lost)
}

// r19Experiments switch one thing each; the func returns the undo.
var r19Experiments = map[string]func() func(){}

func TestRound19Experiment(t *testing.T) {
	if *r19Exp == "" {
		t.Skip("-vague-r19 not set")
	}
	base := r19Classify(t)
	r19Report(t, "baseline", nil, base)
	names := []string{}
	if *r19Exp == "all" {
		for n := range r19Experiments {
			names = append(names, n)
		}
		sort.Strings(names)
	} else {
		names = strings.Split(*r19Exp, ",")
	}
	for _, n := range names {
		f, ok := r19Experiments[n]
		if !ok {
			t.Fatalf("no experiment %q", n)
		}
		undo := f()
		r19Report(t, n, base, r19Classify(t))
		undo()
	}
}

// r19Without builds the classifier without the named rules.
func r19Without(ids ...string) func() func() {
	return func() func() {
		var rs []Rule
		for _, r := range DefaultRules() {
			keep := true
			for _, id := range ids {
				if r.ID == id {
					keep = false
				}
			}
			if keep {
				rs = append(rs, r)
			}
		}
		c, err := New(rs)
		if err != nil {
			panic(err)
		}
		r19C = c
		return func() { r19C = nil }
	}
}

func init() {
	r19Experiments["k12+33rule"] = r19Without("vage-graad")
	r19Experiments["k13+38rule"] = r19Without("plannen-beschreven")
	r19Experiments["k14rule"] = r19Without("kader-cyclus")
	r19Experiments["k16rule"] = r19Without("inzetten-middel")
	r19Experiments["k21rule"] = r19Without("kader-document")
	r19Experiments["k23rule"] = r19Without("opgave-aanpakken")
}

// r19Edit builds the classifier from the default rules changed by edit.
func r19Edit(edit func(r *Rule)) func() func() {
	return func() func() {
		rs := DefaultRules()
		for i := range rs {
			edit(&rs[i])
		}
		c, err := New(rs)
		if err != nil {
			panic(err)
		}
		r19C = c
		return func() { r19C = nil }
	}
}

// r19Drop returns list without the entries that contain sub.
func r19Drop(list []string, sub string) []string {
	var out []string
	for _, p := range list {
		if !strings.Contains(p, sub) {
			out = append(out, p)
		}
	}
	return out
}

func init() {
	r19Experiments["k29words"] = r19Edit(func(r *Rule) {
		if r.ID == "vage-hoeveelheid" {
			r.Patterns = r19Drop(r19Drop(r.Patterns, "een bepaald|bepaalde"), "vergelijkbare|transparante|snelle")
		}
	})
	r19Experiments["k24exc"] = r19Edit(func(r *Rule) {
		r.Exceptions = r19Drop(r.Exceptions, "nog? meer|betere|verdere")
	})
}

func init() {
	r19Experiments["pronoun-zij"] = r19Edit(func(r *Rule) {
		if r.ID == "collectief" {
			r.Patterns = []string{"partijen|wij|we|men|betrokkenen|samenwerkingspartners|ketenpartners|zij|ze"}
		}
	})
}
