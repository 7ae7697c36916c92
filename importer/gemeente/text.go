package gemeente

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"pakompas/importer/norm"
)

// FindInText finds gemeente names in free text such as a title or a cover
// cell ("Prestatieafspraken 2025 gemeente Uithoorn", "PA Den Haag
// 2024-2027") and returns them in the order they appear, each gemeente once
// (the first mention; a former gemeente and its successor count as the same
// gemeente). At each word the longest known name wins ("Hof van Twente",
// "Bergen op Zoom", "Bergen NH"). For a whole cell holding just a name, use
// Lookup.
//
// Free text is full of words that look like names, so the rules favour
// precision:
//   - A name must start with a capital letter (past a leading "'s", "het",
//     "de"): "de buren", "putten" never match. Text with no lower-case
//     letters at all counts as capitalised.
//   - A name after "provincie" is the province ("provincie Utrecht"), and
//     one after "Van", "Ter" … or after a capitalised word and "van" is a
//     surname ("Van Dongen", "Jan van Houten"); "afspraken van Houten" is
//     the place.
//   - A name that is also an ordinary word (see commonWords: Best, Buren,
//     Putten, Laren, Goes, Ede …) counts only after "gemeente" or "gem.", or
//     else when it is capitalised, not all capitals, not at the start of a
//     sentence, not after an article ("De Buren", "Goede Buren"), and not part of an English
//     phrase ("Best Practices"). In all-capital text it needs "gemeente".
//   - Plain "Bergen" is ambiguous and yields nothing, and so does a plain
//     suffixed name followed by another province ("Hengelo (Gld)", a
//     village elsewhere) or a place that merely starts with a gemeente's
//     name ("Beek en Donk").
func FindInText(s string) []Match {
	ix := getIndex()
	toks := tokenizeText(s)
	mixed := strings.IndexFunc(s, unicode.IsLower) >= 0
	var out []Match
	for i := 0; i < len(toks); {
		n, e := ix.longest(toks, i)
		if e == nil {
			i++
			continue
		}
		if acceptInText(toks, i, n, e, mixed) && !hasCode(out, e.g.Code) {
			out = append(out, e.match(writtenSpan(s, toks[i].start, toks[i+n-1].end, toks[i].key)))
		}
		i += n
	}
	return out
}

// tokenizeText splits s into runs of letters and runs of digits.
func tokenizeText(s string) []token {
	var toks []token
	stop := true
	start, kind := 0, 0 // kind: 0 none, 1 letters, 2 digits
	emit := func(end int) {
		if kind == 0 {
			return
		}
		w := s[start:end]
		r, _ := utf8.DecodeRuneInString(w)
		t := token{start: start, end: end, key: norm.Key(w), digits: kind == 2, sentenceStart: stop}
		t.upper = unicode.IsUpper(r) || unicode.IsTitle(r)
		t.allUpper = kind == 1 && utf8.RuneCountInString(w) >= 2 && strings.IndexFunc(w, unicode.IsLower) < 0
		toks = append(toks, t)
		stop = false
	}
	for i, r := range s {
		k := 0
		switch {
		case unicode.IsLetter(r), kind == 1 && unicode.Is(unicode.Mn, r):
			k = 1
		case unicode.IsDigit(r):
			k = 2
		}
		if k != kind {
			emit(i)
			start, kind = i, k
		}
		if k == 0 && strings.ContainsRune(".!?;\n\r", r) {
			stop = true
		}
	}
	emit(len(s))
	return toks
}

// acceptInText applies the rules of FindInText to the name in tokens
// i..i+n.
func acceptInText(toks []token, i, n int, e *entry, mixed bool) bool {
	if e.blocked || e.ambiguous {
		return false
	}
	first := i
	for first < i+n-1 && leadingParticles[toks[first].key] {
		first++
	}
	if !toks[first].upper {
		return false
	}
	var prev, next, after token
	if i > 0 {
		prev = toks[i-1]
	}
	if i+n < len(toks) {
		next = toks[i+n]
	}
	if i+n+1 < len(toks) {
		after = toks[i+n+1]
	}
	if prev.key == "provincie" {
		return false
	}
	if e.bare && isProvinceAfter(next.key, after.key) {
		return false
	}
	if mixed && isSurname(toks, i) {
		return false
	}
	common := n == 1 && commonWords[toks[i].key]
	switch {
	case !common, gemeenteWords[prev.key]:
		return true
	case !mixed, toks[i].allUpper, toks[i].sentenceStart,
		determiners[prev.key], englishAfter[next.key]:
		return false
	}
	return true
}

// isSurname reports whether the name at token i follows surname particles
// ("van", "van der", "ter" …) that themselves follow a capitalised word or an
// initial not at the start of a sentence ("Jan van Houten", "J. van
// Houten"), or start with a capital ("Van Dongen").
func isSurname(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && surnameParticles[toks[j].key] {
		j--
	}
	if j == i-1 {
		return false
	}
	if toks[j+1].upper {
		return true
	}
	return j >= 0 && toks[j].upper && (!toks[j].sentenceStart || len(toks[j].key) == 1)
}

// writtenSpan returns s[start:end] widened to take in an apostrophe before
// "'s-Gravenhage" and the closing ".)" of a province suffix.
func writtenSpan(s string, start, end int, firstKey string) string {
	if start > 0 && (firstKey == "s" || firstKey == "t") {
		if r, size := utf8.DecodeLastRuneInString(s[:start]); strings.ContainsRune("'’‘`", r) {
			start -= size
		}
	}
	if strings.Count(s[start:end], "(") > strings.Count(s[start:end], ")") {
		if j := strings.IndexByte(s[end:], ')'); j >= 0 && strings.Trim(s[end:end+j], ". ") == "" {
			end += j + 1
		}
	}
	return s[start:end]
}

func hasCode(ms []Match, code string) bool {
	for _, m := range ms {
		if m.Code == code {
			return true
		}
	}
	return false
}
