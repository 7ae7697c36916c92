package align

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"pakompas/importer/norm"
)

// Placeholders stand for the values and names that differ between
// gemeenten. They start with '#', which norm.Words never yields, so they
// cannot collide with a word of the text.
const (
	phYear     = "#jaar"     // a year or a run of years: "2025", "2025-2028"
	phDate     = "#datum"    // a date: "1 juli 2025", "31-12-2025", "juli 2026"
	phNumber   = "#getal"    // any other number: "48", "€ 125.000", "twee"
	phGemeente = "#gemeente" // the item's own gemeente
	phName     = "#naam"     // a name: capitalised inside a sentence, or from Options.Names
)

// valueKind is what a token contributes to a run of values.
type valueKind uint8

const (
	notValue valueKind = iota
	valNumber
	valYear
	valMonth
)

// kindOf classifies one folded word: digits (a year when four digits
// from 1900 to 2099), a Dutch cardinal written out as templates use for
// small quantities ("binnen twee weken"; "een" is left alone, it is mostly
// the article), a month name or a quarter ("q2").
func kindOf(w string) valueKind {
	if w == "" {
		return notValue
	}
	if c := w[0]; c >= '0' && c <= '9' {
		if !isDigits(w) {
			return notValue
		}
		if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") {
			return valYear
		}
		return valNumber
	}
	switch w {
	case "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
		"dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
		"twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
		"honderd", "duizend", "miljoen":
		return valNumber
	case "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
		"september", "oktober", "november", "december", "q1", "q2", "q3", "q4":
		return valMonth
	}
	return notValue
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// names matches multi-word names in a token stream: the words of each name
// (as norm.Words gives them) indexed by their first word, longest first.
type names map[string][]name

// name is one name to mask; a corporation's name reads as "de corporatie".
type name struct {
	words       []string
	corporation bool
}

// newNames indexes the extra names and the corporations' names; empty
// names are skipped. A name in both lists counts as a corporation.
func newNames(extra, corporations []string) names {
	if len(extra)+len(corporations) == 0 {
		return nil
	}
	n := names{}
	add := func(list []string, corp bool) {
		for _, s := range list {
			ws := norm.Words(s)
			if len(ws) == 0 {
				continue
			}
			seqs := n[ws[0]]
			if k := slices.IndexFunc(seqs, func(x name) bool { return slices.Equal(x.words, ws) }); k >= 0 {
				seqs[k].corporation = seqs[k].corporation || corp
				continue
			}
			n[ws[0]] = append(seqs, name{ws, corp})
		}
	}
	add(extra, false)
	add(corporations, true)
	for _, seqs := range n {
		// Longest first, then alphabetical, so the match never depends on
		// the order of the lists.
		slices.SortFunc(seqs, func(a, b name) int {
			if c := cmp.Compare(len(b.words), len(a.words)); c != 0 {
				return c
			}
			return slices.Compare(a.words, b.words)
		})
	}
	return n
}

// match returns the longest name starting at ws[i] and its length in
// words, or 0.
func (n names) match(ws []string, i int) (name, int) {
	for _, x := range n[ws[i]] {
		if hasPrefix(ws[i:], x.words) {
			return x, len(x.words)
		}
	}
	return name{}, 0
}

func hasPrefix(ws, seq []string) bool {
	if len(ws) < len(seq) {
		return false
	}
	for j, w := range seq {
		if ws[j] != w {
			return false
		}
	}
	return true
}

// ownWords returns the ways texts write a gemeente's name, as words and
// longest first: the name itself and, for an official name with its
// province, the name without it ("Beek (L.)" and "Beek").
func ownWords(gemeente string) [][]string {
	var out [][]string
	if ws := norm.Words(gemeente); len(ws) > 0 {
		out = append(out, ws)
	}
	if k := strings.IndexByte(gemeente, '('); k > 0 {
		if ws := norm.Words(gemeente[:k]); len(ws) > 0 && len(ws) < len(out[0]) {
			out = append(out, ws)
		}
	}
	return out
}

// scratch holds the buffers of one goroutine's normalising, so that only
// the lower-cased text and the caller's key are allocated per text.
type scratch struct {
	ws   []string
	caps []bool
	out  []string
}

// normalise turns an agreement text into the tokens that are compared,
// in sc's buffers (the result is valid until the next call):
//
//   - the folded words of norm.Words, with "%" read as "procent";
//   - the gemeente's own name (own: its spellings, see ownWords) replaced by
//     "#gemeente", and "[de] gemeente <own name>" by "de gemeente", the way
//     the gemeente's own document names itself;
//   - a corporation's name (with a "de corporatie" before it) replaced by
//     "de corporatie", other names in the list by "#naam";
//   - every run of numbers, years, number words and month names replaced
//     by one placeholder: "#jaar" when the run is only years, "#datum"
//     when it holds a month or is a numeric date (three or more numbers
//     with a year), else "#getal";
//   - every run of capitalised words inside a sentence replaced by
//     "#naam": Dutch capitalises only names there (streets, wijken, plans,
//     organisations), so "aan de Dorpsstraat" reads like "aan de
//     Kerkstraat". Words in capitals only ("GGZ", label "A") are kept, and
//     so is the first word of a sentence. A text whose words are mostly
//     capitalised (a title-cased heading) keeps all its words;
//   - spelling variants and fixed synonyms written one way (see
//     appendWord).
func (sc *scratch) normalise(text string, own [][]string, list names) []string {
	if strings.IndexByte(text, '%') >= 0 {
		text = strings.ReplaceAll(text, "%", " procent ")
	}
	ws, caps := sc.words(text)
	ownAt := func(i int) int {
		for _, o := range own {
			if ws[i] == o[0] && hasPrefix(ws[i:], o) {
				return len(o)
			}
		}
		return 0
	}
	out := sc.out[:0]
	for i := 0; i < len(ws); {
		if n := ownAt(i); n > 0 {
			i += n
			if n := len(out); n > 0 && out[n-1] == "gemeente" {
				out = party(out, "gemeente")
			} else {
				out = append(out, phGemeente)
			}
			continue
		}
		if list != nil {
			if x, n := list.match(ws, i); n > 0 {
				i += n
				if x.corporation {
					out = party(out, "corporatie")
				} else {
					out = append(out, phName)
				}
				continue
			}
		}
		if kindOf(ws[i]) != notValue {
			out = append(out, valueRun(ws, &i))
			continue
		}
		if caps != nil && caps[i] {
			for i++; i < len(ws) && caps[i] && ownAt(i) == 0 && kindOf(ws[i]) == notValue; i++ {
			}
			out = append(out, phName)
			continue
		}
		out = appendWord(out, ws, &i)
	}
	sc.out = out
	return out
}

// party ends out with "de <role>", replacing a "[de] <role>" it ends with:
// "Gemeente Uithoorn" and "de gemeente Uithoorn" read as "de gemeente".
func party(out []string, role string) []string {
	n := len(out)
	if n > 0 && out[n-1] == role {
		n--
		if n > 0 && out[n-1] == "de" {
			n--
		}
	}
	return append(out[:n], "de", role)
}

// appendWord appends the word ws[*i] and moves past it, writing spelling
// variants and fixed synonyms one way; none of them changes what is
// agreed:
//
//	woningcorporatie(s)                 → corporatie(s)
//	alle partijen, de partijen          → partijen
//	ten minste, tenminste, minstens     → minimaal
//	zoveel                              → zo veel
//	elk jaar, ieder jaar                → jaarlijks
//	uiterlijk <date or year>            → voor <date or year>  ("vóór" folds to "voor")
func appendWord(out []string, ws []string, i *int) []string {
	w, next := ws[*i], ""
	if *i+1 < len(ws) {
		next = ws[*i+1]
	}
	*i++
	switch {
	case w == "woningcorporatie":
		w = "corporatie"
	case w == "woningcorporaties":
		w = "corporaties"
	case (w == "alle" || w == "de") && next == "partijen":
		w = "partijen"
		*i++
	case w == "ten" && next == "minste":
		w = "minimaal"
		*i++
	case w == "tenminste" || w == "minstens":
		w = "minimaal"
	case (w == "elk" || w == "ieder") && next == "jaar":
		w = "jaarlijks"
		*i++
	case w == "zoveel":
		return append(out, "zo", "veel")
	case w == "uiterlijk" && kindOf(next) != notValue:
		j := *i
		if ph := valueRun(ws, &j); ph == phDate || ph == phYear {
			w = "voor"
		}
	}
	return append(out, w)
}

// valueRun consumes the run of value words starting at ws[*i] and returns
// its placeholder: "#jaar" for years only ("2025", "2025-2028"), "#datum"
// for a run with a month or quarter ("1 juli 2025", "Q3 2026") or a
// numeric date ("31-12-2025"), else "#getal" ("48", "€ 125.000",
// "in 2026 48"). A quantity right after a date joins it: "vóór 1 juli
// 2025 twee locaties" is "voor #datum locaties", whichever way the date
// is written.
func valueRun(ws []string, i *int) string {
	start := *i
	years, month := 0, false
	for ; *i < len(ws); *i++ {
		k := kindOf(ws[*i])
		if k == notValue {
			break
		}
		switch k {
		case valYear:
			years++
		case valMonth:
			month = true
		}
	}
	run := ws[start:*i]
	switch {
	case years == len(run):
		return phYear
	case month || hasNumericDate(run):
		return phDate
	}
	return phNumber
}

// hasNumericDate reports whether run holds a day, month and year written
// in digits ("31-12-2025").
func hasNumericDate(run []string) bool {
	small := func(w string, hi int) bool {
		if len(w) > 2 || !isDigits(w) {
			return false
		}
		n, _ := strconv.Atoi(w)
		return n >= 1 && n <= hi
	}
	for k := 0; k+2 < len(run); k++ {
		if small(run[k], 31) && small(run[k+1], 12) && kindOf(run[k+2]) == valYear {
			return true
		}
	}
	return false
}

// isPlaceholder reports whether a token is one of the placeholders.
func isPlaceholder(t string) bool { return strings.HasPrefix(t, "#") }

// hasWord reports whether tokens hold at least one real word: a text of
// only values and names ("2025", "€ 50.000") says nothing to group on.
func hasWord(tokens []string) bool {
	for _, t := range tokens {
		if !isPlaceholder(t) {
			return true
		}
	}
	return false
}
