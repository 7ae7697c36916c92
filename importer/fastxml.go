package importer

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// xmlScan is the fast reader's XML tokenizer: it walks a part held in
// memory and hands out tags and text as slices of it, without allocating.
// It is at least as strict as encoding/xml's Decoder.Token, which excelize
// reads with (names, attribute syntax, entities, character ranges, UTF-8,
// comments, CDATA, matching end tags): excelize stops reading a sheet
// without a word at the first error, so a reader that read on would yield
// other cells. What it does not support (names outside ASCII, directives
// such as <!DOCTYPE>, another character set than UTF-8) it reports as
// such; the caller then leaves the file to excelize.
type xmlScan struct {
	b   []byte
	pos int
	// name is the qualified name of the current start or end tag, local
	// the part after its prefix (encoding/xml's Name.Local).
	name, local []byte
	// empty is set for a start tag closed by "/>"; its end tag is the
	// next token.
	empty bool
	// attrs are the current start tag's attributes (reused).
	attrs []xmlAttr
	// text is the current text token: raw character data (entities and
	// line ends still as written) or the inside of a CDATA section.
	text  []byte
	cdata bool
	// plain is set when text needs no decoding (no '&', no '\r').
	plain bool
	// stack holds the qualified names of the open elements.
	stack [][]byte
	// fail says why scanning stopped (kindSyntax or kindUnsupported).
	fail     string
	failKind int
	pendEnd  bool
}

// xmlAttr is one attribute of a start tag.
type xmlAttr struct {
	name, local []byte
	prefixed    bool
	// raw is the value as written between the quotes; plain is set when
	// it needs no decoding.
	raw   []byte
	plain bool
}

// The token kinds of xmlScan.next.
const (
	tokEOF = iota
	tokStart
	tokEnd
	tokText
	tokFail
)

// The kinds of xmlScan.fail.
const (
	kindSyntax = iota + 1
	kindUnsupported
)

// newXMLScan returns a scanner over b.
func newXMLScan(b []byte) *xmlScan {
	return &xmlScan{b: b, attrs: make([]xmlAttr, 0, 8), stack: make([][]byte, 0, 16)}
}

// depth is the number of open elements.
func (s *xmlScan) depth() int { return len(s.stack) }

// syntax stops the scan at broken XML.
func (s *xmlScan) syntax(what string) int {
	if s.fail == "" {
		s.fail, s.failKind = what, kindSyntax
	}
	return tokFail
}

// unsupported stops the scan at XML the fast reader does not read.
func (s *xmlScan) unsupported(what string) int {
	if s.fail == "" {
		s.fail, s.failKind = what, kindUnsupported
	}
	return tokFail
}

// next moves to the next token: a start tag, an end tag, text (character
// data or a CDATA section), the end of the input, or a failure. Comments
// and processing instructions are checked and passed over.
func (s *xmlScan) next() int {
	if s.fail != "" {
		return tokFail
	}
	if s.pendEnd {
		s.pendEnd = false
		s.stack = s.stack[:len(s.stack)-1]
		s.empty = false
		return tokEnd
	}
	for {
		if s.pos >= len(s.b) {
			return tokEOF
		}
		if s.b[s.pos] != '<' {
			return s.scanText()
		}
		p := s.pos + 1
		if p >= len(s.b) {
			return s.syntax("XML houdt op na '<'")
		}
		switch s.b[p] {
		case '/':
			return s.scanEnd(p + 1)
		case '?':
			if tok := s.scanPI(p + 1); tok != tokEOF {
				return tok
			}
		case '!':
			tok, cdata := s.scanBang(p + 1)
			if cdata || tok == tokFail {
				return tok
			}
		default:
			return s.scanStart(p)
		}
	}
}

// scanText reads character data up to the next '<' or the end.
func (s *xmlScan) scanText() int {
	start := s.pos
	b := s.b
	plain := true
	i := start
	for i < len(b) {
		c := b[i]
		if c >= 0x20 && c < 0x80 && c != '&' && c != '<' && c != '>' {
			i++
			continue
		}
		switch {
		case c == '<':
			s.text, s.cdata, s.plain, s.pos = b[start:i], false, plain, i
			return tokText
		case c == '>':
			if i-start >= 2 && b[i-1] == ']' && b[i-2] == ']' {
				s.pos = i
				return s.syntax("']]>' buiten een CDATA-sectie")
			}
			i++
		case c == '&':
			n, ok := entityLen(b[i:])
			if !ok {
				s.pos = i
				return s.syntax("ongeldige entiteit")
			}
			plain = false
			i += n
		case c == '\r':
			plain = false
			i++
		case c == '\t' || c == '\n':
			i++
		case c < 0x20:
			s.pos = i
			return s.syntax("ongeldig teken")
		default:
			n, ok := validRune(b[i:])
			if !ok {
				s.pos = i
				return s.syntax("ongeldig teken of UTF-8")
			}
			i += n
		}
	}
	s.text, s.cdata, s.plain, s.pos = b[start:i], false, plain, i
	return tokText
}

// isSpace is encoding/xml's white space between markup.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// skipSpace returns the first position from p that is no white space.
func (s *xmlScan) skipSpace(p int) int {
	for p < len(s.b) && isSpace(s.b[p]) {
		p++
	}
	return p
}

// isNameByte is encoding/xml's isNameByte.
func isNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '_' || c == ':' || c == '.' || c == '-'
}

// scanName reads a name at p as encoding/xml reads one and returns its
// end. Names outside ASCII are not supported; an empty or invalid name
// is a syntax error.
func (s *xmlScan) scanName(p int) (int, int) {
	q := p
	for q < len(s.b) && (isNameByte(s.b[q]) || s.b[q] >= utf8.RuneSelf) {
		if s.b[q] >= utf8.RuneSelf {
			return q, s.unsupported("naam buiten ASCII")
		}
		q++
	}
	if q == len(s.b) {
		return q, s.syntax("XML houdt op in een naam")
	}
	if q == p {
		return q, s.syntax("naam verwacht")
	}
	if c := s.b[p]; !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_' || c == ':') {
		return q, s.syntax("ongeldige naam")
	}
	return q, tokStart
}

// splitName splits a qualified name as encoding/xml's nsname does: a
// name with more than one ':' is an error; "a:b" has the prefix "a", a
// name with an empty prefix or local part is all local.
func splitName(name []byte) (local []byte, prefixed, ok bool) {
	i := bytes.IndexByte(name, ':')
	if i < 0 {
		return name, false, true
	}
	if bytes.IndexByte(name[i+1:], ':') >= 0 {
		return nil, false, false
	}
	if i == 0 || i == len(name)-1 {
		return name, false, true
	}
	return name[i+1:], true, true
}

// scanStart reads a start tag whose name begins at p.
func (s *xmlScan) scanStart(p int) int {
	q, tok := s.scanName(p)
	if tok == tokFail {
		return tok
	}
	local, _, ok := splitName(s.b[p:q])
	if !ok {
		return s.syntax("ongeldige naam")
	}
	s.name, s.local = s.b[p:q], local
	s.attrs = s.attrs[:0]
	for {
		q = s.skipSpace(q)
		if q >= len(s.b) {
			return s.syntax("XML houdt op in een tag")
		}
		switch s.b[q] {
		case '/':
			if q+1 >= len(s.b) || s.b[q+1] != '>' {
				return s.syntax("'/>' verwacht")
			}
			s.pos, s.empty, s.pendEnd = q+2, true, true
			s.stack = append(s.stack, s.name)
			return tokStart
		case '>':
			s.pos, s.empty = q+1, false
			s.stack = append(s.stack, s.name)
			return tokStart
		}
		if q, tok = s.scanAttr(q); tok == tokFail {
			return tok
		}
	}
}

// scanAttr reads one attribute at p and returns the position after it.
func (s *xmlScan) scanAttr(p int) (int, int) {
	q, tok := s.scanName(p)
	if tok == tokFail {
		return q, tok
	}
	a := xmlAttr{name: s.b[p:q]}
	var ok bool
	if a.local, a.prefixed, ok = splitName(a.name); !ok {
		return q, s.syntax("ongeldige attribuutnaam")
	}
	q = s.skipSpace(q)
	if q >= len(s.b) || s.b[q] != '=' {
		return q, s.syntax("'=' verwacht na een attribuutnaam")
	}
	q = s.skipSpace(q + 1)
	if q >= len(s.b) || s.b[q] != '"' && s.b[q] != '\'' {
		return q, s.syntax("attribuutwaarde zonder aanhalingstekens")
	}
	quote := s.b[q]
	start := q + 1
	a.plain = true
	for i := start; i < len(s.b); {
		c := s.b[i]
		switch {
		case c == quote:
			a.raw = s.b[start:i]
			s.attrs = append(s.attrs, a)
			return i + 1, tokStart
		case c >= 0x20 && c < 0x80 && c != '&' && c != '<':
			i++
		case c == '<':
			return i, s.syntax("'<' in een attribuutwaarde")
		case c == '&':
			n, ok := entityLen(s.b[i:])
			if !ok {
				return i, s.syntax("ongeldige entiteit")
			}
			a.plain = false
			i += n
		case c == '\r':
			a.plain = false
			i++
		case c == '\t' || c == '\n':
			i++
		case c < 0x20:
			return i, s.syntax("ongeldig teken")
		default:
			n, ok := validRune(s.b[i:])
			if !ok {
				return i, s.syntax("ongeldig teken of UTF-8")
			}
			i += n
		}
	}
	return len(s.b), s.syntax("XML houdt op in een attribuutwaarde")
}

// value returns the decoded value of an attribute.
func (a *xmlAttr) value() string {
	if a.plain {
		return string(a.raw)
	}
	return string(appendText(nil, a.raw))
}

// scanEnd reads an end tag whose name begins at p and matches it with
// the open element.
func (s *xmlScan) scanEnd(p int) int {
	q, tok := s.scanName(p)
	if tok == tokFail {
		return tok
	}
	name := s.b[p:q]
	local, _, ok := splitName(name)
	if !ok {
		return s.syntax("ongeldige naam")
	}
	q = s.skipSpace(q)
	if q >= len(s.b) || s.b[q] != '>' {
		return s.syntax("'>' verwacht na een eindtag")
	}
	n := len(s.stack)
	if n == 0 || !bytes.Equal(s.stack[n-1], name) {
		return s.syntax("eindtag </" + string(name) + "> past niet")
	}
	s.stack = s.stack[:n-1]
	s.name, s.local, s.pos = name, local, q+1
	return tokEnd
}

// scanPI checks and passes over a processing instruction whose target
// begins at p. The XML declaration must declare version 1.0 (or none)
// and UTF-8 (or nothing): another character set is not supported.
func (s *xmlScan) scanPI(p int) int {
	q, tok := s.scanName(p)
	if tok == tokFail {
		return tok
	}
	target := string(s.b[p:q])
	q = s.skipSpace(q)
	end := bytes.Index(s.b[q:], []byte("?>"))
	if end < 0 {
		return s.syntax("XML houdt op in een verwerkingsinstructie")
	}
	content := string(s.b[q : q+end])
	s.pos = q + end + 2
	if target == "xml" {
		if ver := procInstParam("version", content); ver != "" && ver != "1.0" {
			return s.syntax("XML-versie " + ver)
		}
		if enc := procInstParam("encoding", content); enc != "" && !strings.EqualFold(enc, "utf-8") {
			return s.unsupported("tekenset " + enc)
		}
	}
	return tokEOF // passed over
}

// scanBang reads what starts with "<!" (at p the byte after '!'): a
// comment is checked and passed over, a CDATA section is a text token, a
// directive (<!DOCTYPE …>) is not supported.
func (s *xmlScan) scanBang(p int) (int, bool) {
	rest := s.b[p:]
	switch {
	case bytes.HasPrefix(rest, []byte("--")):
		body := p + 2
		i := bytes.Index(s.b[body:], []byte("--"))
		if i < 0 || body+i+2 >= len(s.b) {
			return s.syntax("XML houdt op in een commentaar"), false
		}
		if s.b[body+i+2] != '>' {
			return s.syntax("'--' in een commentaar"), false
		}
		s.pos = body + i + 3
		return tokEOF, false
	case bytes.HasPrefix(rest, []byte("[CDATA[")):
		body := p + 7
		i := bytes.Index(s.b[body:], []byte("]]>"))
		if i < 0 {
			return s.syntax("XML houdt op in een CDATA-sectie"), false
		}
		text := s.b[body : body+i]
		s.plain = bytes.IndexByte(text, '\r') < 0
		for j := 0; j < len(text); {
			c := text[j]
			switch {
			case c >= 0x20 && c < 0x80 || c == '\t' || c == '\n' || c == '\r':
				j++
			case c < 0x20:
				return s.syntax("ongeldig teken"), false
			default:
				n, ok := validRune(text[j:])
				if !ok {
					return s.syntax("ongeldig teken of UTF-8"), false
				}
				j += n
			}
		}
		s.text, s.cdata, s.pos = text, true, body+i+3
		return tokText, true
	case len(rest) > 0 && (rest[0] == '-' || rest[0] == '['):
		return s.syntax("ongeldige '<!'-reeks"), false
	}
	return s.unsupported("declaratie <!…>"), false
}

// procInstParam is encoding/xml's procInst: the value of param="…" or
// param='…' in the text of a processing instruction, or "".
func procInstParam(param, s string) string {
	param += "="
	lenp := len(param)
	i := 0
	var sep byte
	for i < len(s) {
		sub := s[i:]
		k := strings.Index(sub, param)
		if k < 0 || lenp+k >= len(sub) {
			return ""
		}
		i += lenp + k + 1
		if c := sub[lenp+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}

// children reads the rest of the element whose start tag was the last
// token, up to its end tag: start is called at the start tag of each
// element in it (and must read that element whole), text (when not nil)
// at each text token. It returns why it stopped early: what start
// returned, broken XML, or the end of the input.
func (s *xmlScan) children(start func() string, text func()) string {
	name := s.name
	if s.empty {
		s.next()
		return ""
	}
	for {
		switch s.next() {
		case tokStart:
			if why := start(); why != "" {
				return why
			}
		case tokText:
			if text != nil {
				text()
			}
		case tokEnd:
			return ""
		case tokEOF:
			return "XML houdt op binnen <" + string(name) + ">"
		case tokFail:
			return s.fail
		}
	}
}

// skipElement passes over the rest of the element whose start tag was the
// last token, checking it; it returns tokEnd at its end tag, or tokFail.
func (s *xmlScan) skipElement() int {
	d := s.depth()
	for {
		switch s.next() {
		case tokEnd:
			if s.depth() < d {
				return tokEnd
			}
		case tokEOF:
			return s.syntax("XML houdt op binnen een element")
		case tokFail:
			return tokFail
		}
	}
}
