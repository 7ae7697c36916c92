package theme

import (
	"errors"
	"strings"
	"unicode"

	"pakompas/importer/norm"
)

// Markers an adviser may put before a synonym or keyword.
const (
	markWhole = '=' // only the whole word (with inflections), never part of a compound
	markWeak  = '~' // a weak hint: counts half
)

// minPart is the shortest term that may match as part of a compound, and
// minRest the shortest remainder of the compound besides it: "huur" matches
// "huurbeleid", "wmo" matches only "wmo".
const (
	minPart = 4
	minRest = 3
)

// term is one synonym or keyword compiled for matching.
type term struct {
	theme int      // index of its theme in the taxonomy
	src   string   // as written in the list, without markers
	words []string // folded content words, stop words removed
	whole bool     // markWhole: never part of a compound
	weak  bool     // markWeak: counts half
	frame bool     // its words are a frameTerms entry (rules.go)
}

// stopWords never count: they are dropped from names, texts and phrases
// alike, so "Wonen, zorg en welzijn" contains the phrase "wonen en zorg"
// and "Prettig wonen in de wijk" the phrase "prettig wonen".
var stopWords = map[string]bool{
	"en": true, "de": true, "het": true, "een": true, "van": true, "in": true,
	"met": true, "voor": true, "op": true, "aan": true, "te": true, "der": true,
	"den": true, "of": true, "bij": true, "naar": true, "om": true, "tot": true,
	"door": true, "over": true, "als": true, "s": true, "t": true,
}

// parseTerm compiles a synonym or keyword as written in the taxonomy. The
// error is a Dutch phrase for the adviser.
func parseTerm(s string, themeIdx int) (term, error) {
	t := term{theme: themeIdx}
	rest := strings.TrimSpace(s)
	for rest != "" && (rest[0] == markWhole || rest[0] == markWeak) {
		if rest[0] == markWhole {
			t.whole = true
		} else {
			t.weak = true
		}
		rest = strings.TrimSpace(rest[1:])
	}
	t.src = rest
	for _, w := range norm.Words(rest) {
		if !stopWords[w] {
			t.words = append(t.words, w)
		}
	}
	t.frame = frameTerms[strings.Join(t.words, " ")]
	if len(t.words) == 0 {
		if rest == "" {
			return t, errors.New("leeg woord")
		}
		return t, errors.New("bevat geen woord dat telt (alleen lidwoorden of tekens)")
	}
	if !hasLetter(t.words) {
		return t, errors.New("bevat alleen cijfers")
	}
	return t, nil
}

func hasLetter(words []string) bool {
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// compoundable reports whether a one-word term may match as part of a
// compound.
func (t *term) compoundable() bool {
	return !t.whole && len(t.words[0]) >= minPart
}

// forms returns the spellings of the folded word w that count as w itself:
// plural and adjective endings ("woning" → "woningen", "statushouder" →
// "statushouders", "oudere" → "ouderen"), including the spelling changes
// of open syllables ("kwetsbaar" → "kwetsbare", "huur" → "huren"), of a
// final f or s ("huis" → "huizen") and of a doubled final consonant
// ("overleg" → "overleggen"), and "-heid" → "-heden".
func forms(w string) []string {
	out := []string{w, w + "en", w + "s", w + "e"}
	n := len(w)
	if n == 0 {
		return out
	}
	if w[n-1] == 'e' {
		out = append(out, w+"n")
	}
	if strings.HasSuffix(w, "heid") {
		out = append(out, w[:n-4]+"heden")
	}
	stems := []string{}
	switch w[n-1] {
	case 'f':
		stems = append(stems, w[:n-1]+"v")
	case 's':
		stems = append(stems, w[:n-1]+"z")
	}
	for _, s := range append([]string{w}, stems...) {
		if sh, ok := shortened(s); ok {
			stems = append(stems, sh)
		}
	}
	for _, s := range stems {
		out = append(out, s+"e", s+"en")
	}
	if doubles(w) {
		d := w + w[n-1:]
		out = append(out, d+"e", d+"en")
	}
	return out
}

// shortened drops one letter of a doubled vowel before a final consonant,
// the spelling of an open syllable: "kwetsbaar" gives "kwetsbar".
func shortened(w string) (string, bool) {
	n := len(w)
	if n < 4 || isVowel(w[n-1]) {
		return "", false
	}
	v := w[n-2]
	if v != w[n-3] || !strings.ContainsRune("aeou", rune(v)) || isVowel(w[n-4]) {
		return "", false
	}
	return w[:n-2] + w[n-1:], true
}

// doubles reports whether w ends in a single vowel and a consonant that
// doubles before an ending ("overleg" → "overleggen").
func doubles(w string) bool {
	n := len(w)
	if n < 3 || isVowel(w[n-1]) || strings.ContainsRune("wjhxy", rune(w[n-1])) {
		return false
	}
	return isVowel(w[n-2]) && !isVowel(w[n-3])
}

func isVowel(b byte) bool {
	return strings.IndexByte("aeiou", b) >= 0
}

// agentTail reports whether rest, what follows a term at the start of a
// word, makes it a person rather than a compound: "huur" + "ders" is a
// tenant, not a rent. Such a word does not match the term.
func agentTail(rest string) bool {
	return strings.HasPrefix(rest, "der")
}
