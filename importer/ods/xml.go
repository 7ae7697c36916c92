package ods

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
)

// The namespaces the reader looks at. Elements are matched by namespace
// and local name, never by prefix: "table:" is a convention, not a rule.
const (
	nsOffice  = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	nsTable   = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	nsText    = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	nsStyle   = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
	nsCalcExt = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
	nsLOExt   = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
	nsXML     = "http://www.w3.org/XML/1998/namespace"
)

// maxDepth is the deepest element nesting read. LibreOffice nests row
// groups a few levels deep and text spans a few more; a document nested
// deeper is refused rather than walked.
const maxDepth = 128

// scanner walks content.xml with encoding/xml's RawToken and resolves
// namespace prefixes itself (Token would copy a namespace map per
// element). It checks what RawToken leaves unchecked: end tags match their
// start tags, and the document ends with its root closed.
type scanner struct {
	d *xml.Decoder
	// open holds the raw names of the open elements.
	open []xml.Name
	// ns holds the prefix bindings in force, innermost last, each with
	// the depth it was declared at.
	ns []binding
	// start is the current start element, its name resolved.
	start xml.StartElement
	space string
	// text is the current character data (valid until the next token).
	text []byte
	// seenRoot is set once the root element was opened.
	seenRoot bool
}

// binding is one namespace declaration.
type binding struct {
	prefix, uri string
	depth       int
}

// The token kinds of scanner.next.
const (
	tokStart = iota + 1
	tokEnd
	tokText
	tokEOF
)

func newScanner(content []byte) *scanner {
	d := xml.NewDecoder(bytes.NewReader(content))
	d.Strict = true
	return &scanner{d: d}
}

// next moves to the next start tag, end tag or text; comments, processing
// instructions and directives are passed over. It fails on broken XML,
// an end tag that does not match, nesting past maxDepth, and input that
// ends with elements still open.
func (s *scanner) next() (int, error) {
	for {
		tok, err := s.d.RawToken()
		if errors.Is(err, io.EOF) {
			if len(s.open) > 0 || !s.seenRoot {
				return 0, damaged("de XML houdt midden in op")
			}
			return tokEOF, nil
		}
		if err != nil {
			return 0, damagedBy("ongeldige XML: ", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(s.open) == 0 && s.seenRoot {
				return 0, damaged("ongeldige XML: tweede hoofdelement")
			}
			if len(s.open) >= maxDepth {
				return 0, tooLarge("de XML is dieper dan " + strconv.Itoa(maxDepth) + " niveaus genest")
			}
			s.seenRoot = true
			s.open = append(s.open, t.Name)
			for _, a := range t.Attr {
				switch {
				case a.Name.Space == "xmlns":
					s.ns = append(s.ns, binding{a.Name.Local, a.Value, len(s.open)})
				case a.Name.Space == "" && a.Name.Local == "xmlns":
					s.ns = append(s.ns, binding{"", a.Value, len(s.open)})
				}
			}
			s.start, s.space = t, s.resolve(t.Name.Space)
			return tokStart, nil
		case xml.EndElement:
			n := len(s.open)
			if n == 0 || s.open[n-1] != t.Name {
				return 0, damaged("ongeldige XML: eindtag </" + qualified(t.Name) + "> past niet")
			}
			s.open = s.open[:n-1]
			for len(s.ns) > 0 && s.ns[len(s.ns)-1].depth == n {
				s.ns = s.ns[:len(s.ns)-1]
			}
			return tokEnd, nil
		case xml.CharData:
			if len(s.open) == 0 {
				continue // white space around the root
			}
			s.text = t
			return tokText, nil
		}
	}
}

// resolve returns the namespace bound to prefix ("" when none is).
func (s *scanner) resolve(prefix string) string {
	for i := len(s.ns) - 1; i >= 0; i-- {
		if s.ns[i].prefix == prefix {
			return s.ns[i].uri
		}
	}
	return ""
}

// is reports whether the current start element is space:local.
func (s *scanner) is(space, local string) bool {
	return s.start.Name.Local == local && s.space == space
}

// attr returns the value of the current start element's attribute
// space:local, or "".
func (s *scanner) attr(space, local string) string {
	v, _ := s.attrOK(space, local)
	return v
}

// attrOK is attr, and whether the attribute is there. The prefix xml is
// bound to the XML namespace without a declaration (xml:id).
func (s *scanner) attrOK(space, local string) (string, bool) {
	for _, a := range s.start.Attr {
		if a.Name.Local != local || a.Name.Space == "" || a.Name.Space == "xmlns" {
			continue
		}
		if a.Name.Space == "xml" && space == nsXML || s.resolve(a.Name.Space) == space {
			return a.Value, true
		}
	}
	return "", false
}

// children reads the rest of the element whose start tag was the last
// token: start is called at each child's start tag and must read that
// child whole; text, when not nil, gets the element's own text.
func (s *scanner) children(start func() error, text func([]byte)) error {
	for {
		tok, err := s.next()
		if err != nil {
			return err
		}
		switch tok {
		case tokStart:
			if err := start(); err != nil {
				return err
			}
		case tokText:
			if text != nil {
				text(s.text)
			}
		case tokEnd:
			return nil
		}
	}
}

// skip passes over the rest of the element whose start tag was the last
// token.
func (s *scanner) skip() error {
	depth := len(s.open)
	for {
		tok, err := s.next()
		if err != nil {
			return err
		}
		if tok == tokEnd && len(s.open) < depth {
			return nil
		}
	}
}

// qualified writes a raw name as it stood in the XML.
func qualified(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}
