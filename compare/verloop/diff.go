package verloop

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"pakompas/importer/norm"
)

// word is one word of a text: its byte span and its folded form.
type word struct {
	start, end int
	key        string
}

// splitWords returns the runs of letters and digits of text (a number
// like "125.000" or "2024-2027" stays one word: '.', ',' and '-' between
// digits join them), each folded as norm.Fold does.
func splitWords(text string) []word { return splitWordsIn(text, 0, len(text)) }

// splitWordsIn splits text[lo:hi] as splitWords splits the whole text,
// when lo and hi are word boundaries (see commonEnds); the spans are in
// text.
func splitWordsIn(text string, lo, hi int) []word {
	var out []word
	start := -1
	for i := lo; i < hi; {
		r, n := utf8.DecodeRuneInString(text[i:])
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if !in && start >= 0 && (r == '.' || r == ',' || r == '-') && i > 0 && isDigit(text[i-1]) && i+1 < len(text) && isDigit(text[i+1]) {
			in = true
		}
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, word{start, i, foldWord(text[start:i])})
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, word{start, hi, foldWord(text[start:hi])})
	}
	return out
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// commonEnds returns the lengths of the longest common byte prefix and
// suffix of a and b that end and start outside any word (at a byte that
// is neither a letter, a digit, a joiner of digits nor part of a
// multi-byte character), and do not overlap: the words in them are the
// same in both texts, so only what lies between need be split and
// compared.
func commonEnds(a, b string) (pre, suf int) {
	n := min(len(a), len(b))
	for pre < n && a[pre] == b[pre] {
		pre++
	}
	for pre > 0 && inWordByte(a[pre-1]) {
		pre--
	}
	for suf < n-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	for suf > 0 && inWordByte(a[len(a)-suf]) {
		suf--
	}
	return pre, suf
}

// inWordByte reports whether c may be part of a word: an ASCII letter or
// digit, a byte of a multi-byte character, or '.', ',' or '-' (which join
// digits).
func inWordByte(c byte) bool {
	return c >= 0x80 || c == '.' || c == ',' || c == '-' ||
		'0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// foldWord is norm.Fold of one word, without its Unicode path for a word
// of ASCII letters and digits.
func foldWord(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return norm.Fold(w)
		}
	}
	return strings.ToLower(w)
}

// wordDiff compares the words of two texts (folded: case, accents,
// punctuation and spacing do not count) by their longest common
// subsequence, and returns the changed runs and their byte spans in each
// text. No edits means the same words.
func wordDiff(prev, cur string) (edits []Edit, spans, prevSpans [][2]int) {
	if prev == cur {
		return nil, nil, nil
	}
	pre, suf := commonEnds(prev, cur)
	return diffWords(prev, cur, splitWordsIn(prev, pre, len(prev)-suf), splitWordsIn(cur, pre, len(cur)-suf))
}

// diffWords is wordDiff on the words a of prev and b of cur.
func diffWords(prev, cur string, a, b []word) (edits []Edit, spans, prevSpans [][2]int) {
	// Equal ends need no table.
	lo := 0
	for lo < len(a) && lo < len(b) && a[lo].key == b[lo].key {
		lo++
	}
	ha, hb := len(a), len(b)
	for ha > lo && hb > lo && a[ha-1].key == b[hb-1].key {
		ha--
		hb--
	}
	if ha == lo && hb == lo {
		return nil, nil, nil
	}
	ma, mb := a[lo:ha], b[lo:hb]
	if len(ma)*len(mb) > maxDiffCells {
		// Too long to compare word by word: what lies between the equal
		// ends is one edit.
		return appendEdit(nil, nil, nil, prev, cur, ma, mb)
	}
	// lcs[i][j] is the length of the LCS of ma[i:] and mb[j:].
	w := len(mb) + 1
	lcs := make([]int32, (len(ma)+1)*w)
	for i := len(ma) - 1; i >= 0; i-- {
		for j := len(mb) - 1; j >= 0; j-- {
			if ma[i].key == mb[j].key {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	var delA, insB []word
	flush := func() {
		if len(delA)+len(insB) == 0 {
			return
		}
		edits, spans, prevSpans = appendEdit(edits, spans, prevSpans, prev, cur, delA, insB)
		delA, insB = delA[:0], insB[:0]
	}
	i, j := 0, 0
	for i < len(ma) || j < len(mb) {
		switch {
		case i < len(ma) && j < len(mb) && ma[i].key == mb[j].key:
			flush()
			i++
			j++
		case j < len(mb) && (i == len(ma) || lcs[i*w+j+1] >= lcs[(i+1)*w+j]):
			insB = append(insB, mb[j])
			j++
		default:
			delA = append(delA, ma[i])
			i++
		}
	}
	flush()
	return edits, spans, prevSpans
}

// maxDiffCells bounds the table of diffWords (4 bytes a cell, 16 MiB): two
// texts whose differing middles hold more words pairwise (about 2,000
// words each; a cell holds up to 32,767 characters, some 16,000 words)
// get one edit for the whole middle, so a pair of huge cells cannot take
// a gigabyte.
const maxDiffCells = 1 << 22

// appendEdit appends the edit that replaces the run of words a of prev
// by the run b of cur (either may be empty, not both) and its spans.
func appendEdit(edits []Edit, spans, prevSpans [][2]int, prev, cur string, a, b []word) ([]Edit, [][2]int, [][2]int) {
	var e Edit
	if len(a) > 0 {
		s := [2]int{a[0].start, a[len(a)-1].end}
		e.Old = prev[s[0]:s[1]]
		prevSpans = append(prevSpans, s)
	}
	if len(b) > 0 {
		s := [2]int{b[0].start, b[len(b)-1].end}
		e.New = cur[s[0]:s[1]]
		spans = append(spans, s)
	}
	return append(edits, e), spans, prevSpans
}
