package docx

import (
	"encoding/xml"
	"strings"
	"unicode"
)

// maxNesting is how deep tables in table cells are read; deeper ones
// are left out.
const maxNesting = 16

// parser reads word/document.xml into a Document.
type parser struct {
	t      *tokens
	styles styles
	num    *numbering
	lim    Limits
	// rows, cells and text count against lim.
	rows, cells int
	text        int64
	doc         Document
	paras       int
	nesting     int
}

// body reads the document part: the blocks of w:body.
func (p *parser) body() error {
	return p.t.walkRoot(func(name string, se xml.StartElement) (bool, error) {
		if name != "body" {
			return false, nil
		}
		return true, p.blocks(nil)
	})
}

// blocks reads the paragraphs and tables of the element whose start tag
// was the last token (the body, or a table cell when cell is set).
func (p *parser) blocks(cell *[]string) error {
	return p.t.walk(func(name string, se xml.StartElement) (bool, error) {
		return p.block(name, cell)
	})
}

// block reads a paragraph or table whose start tag (named name) was the
// last token, into the body or (cell set) a table cell; it returns false
// for any other element.
func (p *parser) block(name string, cell *[]string) (bool, error) {
	switch name {
	case "p":
		para, err := p.paragraph()
		if err != nil {
			return true, err
		}
		if cell != nil {
			*cell = append(*cell, cellText(para))
			return true, nil
		}
		if strings.TrimFunc(para.Text, unicode.IsSpace) == "" {
			return true, nil
		}
		if err := p.addRow(); err != nil {
			return true, err
		}
		p.paras++
		para.Index = p.paras
		p.doc.Blocks = append(p.doc.Blocks, Block{Para: para})
		return true, nil
	case "tbl":
		if p.nesting >= maxNesting {
			return false, nil
		}
		return true, p.table(cell != nil)
	}
	return false, nil
}

// cellText is the paragraph as a line of a table cell: its list label
// (or a bullet) before its text.
func cellText(para *Paragraph) string {
	switch {
	case para.List == nil:
		return para.Text
	case para.List.Bullet:
		return "• " + para.Text
	case para.List.Label != "":
		return para.List.Label + " " + para.Text
	}
	return para.Text
}

// paragraph reads a w:p whose start tag was the last token.
func (p *parser) paragraph() (*Paragraph, error) {
	para := &Paragraph{}
	var ref numRef
	outline := -1
	var b strings.Builder
	err := p.t.walk(func(name string, se xml.StartElement) (bool, error) {
		switch name {
		case "pPr":
			return true, p.t.walk(func(name string, se xml.StartElement) (bool, error) {
				switch name {
				case "pStyle":
					para.Style, _ = attr(se, "val")
				case "outlineLvl":
					outline = intAttr(se, -1)
				case "numPr":
					return true, readNumRef(p.t, &ref)
				}
				return false, nil
			})
		case "r":
			return true, p.run(&b)
		}
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	para.Text = b.String()
	para.Heading, para.Title = p.styles.heading(para.Style)
	if outline >= 0 && outline <= 8 {
		para.Heading = outline + 1
	} else if outline == 9 {
		para.Heading = 0
	}
	style := p.styles.numbering(para.Style)
	if !ref.hasID {
		ref.numID, ref.hasID = style.numID, style.hasID
	}
	if !ref.hasL && style.hasL {
		ref.ilvl, ref.hasL = style.ilvl, true
	}
	if ref.hasID {
		ilvl := -1
		if ref.hasL {
			ilvl = ref.ilvl
		}
		para.List = p.num.item(ref.numID, ilvl, para.Style)
	}
	// The label counts as text: a level's lvlText is repeated on every
	// paragraph of its list, so a long one would multiply the part.
	n := len(para.Text)
	if para.List != nil {
		n += len(para.List.Label)
	}
	if err := p.addText(n); err != nil {
		return nil, err
	}
	return para, nil
}

// run reads a w:r whose start tag was the last token, writing its text
// to b unless it is hidden.
func (p *parser) run(b *strings.Builder) error {
	var text strings.Builder
	hidden := false
	err := p.t.walk(func(name string, se xml.StartElement) (bool, error) {
		switch name {
		case "rPr":
			return true, p.t.walk(func(name string, se xml.StartElement) (bool, error) {
				if name == "vanish" {
					hidden = onOff(se)
				}
				return false, nil
			})
		case "t":
			return true, p.t.text(&text)
		case "tab", "ptab":
			text.WriteByte('\t')
		case "br", "cr":
			text.WriteByte('\n')
		case "noBreakHyphen":
			text.WriteByte('-')
		}
		return false, nil
	})
	if !hidden {
		b.WriteString(text.String())
	}
	return err
}

// addRow counts a table row or paragraph against the limits.
func (p *parser) addRow() error {
	if p.rows++; p.lim.Rows > 0 && p.rows > p.lim.Rows {
		return &LimitError{What: "tabelrijen en alinea's", Limit: int64(p.lim.Rows)}
	}
	return nil
}

// addText counts n bytes of text against the limits.
func (p *parser) addText(n int) error {
	if p.text += int64(n); p.lim.Text > 0 && p.text > p.lim.Text {
		return &LimitError{What: "bytes tekst", Limit: p.lim.Text}
	}
	return nil
}

// addCells counts n table cells against the limits.
func (p *parser) addCells(n int) error {
	if p.cells += n; p.lim.Cells > 0 && p.cells > p.lim.Cells {
		return &LimitError{What: "tabelcellen", Limit: int64(p.lim.Cells)}
	}
	return nil
}
