package demo

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"strings"
)

// bombSize is the least number of bytes the zip bomb's sheet inflates to.
const bombSize = 2 << 30

// bombChunk is the run of spaces compressed once and repeated.
const bombChunk = 1 << 20

// zipBomb builds an xlsx whose parts are all normal except
// xl/worksheets/sheet1.xml: a valid worksheet whose sheetData holds a
// header row followed by more than 2 GiB of spaces, deflated to about 2 MB.
// The zip header states the true sizes and CRC.
//
// It is made without deflating 2 GiB: one chunk of spaces is deflated once
// against a window of spaces and ended with a sync flush (which leaves the
// stream byte-aligned), so the same bytes can be repeated; each copy
// inflates to the same chunk because the window before it holds only
// spaces.
func zipBomb() ([]byte, error) {
	prologue := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1"><c r="A1" t="inlineStr"><is><t>Nr</t></is></c><c r="B1" t="inlineStr"><is><t>Afspraak</t></is></c></row>`
	const epilogue = `</sheetData></worksheet>`
	spaces := bytes.Repeat([]byte{' '}, bombChunk)

	var stream bytes.Buffer
	crc := crc32.NewIEEE()
	size := uint64(0)
	// deflate appends one byte-aligned piece to stream, compressed against
	// dict, and accounts for its plain text.
	deflate := func(dict []byte, plain []byte, final bool) ([]byte, error) {
		var piece bytes.Buffer
		w, err := flate.NewWriterDict(&piece, flate.BestCompression, dict)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(plain); err != nil {
			return nil, err
		}
		if final {
			err = w.Close()
		} else {
			err = w.Flush()
		}
		return piece.Bytes(), err
	}
	add := func(piece, plain []byte) {
		stream.Write(piece)
		crc.Write(plain)
		size += uint64(len(plain))
	}

	head, err := deflate(nil, append([]byte(prologue), spaces...), false)
	if err != nil {
		return nil, err
	}
	add(head, append([]byte(prologue), spaces...))
	window := spaces[:32<<10]
	chunk, err := deflate(window, spaces, false)
	if err != nil {
		return nil, err
	}
	for size < bombSize {
		add(chunk, spaces)
	}
	tail, err := deflate(window, []byte(epilogue), true)
	if err != nil {
		return nil, err
	}
	add(tail, []byte(epilogue))

	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, p := range bombParts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate})
		if err != nil {
			return nil, err
		}
		if _, err := io.WriteString(w, p.body); err != nil {
			return nil, err
		}
	}
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name:               "xl/worksheets/sheet1.xml",
		Method:             zip.Deflate,
		CRC32:              crc.Sum32(),
		CompressedSize64:   uint64(stream.Len()),
		UncompressedSize64: size,
	})
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(stream.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// bombParts are the zip bomb's ordinary parts.
var bombParts = []struct{ name, body string }{
	{"[Content_Types].xml", xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
		`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
		`</Types>`},
	{"_rels/.rels", xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
		`</Relationships>`},
	{"xl/workbook.xml", xmlHead + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
		`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
		`<sheets><sheet name="Afspraken" sheetId="1" r:id="rId1"/></sheets></workbook>`},
	{"xl/_rels/workbook.xml.rels", xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
		`</Relationships>`},
}

var xmlHead = strings.TrimSpace(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`) + "\n"
