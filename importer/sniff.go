package importer

import (
	"archive/zip"
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/richardlehane/mscfb"
)

// format is what a file turned out to be after looking at its bytes.
type format int

const (
	formatUnknown format = iota
	formatXLSX
	formatCSV
)

var (
	magicZip = []byte("PK\x03\x04")
	magicOLE = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// sniff decides how to read data by its content, not its name: an HTML
// page saved as .xlsx or an .xls renamed to .xlsx are common. The name only
// breaks ties for plain text. It returns a FileError for everything that
// cannot be read, with the reason the adviser needs.
func sniff(path string, data []byte, password string) (format, *FileError) {
	if len(bytes.TrimSpace(data)) == 0 {
		return formatUnknown, newFileError(path, ErrEmpty, nil)
	}
	switch {
	case bytes.HasPrefix(data, magicZip) || bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return sniffZip(path, data)
	case bytes.HasPrefix(data, magicOLE):
		return sniffOLE(path, data, password)
	}
	ext := strings.ToLower(filepath.Ext(path))
	head := data[:min(len(data), 2048)]
	lower := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n"))
	switch {
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")),
		bytes.HasPrefix(lower, []byte("<?xml")), bytes.HasPrefix(lower, []byte("<")):
		return formatUnknown, newFileError(path, ErrNotSheet, nil)
	case bytes.HasPrefix(data, []byte("%PDF")):
		return formatUnknown, newFileError(path, ErrNotSheet, nil)
	case ext == ".xlsx" || ext == ".xlsm" || ext == ".xltx":
		// Not a zip, not OLE: whatever it is, it is not the workbook its
		// name promises.
		return formatUnknown, newFileError(path, ErrNotSheet, nil)
	case ext == ".xls":
		// Excel also opens HTML or text saved as .xls, but this is neither.
		return formatUnknown, newFileError(path, ErrNotSheet, nil)
	}
	if looksLikeText(head) {
		return formatCSV, nil
	}
	return formatUnknown, newFileError(path, ErrNotSheet, nil)
}

// sniffZip tells an xlsx from an OpenDocument spreadsheet, a binary .xlsb,
// other zip-based documents, a damaged zip and a zip bomb.
func sniffZip(path string, data []byte) (format, *FileError) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return formatUnknown, newFileError(path, ErrCorrupt, err)
	}
	var total uint64
	kind := formatUnknown
	var fe *FileError
	for _, f := range zr.File {
		total += f.UncompressedSize64
		name := strings.ToLower(f.Name)
		switch {
		case name == "xl/workbook.xml":
			kind = formatXLSX
		case name == "xl/workbook.bin":
			fe = newFileError(path, ErrUnsupported, nil)
		case name == "mimetype" || name == "content.xml":
			fe = newFileError(path, ErrODS, nil)
		}
	}
	if total > maxUnzipped {
		return formatUnknown, newFileError(path, ErrTooLarge, nil)
	}
	if kind == formatXLSX {
		return kind, nil
	}
	if fe != nil {
		return formatUnknown, fe
	}
	return formatUnknown, newFileError(path, ErrNotSheet, nil)
}

// sniffOLE tells an encrypted xlsx (an OLE container with EncryptionInfo and
// EncryptedPackage streams) from a legacy binary .xls (a Workbook stream).
func sniffOLE(path string, data []byte, password string) (format, *FileError) {
	doc, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return formatUnknown, newFileError(path, ErrCorrupt, err)
	}
	encrypted, xls := false, false
	for entry, err := doc.Next(); err == nil; entry, err = doc.Next() {
		switch entry.Name {
		case "EncryptionInfo", "EncryptedPackage":
			encrypted = true
		case "Workbook", "Book":
			xls = true
		}
	}
	switch {
	case encrypted && password == "":
		return formatUnknown, newFileError(path, ErrEncrypted, nil)
	case encrypted:
		return formatXLSX, nil
	case xls:
		return formatUnknown, newFileError(path, ErrXLS, nil)
	}
	return formatUnknown, newFileError(path, ErrNotSheet, nil)
}

// looksLikeText reports whether head is plausibly delimited text: UTF-16
// with a BOM, or bytes without NULs and with few control characters.
func looksLikeText(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return true
	}
	ctrl := 0
	for i := 0; i < len(head); {
		r, size := utf8.DecodeRune(head[i:])
		i += size
		if r == 0 {
			return false
		}
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' {
			ctrl++
		}
	}
	return ctrl*20 < len(head)
}
