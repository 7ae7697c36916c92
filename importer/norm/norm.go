// Package norm folds text for matching: case, diacritics and punctuation are
// ignored so that "Één", "een" and "EEN" compare equal. Every matcher in
// pakompas (header synonyms, gemeente names, later theme synonyms) goes
// through these functions so that they agree on what "the same word" means.
package norm

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// stripMarks removes combining marks after canonical decomposition, which
// turns "é" into "e" and "ĳ" stays as is (it has no decomposition).
var stripMarks = runes.Remove(runes.In(unicode.Mn))

// folders keeps the decompose–strip–compose chains between calls: a chain
// holds buffers of its own (about 2.8 KB), and making one per Fold was
// most of what folding allocated (145 MB for the 51,300 texts of the
// national corpus). transform.String resets a chain before use.
var folders = sync.Pool{New: func() any { return transform.Chain(norm.NFD, stripMarks, norm.NFC) }}

// Fold returns s lower-cased, without diacritics, with every run of
// whitespace collapsed to one space and trimmed. Punctuation is kept.
func Fold(s string) string {
	if isPlainASCII(s) {
		return collapse(strings.ToLower(s))
	}
	t := folders.Get().(transform.Transformer)
	out, _, err := transform.String(t, s)
	folders.Put(t)
	if err != nil {
		out = s
	}
	out = strings.ReplaceAll(out, "ĳ", "ij")
	out = strings.ReplaceAll(out, "Ĳ", "IJ")
	return collapse(strings.ToLower(out))
}

// Words returns the folded words of s: runs of letters and digits, with all
// other characters treated as separators. "Wonen, zorg & welzijn" gives
// [wonen zorg welzijn].
func Words(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Key returns the folded letters and digits of s with everything else
// removed, so that "Ouder-Amstel", "ouder_amstel" and "OuderAmstel" all give
// "ouderamstel".
func Key(s string) string {
	f := Fold(s)
	var b strings.Builder
	b.Grow(len(f))
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Slug returns the folded words of s joined by hyphens, for readable ids:
// "Ouder-Amstel" gives "ouder-amstel", "Wonen en zorg" gives "wonen-en-zorg".
func Slug(s string) string {
	return strings.Join(Words(s), "-")
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// collapse trims s and replaces every run of Unicode white space (including
// non-breaking spaces and newlines) by a single space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
