package demo_test

import (
	"context"
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"pakompas/importer"
	"pakompas/importer/demo"
)

// TestImportDemo is the importer's acceptance test: the embedded demo set
// must import completely and exactly as its content describes.
func TestImportDemo(t *testing.T) {
	want, err := demo.Expectations()
	if err != nil {
		t.Fatal(err)
	}
	rep := importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, importer.Options{})

	if len(rep.Files) != len(demo.Gemeenten) {
		t.Errorf("%d files reported, want %d", len(rep.Files), len(demo.Gemeenten))
	}
	files := map[string]importer.FileReport{}
	for _, f := range rep.Files {
		files[base(f.Path)] = f
	}
	for _, g := range demo.Gemeenten {
		checkFile(t, g, files)
	}
	checkAgreements(t, want, rep.Agreements)

	ids := map[string]importer.Source{}
	for _, a := range rep.Agreements {
		if a.ID == "" {
			t.Errorf("%s row %d: empty ID", a.Source.Sheet, a.Source.Row)
			continue
		}
		if prev, ok := ids[a.ID]; ok {
			t.Errorf("ID %q used twice: %v and %v", a.ID, prev, a.Source)
		}
		ids[a.ID] = a.Source
	}
	if len(rep.Agreements) != len(want) {
		t.Errorf("%d agreements imported, want %d", len(rep.Agreements), len(want))
	}
}

// checkFile checks one file's report: no error, the gemeente, the count and
// how each sheet was read.
func checkFile(t *testing.T, g demo.Gemeente, files map[string]importer.FileReport) {
	t.Helper()
	fr, ok := files[g.File]
	if !ok {
		t.Errorf("%s: not reported", g.File)
		return
	}
	if fr.Error != "" {
		t.Errorf("%s: error %q (%s)", g.File, fr.Error, fr.ErrorKind)
	}
	format := strings.TrimPrefix(filepath.Ext(g.File), ".")
	if fr.Format != format {
		t.Errorf("%s: format %q, want %q", g.File, fr.Format, format)
	}
	if !slices.Equal(fr.Gemeenten, []string{g.Name}) {
		t.Errorf("%s: gemeenten %q, want [%s]", g.File, fr.Gemeenten, g.Name)
	}
	if !slices.Equal(fr.Years, []string{g.Year}) {
		t.Errorf("%s: years %q (from %s), want [%s]", g.File, fr.Years, fr.YearSource, g.Year)
	}
	if fr.Agreements != len(g.Afspraken) {
		t.Errorf("%s: %d agreements, want %d", g.File, fr.Agreements, len(g.Afspraken))
	}
	b, err := g.Build()
	if err != nil {
		t.Fatal(err)
	}
	if format == "csv" {
		if len(fr.Sheets) != 1 || !fr.Sheets[0].Read || fr.Sheets[0].HeaderRow != 1 {
			t.Errorf("%s: sheets %+v, want one read table with its header on row 1", g.File, fr.Sheets)
		}
		return
	}
	var names []string
	for _, s := range fr.Sheets {
		names = append(names, s.Name)
	}
	for _, ws := range b.Sheets {
		i := slices.Index(names, ws.Name)
		if i < 0 {
			t.Errorf("%s: sheet %q not reported (reported: %q)", g.File, ws.Name, names)
			continue
		}
		s := fr.Sheets[i]
		switch {
		case s.Read != ws.Read:
			t.Errorf("%s: sheet %q read=%v (%s), want read=%v", g.File, ws.Name, s.Read, s.Reason, ws.Read)
		case !ws.Read && s.Reason == "":
			t.Errorf("%s: sheet %q skipped without a reason", g.File, ws.Name)
		case ws.Read && (s.HeaderRow != ws.HeaderRow || s.Agreements != ws.Agreements):
			t.Errorf("%s: sheet %q header row %d with %d agreements, want row %d with %d",
				g.File, ws.Name, s.HeaderRow, s.Agreements, ws.HeaderRow, ws.Agreements)
		}
	}
}

// checkAgreements requires, for every expected agreement, exactly one
// imported agreement equal to it in every checked field. When there is none
// it reports the differences with the agreement found at the same place.
func checkAgreements(t *testing.T, want []demo.Expect, got []importer.Agreement) {
	t.Helper()
	at := map[string]importer.Agreement{}
	perFile := map[string]int{}
	for _, a := range got {
		at[place(base(a.Source.File), a.Source.Sheet, a.Source.Row)] = a
		perFile[base(a.Source.File)]++
	}
	wantPerFile := map[string]int{}
	for _, w := range want {
		wantPerFile[w.File]++
		n := 0
		for _, a := range got {
			if matches(w, a) {
				n++
			}
		}
		if n == 1 {
			continue
		}
		where := place(w.File, w.Sheet, w.Row)
		if n > 1 {
			t.Errorf("%s: %d imported agreements match %s %q", where, n, w.Number, w.Text)
			continue
		}
		a, ok := at[where]
		if !ok {
			t.Errorf("%s: no agreement imported, want %s %q", where, w.Number, w.Text)
			continue
		}
		t.Errorf("%s: agreement %s differs:%s", where, w.Number, diff(w, a))
	}
	for file, n := range wantPerFile {
		if perFile[file] != n {
			t.Errorf("%s: %d agreements carry it as source, want %d", file, perFile[file], n)
		}
	}
}

// matches reports whether a is exactly the expected agreement w.
func matches(w demo.Expect, a importer.Agreement) bool {
	return diff(w, a) == ""
}

// diff lists the checked fields where a differs from w.
func diff(w demo.Expect, a importer.Agreement) string {
	var b strings.Builder
	field := func(name, got, want string) {
		if got != want {
			fmt.Fprintf(&b, "\n\t%s: got %q, want %q", name, got, want)
		}
	}
	field("gemeente", a.Gemeente, w.Gemeente)
	field("theme_raw", a.ThemeRaw, w.ThemeRaw)
	field("number", a.Number, w.Number)
	field("text", a.Text, w.Text)
	field("owner", a.Owner, w.Owner)
	field("due", a.Due, w.Due)
	field("kind_raw", a.KindRaw, w.KindRaw)
	field("year", a.Year, w.Year)
	field("source file", base(a.Source.File), w.File)
	field("source sheet", a.Source.Sheet, w.Sheet)
	field("source row", fmt.Sprint(a.Source.Row), fmt.Sprint(w.Row))
	return b.String()
}

// place names a sheet row for messages and lookups.
func place(file, sheet string, row int) string {
	if sheet == "" {
		return fmt.Sprintf("%s row %d", file, row)
	}
	return fmt.Sprintf("%s [%s] row %d", file, sheet, row)
}

// base is the file name of a reported path, whatever its separators.
func base(p string) string {
	return path.Base(filepath.ToSlash(p))
}
