package importer

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// A panic while one file is read never takes the others down: that file
// gets an internal error naming what went wrong, the other files import.
// The panic is forced through a test hook, once as a plain panic and once
// as a runtime error, and through Import as well as importFile.
func TestPanicInOneFileKeepsTheRest(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.csv", "b.csv", "c.csv"} {
		writeFile(t, dir, name, []byte("Nr;Afspraak\n1;De corporatie bouwt 10 woningen.\n"))
	}
	defer func() { testHookRead = nil }()
	for want, boom := range map[string]func(){
		"kapot":                  func() { panic("kapot") },
		"index out of range [3]": func() { _ = []int{1, 2, 3}[len(dir)%1+3] },
	} {
		testHookRead = func(path string) {
			if filepath.Base(path) == "b.csv" {
				boom()
			}
		}
		rep := Import(context.Background(), []string{dir}, Options{Gemeente: "Uithoorn", Workers: 2})
		files := byName(rep)
		b := files["b.csv"]
		if b.ErrorKind != ErrInternal || !strings.HasPrefix(b.Error, messages[ErrInternal]) || !strings.Contains(b.Error, want) {
			t.Errorf("b.csv: %q (%s)", b.ErrorKind, b.Error)
		}
		if files["a.csv"].Agreements != 1 || files["c.csv"].Agreements != 1 || len(rep.Agreements) != 2 {
			t.Errorf("the other files: %d agreements", len(rep.Agreements))
		}
		res := importFile("b.csv", []byte("Nr;Afspraak\n1;Tekst.\n"), Options{})
		if res.report.ErrorKind != ErrInternal || !strings.Contains(res.report.Error, want) {
			t.Errorf("importFile: %q (%s)", res.report.ErrorKind, res.report.Error)
		}
	}
}

// byName returns the file reports by base name.
func byName(rep *Report) map[string]FileReport {
	out := map[string]FileReport{}
	for _, f := range rep.Files {
		out[filepath.Base(f.Path)] = f
	}
	return out
}
