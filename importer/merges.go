package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Merged cells hold their value only in the top-left cell when read with
// excelize's row iterator (engineering notes §5.4), so every sheet's merge
// list is needed to read merged section rows and headers right.
//
// excelize's GetMergeCells unmarshals the whole worksheet a second time:
// measured on the national corpus an import then takes 1.6–1.8× the time
// and 1.8× the memory (BenchmarkImportNational, BenchmarkMergesNational;
// README). So the list is
// read from the xlsx package itself: the sheet's part is inflated from the
// workbook's bytes as a stream, tags are skipped up to <mergeCells>, and
// only that element is decoded (mergescan.go). The same pass checks what
// excelize's row iterator lets pass: rows that break off, and broken
// shared-string indexes. This reads the same whether excelize holds the
// part in memory or has spilled it to a temporary file (parts over
// UnzipXMLSizeLimit). An encrypted workbook is decrypted before (see
// decryptXLSX), so its package is read the same way. Whatever goes wrong
// is an error for the import report, never a silently empty list.

// mergeReader reads the merged ranges (and the checks of scanSheet) of one
// workbook's sheets.
type mergeReader struct {
	zr *zip.Reader
	// parts maps a sheet name to its part in zr.
	parts map[string]*zip.File
	// err says why parts could not be found at all.
	err error
	// sst is the number of shared strings (-1 until counted).
	sst int
}

// newMergeReader prepares reading the merges of f, opened from data.
func newMergeReader(f *excelize.File, data []byte) *mergeReader {
	m := &mergeReader{sst: -1}
	m.zr, m.err = zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if m.err == nil {
		m.parts, m.err = sheetParts(m.zr, sheetRefs(f))
	}
	return m
}

// sheetRef is a sheet as the workbook lists it: its name and the id of
// its relationship.
type sheetRef struct {
	name, id string
}

// sheetRefs lists the sheets of a workbook excelize opened.
func sheetRefs(f *excelize.File) []sheetRef {
	var out []sheetRef
	for _, s := range f.WorkBook.Sheets.Sheet {
		out = append(out, sheetRef{name: s.Name, id: s.ID})
	}
	return out
}

// sheet scans the named sheet's part (see scanSheet). The error says why
// the part could not be scanned at all.
func (m *mergeReader) sheet(name string) (sheetScan, error) {
	if m.err != nil {
		return sheetScan{}, m.err
	}
	zf, ok := m.parts[name]
	if !ok {
		return sheetScan{}, errors.New("het blad staat niet in het pakket")
	}
	if zf.UncompressedSize64 > maxUnzipped {
		return sheetScan{}, errors.New("het blad is te groot")
	}
	rc, err := zf.Open()
	if err != nil {
		return sheetScan{}, err
	}
	defer rc.Close()
	sst, _ := m.sharedStrings() // checked by readXLSX before
	return scanSheet(rc, sst), nil
}

// sharedStrings counts the <si> items of the part excelize reads shared
// strings from (xl/sharedStrings.xml; 0 when there is none). A part that
// breaks off is an error: excelize would read it in part without a word
// when it is large enough to be kept in a temporary file.
func (m *mergeReader) sharedStrings() (int, error) {
	if m.sst >= 0 || m.zr == nil {
		return max(m.sst, 0), nil
	}
	m.sst = 0
	for _, zf := range m.zr.File {
		if !strings.EqualFold(strings.ReplaceAll(zf.Name, `\`, "/"), "xl/sharedStrings.xml") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			return 0, err
		}
		defer rc.Close()
		n, complete := countTags(rc, "si")
		m.sst = n
		if !complete {
			return n, errors.New("de gedeelde teksten (xl/sharedStrings.xml) houden midden in op")
		}
		break
	}
	return m.sst, nil
}

// mergeWarning is the import report's line for a sheet whose merges could
// not be read: the sheet was read, but merged rows may be misread.
func mergeWarning(file, sheet string, err error) string {
	return fmt.Sprintf("samengevoegde cellen van blad '%s' in %s niet gelezen (%v): sectieregels en kopjes over meerdere kolommen kunnen verkeerd zijn gelezen",
		sheet, filepath.Base(file), err)
}

// sheetParts finds each sheet's part in the package the way excelize does:
// the workbook from the package relationships, then each sheet's target
// in the workbook's relationships, relative to the workbook's folder.
func sheetParts(zr *zip.Reader, sheets []sheetRef) (map[string]*zip.File, error) {
	files := make(map[string]*zip.File, len(zr.File))
	folded := make(map[string]*zip.File, len(zr.File))
	for _, zf := range zr.File {
		name := strings.ReplaceAll(zf.Name, `\`, "/")
		files[name] = zf
		folded[strings.ToLower(name)] = zf
	}
	find := func(name string) *zip.File {
		if zf, ok := files[name]; ok {
			return zf
		}
		return folded[strings.ToLower(name)]
	}
	root, err := readRels(find("_rels/.rels"))
	if err != nil {
		return nil, fmt.Errorf("_rels/.rels: %w", err)
	}
	workbook := ""
	for _, r := range root {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			workbook = strings.TrimPrefix(r.Target, "/")
			break
		}
	}
	if workbook == "" {
		return nil, errors.New("het pakket noemt geen werkmap")
	}
	dir := path.Dir(workbook)
	relsName := path.Join(dir, "_rels", path.Base(workbook)+".rels")
	rels, err := readRels(find(relsName))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", relsName, err)
	}
	targets := make(map[string]string, len(rels))
	for _, r := range rels {
		t := strings.ReplaceAll(r.Target, `\`, "/")
		if strings.HasPrefix(t, "/") {
			t = path.Clean(strings.TrimPrefix(t, "/"))
		} else {
			t = path.Join(dir, t)
		}
		targets[r.ID] = t
	}
	out := map[string]*zip.File{}
	for _, s := range sheets {
		if zf := find(targets[s.id]); zf != nil {
			out[s.name] = zf
		}
	}
	return out, nil
}

// relationship is one entry of a .rels part.
type relationship struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
}

// readRels reads a relationships part; a missing part is an error.
func readRels(zf *zip.File) ([]relationship, error) {
	if zf == nil {
		return nil, errors.New("ontbreekt")
	}
	rc, err := zf.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var rels struct {
		Rel []relationship `xml:"Relationship"`
	}
	if err := xml.NewDecoder(rc).Decode(&rels); err != nil {
		return nil, err
	}
	return rels.Rel, nil
}
