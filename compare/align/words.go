package align

import (
	"sync"
	"unicode"

	"pakompas/importer/norm"
)

// words returns the words of text exactly as norm.Words gives them, and
// per word whether it is a capitalised word inside a sentence (see
// capitalised; nil when none is or the text is title-cased).
//
// Folding is the costliest step of the grouping, and norm.Fold's Unicode
// path (decompose, strip marks, compose) costs far more than the rest, so
// a text is first brought to ASCII when that is safe: the accented Latin
// letters become their folded form (taken from norm.Fold itself, with the
// first letter kept upper case for upper-case letters), non-spacing marks
// are dropped (as norm.Fold does), and other non-letters become a
// separator. For ASCII, norm.Words is the runs of letters and digits,
// lower-cased, which scanASCII computes in one pass. Any other rune sends
// the text down the exact path: norm.Words and capitalised.
//
// The slices are sc's buffers, valid until its next use; the words are
// substrings of one new lower-cased string.
func (sc *scratch) words(text string) ([]string, []bool) {
	if a, ok := toASCII(text); ok {
		var marked bool
		sc.ws, sc.caps, marked = scanASCII(a, sc.ws[:0], sc.caps[:0])
		if !marked {
			return sc.ws, nil
		}
		return sc.ws, sc.caps
	}
	ws := norm.Words(text)
	return ws, capitalised(text, len(ws))
}

// toASCII returns text with its non-ASCII runes replaced as words
// describes, and false when a rune has no safe replacement.
func toASCII(text string) (string, bool) {
	i := 0
	for i < len(text) && text[i] < 0x80 {
		i++
	}
	if i == len(text) {
		return text, true
	}
	table := latinFold()
	buf := make([]byte, i, len(text)+8)
	copy(buf, text[:i])
	for _, r := range text[i:] {
		switch {
		case r < 0x80:
			buf = append(buf, byte(r))
		case r >= latinLo && r < latinHi && table[r-latinLo] != "":
			f := table[r-latinLo]
			if unicode.IsUpper(r) {
				buf = append(buf, f[0]-'a'+'A')
				f = f[1:]
			}
			buf = append(buf, f...)
		case unicode.Is(unicode.Mn, r):
			// dropped, as norm.Fold strips non-spacing marks
		case r == '•' || r == '…':
			buf = append(buf, '.') // a separator that also starts a sentence
		case !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r):
			buf = append(buf, ' ')
		default:
			return "", false
		}
	}
	return string(buf), true
}

// scanASCII splits an ASCII text into lower-cased runs of letters and
// digits and marks the capitalised words inside a sentence, with the same
// rules as capitalised, appending to ws and caps. marked is false when
// capitalised would return nil.
func scanASCII(s string, ws []string, caps []bool) (_ []string, _ []bool, marked bool) {
	lower := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	ls := string(lower)
	start := true
	inner, innerCaps, any := 0, 0, false
	for i := 0; i < len(s); {
		c := s[i]
		if !isAlnum(c) {
			switch c {
			case '.', '!', '?', ':', ';', '\n', '\r':
				start = true
			}
			i++
			continue
		}
		j, upperFirst, hasLower := i+1, 'A' <= c && c <= 'Z', false
		for ; j < len(s) && isAlnum(s[j]); j++ {
			if 'a' <= s[j] && s[j] <= 'z' {
				hasLower = true
			}
		}
		hasLower = hasLower || ('a' <= c && c <= 'z')
		capd := !start && upperFirst && hasLower
		if !start && (upperFirst || hasLower) {
			inner++
			if upperFirst {
				innerCaps++
			}
		}
		any = any || capd
		ws = append(ws, ls[i:j])
		caps = append(caps, capd)
		start = false
		i = j
	}
	return ws, caps, any && len(ws) >= 2 && 2*innerCaps <= inner
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// capitalised reports per word of text (the words norm.Words gives, n of
// them) whether it is a capitalised word inside a sentence: its first
// letter upper case, another letter lower case, and not the first word of
// the text or of a sentence (after '.', '!', '?', ':', ';', '•', '…' or a
// line break). It returns nil when no word qualifies, when the text's own
// split does not line up with norm.Words, or when more than half of the
// words after a sentence start are capitalised (a title-cased heading:
// there capitals say nothing about names).
func capitalised(text string, n int) []bool {
	if n < 2 {
		return nil
	}
	var caps []bool
	start := true // at a sentence start
	inWord, upperFirst, hasLower := false, false, false
	inner, innerCaps, any := 0, 0, false
	end := func() {
		c := !start && upperFirst && hasLower
		if !start && (upperFirst || hasLower) {
			inner++
			if upperFirst {
				innerCaps++
			}
		}
		any = any || c
		caps = append(caps, c)
		start = false
	}
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			if !inWord {
				inWord, upperFirst, hasLower = true, unicode.IsUpper(r), unicode.IsLower(r)
			} else if unicode.IsLower(r) {
				hasLower = true
			}
			continue
		}
		if inWord {
			end()
			inWord = false
		}
		switch r {
		case '.', '!', '?', ':', ';', '\n', '\r', '•', '…':
			start = true
		}
	}
	if inWord {
		end()
	}
	if !any || len(caps) != n || 2*innerCaps > inner {
		return nil
	}
	return caps
}

// The Latin-1 Supplement and Latin Extended-A/B letters.
const latinLo, latinHi = 0xC0, 0x250

// latinFold maps each letter in [latinLo, latinHi) to norm.Fold of it when
// that is plain ASCII letters ("é" → "e", "ĳ" → "ij"), else "".
var latinFold = sync.OnceValue(func() []string {
	t := make([]string, latinHi-latinLo)
	for r := rune(latinLo); r < latinHi; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		f := norm.Fold(string(r))
		ok := f != ""
		for i := 0; i < len(f); i++ {
			if c := f[i]; c < 'a' || c > 'z' {
				ok = false
			}
		}
		if ok {
			t[r-latinLo] = f
		}
	}
	return t
})
