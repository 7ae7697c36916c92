package theme

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"pakompas/importer/norm"
)

// numberWords may precede a theme's number: "Thema 2 - Beschikbaarheid",
// "Hoofdstuk 4: Kwetsbare groepen", "H3. Duurzaamheid", "§ 2.1 Nieuwbouw".
// Longer words come first so that "hoofdstuk" is not read as "h".
var numberWords = []string{
	"hoofdstuk", "onderdeel", "paragraaf", "nummer", "bijlage", "artikel", "thema",
	"sectie", "deel", "par", "art", "nr", "h", "§",
}

// Clean returns a local theme name without its numbering and the
// separators after it: "3. Verduurzaming van het bezit", "Thema 2 -
// Beschikbaarheid", "Hoofdstuk 4: Kwetsbare groepen", "2.6 Procesafspraken",
// "B) Leefbaarheid" and "IV. Wonen en zorg" lose their prefix. A name that
// is only a number ("3.", "Thema 5") gives "". Case and accents are kept.
func Clean(raw string) string {
	s := strings.TrimSpace(raw)
	if rest, ok := cutNumberWord(s); ok {
		s = rest
	} else if rest, ok := cutNumber(s); ok {
		s = rest
	}
	return strings.TrimSpace(s)
}

// LocalKey is the key under which a local theme name is pinned (config
// [themas.lokaal]) or moved by the adviser (Overrides.ByLocal): its cleaned
// letters and digits, folded. "3. Prettig wonen in de wijk" and "prettig
// wonen in de wijk" have the same key.
func LocalKey(raw string) string {
	return norm.Key(Clean(raw))
}

// cutNumberWord removes a number word with the number after it
// ("Hoofdstuk 4:"), or a number word followed by a colon ("Thema:").
func cutNumberWord(s string) (string, bool) {
	for _, w := range numberWords {
		if len(s) < len(w) || !strings.EqualFold(s[:len(w)], w) {
			continue
		}
		rest := s[len(w):]
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) {
			continue // "Thematisch", "Huurbeleid"
		}
		rest = strings.TrimLeft(rest, " .\t")
		if after, ok := cutNumber(rest); ok {
			return after, true
		}
		if strings.HasPrefix(rest, ":") {
			return trimSeparators(rest), true
		}
	}
	return "", false
}

// cutNumber removes a leading number and the separators after it: "3.",
// "2.6", "01", "3a.", "(2)", "B)", "iv.". A letter or roman numeral needs a
// "." or ")" after it, so that "Vocht" and "In de wijk" stay whole.
func cutNumber(s string) (string, bool) {
	rest := strings.TrimPrefix(s, "(")
	i := 0
	for i < len(rest) && (isDigit(rest[i]) || rest[i] == '.' && i > 0 && i+1 < len(rest) && isDigit(rest[i+1])) {
		i++
	}
	if i > 0 {
		if i < len(rest) && isASCIILetter(rest[i]) && (i+1 == len(rest) || !isASCIILetter(rest[i+1])) {
			i++ // "3a"
		}
		after := rest[i:]
		if r, _ := utf8.DecodeRuneInString(after); after != "" && unicode.IsLetter(r) {
			return "", false // "3Dprint", "10jarig"
		}
		return trimSeparators(after), true
	}
	for i < len(rest) && isASCIILetter(rest[i]) {
		i++
	}
	if i == 0 || i >= len(rest) || (rest[i] != '.' && rest[i] != ')') {
		return "", false
	}
	if i > 1 && strings.Trim(strings.ToLower(rest[:i]), "ivx") != "" {
		return "", false // a word, not a roman numeral
	}
	after := rest[i+1:]
	if after != "" && after[0] != ' ' && after[0] != '\t' {
		return "", false // "A.s.", "e.d."
	}
	return trimSeparators(after), true
}

// trimSeparators removes the punctuation and spaces between a number and
// the name: " - ", ": ", ". ", ") ".
func trimSeparators(s string) string {
	return strings.TrimLeftFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".):-–—|/", r)
	})
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
