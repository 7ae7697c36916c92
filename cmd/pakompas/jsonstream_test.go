package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pakompas/compare"
	"pakompas/importer"
	"pakompas/importer/corpus"
)

// The documents as encoding/json writes them in one go: the reference
// for the streamed output.
type (
	importDocRef struct {
		Files      []importer.FileReport `json:"files"`
		Agreements []compare.Agreement   `json:"agreements"`
	}
	checkDocRef struct {
		checkHead
		Vague []checkItem `json:"vague"`
	}
)

// marshalDoc is v as json.Encoder with SetIndent("", "  ") writes it.
func marshalDoc(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// sameBytes fails with the first difference when got is not want.
func sameBytes(t *testing.T, what string, got, want []byte) {
	t.Helper()
	if bytes.Equal(got, want) {
		return
	}
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(i-80, 0)
	t.Fatalf("%s: %d bytes, want %d; first difference at byte %d:\ngot  %q\nwant %q",
		what, len(got), len(want), i, got[lo:min(i+80, len(got))], want[lo:min(i+80, len(want))])
}

// copyBad copies files of testdata/bad into dir.
func copyBad(t *testing.T, dir string, names ...string) {
	t.Helper()
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "bad", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// smallCorpus writes n gemeenten of the synthetic corpus (150 agreements
// each, more than one chunk of jsonChunk) into a new folder.
func smallCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := corpus.Write(dir, corpus.Build(corpus.Options{Gemeenten: n})); err != nil {
		t.Fatal(err)
	}
	return dir
}

// referenceAnalysis imports and analyses paths as the commands do, with
// the default config.
func referenceAnalysis(t *testing.T, paths []string, alleen ...string) *compare.Analysis {
	t.Helper()
	rep, err := importer.Select(importer.Import(context.Background(), paths, importer.Options{}), alleen)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := compare.NewEngine(compare.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return eng.Analyze(rep, compare.Overrides{})
}

// import --json streams the same bytes json.MarshalIndent gives for the
// whole document: the demo set, the demo set with bad files, only bad
// files (no agreements), a selection, and three corpus gemeenten (450
// agreements, two chunks).
func TestImportJSONStreamSameBytes(t *testing.T) {
	demoDir := t.TempDir()
	copyDemo(t, demoDir)
	mixed := t.TempDir()
	copyDemo(t, mixed)
	copyBad(t, mixed, "afgebroken.xlsx", "beveiligd.xlsx", "geen-tabel.xlsx", "leeg.csv", "zipbom.xlsx")
	bad := t.TempDir()
	copyBad(t, bad, "oud-formaat.xls", "webpagina.xlsx")
	t.Chdir(t.TempDir()) // no pakompas.toml from the package folder
	cases := []struct {
		name   string
		dir    string
		alleen []string
		code   int
	}{
		{"demo", demoDir, nil, exitOK},
		{"demo and bad files", mixed, nil, exitFailures},
		{"bad files only", bad, nil, exitFailures},
		{"selection", demoDir, []string{"Uithoorn"}, exitOK},
		{"corpus", smallCorpus(t, 3), nil, exitOK},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := []string{"import", "--json"}
			if c.alleen != nil {
				args = append(args, "--alleen", strings.Join(c.alleen, ","))
			}
			var out, errOut bytes.Buffer
			if code := run(append(args, c.dir), &out, &errOut); code != c.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, c.code, errOut.String())
			}
			an := referenceAnalysis(t, []string{c.dir}, c.alleen...)
			sameBytes(t, "import --json", out.Bytes(), marshalDoc(t, importDocRef{Files: an.Report.Files, Agreements: an.Agreements}))
		})
	}
}

// check --json streams the same bytes as json.MarshalIndent of the whole
// document: with vague agreements, and with none ("vague": null).
func TestCheckJSONStreamSameBytes(t *testing.T) {
	demoDir := t.TempDir()
	copyDemo(t, demoDir)
	bad := t.TempDir()
	copyBad(t, bad, "leeg.csv", "webpagina.xlsx")
	t.Chdir(t.TempDir()) // no evaluation file or pakompas.toml from the package folder
	for _, dir := range []string{demoDir, bad} {
		var out, errOut bytes.Buffer
		run([]string{"check", "--json", "--zonder-oordelen", dir}, &out, &errOut)
		an := referenceAnalysis(t, []string{dir})
		ref := checkDocRef{checkHead: checkHead{Files: len(an.Report.Files), Unreadable: failedFiles(an), Agreements: len(an.Agreements),
			Earlier: len(an.Agreements) - an.CurrentCount()}}
		if dir == demoDir && ref.Earlier != 34 {
			t.Fatalf("the demo's earlier jaarschijven: %d agreements, want 34", ref.Earlier)
		}
		superseded := an.Superseded() // check judges the current jaarschijf
		for i, a := range an.Agreements {
			if a.Vague && !superseded(i) {
				ref.Vague = append(ref.Vague, checkItem{Agreement: a})
			}
		}
		if dir == demoDir && len(ref.Vague) == 0 {
			t.Fatal("the demo set has no vague agreements: the test tests nothing")
		}
		sameBytes(t, "check --json "+dir, out.Bytes(), marshalDoc(t, ref))
	}
}

// writeJSONDoc on its own: an empty head, a head with omitted fields,
// text that encoding/json escapes, empty and nil arrays, and arrays that
// end on and just past a chunk boundary.
func TestWriteJSONDocLikeMarshalIndent(t *testing.T) {
	type item struct {
		S string         `json:"s"`
		N []int          `json:"n,omitempty"`
		M map[string]int `json:"m"`
	}
	type head struct {
		A string   `json:"a,omitempty"`
		B []string `json:"b"`
	}
	items := func(n int) []item {
		out := make([]item, n)
		for i := range out {
			out[i] = item{S: strings.Repeat("<&>\u2028é\"", i%3), M: map[string]int{"z": i, "a": -i}}
			if i%2 == 0 {
				out[i].N = []int{i, i + 1}
			}
		}
		return out
	}
	for _, n := range []int{0, 1, jsonChunk, jsonChunk + 1, 5*jsonChunk + 7} {
		for _, h := range []head{{}, {A: "x", B: []string{"y"}}} {
			list := items(n)
			var got bytes.Buffer
			if err := writeJSONDoc(&got, h, "items", len(list), false, func(i int) any { return list[i] }); err != nil {
				t.Fatal(err)
			}
			want := marshalDoc(t, struct {
				head
				Items []item `json:"items"`
			}{h, list})
			sameBytes(t, "writeJSONDoc", got.Bytes(), want)
		}
	}
	var got bytes.Buffer
	if err := writeJSONDoc(&got, struct{}{}, "items", 0, true, nil); err != nil {
		t.Fatal(err)
	}
	sameBytes(t, "nil array, empty head", got.Bytes(), marshalDoc(t, struct {
		Items []item `json:"items"`
	}{}))
	if err := writeJSONDoc(&got, []int{1}, "items", 0, true, nil); err == nil {
		t.Error("a head that is no object: no error")
	}
}

// failAfter accepts n bytes, then fails.
type failAfter struct{ n int }

var errFull = errors.New("schijf vol")

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k := f.n
		f.n = 0
		return k, errFull
	}
	f.n -= len(p)
	return len(p), nil
}

// A writer that fails stops the stream with its error (the workers end;
// the test would hang otherwise), whether it fails at once or halfway.
func TestWriteJSONDocWriteError(t *testing.T) {
	n := 40 * jsonChunk
	elem := func(i int) any { return map[string]string{"text": strings.Repeat("x", 100)} }
	for _, after := range []int{0, 200 << 10} {
		err := writeJSONDoc(&failAfter{n: after}, struct{}{}, "items", n, false, elem)
		if !errors.Is(err, errFull) {
			t.Errorf("fails after %d bytes: error %v, want %v", after, err, errFull)
		}
	}
	// An element that cannot be encoded fails the document.
	err := writeJSONDoc(&bytes.Buffer{}, struct{}{}, "items", n, false, func(i int) any {
		if i == n/2 {
			return func() {}
		}
		return i
	})
	var unsupported *json.UnsupportedTypeError
	if !errors.As(err, &unsupported) {
		t.Errorf("unencodable element: error %v", err)
	}
}

// countWrites counts the writes that reach it.
type countWrites struct {
	bytes.Buffer
	writes int
}

func (c *countWrites) Write(p []byte) (int, error) {
	c.writes++
	return c.Buffer.Write(p)
}

// The reports reach stdout through a buffer: a few large writes, not one
// per line or per agreement (each an unbuffered system call on a
// terminal or pipe).
func TestOutputIsBuffered(t *testing.T) {
	dir := t.TempDir()
	copyDemo(t, dir)
	t.Chdir(t.TempDir())
	for _, args := range [][]string{
		{"import", dir},
		{"import", "--json", dir},
		{"check", "--zonder-oordelen", dir},
		{"check", "--json", "--zonder-oordelen", dir},
	} {
		var out countWrites
		run(args, &out, &bytes.Buffer{})
		lines := strings.Count(out.String(), "\n")
		if lines < 20 || out.writes > 1+out.Len()/4096 {
			t.Errorf("pakompas %q: %d writes for %d bytes in %d lines", args, out.writes, out.Len(), lines)
		}
	}
}
