package importer

import (
	"archive/zip"
	"bytes"
	"io"
	pathpkg "path"
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
	formatODS
	formatDOCX
)

var (
	magicZip = []byte("PK\x03\x04")
	magicOLE = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// sniffed is what sniffing found out about a file.
type sniffed struct {
	format format
	// encrypted is set for a password-protected workbook (an OLE file).
	encrypted bool
	// weight estimates the bytes reading the file will hold (see budget).
	weight int64
}

// sniff decides how to read a file by its content, not its name: an HTML
// page saved as .xlsx or an .xls renamed to .xlsx are common. The name only
// breaks ties for plain text. It reads the first headBytes and, for a zip
// or OLE file, its directory; never the whole file. It returns a FileError
// for everything that cannot be read, with the reason the adviser needs.
func sniff(path string, src *source, password string) (sniffed, *FileError) {
	head, err := src.head(headBytes)
	if err != nil {
		return sniffed{}, pathError(path, err)
	}
	if len(bytes.TrimSpace(head)) == 0 && src.size <= int64(len(head)) {
		return sniffed{}, newFileError(path, ErrEmpty, nil)
	}
	switch {
	case bytes.HasPrefix(head, magicZip) || bytes.HasPrefix(head, []byte("PK\x05\x06")):
		f, unzipped, fe := sniffZip(path, src.ra, src.size)
		return sniffed{format: f, weight: src.size + unzipped}, fe
	case bytes.HasPrefix(head, magicOLE):
		fe := sniffOLE(path, src, password)
		return sniffed{format: formatXLSX, encrypted: true, weight: 4 * src.size}, fe
	}
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".doc" {
		// Word also saves RTF, HTML and its 2003 XML as .doc: whatever it
		// is, Word can save it as .docx.
		return sniffed{}, newFileError(path, ErrDOC, nil)
	}
	head = head[:min(len(head), 2048)]
	lower := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n"))
	switch {
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")),
		bytes.HasPrefix(lower, []byte("<?xml")), bytes.HasPrefix(lower, []byte("<")):
		return sniffed{}, newFileError(path, ErrNotSheet, nil)
	case bytes.HasPrefix(head, []byte("%PDF")):
		return sniffed{}, newFileError(path, ErrNotSheet, nil)
	case ext == ".xlsx" || ext == ".xlsm" || ext == ".xltx" || ext == ".ods":
		// Not a zip, not OLE: whatever it is, it is not the workbook its
		// name promises.
		return sniffed{}, newFileError(path, ErrNotSheet, nil)
	case ext == ".xls":
		// Excel also opens HTML or text saved as .xls, but this is neither.
		return sniffed{}, newFileError(path, ErrNotSheet, nil)
	}
	if looksLikeText(head) {
		return sniffed{format: formatCSV, weight: 2 * min(src.size, maxFileText)}, nil
	}
	return sniffed{}, newFileError(path, ErrNotSheet, nil)
}

// sniffZip tells an xlsx from a Word document (docx), an OpenDocument
// spreadsheet, a binary .xlsb, other zip-based documents, a damaged zip, a
// zip bomb and a package over the limits, from the zip's directory alone.
// It returns the format and the size the package unpacks to.
func sniffZip(path string, ra io.ReaderAt, size int64) (format, int64, *FileError) {
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return formatUnknown, 0, newFileError(path, ErrCorrupt, err)
	}
	var total uint64
	xlsx, ods, docx := false, false, false
	var fe *FileError
	for _, f := range zr.File {
		if f.UncompressedSize64 > 1<<62-total { // a lying directory cannot overflow the sum
			total = 1 << 62
		} else {
			total += f.UncompressedSize64
		}
		// Some writers put backslashes in the names, and a package may
		// keep its workbook outside xl/ (its _rels/.rels says where);
		// Excel and excelize open both, and so does the import.
		name := strings.ToLower(strings.ReplaceAll(f.Name, `\`, "/"))
		switch {
		case name == "xl/workbook.xml", pathpkg.Base(name) == "workbook.xml" && !strings.HasPrefix(name, "word/"):
			xlsx = true
		case strings.HasPrefix(name, "word/"):
			docx = true
		case name == "xl/workbook.bin":
			fe = newFileError(path, ErrUnsupported, nil)
		case name == "mimetype" || name == "content.xml":
			ods = true // an OpenDocument file; readODS checks its type
		}
	}
	switch {
	case total > maxUnzipped && total/uint64(max(size, 1)) > bombRatio:
		return formatUnknown, 0, newFileErrorf(path, ErrTooLarge, nil, "bestand geweigerd: een bestand van %s dat uitpakt tot %s, ver boven de grens van %s (mogelijk een zip-bom)",
			megabytes(size), megabytes(int64(total)), megabytes(maxUnzipped))
	case total > maxUnzipped:
		return formatUnknown, 0, newFileErrorf(path, ErrTooLarge, nil, "bestand geweigerd: de werkmap pakt uit tot %s, meer dan de grens van %s; "+
			"een lijst met afspraken is veel kleiner. Is dit het goede bestand?", megabytes(int64(total)), megabytes(maxUnzipped))
	case size > maxUnzipped:
		return formatUnknown, 0, tooBigWorkbook(path, size)
	case xlsx:
		return formatXLSX, int64(total), nil
	case docx:
		return formatDOCX, int64(total), nil
	case fe != nil:
		return formatUnknown, 0, fe
	case ods:
		return formatODS, int64(total), nil
	}
	return formatUnknown, 0, newFileError(path, ErrNotSheet, nil)
}

// packageNames name a package by its extension for a damaged file that
// could not be opened: what it was meant to be (the default message
// says Excel).
var packageNames = map[string]string{
	".ods": "OpenDocument-rekenblad", ".ots": "OpenDocument-rekenblad",
	".odt": "OpenDocument-tekstdocument", ".ott": "OpenDocument-tekstdocument",
	".docx": "Word-document", ".docm": "Word-document", ".dotx": "Word-document",
}

// corruptNamed is the error sniff gave a file, a damaged one named by its
// extension when that is no Excel file: a cut-off .docx is a
// "beschadigd Word-document", not an Excel file.
func corruptNamed(path string, fe *FileError) *FileError {
	name, ok := packageNames[strings.ToLower(filepath.Ext(path))]
	if fe.Kind != ErrCorrupt || !ok {
		return fe
	}
	return newFileErrorf(path, ErrCorrupt, fe.Err, "beschadigd %s: het kon niet worden gelezen (afgebroken download of kopie?)", name)
}

// tooBigWorkbook is the error for a workbook file over maxUnzipped.
func tooBigWorkbook(path string, size int64) *FileError {
	return newFileErrorf(path, ErrTooLarge, nil, "bestand geweigerd: het Excel-bestand is %s, groter dan de grens van %s; "+
		"een lijst met afspraken is veel kleiner. Is dit het goede bestand?", megabytes(size), megabytes(maxUnzipped))
}

// sniffOLE tells an encrypted xlsx or docx (an OLE container with
// EncryptionInfo and EncryptedPackage streams) from a legacy binary .xls
// (a Workbook stream) or .doc (a WordDocument stream).
// It returns nil only for an encrypted workbook that a password was given
// for.
func sniffOLE(path string, src *source, password string) *FileError {
	doc, err := mscfb.New(src.ra)
	if err != nil {
		return newFileError(path, ErrCorrupt, err)
	}
	encrypted, xls, word := false, false, false
	for entry, err := doc.Next(); err == nil; entry, err = doc.Next() {
		// Stream names compare without case, as in the container's own
		// directory (some writers store "WORKBOOK").
		switch strings.ToLower(entry.Name) {
		case "encryptioninfo", "encryptedpackage":
			encrypted = true
		case "workbook", "book":
			xls = true
		case "worddocument":
			word = true
		}
	}
	switch {
	case encrypted && password == "":
		return newFileError(path, ErrEncrypted, nil)
	case encrypted && src.size > maxUnzipped:
		return tooBigWorkbook(path, src.size)
	case encrypted:
		return nil
	case xls:
		return newFileError(path, ErrXLS, nil)
	case word:
		return newFileError(path, ErrDOC, nil)
	}
	return newFileError(path, ErrNotSheet, nil)
}

// looksLikeText reports whether head is plausibly delimited text: UTF-16
// with a BOM, or bytes with few control characters. A NUL counts as one:
// a text file with a stray NUL is read as text and then refused with the
// line of the NUL (csvScanner), wherever it stands.
func looksLikeText(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return true
	}
	ctrl := 0
	for i := 0; i < len(head); {
		r, size := utf8.DecodeRune(head[i:])
		i += size
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' {
			ctrl++
		}
	}
	return ctrl*20 < len(head)
}
