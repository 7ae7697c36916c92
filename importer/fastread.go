package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf16"
)

// The fast reader reads an xlsx package itself (archive/zip and the byte
// scanner of fastxml.go) instead of through excelize, and yields what the
// excelize path yields (readXLSXExcelize): the same sheets, cells, merges,
// warnings and errors. doc.go says why and what it gains. It reads only
// the parts the import needs: the package and workbook relationships, the
// workbook, the shared strings and the visible sheets. Whatever it does
// not understand (strict OOXML, another character set, a missing part,
// broken XML, a construct excelize gives meanings of its own) it does not
// guess at: it says why, and readXLSX leaves the file to excelize.

// relsXML is a relationships part, declared as excelize declares it (the
// namespace is checked).
type relsXML struct {
	XMLName xml.Name `xml:"http://schemas.openxmlformats.org/package/2006/relationships Relationships"`
	Rels    []struct {
		ID     string `xml:"Id,attr"`
		Target string `xml:",attr"`
		Type   string `xml:",attr"`
	} `xml:"Relationship"`
}

// workbookXML is the part of xl/workbook.xml the import reads, declared as
// excelize declares it.
type workbookXML struct {
	XMLName    xml.Name `xml:"http://schemas.openxmlformats.org/spreadsheetml/2006/main workbook"`
	WorkbookPr *struct {
		Date1904 bool `xml:"date1904,attr,omitempty"`
	} `xml:"workbookPr"`
	Sheets struct {
		Sheet []struct {
			Name    string `xml:"name,attr,omitempty"`
			SheetID int    `xml:"sheetId,attr,omitempty"`
			ID      string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
			State   string `xml:"state,attr,omitempty"`
		} `xml:"sheet"`
	} `xml:"sheets"`
}

// contentTypesXML is [Content_Types].xml, declared as excelize declares
// it: excelize decodes it when it reads the first row of a workbook, and
// refuses the workbook when it cannot.
type contentTypesXML struct {
	XMLName   xml.Name   `xml:"http://schemas.openxmlformats.org/package/2006/content-types Types"`
	Defaults  []struct{} `xml:"Default"`
	Overrides []struct{} `xml:"Override"`
}

const relOfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"

// fastPackage is an opened package: its parts by the names excelize gives
// them (backslashes as slashes, the shared strings and content types
// under their usual names; a later part of the same name wins).
type fastPackage struct {
	zr    *zip.Reader
	parts map[string]*zip.File
}

// fastSheet is a sheet of the workbook with the part it is read from.
type fastSheet struct {
	name   string
	hidden bool
	part   *zip.File
}

// readXLSXFast is readXLSXExcelize on the fast reader. The string is why
// the fast reader cannot read the file ("" when it did).
func readXLSXFast(path string, data []byte, lim *fileLimits) ([]sheetIn, []string, *FileError, string) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, nil, "zip: " + err.Error()
	}
	p := openPackage(zr)
	sheets, date1904, why := p.workbook()
	if why != "" {
		return nil, nil, nil, why
	}
	sst, sstCount, why := p.sharedStrings()
	if why != "" {
		return nil, nil, nil, why
	}
	var out []sheetIn
	var warnings []string
	for _, s := range sheets {
		if s.hidden {
			out = append(out, sheetIn{name: s.name, hidden: true})
			continue
		}
		buf, err := inflate(s.part)
		if err != nil {
			return nil, nil, nil, fmt.Sprintf("blad '%s': %v", s.name, err)
		}
		g, fe, why := readSheetFast(path, s.name, buf, sst, lim)
		if why != "" || fe != nil {
			release(buf)
			return nil, nil, fe, why
		}
		g.date1904 = date1904
		sc := scanSheet(bytes.NewReader(buf), sstCount)
		release(buf)
		w, fe := finishSheet(path, g, sc, nil)
		if fe != nil {
			return nil, nil, fe, ""
		}
		warnings = append(warnings, w...)
		out = append(out, sheetIn{name: s.name, grid: g})
	}
	return out, warnings, nil, ""
}

// openPackage indexes the parts of zr as excelize names them.
func openPackage(zr *zip.Reader) *fastPackage {
	p := &fastPackage{zr: zr, parts: make(map[string]*zip.File, len(zr.File))}
	for _, zf := range zr.File {
		name := strings.ReplaceAll(zf.Name, `\`, "/")
		switch strings.ToLower(name) {
		case "[content_types].xml":
			name = "[Content_Types].xml"
		case "xl/sharedstrings.xml":
			name = "xl/sharedStrings.xml"
		}
		p.parts[name] = zf
	}
	return p
}

// workbook finds the workbook as excelize does, and returns its sheets,
// each with its part, and its date system.
func (p *fastPackage) workbook() ([]fastSheet, bool, string) {
	root, why := p.rels("_rels/.rels")
	if why != "" {
		return nil, false, why
	}
	book := ""
	for _, r := range root.Rels {
		if r.Type == relOfficeDocument {
			book = strings.TrimPrefix(r.Target, "/")
			break
		}
	}
	var wb workbookXML
	if why := p.decode(book, &wb); why != "" {
		return nil, false, why
	}
	if p.parts["[Content_Types].xml"] != nil {
		if why := p.decode("[Content_Types].xml", &contentTypesXML{}); why != "" {
			return nil, false, why
		}
	}
	relsPath := "_rels/" + filepath.Base(book) + ".rels"
	if dir := filepath.Dir(book); dir != "." {
		relsPath = strings.TrimPrefix(dir+"/_rels/"+filepath.Base(book)+".rels", "/")
	}
	rels, why := p.rels(relsPath)
	if why != "" {
		return nil, false, why
	}
	var refs []sheetRef
	var out []fastSheet
	for i, s := range wb.Sheets.Sheet {
		for _, o := range wb.Sheets.Sheet[:i] {
			if strings.EqualFold(o.Name, s.Name) {
				return nil, false, fmt.Sprintf("twee bladen heten '%s'", s.Name)
			}
		}
		fs := fastSheet{name: s.Name, hidden: s.State == "hidden" || s.State == "veryHidden"}
		for _, r := range rels.Rels {
			if r.ID == s.ID {
				if zf := p.parts[worksheetPath(book, r.Target)]; zf != nil {
					fs.part = zf
				}
			}
		}
		if !fs.hidden {
			if fs.part == nil {
				return nil, false, fmt.Sprintf("blad '%s' staat niet in het pakket", s.Name)
			}
			if !validSheetName(s.Name) {
				return nil, false, fmt.Sprintf("ongeldige bladnaam '%s'", s.Name)
			}
		}
		refs = append(refs, sheetRef{name: s.Name, id: s.ID})
		out = append(out, fs)
	}
	// The merges are read from the part the merge reader finds (merges.go),
	// which must be the same.
	scanned, err := sheetParts(p.zr, refs)
	if err != nil {
		return nil, false, "samengevoegde cellen: " + err.Error()
	}
	for _, s := range out {
		if !s.hidden && scanned[s.name] != s.part {
			return nil, false, fmt.Sprintf("blad '%s' is niet eenduidig te vinden", s.name)
		}
	}
	date1904 := wb.WorkbookPr != nil && wb.WorkbookPr.Date1904
	return out, date1904, ""
}

// rels reads a relationships part.
func (p *fastPackage) rels(name string) (relsXML, string) {
	var r relsXML
	return r, p.decode(name, &r)
}

// decode decodes a small part (the workbook, relationships) with
// encoding/xml, as excelize does; a missing part, strict OOXML and an
// error are left to excelize.
func (p *fastPackage) decode(name string, v any) string {
	zf := p.parts[name]
	if zf == nil {
		return "onderdeel ontbreekt: " + name
	}
	data, err := inflate(zf)
	if err != nil {
		return name + ": " + err.Error()
	}
	defer release(data)
	if bytes.Contains(data, []byte("purl.oclc.org")) {
		return name + ": strikte OOXML"
	}
	if err := xml.NewDecoder(bytes.NewReader(data)).Decode(v); err != nil && err != io.EOF {
		return name + ": " + err.Error()
	}
	return ""
}

// sharedStrings reads the shared strings (none without the part), and
// counts their items as the merge reader's scan does (countTags).
func (p *fastPackage) sharedStrings() ([]string, int, string) {
	var zf *zip.File
	for _, f := range p.zr.File {
		if strings.EqualFold(strings.ReplaceAll(f.Name, `\`, "/"), "xl/sharedStrings.xml") {
			if zf != nil {
				return nil, 0, "twee keer xl/sharedStrings.xml"
			}
			zf = f
		}
	}
	if zf == nil {
		return nil, 0, ""
	}
	data, err := inflate(zf)
	if err != nil {
		return nil, 0, "xl/sharedStrings.xml: " + err.Error()
	}
	defer release(data)
	if bytes.Contains(data, []byte("purl.oclc.org")) {
		return nil, 0, "xl/sharedStrings.xml: strikte OOXML"
	}
	sst, why := readSST(data)
	if why != "" {
		return nil, 0, why
	}
	n, complete := countTags(bytes.NewReader(data), "si")
	if !complete || n != len(sst) {
		return nil, 0, "gedeelde teksten niet eenduidig te tellen"
	}
	return sst, n, ""
}

// worksheetPath is excelize's getWorksheetPath: the part a workbook
// relationship's target names, relative to the workbook's folder.
func worksheetPath(book, target string) string {
	if strings.HasPrefix(target, "/") {
		return filepath.ToSlash(strings.TrimPrefix(strings.ReplaceAll(filepath.Clean(target), `\`, "/"), "/"))
	}
	return filepath.ToSlash(strings.TrimPrefix(strings.ReplaceAll(filepath.Clean(filepath.Dir(book)+"/"+target), `\`, "/"), "/"))
}

// validSheetName is excelize's checkSheetName: a sheet whose name it
// refuses cannot be read through it.
func validSheetName(name string) bool {
	n := 0
	for _, r := range name {
		n += utf16.RuneLen(r)
	}
	return name != "" && n <= 31 && !strings.HasPrefix(name, "'") && !strings.HasSuffix(name, "'") &&
		!strings.ContainsAny(name, `:\/?*[]`)
}

// partPool keeps the buffers parts are inflated into.
var partPool sync.Pool

// maxPooled is the largest buffer partPool keeps: a rare large sheet's
// buffer is left to the collector rather than held.
const maxPooled = 4 << 20

// release gives a buffer from inflate back to partPool.
func release(buf []byte) {
	if cap(buf) <= maxPooled {
		partPool.Put(&buf)
	}
}

// inflate returns the content of a part, in a buffer from partPool
// (give it back with release when done). Its size is what the zip's
// directory says (archive/zip holds the part to it); the package as a
// whole was held to maxUnzipped by sniffZip.
func inflate(zf *zip.File) ([]byte, error) {
	if zf.UncompressedSize64 > maxUnzipped {
		return nil, fmt.Errorf("onderdeel %s is te groot", zf.Name)
	}
	size := int(zf.UncompressedSize64)
	var buf []byte
	if b, ok := partPool.Get().(*[]byte); ok && cap(*b) >= size {
		buf = (*b)[:size]
	} else {
		buf = make([]byte, size, max(size, 64<<10))
	}
	rc, err := zf.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	if _, err := io.ReadFull(rc, buf); err != nil {
		return nil, err
	}
	var one [1]byte // reading to the end checks the part's checksum
	if n, err := rc.Read(one[:]); n > 0 || err != io.EOF {
		if err == nil || err == io.EOF {
			err = fmt.Errorf("onderdeel %s is langer dan opgegeven", zf.Name)
		}
		return nil, err
	}
	return buf, nil
}
