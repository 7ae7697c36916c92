package status

import (
	"strings"
	"unicode"
)

// tok is a word, a number or a separator of a status cell.
type tok struct {
	w   string // folded word, number digits or symbol; "" for a separator
	sep rune   // the separator, 0 for a word
	num int    // the value of a number, -1 if the word is none
	pct bool   // a percentage: "50%", "50 %", "50 procent"
}

// symbols are written as words.
var symbols = map[rune]string{
	'✓': "✓", '✔': "✓", '☑': "✓", '✅': "✓", '✗': "✗", '✘': "✗", '❌': "✗", '⚠': "⚠",
	'🟢': "🟢", '🟠': "🟠", '🟡': "🟡", '🔴': "🔴",
}

// tokens splits a folded cell into words, numbers, symbols and separators.
// Dots and apostrophes inside a word are dropped ("n.v.t." is "nvt",
// "risico's" is "risicos").
func tokens(f string) []tok {
	var out []tok
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		w := b.String()
		b.Reset()
		out = append(out, tok{w: w, num: number(w)})
	}
	rs := []rune(f)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case (r == '.' || r == '\'' || r == '’' || r == ',' && i > 0 && unicode.IsDigit(rs[i-1])) &&
			b.Len() > 0 && i+1 < len(rs) && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1])):
			if (r == ',' || r == '.') && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]) {
				b.WriteRune('.') // a decimal or thousands mark: "1,5", "1.500"
			}
		case r == '%':
			flush()
			if n := len(out); n > 0 && out[n-1].num >= 0 {
				out[n-1].pct = true
			}
		case symbols[r] != "":
			flush()
			out = append(out, tok{w: symbols[r], num: -1})
		case unicode.IsSpace(r):
			flush()
		default:
			flush()
			if unicode.IsPunct(r) || unicode.IsSymbol(r) {
				out = append(out, tok{sep: r, num: -1})
			}
		}
	}
	flush()
	for i := 1; i < len(out); i++ {
		if out[i].w == "procent" && out[i-1].num >= 0 {
			out[i-1].pct = true
		}
	}
	return out
}

// number is the integer value of a word of digits (a decimal part is
// dropped), -1 if it is no number.
func number(w string) int {
	if w == "" {
		return -1
	}
	n := 0
	for i, r := range w {
		if r == '.' && i > 0 {
			break
		}
		if r < '0' || r > '9' {
			return -1
		}
		if n < 1e9 {
			n = n*10 + int(r-'0')
		}
	}
	return n
}

// words are the words of ts.
func words(ts []tok) []string {
	var out []string
	for _, t := range ts {
		if t.w != "" {
			out = append(out, t.w)
		}
	}
	return out
}

// wordSet makes a set of the "|"-separated words.
func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Split(s, "|") {
		m[w] = true
	}
	return m
}
