package workbook

import (
	"archive/zip"
	"bytes"
	"io"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"pakompas/importer/corpus"
)

// unzipParts returns every part of the workbook at path, inflated.
func unzipParts(t *testing.T, path string) map[string][]byte {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		parts[f.Name] = data
	}
	return parts
}

// The workbook whose rows, widths and compression are worked out on
// several cores is the one worked out on one, part for part and byte for
// byte: 40 gemeenten of the corpus, so every streamed sheet has many
// chunks of rows and Alle afspraken several blocks to deflate.
func TestParallelBuildSameAsSerial(t *testing.T) {
	in := corpusInput(corpus.Options{Gemeenten: 40})
	build := func(procs int) map[string][]byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		path := filepath.Join(t.TempDir(), "w.xlsx")
		if err := Write(path, in, Options{}); err != nil {
			t.Fatal(err)
		}
		return unzipParts(t, path)
	}
	serial, par := build(1), build(4)
	if len(par) != len(serial) {
		t.Fatalf("%d parts on 4 cores, %d on one", len(par), len(serial))
	}
	big := 0
	for name, want := range serial {
		got, ok := par[name]
		if name == "[Content_Types].xml" {
			// excelize lists the image types from a map: in any order.
			got, want = sortedElements(got), sortedElements(want)
		}
		if !ok || !bytes.Equal(got, want) {
			t.Errorf("part %s differs (%d bytes, want %d)", name, len(got), len(want))
		}
		big = max(big, len(want))
	}
	if big < 3*deflateBlock {
		t.Errorf("largest part %d bytes: too small to need several blocks", big)
	}
}

// sortedElements is an XML part with its elements (split at "><")
// sorted.
func sortedElements(xml []byte) []byte {
	parts := bytes.Split(xml, []byte("><"))
	slices.SortFunc(parts, bytes.Compare)
	return bytes.Join(parts, []byte("><"))
}
