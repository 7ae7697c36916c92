package compare

import (
	"reflect"
	"runtime"
	"testing"

	"pakompas/compare/role"
	"pakompas/importer"
	"pakompas/importer/corpus"
)

// corpusReport is an import report of the first n gemeenten of the
// corpus (all for 0), built without files.
func corpusReport(n int) *importer.Report {
	rep := &importer.Report{}
	for _, s := range corpus.Build(corpus.Options{Gemeenten: n}) {
		for i, it := range s.Items {
			rep.Agreements = append(rep.Agreements, importer.Agreement{
				ID: s.Gemeente.Name + ":" + it.Number, Gemeente: s.Gemeente.Name, ThemeRaw: it.ThemeRaw, Number: it.Number,
				Text: it.Text, Owner: it.Owner, DueRaw: it.Planning, Status: it.Status, Notes: it.Notes,
				Source: importer.Source{File: s.FileName, Sheet: s.Sheet, Row: i + 5},
			})
		}
	}
	return rep
}

// The analysis worked out on several cores (derived facts, corporation
// names, the alignment's items, gaps) is the one worked out on one.
func TestAnalyzeParallelSameAsSerial(t *testing.T) {
	rep, e := corpusReport(60), defaultEngine(t)
	analyse := func(procs int) (*Analysis, []string) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		owners := make([]string, len(rep.Agreements))
		for i, a := range rep.Agreements {
			owners[i] = a.Owner
		}
		return e.Analyze(rep, Overrides{}), role.DiscoverCorporations(owners)
	}
	serial, serialCorps := analyse(1)
	par, parCorps := analyse(4)
	if len(serial.Gaps) == 0 || len(serialCorps) < 2 {
		t.Fatalf("%d gaps, corporations %q: the test tests too little", len(serial.Gaps), serialCorps)
	}
	if !reflect.DeepEqual(parCorps, serialCorps) {
		t.Errorf("corporations on 4 cores %q, on one %q", parCorps, serialCorps)
	}
	for _, c := range []struct {
		name      string
		got, want any
	}{
		{"agreements", par.Agreements, serial.Agreements},
		{"gemeenten", par.Gemeenten, serial.Gemeenten},
		{"groups", par.Groups, serial.Groups},
		{"gaps", par.Gaps, serial.Gaps},
		{"matrix", par.Matrix, serial.Matrix},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s differ on 4 cores", c.name)
		}
	}
}
