package gemeente

import (
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"pakompas/importer/norm"
)

// FromFileName recognises the gemeente a file is about from its base name,
// extension dropped: "ouder-amstel_afspraken_2025.csv", "OuderAmstel.xlsx",
// "PA_Den_Haag_2025.xlsx", "Jaarschijf_sHertogenbosch.xlsx". Both '/' and
// '\' separate directories. The name is split into words at every
// non-letter and at camelCase boundaries; runs of words are tried longest
// first against the known spellings ("den_haag", "DenHaag"); a single word
// may also be a whole name run together ("denhaag", "ouderamstel"). Words
// are not glued into names they do not spell word by word, so
// "op-meer-locaties.xlsx" is not Opmeer.
//
// As in free text, a name after "provincie" is the province, and a place
// that merely starts with a gemeente's name ("beek-en-donk") is not one.
// Case carries no information in file names, so a name that is also an
// ordinary word (see commonWords: best, buren, putten, laren …) counts only
// after "gemeente"/"gem", or when each word beside it is a number (a year)
// or a word that says what the file is (pa, prestatieafspraken, jaarschijf,
// concept, definitief, versie, v): "best.xlsx", "pa_best_2025.xlsx" and
// "gemeente-buren-overzicht.xlsx" name a gemeente, "best-practices.xlsx"
// and "de-buren.xlsx" do not.
//
// ok is false when no gemeente is found, when two different gemeenten are
// (a former gemeente and its successor are the same), or when an ambiguous
// name is ("bergen.xlsx").
func FromFileName(path string) (Match, bool) {
	base := path[strings.LastIndexAny(path, `/\`)+1:]
	if ext := filepath.Ext(base); len(ext) > 1 && len(ext) <= 6 && isAlnum(ext[1:]) {
		base = base[:len(base)-len(ext)]
	}
	ix := getIndex()
	toks := tokenizeFileName(base)
	var found *Match
	for i := 0; i < len(toks); {
		n, e := ix.longest(toks, i)
		if e == nil {
			i++
			continue
		}
		if acceptInFileName(toks, i, n, e) {
			if e.ambiguous {
				return Match{}, false
			}
			m := e.match(base[toks[i].start:toks[i+n-1].end])
			if found != nil && found.Code != m.Code {
				return Match{}, false
			}
			if found == nil {
				found = &m
			}
		}
		i += n
	}
	if found == nil {
		return Match{}, false
	}
	return *found, true
}

// tokenizeFileName splits a file name into runs of letters and runs of
// digits, and splits letter runs at camelCase boundaries: before an upper
// case letter that follows a lower case one ("OuderAmstel"), and before the
// last capital of a run of capitals followed by lower case ("PADenHaag" →
// PA Den Haag). The Dutch digraph "IJ" is kept together ("DenIJssel").
func tokenizeFileName(s string) []token {
	var toks []token
	rs := []rune(s)
	offs := make([]int, len(rs)+1)
	o := 0
	for i, r := range rs {
		offs[i] = o
		o += utf8.RuneLen(r)
	}
	offs[len(rs)] = o
	kindOf := func(r rune) int {
		switch {
		case unicode.IsLetter(r), unicode.Is(unicode.Mn, r):
			return 1
		case unicode.IsDigit(r):
			return 2
		}
		return 0
	}
	start := -1
	emit := func(end int) {
		if start >= 0 {
			w := s[offs[start]:offs[end]]
			toks = append(toks, token{start: offs[start], end: offs[end], key: norm.Key(w), digits: kindOf(rs[start]) == 2})
		}
		start = -1
	}
	for i, r := range rs {
		k := kindOf(r)
		switch {
		case k == 0:
			emit(i)
			continue
		case start < 0:
		case k != kindOf(rs[start]):
			emit(i)
		case k == 1 && camelBoundary(rs, i):
			emit(i)
		}
		if start < 0 {
			start = i
		}
	}
	emit(len(rs))
	return toks
}

// camelBoundary reports whether a new word starts at rs[i] inside a run of
// letters.
func camelBoundary(rs []rune, i int) bool {
	r, p := rs[i], rs[i-1]
	if !unicode.IsUpper(r) {
		return false
	}
	if (r == 'J' || r == 'j') && (p == 'I' || p == 'i') {
		return false // IJ
	}
	if unicode.IsLower(p) {
		return true
	}
	// A capital after a capital starts a word when a lower case letter
	// follows ("PADen"), or when it is the I of "IJ" followed by one
	// ("PAIJssel").
	if i+1 < len(rs) && unicode.IsLower(rs[i+1]) {
		return true
	}
	if r == 'I' && i+2 < len(rs) && rs[i+1] == 'J' && unicode.IsLower(rs[i+2]) {
		return true
	}
	return false
}

// acceptInFileName applies the rules of FromFileName to the name in tokens
// i..i+n. Ambiguous names are accepted here so that the caller can give up.
func acceptInFileName(toks []token, i, n int, e *entry) bool {
	if e.blocked {
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
	if prev.key == "provincie" || e.bare && isProvinceAfter(next.key, after.key) {
		return false
	}
	if n > 1 || !commonWords[toks[i].key] || gemeenteWords[prev.key] {
		return true
	}
	neutral := func(t token) bool { return t.key == "" || t.digits || fileMarkers[t.key] }
	return neutral(prev) && neutral(next)
}

func isAlnum(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
