package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Namespaces of WordprocessingML's main elements: transitional (what Word
// writes by default) and strict.
const (
	nsMain       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsMainStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
)

// tokens reads one part with encoding/xml's RawToken, checks that end tags
// match their start tags (RawToken does not), and tells the main
// namespace's elements by the prefixes bound to it.
type tokens struct {
	d     *xml.Decoder
	stack []xml.Name
	// main holds the prefixes bound to the main namespace ("" for a
	// default namespace declaration).
	main map[string]bool
}

func newTokens(data []byte) *tokens {
	d := xml.NewDecoder(bytes.NewReader(data))
	return &tokens{d: d, main: map[string]bool{}}
}

// errBroken is broken XML: what encoding/xml refuses, an end tag that
// does not match, or the part ending inside an element.
var errBroken = errors.New("ongeldige XML")

// maxDepth is how deep elements may be nested in a part. Word nests a
// paragraph in a table cell about six deep per table, and tables past
// maxNesting are left out anyway; a part nested deeper is refused (a
// LimitError), so a hostile document cannot make the open-element stack
// grow with its size.
const maxDepth = 512

// next returns the next start tag, end tag or character data; comments,
// processing instructions and directives are passed over.
func (t *tokens) next() (xml.Token, error) {
	for {
		tok, err := t.d.RawToken()
		if err == io.EOF && len(t.stack) > 0 {
			return nil, fmt.Errorf("%w: het deel houdt op binnen <%s>", errBroken, qname(t.stack[len(t.stack)-1]))
		}
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			// encoding/xml says what is wrong in English; the adviser
			// reads Dutch, and the line is what helps.
			return nil, fmt.Errorf("%w op regel %d", errBroken, se.Line)
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			for _, a := range tok.Attr {
				switch {
				case a.Name.Space == "xmlns" && isMainNS(a.Value):
					t.main[a.Name.Local] = true
				case a.Name.Space == "" && a.Name.Local == "xmlns" && isMainNS(a.Value):
					t.main[""] = true
				}
			}
			if len(t.stack) >= maxDepth {
				return nil, &LimitError{What: "in elkaar geneste elementen", Limit: maxDepth}
			}
			t.stack = append(t.stack, tok.Name)
			return tok, nil
		case xml.EndElement:
			if len(t.stack) == 0 || t.stack[len(t.stack)-1] != tok.Name {
				return nil, fmt.Errorf("%w: </%s> sluit geen open element", errBroken, qname(tok.Name))
			}
			t.stack = t.stack[:len(t.stack)-1]
			return tok, nil
		case xml.CharData:
			return tok, nil
		}
	}
}

func isMainNS(s string) bool { return s == nsMain || s == nsMainStrict }

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// local returns the local name of an element of the main namespace, or
// "" for an element of another namespace.
func (t *tokens) local(n xml.Name) string {
	if t.main[n.Space] {
		return n.Local
	}
	return ""
}

// skip reads the rest of the element whose start tag was the last token,
// through its end tag.
func (t *tokens) skip() error {
	depth := len(t.stack)
	for len(t.stack) >= depth {
		if _, err := t.next(); err != nil {
			return err
		}
	}
	return nil
}

// text reads the rest of the element whose start tag was the last token,
// through its end tag, and returns its character data.
func (t *tokens) text(b *strings.Builder) error {
	depth := len(t.stack)
	for len(t.stack) >= depth {
		tok, err := t.next()
		if err != nil {
			return err
		}
		if cd, ok := tok.(xml.CharData); ok && len(t.stack) == depth {
			b.Write(cd)
		}
	}
	return nil
}

// transparent are the elements whose content is read as if it stood in
// their place: content controls, custom XML, inserted text (tracked
// changes), hyperlinks, smart tags and simple fields.
var transparent = map[string]bool{
	"sdt": true, "sdtContent": true, "customXml": true, "ins": true, "moveTo": true,
	"smartTag": true, "hyperlink": true, "fldSimple": true, "dir": true, "bdo": true,
}

// walk reads the children of the element whose start tag was the last
// token, through its end tag. Each child of the main namespace goes to
// visit, which returns true when it has read the child whole; a child it
// did not take is descended into when it is transparent, else skipped
// (elements of other namespaces always are). visit is called with the
// children of transparent elements as if they were the element's own.
func (t *tokens) walk(visit func(name string, se xml.StartElement) (bool, error)) error {
	depth := len(t.stack)
	for {
		tok, err := t.next()
		if err != nil {
			return err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			name := t.local(tok.Name)
			if name != "" {
				done, err := visit(name, tok)
				if err != nil {
					return err
				}
				if done || transparent[name] {
					continue
				}
			}
			if err := t.skip(); err != nil {
				return err
			}
		case xml.EndElement:
			if len(t.stack) < depth {
				return nil
			}
		}
	}
}

// attr returns the value of the attribute with the local name local
// (whatever its prefix), and whether there is one.
func attr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space != "xmlns" {
			return a.Value, true
		}
	}
	return "", false
}

// intAttr returns the w:val of se as a number, or def.
func intAttr(se xml.StartElement, def int) int {
	v, _ := attr(se, "val")
	if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
		return n
	}
	return def
}

// onOff reads a toggle property (<w:vanish/>, <w:vanish w:val="false"/>).
func onOff(se xml.StartElement) bool {
	v, ok := attr(se, "val")
	return !ok || (v != "false" && v != "0" && v != "off")
}
