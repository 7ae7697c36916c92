package vague

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// appendFold appends the folded form of word (lower case, diacritics
// removed, "ĳ" as "ij") to dst. It agrees with norm.Fold from
// pakompas/importer/norm on single words, so "Vóór" and "voor" fold the
// same, but it allocates nothing: ASCII is lowered byte by byte and other
// runes are decomposed with x/text's canonical decomposition (NFD) and
// stripped of their combining marks.
func appendFold(dst []byte, word string) []byte {
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		i += n
		dst = appendFoldRune(dst, r)
	}
	return dst
}

// appendFoldRune appends the folded form of one non-ASCII rune.
func appendFoldRune(dst []byte, r rune) []byte {
	switch r {
	case 'ĳ', 'Ĳ':
		return append(dst, 'i', 'j')
	}
	if unicode.Is(unicode.Mn, r) {
		return dst // a combining mark of NFD input: dropped
	}
	r = unicode.ToLower(r)
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if d := norm.NFD.Properties(buf[:n]).Decomposition(); len(d) > 0 {
		// The base letter comes first; what follows are combining marks.
		base, _ := utf8.DecodeRune(d)
		if base < utf8.RuneSelf {
			return append(dst, byte(base))
		}
		return utf8.AppendRune(dst, base)
	}
	return utf8.AppendRune(dst, r)
}

// foldString folds s with appendFold; for compiling patterns, not for the
// hot path.
func foldString(s string) string {
	return string(appendFold(nil, s))
}
