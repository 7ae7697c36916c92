package vague

import (
	"strconv"
	"unicode/utf8"
)

// The limits that keep the classifier's time and memory in proportion to
// its input, whatever the input. Written agreements stay far below them:
// the labelled sets and the national corpus have at most 63 tokens and 12
// matches in a sentence, and Excel holds at most 32,767 characters in a
// cell.

// MaxTextBytes is the longest text classified: of a longer one only the
// first MaxTextBytes (cut after a space or line break where one is near)
// are, and the result carries a RuleTooLong flag. Token offsets are
// int32, so this also keeps every offset in range; and it bounds the
// working memory of one call: 45 MB at most (a MiB of commas, a token per
// byte; 25 MB for a MiB of "Partijen gaan in gesprek. "), which the pool
// keeps for the next call until the collector clears it.
const MaxTextBytes = 1 << 20

// maxSentenceTokens bounds a sentence: a longer run of words without a
// sentence end is read as several sentences of this many tokens. The work
// per sentence grows faster than its length (every match looks at the
// other matches and the words of its sentence), so the bound keeps a text
// without full stops linear in its length.
const maxSentenceTokens = 256

// maxSentenceHits bounds the matches kept per sentence, for the same
// reason: later ones are not recorded (a word list, not a sentence), and
// the result carries a RuleTooLong flag.
const maxSentenceHits = 64

// RuleTooLong and CategoryLimit name the Info flag of a text that was
// not classified entirely. It is no rule of the rule set.
const (
	RuleTooLong   = "te-lang"
	CategoryLimit = "limiet"
)

// cutText returns text, or its first MaxTextBytes ending after the last
// space or line break of its final KiB, or else on a rune boundary.
func cutText(text string) string {
	if len(text) <= MaxTextBytes {
		return text
	}
	cut := MaxTextBytes
	for cut > MaxTextBytes-1024 && cut > 0 {
		if c := text[cut-1]; c == ' ' || c == '\n' || c == '\r' || c == '\t' {
			return text[:cut]
		}
		cut--
	}
	cut = MaxTextBytes
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

// tooLongFlag is the Info flag of a text classified on its first done
// bytes, or with sentences of more than maxSentenceHits matches.
func tooLongFlag(text string, done int, capped bool) Flag {
	msg := "te lange zin (meer dan " + strconv.Itoa(maxSentenceHits) +
		" treffers, een opsomming zonder leestekens?): alleen het begin van die zin is beoordeeld"
	if done < len(text) {
		msg = "te lange tekst: alleen de eerste " + dutchInt(utf8.RuneCountInString(text[:done])) + " van de " +
			dutchInt(utf8.RuneCountInString(text)) + " tekens zijn beoordeeld"
	}
	return Flag{Rule: RuleTooLong, Category: CategoryLimit, Message: msg, Info: true}
}

// dutchInt writes n with a dot between thousands: 1.048.576.
func dutchInt(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}
