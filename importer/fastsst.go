package importer

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// nsMain is the SpreadsheetML namespace excelize requires of the shared
// strings' root (the strict one, purl.oclc.org, is left to excelize).
const nsMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

// readSST reads the shared strings part as excelize does (each <si>'s
// text, rich text runs joined, _xHHHH_ escapes decoded) and returns them,
// or why the fast reader leaves the part to excelize: broken XML, a
// value excelize cannot decode (it refuses the whole part then), or a
// construct the fast reader does not read.
func readSST(part []byte) ([]string, string) {
	s := newXMLScan(part)
	tok := s.next()
	for tok == tokText {
		tok = s.next()
	}
	switch tok {
	case tokEOF:
		return nil, "" // no root element: excelize reads no strings
	case tokFail:
		return nil, "gedeelde teksten: " + s.fail
	}
	if string(s.local) != "sst" || rootSpace(s) != nsMain {
		return nil, "gedeelde teksten: onbekend hoofdelement <" + string(s.name) + ">"
	}
	for i := range s.attrs {
		if a := &s.attrs[i]; (string(a.local) == "count" || string(a.local) == "uniqueCount") && !validInt(a.value()) {
			return nil, "gedeelde teksten: ongeldig attribuut " + string(a.name)
		}
	}
	if s.empty {
		return nil, ""
	}
	var out []string
	var item itemReader
	for {
		switch s.next() {
		case tokStart:
			if string(s.local) != "si" {
				if s.skipElement() == tokFail {
					return nil, "gedeelde teksten: " + s.fail
				}
				continue
			}
			text, why := item.read(s, nil)
			if why != "" {
				return nil, "gedeelde teksten: " + why
			}
			out = append(out, string(text))
		case tokEnd:
			return out, ""
		case tokEOF:
			return nil, "gedeelde teksten: XML houdt op"
		case tokFail:
			return nil, "gedeelde teksten: " + s.fail
		}
	}
}

// rootSpace returns the namespace of the start tag the scan is at as
// encoding/xml resolves it from the tag's own declarations (the root's:
// no others are in scope).
func rootSpace(s *xmlScan) string {
	prefix := ""
	if i := bytes.IndexByte(s.name, ':'); i > 0 && i < len(s.name)-1 {
		prefix = string(s.name[:i])
	}
	switch prefix {
	case "xmlns":
		return prefix // encoding/xml leaves this prefix untranslated
	case "xml":
		return "http://www.w3.org/XML/1998/namespace"
	}
	space := prefix
	for i := range s.attrs {
		a := &s.attrs[i]
		switch {
		case prefix == "" && !a.prefixed && string(a.name) == "xmlns",
			prefix != "" && a.prefixed && string(a.name) == "xmlns:"+prefix:
			space = a.value()
		}
	}
	return space
}

// itemReader reads string items (<si> in the shared strings, <is> in a
// cell) as excelize's xlsxSI.String gives them: the text of its last <t>,
// then the text of each run (<r>, its last <t>), _xHHHH_ escapes decoded
// over the whole. Its buffers are reused from item to item.
type itemReader struct {
	t, runs, runT []byte
}

// read reads the rest of the item whose start tag was the last token and
// appends its text to dst; or it says why the fast reader cannot.
func (r *itemReader) read(s *xmlScan, dst []byte) ([]byte, string) {
	r.t, r.runs = r.t[:0], r.runs[:0]
	why := s.children(func() (why string) {
		switch string(s.local) {
		case "t":
			r.t, why = elementText(s, r.t[:0])
		case "r":
			why = r.readRun(s)
		default:
			why = skipChecked(s, itemAttrs[string(s.local)])
		}
		return why
	}, nil)
	if why != "" || len(r.t)+len(r.runs) == 0 {
		return dst, why
	}
	if len(r.runs) > 0 {
		r.t = append(r.t, r.runs...)
	}
	return appendUnescaped(dst, r.t), ""
}

// readRun reads the rest of a rich text run (<r>): its formatting (<rPr>,
// checked as excelize decodes it) and its text (the last <t>).
func (r *itemReader) readRun(s *xmlScan) string {
	r.runT = r.runT[:0]
	why := s.children(func() (why string) {
		switch string(s.local) {
		case "t":
			r.runT, why = elementText(s, r.runT[:0])
		case "rPr":
			why = checkRunProps(s)
		default:
			why = skipChecked(s, nil)
		}
		return why
	}, nil)
	r.runs = append(r.runs, r.runT...)
	return why
}

// elementText reads the rest of an element whose start tag was the last
// token and appends its character data (not that of elements inside it,
// which encoding/xml skips when it decodes into a string) to dst.
func elementText(s *xmlScan, dst []byte) ([]byte, string) {
	why := s.children(func() string { return skipChecked(s, nil) }, func() { dst = s.appendToken(dst) })
	return dst, why
}

// attrKind is how excelize decodes an attribute's value.
type attrKind int

const (
	attrInt attrKind = iota + 1
	attrUint32
	attrFloat
	attrBool
)

// The typed attributes excelize decodes, by element: a value it cannot
// decode fails the whole part (shared strings) or the cell (inline).
var (
	itemAttrs = map[string]map[string]attrKind{
		"rPh": {"sb": attrUint32, "eb": attrUint32}, "phoneticPr": {"fontId": attrInt},
	}
	formulaAttrs = map[string]attrKind{"aca": attrBool, "dt2D": attrBool, "dtr": attrBool, "del1": attrBool,
		"del2": attrBool, "ca": attrBool, "bx": attrBool, "si": attrInt}
	runPropAttrs = map[string]map[string]attrKind{
		"charset": {"val": attrInt}, "family": {"val": attrInt}, "sz": {"val": attrFloat},
		"color": {"auto": attrBool, "indexed": attrInt, "theme": attrInt, "tint": attrFloat},
	}
	// onOffProps are the run properties excelize reads as attrValBool.
	onOffProps = map[string]bool{"b": true, "i": true, "strike": true, "outline": true, "shadow": true, "condense": true, "extend": true}
)

// checkAttrs checks the typed attributes of the start tag the scan is at
// as encoding/xml decodes them (an attribute matches by its local name,
// whatever its prefix).
func checkAttrs(s *xmlScan, kinds map[string]attrKind) string {
	for i := range s.attrs {
		a := &s.attrs[i]
		if k, ok := kinds[string(a.local)]; ok && !validValue(k, a.value()) {
			return "ongeldig attribuut " + string(a.name) + " in <" + string(s.name) + ">"
		}
	}
	return ""
}

// skipChecked checks the typed attributes (kinds, may be nil) of the
// start tag the scan is at and passes over the rest of its element.
func skipChecked(s *xmlScan, kinds map[string]attrKind) string {
	if why := checkAttrs(s, kinds); why != "" {
		return why
	}
	if s.skipElement() == tokFail {
		return s.fail
	}
	return ""
}

// validValue reports whether encoding/xml decodes v into a field of kind k.
func validValue(k attrKind, v string) bool {
	if v == "" {
		return true
	}
	var err error
	switch k {
	case attrInt:
		_, err = strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	case attrUint32:
		_, err = strconv.ParseUint(strings.TrimSpace(v), 10, 32)
	case attrFloat:
		_, err = strconv.ParseFloat(strings.TrimSpace(v), 64)
	case attrBool:
		_, err = strconv.ParseBool(strings.TrimSpace(v))
	}
	return err == nil
}

// validInt reports whether encoding/xml decodes v into an int.
func validInt(v string) bool { return validValue(attrInt, v) }

// checkRunProps checks the rest of a run's formatting (<rPr>) as excelize
// decodes it, passing over what it does not decode.
func checkRunProps(s *xmlScan) string {
	return s.children(func() string {
		if name := string(s.local); onOffProps[name] {
			return checkOnOff(s)
		}
		return skipChecked(s, runPropAttrs[string(s.local)])
	}, nil)
}

// checkOnOff checks an on/off run property (<b/>, <i val="0"/>) as
// excelize's attrValBool decodes it: no element inside, and its first
// val attribute empty or a strconv.ParseBool value.
func checkOnOff(s *xmlScan) string {
	for i := range s.attrs {
		if a := &s.attrs[i]; string(a.local) == "val" {
			if v := a.value(); v != "" {
				if _, err := strconv.ParseBool(v); err != nil {
					return "ongeldige waarde in <" + string(s.name) + ">"
				}
			}
			break
		}
	}
	name := s.name
	return s.children(func() string { return "element in <" + string(name) + ">" }, nil)
}

// appendUnescaped appends s to dst with its _xHHHH_ escapes decoded as
// excelize's bstrUnmarshal does: "_x005F_" is '_', a surrogate is
// dropped, any other is its character.
func appendUnescaped(dst, s []byte) []byte {
	if bytes.Index(s, []byte("_x")) < 0 {
		return append(dst, s...)
	}
	for i := 0; i < len(s); {
		if s[i] == '_' && i+7 <= len(s) && s[i+1] == 'x' && s[i+6] == '_' && isHex4(s[i+2:i+6]) {
			r, _ := strconv.ParseUint(string(s[i+2:i+6]), 16, 32)
			if r < 0xD800 || r > 0xDFFF {
				dst = utf8.AppendRune(dst, rune(r))
			}
			i += 7
			continue
		}
		dst = append(dst, s[i])
		i++
	}
	return dst
}

// isHex4 reports whether b is four hexadecimal digits.
func isHex4(b []byte) bool {
	for _, c := range b {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}
