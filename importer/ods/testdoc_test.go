package ods

import (
	"archive/zip"
	"bytes"
	"testing"

	"pakompas/importer/ods/odstest"
)

// doc is the content.xml of a spreadsheet with automatic styles and tables.
func doc(styles string, tables ...string) []byte {
	return []byte(odstest.Content(styles, tables...))
}

// table is a shown table:table holding rows.
func table(name string, rows ...string) string { return odstest.Table(name, "ta1", rows...) }

var (
	row = odstest.Row
	str = odstest.Str
)

// recorder is a Handler that keeps everything Read hands out.
type recorder struct {
	sheets []Sheet
	rows   map[string][]recRow
	merges map[string][]Merge
	cur    string
	// readHidden makes it ask for the rows of hidden sheets too.
	readHidden bool
}

type recRow struct {
	num   int
	cells []string
}

func newRecorder() *recorder {
	return &recorder{rows: map[string][]recRow{}, merges: map[string][]Merge{}}
}

func (r *recorder) Sheet(s Sheet) (bool, error) {
	r.sheets = append(r.sheets, s)
	r.cur = s.Name
	return !s.Hidden || r.readHidden, nil
}

func (r *recorder) Row(num int, cells []string) error {
	r.rows[r.cur] = append(r.rows[r.cur], recRow{num, cells})
	return nil
}

func (r *recorder) Merge(m Merge) error {
	r.merges[r.cur] = append(r.merges[r.cur], m)
	return nil
}

// read reads content with generous limits and fails the test on an error.
func read(t testing.TB, content []byte) *recorder {
	t.Helper()
	rec := newRecorder()
	if err := Read(content, rec, Limits{MaxCellBytes: 1 << 20, MaxText: 64 << 20}); err != nil {
		t.Fatalf("Read: %v", err)
	}
	return rec
}

// openZip opens data as a zip.
func openZip(t testing.TB, data []byte) *zip.Reader {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	return zr
}
