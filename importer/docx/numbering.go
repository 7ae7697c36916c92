package docx

import (
	"encoding/xml"
	"strconv"
	"strings"

	"pakompas/importer/para"
)

// maxLevels is the number of list levels Word has.
const maxLevels = 9

// level is one level of a list definition (w:lvl).
type level struct {
	start  int
	format string // w:numFmt: decimal, bullet, lowerLetter, …
	text   string // w:lvlText: "%1.%2."
	legal  bool   // w:isLgl: every number shown in decimal
	pStyle string // the paragraph style this level belongs to
	set    bool
}

// numInstance is a w:num: a list definition with its own start overrides.
type numInstance struct {
	abstract string
	starts   map[int]int
}

// listState is the counters of one list as Word numbers it.
type listState struct {
	value   [maxLevels]int
	started [maxLevels]bool
}

// numbering is word/numbering.xml with the counters of the lists read so far.
type numbering struct {
	abstract map[string]*[maxLevels]level
	nums     map[string]*numInstance
	state    map[string]*listState
}

// readNumbering reads word/numbering.xml; a missing part is no lists.
func readNumbering(data []byte) (*numbering, error) {
	n := &numbering{abstract: map[string]*[maxLevels]level{}, nums: map[string]*numInstance{}, state: map[string]*listState{}}
	if data == nil {
		return n, nil
	}
	t := newTokens(data)
	err := t.walkRoot(func(name string, se xml.StartElement) (bool, error) {
		switch name {
		case "abstractNum":
			id, _ := attr(se, "abstractNumId")
			lv := &[maxLevels]level{}
			n.abstract[id] = lv
			return true, t.walk(func(name string, se xml.StartElement) (bool, error) {
				if name != "lvl" {
					return false, nil
				}
				i := intAttrNamed(se, "ilvl", -1)
				l := level{start: 1, format: "decimal", set: true}
				err := readLevel(t, &l)
				if i >= 0 && i < maxLevels {
					lv[i] = l
				}
				return true, err
			})
		case "num":
			id, _ := attr(se, "numId")
			inst := &numInstance{starts: map[int]int{}}
			n.nums[strings.TrimSpace(id)] = inst
			return true, t.walk(func(name string, se xml.StartElement) (bool, error) {
				switch name {
				case "abstractNumId":
					inst.abstract, _ = attr(se, "val")
				case "lvlOverride":
					i := intAttrNamed(se, "ilvl", -1)
					return true, t.walk(func(name string, se xml.StartElement) (bool, error) {
						if name == "startOverride" && i >= 0 && i < maxLevels {
							inst.starts[i] = intAttr(se, 1)
						}
						return false, nil
					})
				}
				return false, nil
			})
		}
		return false, nil
	})
	return n, err
}

// readLevel reads a w:lvl whose start tag was the last token into l.
func readLevel(t *tokens, l *level) error {
	return t.walk(func(name string, se xml.StartElement) (bool, error) {
		switch name {
		case "start":
			l.start = intAttr(se, 1)
		case "numFmt":
			l.format, _ = attr(se, "val")
		case "lvlText":
			l.text, _ = attr(se, "val")
		case "isLgl":
			l.legal = onOff(se)
		case "pStyle":
			l.pStyle, _ = attr(se, "val")
		}
		return false, nil
	})
}

// intAttrNamed returns the attribute local of se as a number, or def.
func intAttrNamed(se xml.StartElement, local string, def int) int {
	v, _ := attr(se, local)
	if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
		return n
	}
	return def
}

// item counts a paragraph of list numID at level ilvl (-1: the level
// whose pStyle is style, else 0) and returns its place in the list, or
// nil when numID names no list (numId 0 takes a style's numbering away).
func (n *numbering) item(numID string, ilvl int, style string) *ListItem {
	inst := n.nums[numID]
	if inst == nil {
		return nil
	}
	levels := n.abstract[inst.abstract]
	if levels == nil {
		return nil
	}
	if ilvl < 0 {
		ilvl = 0
		for i, l := range levels {
			if l.set && style != "" && l.pStyle == style {
				ilvl = i
				break
			}
		}
	}
	ilvl = min(max(ilvl, 0), maxLevels-1)
	// Lists that share a definition count on together, as in Word,
	// unless one restarts it with start overrides.
	key := "a" + inst.abstract
	if len(inst.starts) > 0 {
		key = "n" + numID
	}
	st := n.state[key]
	if st == nil {
		st = &listState{}
		n.state[key] = st
	}
	startOf := func(i int) int {
		if v, ok := inst.starts[i]; ok {
			return v
		}
		return levels[i].start
	}
	if st.started[ilvl] {
		st.value[ilvl]++
	} else {
		st.value[ilvl], st.started[ilvl] = startOf(ilvl), true
	}
	for i := ilvl + 1; i < maxLevels; i++ {
		st.started[i] = false
	}
	l := levels[ilvl]
	it := &ListItem{Level: ilvl, Bullet: l.format == "bullet"}
	if it.Bullet {
		return it
	}
	var b strings.Builder
	for i := 0; i < len(l.text); i++ {
		c := l.text[i]
		if c == '%' && i+1 < len(l.text) && l.text[i+1] >= '1' && l.text[i+1] <= '9' {
			k := int(l.text[i+1] - '1')
			i++
			if k > ilvl {
				continue
			}
			v := startOf(k)
			if st.started[k] {
				v = st.value[k]
			}
			f := levels[k].format
			if l.legal {
				f = "decimal"
			}
			b.WriteString(formatNumber(v, f))
			continue
		}
		b.WriteByte(c)
	}
	it.Label = strings.TrimSpace(b.String())
	return it
}

// formatNumber writes v in a list number format; formats other than
// letters, roman numerals and none are written as decimals.
func formatNumber(v int, format string) string {
	switch format {
	case "none", "bullet":
		return ""
	case "lowerLetter":
		return para.RepeatedLetters(v, 'a')
	case "upperLetter":
		return para.RepeatedLetters(v, 'A')
	case "lowerRoman":
		return strings.ToLower(para.Roman(v))
	case "upperRoman":
		return para.Roman(v)
	case "decimalZero":
		if v >= 0 && v < 10 {
			return "0" + strconv.Itoa(v)
		}
	}
	return strconv.Itoa(v)
}
