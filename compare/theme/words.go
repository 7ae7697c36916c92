package theme

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"pakompas/importer/norm"
)

// contentWords returns the folded words of s without stop words; words in
// ignore are kept as "" so that positions stay meaningful but they never
// match.
func contentWords(s string, ignore map[string]bool) []string {
	words := norm.Words(s)
	out := words[:0]
	for _, w := range words {
		switch {
		case stopWords[w]:
			continue
		case ignore[w]:
			out = append(out, "")
		default:
			out = append(out, w)
		}
	}
	return out
}

// textWords is contentWords for an agreement text, which also marks the
// words that are names: capitalised but not at the start of a sentence,
// line or bullet ("Schoutenbuurt", "Laan van Meerwijk", "HBV Uithoorn").
// Place names often end in -buurt or -wijk, so in a name a term counts
// only whole or as the first part ("Leefbaarheidsmonitor").
func textWords(s string, ignore map[string]bool) (words []string, proper []bool) {
	start := true // at the start of a sentence
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			if strings.ContainsRune(".!?:;\n•", r) {
				start = true
			}
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r2, size2 := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r2) {
				break
			}
			j += size2
		}
		w := norm.Fold(s[i:j])
		switch {
		case stopWords[w]:
		case ignore[w]:
			words, proper = append(words, ""), append(proper, false)
		default:
			words, proper = append(words, w), append(proper, !start && unicode.IsUpper(r))
		}
		start = false
		i = j
	}
	return words, proper
}

// isWordRune reports whether r belongs to a word, as in norm.Words
// (combining marks included, which folding removes).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
