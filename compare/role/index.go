package role

import (
	_ "embed"
	"sort"
	"strings"
	"sync"

	"pakompas/importer/gemeente"
)

//go:embed corporaties.txt
var corporatiesTxt string

//go:embed zorg.txt
var zorgTxt string

// phrase is a cue written as one or more folded words.
type phrase struct {
	words []string
	cue   cue
}

// index finds the phrases of the lexicon and the known names in tokens.
type index struct {
	byFirst map[string][]phrase // longest first
}

var (
	baseOnce sync.Once
	base     *index
)

// baseIndex is the lexicon with the embedded names.
func baseIndex() *index {
	baseOnce.Do(func() {
		ix := &index{byFirst: make(map[string][]phrase, 1024)}
		for _, g := range lexicon {
			for _, p := range strings.Split(g.phrases, "|") {
				ix.add(strings.Fields(p), g.cue)
			}
		}
		for _, n := range lines(corporatiesTxt) {
			ix.addName(n, Corporatie)
		}
		for _, n := range lines(zorgTxt) {
			ix.addName(n, ZorgWelzijn)
		}
		base = ix
	})
	return base
}

// withNames returns a copy of ix that also knows the corporation names.
func (ix *index) withNames(corporations []string) *index {
	if len(corporations) == 0 {
		return ix
	}
	out := &index{byFirst: make(map[string][]phrase, len(ix.byFirst)+2*len(corporations))}
	for k, v := range ix.byFirst {
		out.byFirst[k] = v // add copies on write
	}
	for _, n := range corporations {
		out.addName(n, Corporatie)
	}
	return out
}

// nameCue is the cue of a proper name of role r.
func nameCue(r Role) cue {
	return cue{role: r, cell: strong, text: strong, capText: true, name: true}
}

// addName adds a proper name and its short form: the name without a
// leading organisation word ("Woonstichting Amstelland" is also known as
// "Amstelland"), unless that short form is a word of the lexicon or a
// gemeente's name.
func (ix *index) addName(name string, r Role) {
	ws := phraseWords(tokenize(name))
	if len(ws) == 0 {
		return
	}
	ix.add(ws, nameCue(r))
	rest := ws
	for len(rest) > 1 && corpOrgWords[rest[0]] {
		rest = rest[1:]
	}
	if len(rest) == len(ws) || len(strings.Join(rest, "")) < 4 {
		return
	}
	if _, known := ix.exact(rest); known {
		return
	}
	if _, ok := gemeente.Lookup(strings.Join(rest, " ")); ok {
		return
	}
	ix.add(rest, nameCue(r))
}

// exact returns the phrase with exactly these words.
func (ix *index) exact(ws []string) (phrase, bool) {
	for _, p := range ix.byFirst[ws[0]] {
		if equalWords(p.words, ws) {
			return p, true
		}
	}
	return phrase{}, false
}

// add adds a phrase unless one with the same words is known already (the
// lexicon comes first, so a name cannot redefine "gemeente").
func (ix *index) add(ws []string, c cue) {
	if len(ws) == 0 {
		return
	}
	if _, dup := ix.exact(ws); dup {
		return
	}
	old := ix.byFirst[ws[0]]
	ps := make([]phrase, 0, len(old)+1)
	ps = append(ps, old...)
	ps = append(ps, phrase{words: ws, cue: c})
	sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	ix.byFirst[ws[0]] = ps
}

// longest returns the longest phrase at toks[i] that is valid in the
// context (an owner cell, or a text), with the number of tokens it spans.
func (ix *index) longest(toks []token, i int, text bool) (phrase, int, bool) {
	if !toks[i].isWord() {
		return phrase{}, 0, false
	}
	for _, p := range ix.byFirst[toks[i].word] {
		n := len(p.words)
		if i+n > len(toks) || !matches(toks[i:i+n], p.words) {
			continue
		}
		if valid(p.cue, toks[i:i+n], text) {
			return p, n, true
		}
	}
	return phrase{}, 0, false
}

// matches reports whether the tokens spell ws; "&" and "+" count as words.
func matches(toks []token, ws []string) bool {
	for k, w := range ws {
		if toks[k].word != w {
			return false
		}
	}
	return true
}

// valid reports whether a cue counts in the context. In a text a name
// must be written as one ("Eigen Haard", "Lieven de Key", "Zorg" but not
// "zorg") and an abbreviation in capitals ("HO").
func valid(c cue, toks []token, text bool) bool {
	if !text {
		return c.cell != unused || c.conn != noConn
	}
	if c.text == unused {
		return false
	}
	if c.upperText && !toks[0].upper {
		return false
	}
	if c.capText || c.name {
		return nameCased(toks)
	}
	return true
}

// nameCased reports whether the tokens are written as a proper name: the
// first with a capital, the others with one or a name particle.
func nameCased(toks []token) bool {
	for k, t := range toks {
		if t.cap || (k > 0 && (particles[t.word] || !t.isWord())) {
			continue
		}
		return false
	}
	return true
}

// phraseWords are the words of toks as phrases spell them: the word
// tokens and "&" and "+".
func phraseWords(toks []token) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.word != "" {
			out = append(out, t.word)
		}
	}
	return out
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// lines returns the non-empty lines of s that are not comments.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
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

// prefixes is a list of word prefixes.
type prefixes []string

// prefixList makes a list of the "|"-separated prefixes.
func prefixList(s string) prefixes { return strings.Split(s, "|") }

// has reports whether w starts with one of the prefixes.
func (ps prefixes) has(w string) bool {
	for _, p := range ps {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
