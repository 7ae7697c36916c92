package importer

import (
	"os"
	"path/filepath"
	"testing"
)

// fuzzSeeds adds the shared seed files in the top-level testdata/fuzz folder
// (plus the demo and bad files) to f. CI runs these seeds on every test run;
// `go test -fuzz=FuzzCSV ./importer` explores further and stores crashers in
// importer/testdata/fuzz.
func fuzzSeeds(f *testing.F, globs ...string) {
	for _, g := range globs {
		paths, _ := filepath.Glob(g)
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil && len(data) < 1<<20 {
				f.Add(data)
			}
		}
	}
}

func FuzzCSV(f *testing.F) {
	fuzzSeeds(f, "../testdata/fuzz/csv/*", "demo/files/*.csv")
	f.Add([]byte("Nr;Afspraak\n1;\"open quote\n"))
	f.Add([]byte("sep=;\n\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res := importFile("fuzz.csv", data, Options{})
		if res.report.ErrorKind == ErrInternal {
			t.Fatalf("internal error: %v", res.report.Error)
		}
		checkInvariants(t, res)
	})
}

func FuzzXLSX(f *testing.F) {
	fuzzSeeds(f, "../testdata/fuzz/xlsx/*", "demo/files/*.xlsx", "../testdata/bad/*.xlsx")
	f.Fuzz(func(t *testing.T, data []byte) {
		res := importFile("fuzz.xlsx", data, Options{})
		if res.report.ErrorKind == ErrInternal {
			t.Fatalf("internal error: %v", res.report.Error)
		}
		checkInvariants(t, res)
	})
}

// checkInvariants holds for every import result: an error or agreements,
// never both; every agreement has text and a row.
func checkInvariants(t *testing.T, res fileResult) {
	if res.report.Error != "" && len(res.agreements) > 0 {
		t.Fatal("error and agreements")
	}
	if res.report.Agreements != len(res.agreements) {
		t.Fatalf("count %d vs %d", res.report.Agreements, len(res.agreements))
	}
	for _, a := range res.agreements {
		if a.Text == "" || a.Source.Row < 1 {
			t.Fatalf("agreement without text or row: %+v", a)
		}
	}
}
