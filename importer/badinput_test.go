package importer

import (
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// badDir holds one file of every bad kind (see testdata/bad/README.md).
const badDir = "../testdata/bad"

func TestBadInputKinds(t *testing.T) {
	cases := map[string]ErrorKind{
		"oud-formaat.xls":  ErrXLS,
		"beveiligd.xlsx":   ErrEncrypted,
		"webpagina.xlsx":   ErrNotSheet,
		"afgebroken.xlsx":  ErrCorrupt,
		"geen-tabel.xlsx":  ErrNoTable,
		"zipbom.xlsx":      ErrTooLarge,
		"leeg.csv":         ErrEmpty,
		"tekst.pdf":        ErrNotSheet,
		"bestaat-niet.csv": ErrNotFound,
	}
	for name, kind := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(badDir, name)
			rep := Import(context.Background(), []string{path}, Options{})
			fr := rep.Files[0]
			if fr.ErrorKind != kind {
				t.Fatalf("%s: kind %q (%s), want %q", name, fr.ErrorKind, fr.Error, kind)
			}
			switch {
			case kind == ErrTooLarge:
				if !strings.Contains(fr.Error, "zip-bom") {
					t.Errorf("zip bomb message %q", fr.Error)
				}
			case fr.Error != messages[kind] || fr.Error == "":
				t.Errorf("message %q", fr.Error)
			}
			if len(rep.Agreements) != 0 {
				t.Errorf("agreements from a bad file: %d", len(rep.Agreements))
			}
			if !rep.Failed() {
				t.Error("report does not say it failed")
			}
		})
	}
}

// The messages say what to do, in Dutch.
func TestBadInputMessages(t *testing.T) {
	if !strings.Contains(messages[ErrXLS], "sla het bestand op als .xlsx") {
		t.Errorf("xls message: %q", messages[ErrXLS])
	}
	if !strings.Contains(messages[ErrEncrypted], "--password") {
		t.Errorf("encrypted message: %q", messages[ErrEncrypted])
	}
	fe := newFileError("map/oud.xls", ErrXLS, nil)
	if !strings.HasPrefix(fe.Error(), "map/oud.xls: oud Excel-formaat") {
		t.Errorf("FileError does not name the file: %q", fe.Error())
	}
}

// rekenblad.ods was refused as an .ods until the importer read them: the
// table of beveiligd.xlsx, converted by LibreOffice, now imports like it.
func TestBadInputODSNowRead(t *testing.T) {
	rep, fr := importOne(t, filepath.Join(badDir, "rekenblad.ods"), Options{})
	if fr.Format != "ods" || len(rep.Agreements) != 3 || len(fr.Gemeenten) != 1 || fr.Gemeenten[0] != "Uithoorn" {
		t.Fatalf("format %q, %d agreements, gemeenten %v", fr.Format, len(rep.Agreements), fr.Gemeenten)
	}
	for i, num := range []string{"1.1", "2.1", "3.1"} {
		if a := rep.Agreements[i]; a.Number != num || a.Source.Row != 4+i {
			t.Errorf("agreement %d: number %q row %d", i, a.Number, a.Source.Row)
		}
	}
}

func TestPasswordProtected(t *testing.T) {
	path := filepath.Join(badDir, "beveiligd.xlsx")
	rep := Import(context.Background(), []string{path}, Options{Password: "fout"})
	if k := rep.Files[0].ErrorKind; k != ErrPassword {
		t.Fatalf("wrong password: kind %q", k)
	}
	rep, fr := importOne(t, path, Options{Password: "geheim"})
	if len(rep.Agreements) != 3 || fr.Gemeenten[0] != "Uithoorn" {
		t.Fatalf("with password: %d agreements, gemeenten %v", len(rep.Agreements), fr.Gemeenten)
	}
}

// TestPasswordPerFile: Passwords opens files protected with different
// passwords in one import, each with its own; Password still opens the
// others.
func TestPasswordPerFile(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join(badDir, "beveiligd.xlsx")) // password "geheim"
	if err != nil {
		t.Fatal(err)
	}
	first := writeFile(t, dir, "a.xlsx", data)
	f, err := excelize.OpenFile(first, excelize.Options{Password: "geheim"})
	if err != nil {
		t.Fatal(err)
	}
	second := filepath.Join(dir, "b.xlsx")
	if err := f.SaveAs(second, excelize.Options{Password: "anders"}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	kinds := func(rep *Report) []ErrorKind {
		return []ErrorKind{rep.Files[0].ErrorKind, rep.Files[1].ErrorKind}
	}
	if got := kinds(Import(context.Background(), []string{dir}, Options{Password: "geheim"})); got[0] != "" || got[1] != ErrPassword {
		t.Fatalf("one password for both: kinds %v", got)
	}
	rep := Import(context.Background(), []string{dir}, Options{Password: "geheim", Passwords: map[string]string{second: "anders"}})
	if got := kinds(rep); got[0] != "" || got[1] != "" || len(rep.Agreements) != 6 {
		t.Fatalf("a password for b.xlsx: kinds %v, %d agreements", got, len(rep.Agreements))
	}
	rep = Import(context.Background(), []string{dir}, Options{Passwords: map[string]string{second: "anders"}})
	if got := kinds(rep); got[0] != ErrEncrypted || got[1] != "" {
		t.Fatalf("only b.xlsx's password: kinds %v", got)
	}
}

// Good and bad files together: every file is listed, the good ones are
// complete, the bad ones say why.
func TestMixedFolderKeepsGoing(t *testing.T) {
	dir := t.TempDir()
	good := book{sheets: []sheetSpec{{name: "A", rows: [][]any{
		{"Nr", "Afspraak"}, {"1", "De corporatie levert 10 woningen op."}, {"2", "Partijen gaan in gesprek."},
	}}}}
	good.xlsx(t, dir, "uithoorn.xlsx")
	for _, name := range []string{"oud-formaat.xls", "webpagina.xlsx", "afgebroken.xlsx", "zipbom.xlsx"} {
		data, err := os.ReadFile(filepath.Join(badDir, name))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, name, data)
	}
	writeFile(t, dir, "~$uithoorn.xlsx", []byte("lock"))
	writeFile(t, dir, "notulen.pdf", []byte("not a sheet: listed, not read"))
	writeFile(t, dir, ".DS_Store", []byte("not even listed"))
	rep := Import(context.Background(), []string{dir}, Options{})
	if len(rep.Files) != 7 {
		t.Fatalf("files listed: %d, want 7", len(rep.Files))
	}
	failed, ignored := 0, map[string]string{}
	for _, f := range rep.Files {
		if f.Error != "" {
			failed++
		}
		if f.Ignored != "" {
			ignored[filepath.Base(f.Path)] = f.Ignored
		}
	}
	if failed != 4 || len(rep.Agreements) != 2 || !rep.Failed() {
		t.Errorf("failed %d, agreements %d", failed, len(rep.Agreements))
	}
	if len(ignored) != 2 || !strings.Contains(ignored["notulen.pdf"], ".pdf") || !strings.Contains(ignored["~$uithoorn.xlsx"], "vergrendelbestand") {
		t.Errorf("ignored files: %v", ignored)
	}
}

// The zip bomb is refused before anything is inflated.
func TestZipBombRefusedCheaply(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(badDir, "zipbom.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	res := importFile("zipbom.xlsx", data, Options{})
	runtime.ReadMemStats(&after)
	if res.report.ErrorKind != ErrTooLarge {
		t.Fatalf("kind %q", res.report.ErrorKind)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 32<<20 {
		t.Errorf("refusing the bomb allocated %d MB", alloc>>20)
	}
}

func BenchmarkZipBomb(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(badDir, "zipbom.xlsx"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if res := importFile("zipbom.xlsx", data, Options{}); res.report.ErrorKind != ErrTooLarge {
			b.Fatal(res.report.Error)
		}
	}
}

// Input files are opened read-only and never changed.
func TestInputsUnchanged(t *testing.T) {
	dir := t.TempDir()
	path := book{sheets: []sheetSpec{{name: "A", rows: [][]any{{"Nr", "Afspraak"}, {"1", "Tekst."}}}}}.xlsx(t, dir, "a.xlsx")
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	st1, _ := os.Stat(path)
	importOne(t, path, Options{})
	after, _ := os.ReadFile(path)
	st2, _ := os.Stat(path)
	if sha256.Sum256(before) != sha256.Sum256(after) || !st1.ModTime().Equal(st2.ModTime()) {
		t.Error("input file changed")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("import left files behind: %v", entries)
	}
}
