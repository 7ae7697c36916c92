package importer

import (
	"bytes"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// The text of XML as xmlScan checks and decodes it: characters, entity
// references and line ends, as encoding/xml's Decoder does.

// validRune checks the (non-ASCII) UTF-8 sequence at the start of b and
// returns its length: it must be a character XML allows.
func validRune(b []byte) (int, bool) {
	r, n := utf8.DecodeRune(b)
	if r == utf8.RuneError && n == 1 {
		return 1, false
	}
	return n, inXMLRange(r)
}

// inXMLRange is encoding/xml's isInCharacterRange.
func inXMLRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// entityLen returns the length of the entity reference at the start of b
// ("&amp;", "&#233;", "&#xE9;") and whether encoding/xml accepts it: one
// of the five predefined names, or a character number of a character in
// the XML range.
func entityLen(b []byte) (int, bool) {
	semi := bytes.IndexByte(b, ';')
	if semi < 0 {
		return 0, false
	}
	_, ok := entityValue(b[1:semi])
	return semi + 1, ok
}

// entityValue decodes the inside of an entity reference (between '&'
// and ';') as encoding/xml does, and reports whether it is valid.
func entityValue(ref []byte) (rune, bool) {
	if len(ref) > 0 && ref[0] == '#' {
		digits, base := ref[1:], 10
		if len(digits) > 0 && digits[0] == 'x' {
			digits, base = digits[1:], 16
		}
		for _, c := range digits {
			if !('0' <= c && c <= '9' || base == 16 && ('a' <= c && c <= 'f' || 'A' <= c && c <= 'F')) {
				return 0, false
			}
		}
		n, err := strconv.ParseUint(string(digits), base, 64)
		if err != nil || n > unicode.MaxRune {
			return 0, false
		}
		r := rune(n)
		if !utf8.ValidRune(r) {
			r = utf8.RuneError // a surrogate, as encoding/xml's string(rune(n))
		}
		return r, inXMLRange(r)
	}
	switch string(ref) {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "apos":
		return '\'', true
	case "quot":
		return '"', true
	}
	return 0, false
}

// appendText appends the decoded text of raw (valid character data or an
// attribute value as checked by the scan) to dst: entities replaced and
// "\r\n" and "\r" turned into "\n", as encoding/xml does.
func appendText(dst, raw []byte) []byte {
	for i := 0; i < len(raw); {
		c := raw[i]
		switch c {
		case '&':
			semi := bytes.IndexByte(raw[i:], ';')
			r, _ := entityValue(raw[i+1 : i+semi])
			dst = utf8.AppendRune(dst, r)
			i += semi + 1
		case '\r':
			dst = append(dst, '\n')
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
		default:
			j := i + 1
			for j < len(raw) && raw[j] != '&' && raw[j] != '\r' {
				j++
			}
			dst = append(dst, raw[i:j]...)
			i = j
		}
	}
	return dst
}

// appendCDATA appends the inside of a CDATA section with its line ends
// turned into "\n".
func appendCDATA(dst, raw []byte) []byte {
	for i := 0; i < len(raw); i++ {
		switch {
		case raw[i] != '\r':
			dst = append(dst, raw[i])
		case i+1 < len(raw) && raw[i+1] == '\n':
			// "\r\n": the '\n' follows
		default:
			dst = append(dst, '\n')
		}
	}
	return dst
}

// appendToken appends the current text token, decoded.
func (s *xmlScan) appendToken(dst []byte) []byte {
	switch {
	case s.plain:
		return append(dst, s.text...)
	case s.cdata:
		return appendCDATA(dst, s.text)
	}
	return appendText(dst, s.text)
}
