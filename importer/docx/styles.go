package docx

import (
	"encoding/xml"
	"strings"

	"pakompas/importer/para"
)

// style is what the reader needs of one paragraph style.
type style struct {
	name, basedOn string
	// outline is the style's own outline level 0–8, -1 when it sets none.
	outline int
	num     numRef
}

// numRef is a numbering reference (w:numPr) as written: a numId and a
// level, each only when given.
type numRef struct {
	numID       string
	ilvl        int
	hasID, hasL bool
}

// styles are the document's paragraph styles by id.
type styles map[string]*style

// readStyles reads word/styles.xml; a missing part is no styles at all.
func readStyles(data []byte) (styles, error) {
	out := styles{}
	if data == nil {
		return out, nil
	}
	t := newTokens(data)
	err := t.walkRoot(func(name string, se xml.StartElement) (bool, error) {
		if name != "style" {
			return false, nil
		}
		if typ, _ := attr(se, "type"); typ != "paragraph" {
			return false, nil
		}
		id, _ := attr(se, "styleId")
		s := &style{outline: -1}
		err := t.walk(func(name string, se xml.StartElement) (bool, error) {
			switch name {
			case "name":
				s.name, _ = attr(se, "val")
			case "basedOn":
				s.basedOn, _ = attr(se, "val")
			case "pPr":
				return true, t.walk(func(name string, se xml.StartElement) (bool, error) {
					switch name {
					case "outlineLvl":
						s.outline = intAttr(se, -1)
					case "numPr":
						return true, readNumRef(t, &s.num)
					}
					return false, nil
				})
			}
			return false, nil
		})
		out[id] = s
		return true, err
	})
	return out, err
}

// readNumRef reads a w:numPr whose start tag was the last token.
func readNumRef(t *tokens, n *numRef) error {
	return t.walk(func(name string, se xml.StartElement) (bool, error) {
		switch name {
		case "numId":
			n.numID, _ = attr(se, "val")
			n.numID, n.hasID = strings.TrimSpace(n.numID), true
		case "ilvl":
			n.ilvl, n.hasL = intAttr(se, 0), true
		}
		return false, nil
	})
}

// chain returns the style id and the styles it is based on, nearest first.
func (ss styles) chain(id string) []*style {
	var out []*style
	for i := 0; i < para.MaxStyleChain && id != ""; i++ {
		s := ss[id]
		if s == nil {
			break
		}
		out = append(out, s)
		id = s.basedOn
	}
	return out
}

// heading returns the outline level (1–9) a paragraph of style id has,
// 0 for body text, and whether the style is the document title.
func (ss styles) heading(id string) (level int, title bool) {
	for _, s := range ss.chain(id) {
		name := strings.ToLower(strings.TrimSpace(s.name))
		switch {
		case para.IsTitleStyle(name):
			return 0, true
		case strings.HasPrefix(name, "heading ") || strings.HasPrefix(name, "kop "):
			_, n, _ := strings.Cut(name, " ")
			if len(n) == 1 && n[0] >= '1' && n[0] <= '9' {
				return int(n[0] - '0'), false
			}
		}
		if s.outline >= 0 && s.outline <= 8 {
			return s.outline + 1, false
		}
	}
	return 0, false
}

// numbering returns the numbering a paragraph of style id has from its
// style (or the styles it is based on).
func (ss styles) numbering(id string) numRef {
	var out numRef
	for _, s := range ss.chain(id) {
		if !out.hasID && s.num.hasID {
			out.numID, out.hasID = s.num.numID, true
		}
		if !out.hasL && s.num.hasL {
			out.ilvl, out.hasL = s.num.ilvl, true
		}
	}
	return out
}

// walkRoot reads a part's root element's children with walk.
func (t *tokens) walkRoot(visit func(name string, se xml.StartElement) (bool, error)) error {
	for {
		tok, err := t.next()
		if err != nil {
			return err
		}
		if _, ok := tok.(xml.StartElement); ok {
			if err := t.walk(visit); err != nil {
				return err
			}
			return nil
		}
	}
}
