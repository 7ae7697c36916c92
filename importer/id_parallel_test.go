package importer

import (
	"runtime"
	"slices"
	"testing"

	"pakompas/importer/corpus"
)

// corpusAgreements are the agreements of the synthetic corpus as the
// importer would give them (without reading files); every third has no
// number, so its id is a text hash, and the numbers repeat across themes
// and gemeenten.
func corpusAgreements(o corpus.Options) []Agreement {
	var as []Agreement
	for _, s := range corpus.Build(o) {
		for i, it := range s.Items {
			a := Agreement{Gemeente: s.Gemeente.Name, ThemeRaw: it.ThemeRaw, Number: it.Number, Text: it.Text}
			if i%3 == 0 {
				a.Number = ""
			}
			as = append(as, a)
		}
	}
	return as
}

// The ids worked out on several cores are those worked out on one.
func TestAssignIDsParallelSameAsSerial(t *testing.T) {
	as := corpusAgreements(corpus.Options{Gemeenten: 30})
	ids := func(procs int) []string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		cp := slices.Clone(as)
		assignIDs(cp)
		out := make([]string, len(cp))
		for i, a := range cp {
			out[i] = a.ID
		}
		return out
	}
	serial, par := ids(1), ids(4)
	seen := map[string]bool{}
	for i := range serial {
		if par[i] != serial[i] {
			t.Fatalf("agreement %d: id %q on 4 cores, %q on one", i, par[i], serial[i])
		}
		if seen[serial[i]] {
			t.Fatalf("id %q twice", serial[i])
		}
		seen[serial[i]] = true
	}
}

// BenchmarkAssignIDsNational gives the 51,300 agreements of the national
// corpus their ids.
func BenchmarkAssignIDsNational(b *testing.B) {
	as := corpusAgreements(corpus.Options{})
	b.ReportAllocs()
	for b.Loop() {
		assignIDs(as)
	}
}
