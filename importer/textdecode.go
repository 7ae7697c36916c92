package importer

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// textStats is what decoding a text file found, for the import report.
type textStats struct {
	// utf16 is set for UTF-16 with a BOM (Excel's "Unicode text").
	utf16 bool
	// bom is set for UTF-8 with a BOM (Excel's "CSV UTF-8").
	bom bool
	// multibyte counts valid multi-byte UTF-8 characters, converted the
	// bytes that were no UTF-8 and were read as Windows-1252.
	multibyte, converted int
}

// decodeText returns r as UTF-8 text without BOM, decoded as Excel users
// expect: UTF-16 when it starts with its BOM; otherwise UTF-8, except that
// every byte that is not part of valid UTF-8 is read as Windows-1252. A
// file in Windows-1252 (Dutch Excel's "CSV") so reads whole, and so does
// UTF-8 with a BOM that has a "–" or "é" typed in Windows-1252 in it
// (issue 11: that file was refused); valid UTF-8 is never re-read. The
// decoding streams: nothing is read before it is asked for.
func decodeText(r io.Reader) (io.Reader, *textStats) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(3)
	st := &textStats{}
	switch {
	case bytes.HasPrefix(head, []byte("\xEF\xBB\xBF")):
		_, _ = br.Discard(3)
		st.bom = true
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		st.utf16 = true
		return transform.NewReader(br, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()), st
	}
	return transform.NewReader(br, &utf8OrCP1252{st: st}), st
}

// warning returns the report line about the text encoding, or "".
func (st *textStats) warning() string {
	switch {
	case st.utf16:
		return "tekstcodering UTF-16 herkend en omgezet"
	case st.converted == 0:
		return ""
	case st.multibyte == 0 && !st.bom:
		return "tekstcodering Windows-1252 herkend en omgezet"
	}
	return fmt.Sprintf("tekstcodering UTF-8 met %s in Windows-1252 (zoals een in Excel getypt '–'): omgezet zoals Excel ze toont",
		plural(st.converted, "los teken", "losse tekens"))
}

// utf8OrCP1252 is the transformer of decodeText: valid UTF-8 passes,
// any other byte is decoded as Windows-1252.
type utf8OrCP1252 struct {
	st *textStats
}

// Transform implements transform.Transformer.
func (t *utf8OrCP1252) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if b := src[nSrc]; b < utf8.RuneSelf {
			if nDst == len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = b
			nDst++
			nSrc++
			continue
		}
		r, size := utf8.DecodeRune(src[nSrc:])
		if r == utf8.RuneError && size == 1 {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc // a sequence cut by the buffer
			}
			r = charmap.Windows1252.DecodeByte(src[nSrc])
			t.st.converted++
		} else {
			t.st.multibyte++
		}
		if nDst+utf8.RuneLen(r) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
		nSrc += size
	}
	return nDst, nSrc, nil
}

// Reset implements transform.Transformer.
func (t *utf8OrCP1252) Reset() {}
