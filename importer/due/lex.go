package due

import (
	"unicode"
	"unicode/utf8"
)

// tokKind tells numbers, words and punctuation apart.
type tokKind uint8

const (
	tokNum tokKind = iota + 1
	tokWord
	tokPunct
)

// token is one run of digits, one run of letters or one punctuation
// character of a folded text. Letters and digits are split even when they
// touch, so "q2" is the word "q" followed by the glued number 2.
type token struct {
	text  string // the token's bytes in the folded text
	val   int    // numbers: the value, or -1 when longer than 9 digits
	kind  tokKind
	glued bool // no space between this token and the previous one
	punct byte // punctuation, normalised: every dash is '-', every quote '\''
}

// digits is the number of digits of a number token.
func (t token) digits() int { return len(t.text) }

// lex splits the folded text s into tokens, appending to toks.
func lex(s string, toks []token) []token {
	glued := false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			glued = false
			i++
			continue
		case c >= '0' && c <= '9':
			j, v := i, 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if j-i < 9 {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			if j-i > 9 {
				v = -1
			}
			toks = append(toks, token{kind: tokNum, text: s[i:j], val: v, glued: glued})
			i = j
		case isLetterAt(s, i):
			j := i
			for j < len(s) && isLetterAt(s, j) {
				if s[j] < utf8.RuneSelf {
					j++
				} else {
					_, n := utf8.DecodeRuneInString(s[j:])
					j += n
				}
			}
			toks = append(toks, token{kind: tokWord, text: s[i:j], glued: glued})
			i = j
		default:
			r, n := rune(c), 1
			if c >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[i:])
			}
			if unicode.IsSpace(r) {
				glued = false
				i += n
				continue
			}
			toks = append(toks, token{kind: tokPunct, text: s[i : i+n], punct: punctOf(r), glued: glued})
			i += n
		}
		glued = true
	}
	return toks
}

// isLetterAt reports whether a letter starts at byte i of s.
func isLetterAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// punctOf maps a punctuation rune to the ASCII character the patterns test
// for: dashes become '-', quotes and accents an apostrophe, currency signs
// '$', and everything else outside ASCII '?'.
func punctOf(r rune) byte {
	switch r {
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	case '‘', '’', '‛', '`', '´', '′':
		return '\''
	case '€', '£', '$':
		return '$'
	}
	if r < utf8.RuneSelf {
		return byte(r)
	}
	return '?'
}
