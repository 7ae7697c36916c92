package ods

import (
	"strconv"
	"strings"

	"pakompas/importer/para"
)

// Paragraph is one paragraph (text:p or text:h) of a text document
// outside its tables, as ReadParagraphs gives it (ReadText gives only
// Text and Heading), Index left 0 for the caller: Text with white space
// collapsed as ODF says; Style the display name of the style a user
// picked (an automatic style's parent); Heading from text:h's
// text:outline-level, or its style's or a parent style's
// style:default-outline-level (1–10); Title for the style Title (Titel)
// or one based on it; List for a paragraph in a list (a paragraph of an
// item after its first has no label), and for a heading outside a list
// that the outline numbering numbers.
type Paragraph = para.Paragraph

// ListItem is a paragraph's place in a list: Level 0–9.
type ListItem = para.ListItem

// maxListIDs bounds the lists remembered by xml:id for
// text:continue-list; a list past it cannot be continued by id.
const maxListIDs = 10_000

// textState is what ReadParagraphs keeps while it walks the body.
type textState struct {
	styles *textStyles
	// lists are the open text:list elements, outermost first.
	lists []openList
	// ids are the lists by xml:id, for text:continue-list; last is the
	// last top-level list and lastStyle its style, for
	// text:continue-numbering.
	ids       map[string]*counters
	last      *counters
	lastStyle string
	// outline counts the headings outside lists.
	outline counters
	// item is the list item being read.
	item *listItem
}

// openList is an open text:list: its list style (its own, or inherited
// from the list it is nested in) and its counters (those of its
// top-level list).
type openList struct {
	style string
	c     *counters
}

// listItem is an open text:list-item or text:list-header.
type listItem struct {
	// first is set until the item's first child: the item counts when
	// that is a paragraph or heading.
	first, header bool
	// start is text:start-value, -1 when absent.
	start int
	// lvl is the item's level (0-based), c its list's counters and
	// style its list style (nil: none).
	lvl   int
	c     *counters
	style *listStyle
}

// notFirst says that the current list item's first child is no
// paragraph: the item does not count, but is a phantom (counters.phantom).
func (t *textState) notFirst() {
	if it := t.item; it != nil && it.first {
		it.first = false
		if !it.header {
			it.c.phantom(it.lvl, it.start, it.style)
		}
	}
}

// isIndex reports whether the current element is a table of contents or
// an index, whose entries repeat the headings.
func isIndex(s *scanner) bool {
	if s.space != nsText {
		return false
	}
	n := s.start.Name.Local
	return n == "table-of-content" || n == "bibliography" || strings.HasSuffix(n, "-index")
}

// list reads a text:list whose start tag was the last token. A top-level
// list continues the counters of the list named by text:continue-list,
// or with text:continue-numbering="true" those of the last top-level
// list when it has the same style; otherwise it counts afresh. A nested
// list counts on its top-level list's counters one level deeper, in its
// own style or, without one, its parent's.
func (r *reader) list() error {
	s, t := r.s, r.txt
	name := s.attr(nsText, "style-name")
	id := s.attr(nsXML, "id")
	var l openList
	if n := len(t.lists); n > 0 {
		l = t.lists[n-1]
		if name != "" {
			l.style = name
		}
	} else {
		l.style = name
		cont := s.attr(nsText, "continue-list")
		switch c := t.ids[cont]; {
		case cont != "" && c != nil:
			l.c = c
		case s.attr(nsText, "continue-numbering") == "true" && t.last != nil && t.lastStyle == name:
			l.c = t.last
		default:
			l.c = &counters{}
		}
		t.last, t.lastStyle = l.c, name
	}
	if id != "" && (t.ids[id] != nil || len(t.ids) < maxListIDs) {
		t.ids[id] = l.c
	}
	t.lists = append(t.lists, l)
	item := t.item
	t.item = nil
	err := r.textTables()
	t.lists, t.item = t.lists[:len(t.lists)-1], item
	return err
}

// listItem reads a text:list-item or text:list-header whose start tag was
// the last token.
func (r *reader) listItem() error {
	s, t := r.s, r.txt
	it := &listItem{first: true, header: s.is(nsText, "list-header"), start: -1}
	if v, ok := counterAttr(s.attr(nsText, "start-value")); ok {
		it.start = v
	}
	if n := len(t.lists); n > 0 {
		l := t.lists[n-1]
		it.lvl, it.c, it.style = min(n, maxListLevels)-1, l.c, t.styles.lists[l.style]
	} else {
		it.c = &counters{} // an item outside a list (not valid ODF) counts alone
	}
	outer := t.item
	t.item = it
	err := r.textTables()
	t.item = outer
	return err
}

// paragraph reads the paragraph or heading (h) whose start tag was the
// last token; for ReadParagraphs with its style, heading level and list
// label, its text and label counted against the text limit.
func (r *reader) paragraph(h bool) (Paragraph, error) {
	s, t := r.s, r.txt
	var p Paragraph
	level := 0
	if h {
		level = 1
		if v, err := strconv.Atoi(strings.TrimSpace(s.attr(nsText, "outline-level"))); err == nil && v > 0 {
			level = min(v, maxListLevels)
		}
	}
	if t == nil {
		p.Heading = level
		text, err := r.paraText(false)
		p.Text = text
		return p, err
	}
	outline, title, style := t.styles.paragraph(s.attr(nsText, "style-name"))
	p.Style, p.Title = style, title
	if h && s.attr(nsText, "outline-level") == "" && outline > 0 {
		level = outline
	}
	if !h {
		level = outline
	}
	p.Heading = level
	switch it := t.item; {
	case len(t.lists) > 0:
		p.List = &ListItem{Level: min(len(t.lists), maxListLevels) - 1}
		if it != nil && it.first && !it.header {
			it.first = false
			it.c.count(it.lvl, it.start, it.style)
			p.List.Label, p.List.Bullet = it.style.label(it.c, it.lvl)
		}
		t.notFirst()
	case level > 0 && t.styles.outline != nil && s.attr(nsText, "is-list-header") != "true":
		start := -1
		if s.attr(nsText, "restart-numbering") == "true" {
			if v, ok := counterAttr(s.attr(nsText, "start-value")); ok {
				start = v
			}
		}
		t.outline.count(level-1, start, t.styles.outline)
		if label, _ := t.styles.outline.label(&t.outline, level-1); label != "" {
			p.List = &ListItem{Level: level - 1, Label: label}
		}
	}
	text, err := r.paraText(true)
	if err != nil {
		return p, err
	}
	p.Text = text
	n := len(text)
	if p.List != nil {
		n += len(p.List.Label)
	}
	return p, r.countBytes(n)
}

// paraText reads the text of the paragraph whose start tag was the last
// token; body (ReadParagraphs) passes over text:number, the label a
// producer may have written for readers that do not number.
func (r *reader) paraText(body bool) (string, error) {
	r.cell = r.cell[:0]
	t := textRun{r: r, start: true, body: body}
	if err := t.paragraph(); err != nil {
		return "", err
	}
	return string(r.cell), nil
}
