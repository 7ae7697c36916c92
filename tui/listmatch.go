package tui

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"pakompas/importer/norm"
)

// The list's search matches folded words (case and diacritics ignored,
// norm.Fold) at the start of a word: "één" finds "een" and "eens", not
// "gemeente"; "1" finds "1.3" and "4.1".

// searchWords are the folded words of a search; an agreement matches when
// its search text holds every one at the start of a word.
func searchWords(search string) []string { return strings.Fields(norm.Fold(search)) }

// atWordStart reports whether folded text holds w where a word starts (at
// the beginning, or after a rune that is no letter or digit).
func atWordStart(text, w string) bool {
	for from := 0; ; {
		k := strings.Index(text[from:], w)
		if k < 0 {
			return false
		}
		k += from
		if wordStart(text, k) {
			return true
		}
		_, n := utf8.DecodeRuneInString(text[k:])
		from = k + n
	}
}

// wordStart reports whether byte k of text starts a word.
func wordStart(text string, k int) bool {
	if k == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:k])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// implies reports whether a text that holds every word of q holds every
// word of old: each old word stands at a word start inside a new one (so
// where the new word matches, the old one does too).
func implies(q, old []string) bool {
	for _, o := range old {
		found := false
		for _, w := range q {
			if atWordStart(w, o) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// matchSpans returns the byte spans of text (as shown) where a search word
// matches at the start of a word, for highlighting. text is folded rune by
// rune as norm.Fold folds it, keeping where each folded byte came from.
func matchSpans(text string, words []string) [][2]int {
	if len(words) == 0 {
		return nil
	}
	var (
		folded     strings.Builder
		start, end []int
	)
	for o, r := range text {
		f := foldRune(r)
		for range len(f) {
			start = append(start, o)
			end = append(end, o+utf8.RuneLen(r))
		}
		folded.WriteString(f)
	}
	fs := folded.String()
	var spans [][2]int
	for _, w := range words {
		for from := 0; from < len(fs); {
			k := strings.Index(fs[from:], w)
			if k < 0 {
				break
			}
			k += from
			if wordStart(fs, k) {
				spans = append(spans, [2]int{start[k], end[k+len(w)-1]})
			}
			from = k + 1
		}
	}
	return mergeSpans(spans)
}

// foldRune folds one rune as norm.Fold does (a space stays one space).
func foldRune(r rune) string {
	switch {
	case r < utf8.RuneSelf:
		return string(unicode.ToLower(r))
	case unicode.IsSpace(r):
		return " "
	}
	return norm.Fold(string(r))
}

// mergeSpans sorts spans and joins those that overlap or touch.
func mergeSpans(spans [][2]int) [][2]int {
	if len(spans) < 2 {
		return spans
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	out := spans[:1]
	for _, sp := range spans[1:] {
		last := &out[len(out)-1]
		if sp[0] <= last[1] {
			last[1] = max(last[1], sp[1])
			continue
		}
		out = append(out, sp)
	}
	return out
}

// renderSpans renders text with the spans in hl and the rest in base.
func renderSpans(text string, spans [][2]int, base, hl func(...string) string) string {
	var b strings.Builder
	pos := 0
	for _, sp := range spans {
		if sp[0] < pos || sp[1] > len(text) {
			continue
		}
		if sp[0] > pos {
			b.WriteString(base(text[pos:sp[0]]))
		}
		b.WriteString(hl(text[sp[0]:sp[1]]))
		pos = sp[1]
	}
	if pos < len(text) {
		b.WriteString(base(text[pos:]))
	}
	return b.String()
}
