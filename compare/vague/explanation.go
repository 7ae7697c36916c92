package vague

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An agreement cell often ends with an explanation of the agreement, not
// a part of it: "… onderzoeken de mogelijkheden voor een energiefonds.
// Toelichting: dit sluit aan op de woonvisie." Its words commit nobody,
// so they may neither make the agreement concrete ("sluit … aan" is an
// act) nor vague, nor keep it apart from the same agreement elsewhere
// (compare aligns on the agreement part too).
//
// ExplanationStart finds where such an explanation begins: at the start
// of a sentence or line after the first, either a label followed by a
// colon or dash ("Toelichting:", "Achtergrond -", "NB:", "Zie ook:") or a
// sentence that relates the agreement to something else ("Dit sluit aan
// op …", "Dit draagt bij aan …", "Deze afspraak komt voort uit …",
// "Hiermee wordt invulling gegeven aan …"). Everything from there to the
// end is the explanation.

// explanationLabels are words that, followed by ":" or a dash at the
// start of a sentence, head an explanation.
var explanationLabels = []string{
	"toelichting", "ter toelichting", "achtergrond", "opmerking", "opmerkingen", "noot", "nb", "n.b.",
	"uitleg", "context", "ter info", "ter informatie", "motivatie", "onderbouwing", "aanleiding",
	"zie ook", "bron", "relatie met", "relatie", "waarom", "doel hiervan", "kanttekening",
}

// explanationOpeners start a sentence that relates the agreement to
// something else.
var explanationOpeners = []string{
	"dit sluit aan", "sluit aan op", "sluit aan bij", "dit draagt bij", "dit past in", "dit past bij",
	"dit is in lijn met", "dit ligt in lijn met", "dit volgt uit", "dit komt voort uit",
	"dit is een uitwerking van", "dit vloeit voort uit", "deze afspraak sluit aan", "deze afspraak komt voort",
	"deze afspraak volgt uit", "deze afspraak draagt bij", "deze afspraak past", "deze afspraak is een uitwerking",
	"hiermee wordt invulling gegeven", "hiermee geven", "zie ook", "zie bijlage", "zie paragraaf", "zie hoofdstuk",
	"conform de afspraak in", "dit is afgesproken in", "dit is vastgelegd in",
}

// ExplanationStart returns the byte offset at which an explanation
// begins in text, or len(text) when it has none. The first sentence is
// never an explanation: a cell that is only "Toelichting: …" is left as
// it is.
func ExplanationStart(text string) int {
	for i := nextSentence(text, 0); i < len(text); i = nextSentence(text, i) {
		if startsExplanation(text[i:]) {
			return trimBack(text, i)
		}
	}
	return len(text)
}

// nextSentence returns the offset of the first sentence or line start
// after from (the first non-space after ". ", "! ", "? " or a line
// break), or len(text); always more than from.
func nextSentence(text string, from int) int {
	for i := from; i < len(text); i++ {
		j := indexSentenceEnd(text[i:])
		if j < 0 {
			return len(text)
		}
		i += j
		switch text[i] {
		case '\n', '\r':
			return skipSpace(text, i+1)
		default: // '.', '!', '?'
			if i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n' || text[i+1] == '\r' || text[i+1] == '\t') {
				return skipSpace(text, i+1)
			}
		}
	}
	return len(text)
}

// indexSentenceEnd returns the offset of the first '.', '!', '?', '\n' or
// '\r' in s, or -1. Each byte is found with strings.IndexByte (which the
// runtime vectorises), each search only up to the best so far: most
// agreements are one sentence, and a byte loop over all of them was a
// noticeable part of classifying the national corpus. The search goes a
// window at a time, so that a text of many ends with no '.' among them
// ("!!!…", lines without a full stop) is not searched to its end for a
// '.' at every end: linear, not quadratic, in the length of the text.
func indexSentenceEnd(s string) int {
	const window = 256
	for off := 0; off < len(s); off += window {
		w := s[off:min(off+window, len(s))]
		best := strings.IndexByte(w, '.')
		if best < 0 {
			best = len(w)
		}
		for _, c := range [...]byte{'\n', '!', '?', '\r'} {
			if j := strings.IndexByte(w[:best], c); j >= 0 {
				best = j
			}
		}
		if best < len(w) {
			return off + best
		}
	}
	return -1
}

// skipSpace returns the first offset at or after i that is not white space.
func skipSpace(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			return i
		}
		i += n
	}
	return i
}

// trimBack returns i moved back over the white space before it.
func trimBack(text string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(r) {
			return i
		}
		i -= n
	}
	return i
}

// startsExplanation reports whether s starts with an explanation label or
// opener (case ignored).
func startsExplanation(s string) bool {
	for _, l := range explanationLabels {
		if rest, ok := cutPrefixFold(s, l); ok {
			rest = strings.TrimLeft(rest, " \t")
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") {
				return true
			}
		}
	}
	for _, o := range explanationOpeners {
		if rest, ok := cutPrefixFold(s, o); ok && (rest == "" || !isLetter(rest[0])) {
			return true
		}
	}
	return false
}

// cutPrefixFold is strings.CutPrefix ignoring case (prefix in lower case),
// without lowering s: it is asked at every sentence start of a text.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// isLetter reports whether the byte starts a letter (ASCII or a UTF-8
// sequence, which in these texts is a letter with a diacritic).
func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }
