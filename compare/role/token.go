package role

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"pakompas/importer/norm"
)

// token is a word or a separator of an owner cell or an agreement text.
type token struct {
	raw   string // as written; for a separator the character itself
	word  string // folded, without dots and apostrophes; "&" or "+" for those separators, "" for others
	sep   byte   // 0 for a word, else one of , / & + ; ( ) : . - * and '\n'
	cap   bool   // the word has an upper-case letter: "Eigen", "inGeest", "GGD"
	upper bool   // the word has at least two letters, all upper-case
	hyph  bool   // the word is joined to the previous one by a hyphen
	start int    // byte offset in the source
	end   int    // byte offset just past the token
}

// isWord reports whether t is a word rather than a separator.
func (t token) isWord() bool { return t.sep == 0 }

// abbreviations end in a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"corp": true, "gem": true, "bijv": true, "ca": true, "resp": true, "nr": true, "incl": true,
	"excl": true, "evt": true, "dhr": true, "mevr": true, "mln": true, "mld": true, "st": true,
	"mr": true, "drs": true, "ing": true, "ir": true, "dr": true, "wo": true, "afd": true,
}

// separators maps the characters that split words to their separator.
var separators = map[rune]byte{
	',': ',', '/': '/', '&': '&', '+': '+', ';': ';', '(': '(', ')': ')', '[': '(', ']': ')',
	':': ':', '|': '/', '\n': '\n', '\r': '\n', '?': '.', '!': '.', '•': '*', '*': '*', '·': '*',
	'–': '-', '—': '-',
}

// tokenize splits s into words and separators. Hyphens between letters
// split words but mark the second as joined; a full stop inside a word
// ("i.s.m.", "com.wonen") or after an abbreviation ("Corp.") is no
// separator; apostrophes inside or at the start of a word are kept in raw
// and dropped from word.
func tokenize(s string) []token {
	return tokenizeInto(make([]token, 0, len(s)/5+2), s)
}

// tokenizeInto is tokenize appending to toks.
func tokenizeInto(toks []token, s string) []token {
	start := -1 // start of the current word, -1 if none
	hyph := false
	flush := func(end int) {
		if start < 0 {
			return
		}
		toks = append(toks, newWord(s[start:end], start, end, hyph))
		start, hyph = -1, false
	}
	for i, r := range s {
		size := utf8.RuneLen(r)
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case (r == '\'' || r == '’' || r == '`') && isLetter(next):
			if start < 0 {
				start = i
			}
		case (r == '.' || r == ',') && start >= 0 && isWordRune(prev) && isWordRune(next) &&
			(r == '.' || unicode.IsDigit(prev) && unicode.IsDigit(next)):
			// inside a word or number: "i.s.m", "com.wonen", "1,5"
		case r == '-' && start >= 0 && isWordRune(next):
			flush(i)
			hyph = true
		case r == '.':
			w := ""
			if start >= 0 {
				w = s[start:i]
			}
			flush(i)
			if w != "" && (strings.Contains(w, ".") || abbreviations[foldWord(w)]) {
				continue
			}
			toks = append(toks, token{raw: ".", sep: '.', start: i, end: i + size})
		default:
			flush(i)
			sep, ok := separators[r]
			if r == '-' && !isWordRune(prev) && !isWordRune(next) {
				sep, ok = '-', true
			}
			if !ok {
				continue
			}
			t := token{raw: s[i : i+size], sep: sep, start: i, end: i + size}
			if sep == '&' || sep == '+' {
				t.word = string(sep)
			}
			toks = append(toks, t)
		}
	}
	flush(len(s))
	return toks
}

// newWord makes the word token for raw.
func newWord(raw string, start, end int, hyph bool) token {
	t := token{raw: raw, word: foldWord(raw), start: start, end: end, hyph: hyph}
	letters, uppers := 0, 0
	for _, r := range raw {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			uppers++
		}
	}
	t.cap = uppers > 0
	t.upper = letters >= 2 && uppers == letters
	return t
}

// foldWord folds one word and drops its dots and apostrophes.
func foldWord(raw string) string {
	if w, ok := foldASCII(raw); ok {
		return w
	}
	w, ok := foldLatin(raw)
	if !ok {
		w = norm.Fold(raw)
	}
	if strings.ContainsAny(w, ".'’`") {
		w = strings.Map(func(r rune) rune {
			if r == '.' || r == '\'' || r == '’' || r == '`' {
				return -1
			}
			return r
		}, w)
	}
	return w
}

// foldASCII folds a word of ASCII letters and digits without allocating
// when it is lower-case already; ok is false for any other word.
func foldASCII(raw string) (string, bool) {
	upper := false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			upper = true
		default:
			return "", false
		}
	}
	if !upper {
		return raw, true
	}
	return strings.ToLower(raw), true
}

// latin folds the accented letters of Dutch text without the cost of a
// Unicode normalisation: "vóór", "één", "geïnformeerd", "Mozaïek".
var latin = map[rune]rune{
	'á': 'a', 'à': 'a', 'ä': 'a', 'â': 'a', 'é': 'e', 'è': 'e', 'ë': 'e', 'ê': 'e', 'í': 'i', 'ì': 'i',
	'ï': 'i', 'î': 'i', 'ó': 'o', 'ò': 'o', 'ö': 'o', 'ô': 'o', 'ú': 'u', 'ù': 'u', 'ü': 'u', 'û': 'u',
	'ý': 'y', 'ÿ': 'y', 'ç': 'c', 'ñ': 'n',
}

// foldLatin lower-cases raw and folds its accented letters; ok is false
// when it has a letter latin does not know, left to norm.Fold.
func foldLatin(raw string) (string, bool) {
	var b strings.Builder
	b.Grow(len(raw))
	for _, r := range raw {
		lr := unicode.ToLower(r)
		if r < 0x80 {
			b.WriteRune(lr)
			continue
		}
		f, ok := latin[lr]
		if !ok {
			return "", false
		}
		b.WriteRune(f)
	}
	return b.String(), true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isLetter(r rune) bool { return unicode.IsLetter(r) }
