package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"
)

// Relationship types the reader follows (transitional and strict end
// alike).
const (
	relDocument  = "/officeDocument"
	relStyles    = "/styles"
	relNumbering = "/numbering"
)

// Read reads the body of the Word document held in data (a zip package).
// It returns ErrNoDocument for a package without a document part, a
// *LimitError for a document past lim, and another error for a damaged
// one.
func Read(data []byte, lim Limits) (*Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	pk := pkg{parts: map[string]*zip.File{}, lim: lim}
	for _, f := range zr.File {
		pk.parts[strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(f.Name, `\`, "/"), "/"))] = f
	}
	main := pk.target("_rels/.rels", "", relDocument, "word/document.xml")
	docData, err := pk.read(main)
	if err != nil {
		return nil, err
	}
	if docData == nil {
		return nil, ErrNoDocument
	}
	relsName := path.Join(path.Dir(main), "_rels", path.Base(main)+".rels")
	dir := path.Dir(main)
	stylesData, err := pk.read(pk.target(relsName, dir, relStyles, path.Join(dir, "styles.xml")))
	if err != nil {
		return nil, err
	}
	numData, err := pk.read(pk.target(relsName, dir, relNumbering, path.Join(dir, "numbering.xml")))
	if err != nil {
		return nil, err
	}
	st, err := readStyles(stylesData)
	if err != nil {
		return nil, fmt.Errorf("stijlen: %w", err)
	}
	num, err := readNumbering(numData)
	if err != nil {
		return nil, fmt.Errorf("nummering: %w", err)
	}
	p := &parser{t: newTokens(docData), styles: st, num: num, lim: lim}
	if err := p.body(); err != nil {
		return nil, p.where(err)
	}
	return &p.doc, nil
}

// pkg is the opened zip package: its parts by lower-case name.
type pkg struct {
	parts map[string]*zip.File
	lim   Limits
}

// target returns the part the relationships part rels names for the
// relationship type ending in typ (targets relative to dir), or def.
func (pk pkg) target(rels, dir, typ, def string) string {
	data, err := pk.read(rels)
	if err != nil || data == nil {
		return def
	}
	var r struct {
		Rels []struct {
			Target string `xml:",attr"`
			Type   string `xml:",attr"`
			Mode   string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(data, &r) != nil {
		return def
	}
	for _, rel := range r.Rels {
		if strings.HasSuffix(rel.Type, typ) && rel.Mode != "External" {
			t := strings.ReplaceAll(rel.Target, `\`, "/")
			if strings.HasPrefix(t, "/") {
				return strings.TrimPrefix(path.Clean(t), "/")
			}
			return strings.TrimPrefix(path.Clean(path.Join(dir, t)), "/")
		}
	}
	return def
}

// read returns a part's bytes, nil when there is no such part.
func (pk pkg) read(name string) ([]byte, error) {
	f := pk.parts[strings.ToLower(name)]
	if f == nil {
		return nil, nil
	}
	if pk.lim.Part > 0 && f.UncompressedSize64 > uint64(pk.lim.Part) {
		return nil, &LimitError{What: "uitgepakte bytes in " + f.Name, Limit: pk.lim.Part}
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	// archive/zip holds the part to its declared size, and checks it.
	data, err := io.ReadAll(rc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name, err)
	}
	return data, nil
}
