package workbook

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The rows of the big sheets are written as XML by this file, not by
// excelize's StreamWriter.SetRow: SetRow builds a cell struct per value,
// copies and escapes each string twice and runs on one goroutine, which
// took 0.6–0.7 s of the national export. appendRow writes the bytes
// SetRow writes for the same values (the value types the workbook uses:
// strings, integers, booleans, excelize.Cell with those), and is held to
// it byte for byte by TestRowXMLSameAsSetRow and FuzzRowXML; it runs on
// all cores (see splice.go). A value of any other type is an error, so a
// new kind of cell cannot silently come out different.

// appendRow appends sheet row num with the values vals (column 1 first,
// nil for an empty cell) and height (0: the default) to buf, as SetRow
// writes it. colStyle[i] is the style of column i+1 set by SetColStyle (0
// or missing: none), which SetRow gives a cell without a style of its own.
func appendRow(buf []byte, num int, vals []any, height float64, colStyle []int) ([]byte, error) {
	if height > excelize.MaxRowHeight {
		return buf, excelize.ErrMaxRowHeight
	}
	rowNum := strconv.Itoa(num)
	buf = append(buf, `<row r="`...)
	buf = append(buf, rowNum...)
	buf = append(buf, '"')
	if height > 0 {
		buf = append(buf, ` ht="`...)
		buf = strconv.AppendFloat(buf, height, 'f', -1, 64)
		buf = append(buf, `" customHeight="1"`...)
	}
	buf = append(buf, '>')
	for i, v := range vals {
		if v == nil {
			continue
		}
		style := 0
		if i < len(colStyle) {
			style = colStyle[i]
		}
		switch c := v.(type) {
		case excelize.Cell:
			if c.Formula != "" {
				return buf, fmt.Errorf("rij %d: formule niet ondersteund", num)
			}
			if c.StyleID > 0 {
				style = c.StyleID
			}
			v = c.Value
		case *excelize.Cell:
			if c == nil || c.Formula != "" {
				return buf, fmt.Errorf("rij %d: cel niet ondersteund", num)
			}
			if c.StyleID > 0 {
				style = c.StyleID
			}
			v = c.Value
		}
		var err error
		if buf, err = appendCell(buf, colLetters(i+1), rowNum, style, v); err != nil {
			return buf, fmt.Errorf("rij %d: %w", num, err)
		}
	}
	return append(buf, `</row>`...), nil
}

// appendCell appends one cell (reference col+row, style, value) as
// excelize's writeCell does for the value SetRow's setCellValFunc made of v.
func appendCell(buf []byte, col, row string, style int, v any) ([]byte, error) {
	var typ, val string
	str := false
	switch x := v.(type) {
	case nil:
		// an excelize.Cell without a value: the cell with its style only
	case string:
		str = true
		val = cutCellText(x)
	case int:
		val = strconv.Itoa(x)
	case int64:
		val = strconv.FormatInt(x, 10)
	case bool:
		typ, val = "b", "0"
		if x {
			val = "1"
		}
	default:
		return buf, fmt.Errorf("waarde van type %T niet ondersteund", v)
	}
	buf = append(buf, `<c r="`...)
	buf = append(buf, col...)
	buf = append(buf, row...)
	buf = append(buf, '"')
	if style != 0 {
		buf = append(buf, ` s="`...)
		buf = strconv.AppendInt(buf, int64(style), 10)
		buf = append(buf, '"')
	}
	if str {
		typ = "inlineStr"
	}
	if typ != "" {
		buf = append(buf, ` t="`...)
		buf = append(buf, typ...)
		buf = append(buf, '"')
	}
	buf = append(buf, '>')
	if !str {
		if val != "" {
			buf = append(buf, `<v>`...)
			buf = append(buf, val...) // digits only: nothing to escape
			buf = append(buf, `</v>`...)
		}
		return append(buf, `</c>`...), nil
	}
	buf = append(buf, `<is><t`...)
	if preserveSpace(val) {
		buf = append(buf, ` xml:space="preserve"`...)
	}
	buf = append(buf, '>')
	buf = appendCellText(buf, val)
	return append(buf, `</t></is></c>`...), nil
}

// preserveSpace reports whether a text cell needs xml:space="preserve":
// its first or last byte is a tab, line feed, carriage return or space.
func preserveSpace(s string) bool {
	if s == "" {
		return false
	}
	for _, b := range []byte{s[0], s[len(s)-1]} {
		if b == '\t' || b == '\n' || b == '\r' || b == ' ' {
			return true
		}
	}
	return false
}

// cutCellText cuts s to Excel's 32,767 UTF-16 units, as excelize does
// before it looks at the spaces at the ends (preserveSpace).
func cutCellText(s string) string {
	if len(s) > excelize.TotalCellChars && utf16Len(s) > excelize.TotalCellChars {
		return cutUTF16(s, excelize.TotalCellChars)
	}
	return s
}

// appendCellText appends the text of a string cell (cut by cutCellText)
// as excelize writes it: XML-escaped with line feeds kept, then "_xHHHH_"
// sequences escaped (bstrMarshal). Plain text, the usual case, is copied
// as it is.
func appendCellText(buf []byte, s string) []byte {
	if !strings.Contains(s, "_x") {
		return appendEscaped(buf, s)
	}
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s)) // a bytes.Buffer does not fail
	esc := strings.ReplaceAll(b.String(), "&#xA;", "\n")
	if strings.Contains(esc, "_x") {
		esc = bstrMarshal(esc)
	}
	return append(buf, esc...)
}

// appendEscaped appends s escaped as xml.EscapeText escapes it, with line
// feeds kept as excelize puts them back, straight into buf (no buffer, no
// second copy): for text without "_x", whose escaped form bstrMarshal
// leaves alone.
func appendEscaped(buf []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		var esc string
		w := 1
		if c < utf8.RuneSelf {
			esc = asciiEscapes[c]
		} else {
			var r rune
			r, w = utf8.DecodeRuneInString(s[i:])
			if !inXMLRange(r) || r == utf8.RuneError && w == 1 {
				esc = "\uFFFD"
			}
		}
		if esc != "" {
			buf = append(append(buf, s[last:i]...), esc...)
			last = i + w
		}
		i += w
	}
	return append(buf, s[last:]...)
}

// asciiEscapes is what xml.EscapeText writes for an ASCII byte, "" for
// the byte itself: the five specials, tab and carriage return as
// character references, the other control characters (not allowed in XML
// text) as U+FFFD; the line feed stays.
var asciiEscapes = func() (t [utf8.RuneSelf]string) {
	for c := range byte(0x20) {
		t[c] = "\uFFFD"
	}
	t['\n'] = ""
	t['\t'], t['\r'] = "&#x9;", "&#xD;"
	t['"'], t['\''], t['&'], t['<'], t['>'] = "&#34;", "&#39;", "&amp;", "&lt;", "&gt;"
	return t
}()

// inXMLRange reports whether r may stand in XML text, as encoding/xml
// decides it.
func inXMLRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// utf16Len is the length of s in UTF-16 units, as excelize counts it.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// cutUTF16 cuts s to at most n UTF-16 units at a rune boundary, as
// excelize does.
func cutUTF16(s string, n int) string {
	cnt := 0
	for i, r := range s {
		if cnt += utf16.RuneLen(r); cnt > n {
			return s[:i]
		}
	}
	return s
}

// The expressions of excelize's bstrMarshal.
var (
	bstrExp       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	bstrEscapeExp = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// bstrMarshal escapes the "_xHHHH_" sequences in s that a reader would
// take for an escaped character, as excelize's function of that name
// does (excelize v2.11.1, lib.go; BSD-3-Clause): the logic is copied, not
// changed, so the bytes stay the same.
func bstrMarshal(s string) string {
	var result strings.Builder
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result.WriteString(s[cursor:match[0]])
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			if match[1]+6 <= l && bstrEscapeExp.MatchString(s[match[1]:match[1]+6]) {
				if _, err := strconv.Unquote(`"\u` + s[match[1]+1:match[1]+5] + `"`); err == nil {
					result.WriteString(subStr + "x005F" + subStr)
					continue
				}
			}
			result.WriteString(subStr + "x005F_")
			continue
		}
		if bstrExp.MatchString(subStr) {
			cursor = match[1]
			if _, err := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`); err == nil {
				result.WriteString("_x005F" + subStr)
				continue
			}
		}
	}
	if cursor < l {
		result.WriteString(s[cursor:])
	}
	return result.String()
}

// colLetters is the column name of column n (1-based): "A", "AB".
func colLetters(n int) string {
	if n <= 26 {
		return string(rune('A' + n - 1))
	}
	name, err := excelize.ColumnNumberToName(n)
	if err != nil {
		panic(err) // a bug: columns are within Excel's bounds
	}
	return name
}
