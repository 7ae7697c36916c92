// Package para is the paragraph model of a text document that package
// importer finds numbered agreements in: the paragraphs outside tables
// of a Word document (package docx) and of an OpenDocument text (package
// ods), each with its heading level, whether it is the title, and its
// list label as the word processor draws it. The two readers fill it
// alike, so that the same document saved in either format reads the
// same.
package para

import (
	"strconv"
	"strings"
)

// MaxStyleChain bounds a chain of styles based on styles, in both
// readers: a loop ends there, and no real document nests this deep.
const MaxStyleChain = 16

// IsTitleStyle reports a style name that makes a paragraph the
// document's title ("Title", "Titel"; case and spaces around ignored).
func IsTitleStyle(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	return n == "title" || n == "titel"
}

// Paragraph is one paragraph with text outside the tables.
type Paragraph struct {
	// Index is the paragraph's 1-based place among the paragraphs with
	// text outside tables (empty paragraphs are not counted).
	Index int
	// Text is the paragraph's text as shown, without its list label: tabs
	// as "\t", line breaks as "\n".
	Text string
	// Style is the paragraph style: a Word style's id ("Kop1",
	// "Heading1", "Lijstalinea"), an OpenDocument style's display name
	// ("Heading 1", "List Paragraph").
	Style string
	// Heading is the outline level of a heading (1–9 in Word, 1–10 in
	// OpenDocument; from its style, a style it is based on, or the
	// paragraph itself), 0 for body text.
	Heading int
	// Title is set for the document title (the style Title or Titel, or
	// in OpenDocument one based on it).
	Title bool
	// List is set for a paragraph in a numbered or bulleted list (and in
	// OpenDocument for a heading the outline numbering numbers).
	List *ListItem
}

// ListItem is a paragraph's place in a list.
type ListItem struct {
	// Level is the list level, 0 for the outer one.
	Level int
	// Label is the visible label as the word processor draws it ("3.1.",
	// "a)", "2"), "" for a bullet or a level without a label.
	Label string
	// Bullet is set for a bulleted level.
	Bullet bool
}

// Roman writes v in upper-case roman numerals, and v outside 1–3999 as
// a decimal (both word processors do).
func Roman(v int) string {
	if v < 1 || v > 3999 {
		return strconv.Itoa(v)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, n := range vals {
		for v >= n {
			b.WriteString(syms[i])
			v -= n
		}
	}
	return b.String()
}

// RepeatedLetters writes v as Word's letter numbering and OpenDocument's
// synchronised letters: a … z, aa … zz, aaa …, starting from letter a
// ('a' or 'A'); v below 1, or past ten letters, as a decimal.
func RepeatedLetters(v int, a byte) string {
	if v < 1 {
		return strconv.Itoa(v)
	}
	n := (v-1)/26 + 1
	if n > 10 {
		return strconv.Itoa(v)
	}
	return strings.Repeat(string(rune(a+byte((v-1)%26))), n)
}
