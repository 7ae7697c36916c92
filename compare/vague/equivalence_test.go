package vague

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"pakompas/importer/corpus"
)

// The equivalence guard: every Result of a fixed, large set of inputs is
// serialised canonically and hashed, and the hash must equal the one in
// testdata/results.sha256. It proves that a change meant only to make the
// classifier faster (or cleaner) changed no verdict, flag, message, span,
// SMART element or type. A change that is meant to alter results
// regenerates the file, deliberately:
//
//	go test ./compare/vague/ -run TestResultsDigest -update-digest
//
// and, to see what changed, dumps the serialisation before and after:
//
//	go test ./compare/vague/ -run TestResultsDigest -dump-results /tmp/before.txt
//
// (The flags exist in this package's test binary only: name the package.)
var (
	updateDigest = flag.Bool("update-digest", false, "rewrite testdata/results.sha256 from the current classifier")
	dumpResults  = flag.String("dump-results", "", "write the canonical serialisation of every result to this file")
)

const digestFile = "testdata/results.sha256"

// equivalenceInputs are the inputs the digest covers: the agreements of
// the first 60 gemeenten of the national corpus (with the planning as the
// benchmark passes it, then again without a normalised planning and with
// a rotating document label, so that the DueRaw and KindRaw paths are
// covered too), both labelled sets, and every example and counter-example
// of the embedded rules.
func equivalenceInputs(t *testing.T) []Input {
	t.Helper()
	var in []Input
	kinds := []string{"", "Resultaatafspraak", "Procesafspraak", "Inspanningsverplichting", "Kaderafspraak", "Algemeen"}
	var second []Input
	for _, set := range corpus.Build(corpus.Options{Gemeenten: 60}) {
		for _, it := range set.Items {
			due := ""
			if !it.PlanningDate.IsZero() {
				due = it.PlanningDate.Format("2006-01-02")
			}
			in = append(in, Input{Text: it.Text, Owner: it.Owner, Due: due, DueRaw: it.Planning})
			second = append(second, Input{Text: it.Text, Owner: it.Owner, DueRaw: it.Planning,
				KindRaw: kinds[len(second)%len(kinds)]})
		}
	}
	in = append(in, second...)
	for _, name := range []string{"afspraken.tsv", "ongezien.tsv"} {
		for _, l := range readLabelled(t, name) {
			in = append(in, Input{Text: l.text, Owner: l.owner, Due: dueOf(l.due), DueRaw: l.due})
		}
	}
	for _, r := range Default().Rules() {
		for _, ex := range r.Examples {
			in = append(in, Input{Text: ex})
		}
		for _, ex := range r.CounterExamples {
			in = append(in, Input{Text: ex})
		}
	}
	return in
}

// writeResult writes a canonical, unambiguous serialisation of r: one
// line per result and per flag, strings quoted.
func writeResult(w io.Writer, i int, r Result) {
	fmt.Fprintf(w, "%d vague=%t type=%s smart=%t,%t,%t,%t flags=%d\n", i, r.Vague, strconv.Quote(string(r.Type)),
		r.Smart.Who, r.Smart.What, r.Smart.HowMuch, r.Smart.When, len(r.Flags))
	for _, f := range r.Flags {
		fmt.Fprintf(w, "\t%s %s match=%s msg=%s info=%t spans=%v\n", strconv.Quote(f.Rule), strconv.Quote(f.Category),
			strconv.Quote(f.Match), strconv.Quote(f.Message), f.Info, f.Spans)
	}
}

// TestResultsDigest classifies the equivalence inputs and compares the
// digest of their results with testdata/results.sha256.
func TestResultsDigest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the corpus and classifies ~18,000 agreements")
	}
	in := equivalenceInputs(t)
	c := Default()
	h := sha256.New()
	var w io.Writer = h
	if *dumpResults != "" {
		f, err := os.Create(*dumpResults)
		if err != nil {
			t.Fatal(err)
		}
		bw := bufio.NewWriter(f)
		defer func() {
			if err := bw.Flush(); err != nil {
				t.Error(err)
			}
			if err := f.Close(); err != nil {
				t.Error(err)
			}
		}()
		w = io.MultiWriter(h, bw)
	}
	for i := range in {
		writeResult(w, i, c.Classify(in[i]))
	}
	got := fmt.Sprintf("%s  %d inputs\n", hex.EncodeToString(h.Sum(nil)), len(in))
	if *updateDigest {
		if err := os.MkdirAll(filepath.Dir(digestFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(digestFile, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %s", digestFile, strings.TrimSpace(got))
		return
	}
	want, err := os.ReadFile(digestFile)
	if err != nil {
		t.Fatalf("%v (generate it with -update-digest)", err)
	}
	if got != string(want) {
		t.Errorf("results changed:\n got %s want %s(if the change is intended, run with -update-digest; "+
			"-dump-results FILE before and after shows what changed)", got, want)
	}
}
