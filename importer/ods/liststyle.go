package ods

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"pakompas/importer/para"
)

// The bounds of list numbering (see the package comment).
const (
	// maxListLevels is ODF's number of list and outline levels; a list
	// nested deeper is numbered as its tenth level.
	maxListLevels = 10
	// maxCounter holds counters and start values: a larger start value
	// is taken as this, and a counter stays there.
	maxCounter = 999_999_999
	// maxLabel is the longest label built, in bytes; a longer prefix,
	// suffix or num-list-format is cut there.
	maxLabel = 256
)

// levelStyle is one level of a list style or of the outline style.
type levelStyle struct {
	set    bool
	bullet bool // a bullet or image level: no label
	// format is style:num-format: "1", "a", "A", "i", "I", "" (none);
	// others are written as decimals.
	format         string
	letterSync     bool
	prefix, suffix string
	start          int
	// display is text:display-levels (1 when absent).
	display int
	// listFormat is LibreOffice's loext:num-list-format ("%1%.%2%"),
	// which says the whole label when hasListFormat.
	listFormat    string
	hasListFormat bool
}

// listStyle is a text:list-style or the text:outline-style.
type listStyle struct {
	levels [maxListLevels]levelStyle
}

// paraStyle is what the reader needs of a paragraph style.
type paraStyle struct {
	name, display, parent string
	// outline is style:default-outline-level, 0 when absent.
	outline int
	// title is set for the style Title (or Titel), by name or display
	// name.
	title bool
	// auto is set for an automatic style (P1), which is no style a user
	// picked: Paragraph.Style names its parent.
	auto bool
}

// textStyles are the styles of a text document: from styles.xml (common
// and automatic styles) and content.xml's automatic styles, which
// override those of the same name.
type textStyles struct {
	paras   map[string]*paraStyle
	lists   map[string]*listStyle
	outline *listStyle
}

func newTextStyles() *textStyles {
	return &textStyles{paras: map[string]*paraStyle{}, lists: map[string]*listStyle{}}
}

// readStylesPart reads styles.xml (nil: none) into ts.
func (ts *textStyles) readStylesPart(data []byte) error {
	if len(data) == 0 {
		return nil
	}
	s := newScanner(data)
	tok, err := s.next()
	if err != nil {
		return err
	}
	if tok != tokStart || !s.is(nsOffice, "document-styles") {
		return damaged("styles.xml is geen OpenDocument-opmaak")
	}
	return s.children(func() error {
		switch {
		case s.is(nsOffice, "styles"):
			return ts.read(s, false)
		case s.is(nsOffice, "automatic-styles"):
			return ts.read(s, true)
		}
		return s.skip()
	}, nil)
}

// read reads the children of office:styles or office:automatic-styles
// whose start tag was the last token.
func (ts *textStyles) read(s *scanner, auto bool) error {
	return s.children(func() error { return ts.style(s, auto) }, nil)
}

// style reads one child of a styles element whose start tag was the last
// token: a paragraph style, a list style or the outline style; anything
// else is passed over.
func (ts *textStyles) style(s *scanner, auto bool) error {
	switch {
	case s.is(nsStyle, "style"):
		if s.attr(nsStyle, "family") != "paragraph" {
			return s.skip()
		}
		p := &paraStyle{name: s.attr(nsStyle, "name"), display: s.attr(nsStyle, "display-name"),
			parent: s.attr(nsStyle, "parent-style-name"), auto: auto}
		p.title = para.IsTitleStyle(p.name) || para.IsTitleStyle(p.display)
		if v, err := strconv.Atoi(strings.TrimSpace(s.attr(nsStyle, "default-outline-level"))); err == nil && v > 0 {
			p.outline = min(v, maxListLevels)
		}
		ts.paras[p.name] = p
		return s.skip()
	case s.is(nsText, "list-style"):
		name := s.attr(nsStyle, "name")
		l := &listStyle{}
		ts.lists[name] = l
		if err := l.read(s); err != nil {
			return err
		}
		// A level the style leaves out is numbered "1.", "2." as
		// LibreOffice numbers it (the outline leaves it unnumbered).
		for i := range l.levels {
			if !l.levels[i].set {
				l.levels[i] = levelStyle{set: true, format: "1", suffix: ".", display: 1, start: 1}
			}
		}
		return nil
	case s.is(nsText, "outline-style"):
		ts.outline = &listStyle{}
		return ts.outline.read(s)
	}
	return s.skip()
}

// read reads the level styles of a list or outline style whose start tag
// was the last token; a level outside 1–10 is passed over.
func (l *listStyle) read(s *scanner) error {
	return s.children(func() error {
		bullet := s.is(nsText, "list-level-style-bullet") || s.is(nsText, "list-level-style-image")
		if !bullet && !s.is(nsText, "list-level-style-number") && !s.is(nsText, "outline-level-style") {
			return s.skip()
		}
		n, err := strconv.Atoi(strings.TrimSpace(s.attr(nsText, "level")))
		if err != nil || n < 1 || n > maxListLevels {
			return s.skip()
		}
		lv := levelStyle{set: true, bullet: bullet, display: 1, start: 1,
			format: s.attr(nsStyle, "num-format"), letterSync: s.attr(nsStyle, "num-letter-sync") == "true",
			prefix: cutLabel(s.attr(nsStyle, "num-prefix")), suffix: cutLabel(s.attr(nsStyle, "num-suffix"))}
		if v, ok := counterAttr(s.attr(nsText, "start-value")); ok {
			lv.start = v
		}
		if v, err := strconv.Atoi(strings.TrimSpace(s.attr(nsText, "display-levels"))); err == nil && v > 1 {
			lv.display = min(v, maxListLevels)
		}
		f, ok := s.attrOK(nsLOExt, "num-list-format")
		lv.listFormat, lv.hasListFormat = cutLabel(f), ok
		l.levels[n-1] = lv
		return s.skip()
	}, nil)
}

// counterAttr reads a start value: a whole number, held to 0–maxCounter.
func counterAttr(v string) (int, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		if e, ok := err.(*strconv.NumError); ok && e.Err == strconv.ErrRange {
			return maxCounter, true
		}
		return 0, false
	}
	return int(min(n, maxCounter)), true
}

// cutLabel holds a piece of a label to maxLabel bytes, on a rune
// boundary.
func cutLabel(v string) string {
	if len(v) > maxLabel {
		return v[:runeCut(v, maxLabel)]
	}
	return v
}

// runeCut returns the largest n' <= n at which s may be cut without
// splitting a UTF-8 sequence (len(s) > n).
func runeCut[T string | []byte](s T, n int) int {
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// paragraph returns what a paragraph of style name is: its outline level
// from the style (0: body text), whether it is the document title (the
// style Title or Titel, or one based on it) and the name of the style a
// user picked. A paragraph style's list style (style:list-style-name)
// numbers nothing: LibreOffice numbers a paragraph only in a text:list,
// and a text:list without a style is bulleted whatever its paragraphs'
// styles say.
func (ts *textStyles) paragraph(name string) (outline int, title bool, style string) {
	next := name
	for range para.MaxStyleChain {
		p := ts.paras[next]
		if p == nil {
			break
		}
		next = p.parent
		if style == "" && !p.auto {
			style = p.display
			if style == "" {
				style = strings.ReplaceAll(p.name, "_20_", " ")
			}
		}
		if outline == 0 {
			outline = p.outline
		}
		title = title || p.title
	}
	if style == "" {
		style = name
	}
	return outline, title, style
}

// counters are the numbers of a list (and the lists that continue it) or
// of the outline, per level.
type counters struct {
	value   [maxListLevels]int
	started [maxListLevels]bool
}

// count counts an item at level lvl (0-based) of a list whose style is
// l (nil: none): its own start value when start >= 0, else the next
// number, or the level's start value when the level starts (again). The
// deeper levels start again after it.
func (c *counters) count(lvl int, start int, l *listStyle) {
	switch {
	case start >= 0:
		c.value[lvl] = start
	case c.started[lvl]:
		c.value[lvl] = min(c.value[lvl]+1, maxCounter)
	default:
		c.value[lvl] = l.startOf(lvl)
	}
	c.started[lvl] = true
	for i := lvl + 1; i < maxListLevels; i++ {
		c.started[i] = false
	}
}

// phantom is an item at level lvl that holds no paragraph first (only a
// nested list, say): it shows no label and counts nothing, but a level
// that has not started starts there, at the item's start value or the
// level's, as in LibreOffice, so that the next item counts on from it
// ("2." after an item holding only "1.1"); the deeper levels go on.
func (c *counters) phantom(lvl int, start int, l *listStyle) {
	if c.started[lvl] {
		return
	}
	if start < 0 {
		start = l.startOf(lvl)
	}
	c.value[lvl], c.started[lvl] = start, true
}

// startOf is the start value of level lvl (1 when the style sets none).
func (l *listStyle) startOf(lvl int) int {
	if l == nil || !l.levels[lvl].set {
		return 1
	}
	return l.levels[lvl].start
}

// valueOf is the number level k shows: its counter, or its start value
// when it has not started (an item deeper in a list that skipped it).
func (c *counters) valueOf(k int, l *listStyle) int {
	if c.started[k] {
		return c.value[k]
	}
	return l.startOf(k)
}

// label is the label an item at level lvl (0-based) shows, as the office
// suite draws it, and whether the level is a bullet; "" for a bullet and
// a level without a number. A list without a style (nil: none given, or
// one the document does not define) is bulleted, as LibreOffice shows
// it; a level the outline style does not define has no label.
func (l *listStyle) label(c *counters, lvl int) (string, bool) {
	if l == nil {
		return "", true
	}
	if !l.levels[lvl].set {
		return "", false
	}
	lv := &l.levels[lvl]
	if lv.bullet {
		return "", true
	}
	var b []byte
	if lv.hasListFormat {
		f := lv.listFormat
		for i := 0; i < len(f) && len(b) < maxLabel; i++ {
			if f[i] == '%' {
				if j := strings.IndexByte(f[i+1:], '%'); j > 0 {
					if k, err := strconv.Atoi(f[i+1 : i+1+j]); err == nil && k >= 1 && k <= lvl+1 {
						b = l.number(b, c, k-1)
						i += j + 1
						continue
					}
				}
			}
			b = append(b, f[i])
		}
	} else {
		b = append(b, lv.prefix...)
		for k := max(lvl-lv.display+1, 0); k <= lvl; k++ {
			if k < lvl {
				b = l.number(b, c, k)
				b = append(b, '.')
				continue
			}
			b = l.number(b, c, k)
		}
		b = append(b, lv.suffix...)
	}
	if len(b) > maxLabel {
		b = b[:runeCut(b, maxLabel)]
	}
	return strings.TrimSpace(string(b)), false
}

// number appends the number level k shows in its level's format.
func (l *listStyle) number(b []byte, c *counters, k int) []byte {
	v := c.valueOf(k, l)
	lv := &l.levels[k]
	switch lv.format {
	case "":
		return b
	case "a", "A":
		return appendLetters(b, v, lv.format[0], lv.letterSync)
	case "i":
		return append(b, strings.ToLower(para.Roman(v))...)
	case "I":
		return append(b, para.Roman(v)...)
	}
	return strconv.AppendInt(b, int64(v), 10)
}

// appendLetters writes v as letters: a … z, aa, ab … (or, synchronised,
// aa, bb …); 0 as a decimal, and a synchronised number past ten letters
// too.
func appendLetters(b []byte, v int, a byte, sync bool) []byte {
	if v < 1 {
		return strconv.AppendInt(b, int64(v), 10)
	}
	if sync {
		return append(b, para.RepeatedLetters(v, a)...)
	}
	var tmp [8]byte
	i := len(tmp)
	for v > 0 && i > 0 {
		v--
		i--
		tmp[i] = a + byte(v%26)
		v /= 26
	}
	return append(b, tmp[i:]...)
}
