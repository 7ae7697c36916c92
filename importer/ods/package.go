package ods

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// MimeType is the media type an OpenDocument spreadsheet names in its
// mimetype entry.
const MimeType = "application/vnd.oasis.opendocument.spreadsheet"

// textMimeType is the mimetype of an OpenDocument text (Writer).
const textMimeType = "application/vnd.oasis.opendocument.text"

// Content returns the content.xml of the OpenDocument package zr, after
// checking that it is a spreadsheet (its mimetype entry, when present,
// names one; a template .ots is one too) and that it is not encrypted (its
// manifest declares no encryption data). A content.xml that unpacks to
// more than maxSize bytes is refused before it is inflated.
func Content(zr *zip.Reader, maxSize int64) ([]byte, error) {
	content, text, err := Open(zr, maxSize)
	if err == nil && text {
		return nil, &Error{Kind: NotSpreadsheet, Msg: "een OpenDocument-tekst (Writer), geen rekenblad"}
	}
	return content, err
}

// Open is Content for a spreadsheet or a text document (Writer, .odt,
// whose tables ReadText reads); text says which it is, with an error too
// once the mimetype said it (an encrypted text is a text).
func Open(zr *zip.Reader, maxSize int64) (content []byte, text bool, err error) {
	var part, mime, manifest *zip.File
	for _, f := range zr.File {
		switch strings.ReplaceAll(f.Name, `\`, "/") {
		case "content.xml":
			part = f
		case "mimetype":
			mime = f
		case "META-INF/manifest.xml":
			manifest = f
		}
	}
	if mime != nil {
		m, err := inflate(mime, 256)
		if err != nil {
			return nil, false, err
		}
		switch t := strings.TrimSpace(string(m)); {
		case strings.HasPrefix(t, MimeType):
		case strings.HasPrefix(t, textMimeType):
			text = true // a text or its template (.ott)
		default:
			return nil, false, &Error{Kind: NotSpreadsheet, Msg: fmt.Sprintf("een OpenDocument-bestand van het type %q, geen rekenblad", t)}
		}
	}
	if manifest != nil {
		m, err := inflate(manifest, 1<<20)
		if err != nil {
			return nil, text, err
		}
		if bytes.Contains(m, []byte("encryption-data")) {
			return nil, text, &Error{Kind: Encrypted, Msg: "het document is met een wachtwoord beveiligd"}
		}
	}
	if part == nil {
		return nil, text, &Error{Kind: NotSpreadsheet, Msg: "het pakket heeft geen content.xml"}
	}
	content, err = inflate(part, maxSize)
	return content, text, err
}

// inflate reads a part whole, refusing one whose directory entry says it
// is larger than maxSize (archive/zip holds the part to that size and
// checks its checksum).
func inflate(f *zip.File, maxSize int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(maxSize) {
		return nil, tooLarge(fmt.Sprintf("%s pakt uit tot %d bytes, meer dan de grens van %d", f.Name, f.UncompressedSize64, maxSize))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, damagedBy(f.Name+": ", err)
	}
	defer rc.Close()
	buf := make([]byte, f.UncompressedSize64)
	if _, err := io.ReadFull(rc, buf); err != nil {
		return nil, damagedBy(f.Name+": ", err)
	}
	var one [1]byte // reading to the end checks the checksum
	if n, err := rc.Read(one[:]); n > 0 || err != io.EOF {
		if err == nil || err == io.EOF {
			err = fmt.Errorf("langer dan opgegeven")
		}
		return nil, damagedBy(f.Name+": ", err)
	}
	return buf, nil
}

// Styles returns the styles.xml of the OpenDocument package zr, nil when
// it has none; one that unpacks to more than maxSize bytes is refused
// before it is inflated, as content.xml is (Open). ReadParagraphs reads
// its paragraph and list styles.
func Styles(zr *zip.Reader, maxSize int64) ([]byte, error) {
	for _, f := range zr.File {
		if strings.ReplaceAll(f.Name, `\`, "/") == "styles.xml" {
			return inflate(f, maxSize)
		}
	}
	return nil, nil
}
