package importer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bulletGlyphs are characters that only ever start a list item.
const bulletGlyphs = "•◦▪▫‣○●■□►▶➢➤·"

// tidyText tidies a cell: lines kept (empty ones dropped), whitespace runs
// collapsed within each line, leading bullets removed, trimmed.
func tidyText(s string) string {
	if s == "" {
		return ""
	}
	s = strings.ReplaceAll(s, "_x000D_", "")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\u200b", "")
	if !strings.Contains(s, "\n") {
		return tidyLine(s)
	}
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = tidyLine(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// tidyLine collapses whitespace and removes a leading bullet.
func tidyLine(l string) string {
	l = collapseSpace(l)
	for {
		r, rest, ok := cutFirstRune(l)
		if !ok {
			return l
		}
		switch {
		case strings.ContainsRune(bulletGlyphs, r):
		case strings.ContainsRune("-–—*", r) && (strings.HasPrefix(rest, " ") || startsWithLetter(rest)):
		default:
			return l
		}
		l = strings.TrimSpace(rest)
	}
}

// cutFirstRune splits off the first character. Invalid UTF-8 counts as
// one character per byte (it used to be taken as three: the width of the
// replacement character, which cut into the text or panicked on a short
// cell).
// collapseSpace is strings.Join(strings.Fields(l), " "), except that a
// line with single spaces only is returned as it is, not copied: most
// cells are, and a file of 100,000 rows would otherwise hold its text
// twice.
func collapseSpace(l string) string {
	prevSpace := true // a space at the start is not tidy
	for _, r := range l {
		space := r == ' ' || r >= '\t' && r <= '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r)
		if space && (r != ' ' || prevSpace) {
			return strings.Join(strings.Fields(l), " ")
		}
		prevSpace = space
	}
	if prevSpace && l != "" {
		return strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return l
}

func cutFirstRune(s string) (rune, string, bool) {
	if s == "" {
		return 0, "", false
	}
	r, size := utf8.DecodeRuneInString(s)
	return r, s[size:], true
}

func startsWithLetter(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r)
	}
	return false
}

// leadingNumberRE finds a dotted agreement number at the start of a text
// ("2.3 De corporatie ...", "2.3. De ...").
var leadingNumberRE = regexp.MustCompile(`^(\d{1,2}(?:\.\d{1,3})+)\.?\s+(\S.*)$`)

// splitLeadingNumber separates "2.3 De corporatie ..." into "2.3" and the
// text; texts without such a number are returned unchanged.
func splitLeadingNumber(text string) (string, string) {
	first, rest, _ := strings.Cut(text, "\n")
	m := leadingNumberRE.FindStringSubmatch(first)
	if m == nil {
		return "", text
	}
	if rest != "" {
		return m[1], m[2] + "\n" + rest
	}
	return m[1], m[2]
}

// sectionNumberRE matches the numbering that heads a section title: "2.",
// "2 ", "2)", "II.", "A.", "Hoofdstuk 2:", "Thema 3 -", "Thema:".
var sectionNumberRE = regexp.MustCompile(`(?i)^(?:(?:hoofdstuk|thema|onderwerp|pijler|opgave|deel|paragraaf)\b\s*(?:\d{1,2}|[ivx]{1,4}\b)?\s*[:.\-–)]?\s*|(?:\d{1,2}(?:\.\d{1,2})?|[ivx]{1,4})\s*[.:)\-–]\s*|[a-h][.)]\s+|\d{1,2}\s+)`)

// sectionNumRE picks the number out of a matched section prefix.
var sectionNumRE = regexp.MustCompile(`(?i)(\d{1,2}(?:\.\d{1,2})?|\b[ivx]{1,4}\b|^[a-h]\b)`)

// splitSectionTitle separates a section row's numbering from its title:
// "2. Voldoende woningen" gives "2" and "Voldoende woningen".
func splitSectionTitle(s string) (string, string) {
	s = strings.TrimSpace(s)
	loc := sectionNumberRE.FindStringIndex(s)
	if loc == nil || loc[1] >= len(s) {
		return "", strings.TrimRight(s, ": ")
	}
	num := sectionNumRE.FindString(s[:loc[1]])
	title := strings.TrimRight(strings.TrimSpace(s[loc[1]:]), ": ")
	return num, title
}

// looksLikeTitle reports whether s reads as a heading rather than an
// agreement: one line, at most twelve words, no closing full stop.
func looksLikeTitle(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.Contains(s, "\n") || len(s) > 90 {
		return false
	}
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, ";") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 12 {
		return false
	}
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
