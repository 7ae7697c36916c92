package theme

import (
	"cmp"
	"slices"
	"strings"
)

// Kinds of match, weakest first.
const (
	kindCompound = 1 // the term is a part of a compound word
	kindWhole    = 2 // the whole word, or an inflection of it
	kindPhrase   = 3 // several words in a row
)

// minInfix is the shortest term that matches inside a compound, between
// other parts: "onderhoud" in "meerjarenonderhoudsplan".
const minInfix = 6

// index finds the terms of one list (the synonyms or the keywords of every
// theme) in a sequence of content words.
type index struct {
	terms  []term
	rest   [][][]string       // per phrase term: the forms of its words after the first
	exact  map[string][]int32 // every form of a term's first word
	prefix map[string][]int32 // the first word of a compoundable term, as first part
	suffix map[string][]int32 // every form of it, as last part
	infix  map[string][]int32 // the first word of a long compoundable term, as a middle part
	maxLen int                // the longest key of infix
}

func newIndex(terms []term) *index {
	ix := &index{
		terms:  terms,
		rest:   make([][][]string, len(terms)),
		exact:  map[string][]int32{},
		prefix: map[string][]int32{},
		suffix: map[string][]int32{},
		infix:  map[string][]int32{},
	}
	add := func(m map[string][]int32, k string, id int32) {
		if !slices.Contains(m[k], id) {
			m[k] = append(m[k], id)
		}
	}
	for i := range terms {
		t, id := &terms[i], int32(i)
		first := forms(t.words[0])
		for _, f := range first {
			add(ix.exact, f, id)
		}
		if t.compoundable() {
			add(ix.prefix, t.words[0], id)
			for _, f := range first {
				add(ix.suffix, f, id)
			}
			if w := t.words[0]; len(w) >= minInfix {
				add(ix.infix, w, id)
				ix.maxLen = max(ix.maxLen, len(w))
			}
		}
		for _, w := range t.words[1:] {
			ix.rest[i] = append(ix.rest[i], forms(w))
		}
	}
	return ix
}

// claim is a run of content words attributed to one term.
type claim struct {
	pos, n int // first word and number of words
	term   int32
	kind   int
	head   bool // a compound part at the end of the word
}

// claims attributes content words to terms. Each word goes to at most one
// term: phrases before whole words before compound parts; among equals a
// strong term before a weak one, the last part of a compound (its head,
// which carries the meaning: a "woningmarktmonitor" is a monitor) before
// another part, a longer term before a shorter one, then the earlier
// theme. A word marked in proper, a name, matches a term only whole or as
// its first part: "Leefbaarheidsmonitor" counts, "Schoutenbuurt" and
// "Meerwijk" do not; proper may be nil. The result is in word order.
func (ix *index) claims(words []string, proper []bool) []claim {
	var cands []claim
	for i, w := range words {
		if w != "" {
			cands = ix.scan(cands, words, proper, i)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	slices.SortFunc(cands, ix.rank)
	taken := make([]bool, len(words))
	out := make([]claim, 0, len(cands))
	for _, c := range cands {
		if slices.Contains(taken[c.pos:c.pos+c.n], true) {
			continue
		}
		for j := c.pos; j < c.pos+c.n; j++ {
			taken[j] = true
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b claim) int { return a.pos - b.pos })
	return out
}

// scan appends the candidate claims that start at word i.
func (ix *index) scan(dst []claim, words []string, proper []bool, i int) []claim {
	w := words[i]
	hit := func(ids []int32, kind int, head bool) {
		for _, id := range ids {
			c := claim{pos: i, n: 1, term: id, kind: kind, head: head}
			if r := ix.rest[id]; len(r) > 0 {
				if !phraseAt(words, proper, i, r, ix.terms[id].whole) {
					continue
				}
				c.n, c.kind, c.head = 1+len(r), kindPhrase, false
			}
			dst = append(dst, c)
		}
	}
	hit(ix.exact[w], kindWhole, false)
	name := isProper(proper, i)
	n := len(w)
	for k := minRest; k <= n-minRest; k++ {
		if k >= minPart && !agentTail(w[k:]) {
			hit(ix.prefix[w[:k]], kindCompound, false)
		}
		if name {
			continue
		}
		if n-k >= minPart {
			hit(ix.suffix[w[k:]], kindCompound, true)
		}
		for l := minInfix; l <= ix.maxLen && k+l <= n-minRest; l++ {
			hit(ix.infix[w[k:k+l]], kindCompound, false)
		}
	}
	return dst
}

func isProper(proper []bool, i int) bool { return proper != nil && proper[i] }

// phraseAt reports whether the words after position i match the forms of
// a phrase's further words.
func phraseAt(words []string, proper []bool, i int, rest [][]string, whole bool) bool {
	if i+len(rest) >= len(words) {
		return false
	}
	for j, fs := range rest {
		if !matchForms(words[i+1+j], fs, whole, isProper(proper, i+1+j)) {
			return false
		}
	}
	return true
}

// matchForms reports whether w is one of the forms fs (fs[0] is the term
// word itself) or, unless whole, a compound that starts or (unless w is a
// name) ends with it.
func matchForms(w string, fs []string, whole, name bool) bool {
	if w == "" {
		return false
	}
	if slices.Contains(fs, w) {
		return true
	}
	if whole || len(fs[0]) < minPart {
		return false
	}
	if rest, ok := strings.CutPrefix(w, fs[0]); ok && len(rest) >= minRest && !agentTail(rest) {
		return true
	}
	if name {
		return false
	}
	for _, f := range fs {
		if strings.HasSuffix(w, f) && len(w)-len(f) >= minRest {
			return true
		}
	}
	return false
}

// rank orders candidate claims from the most to the least convincing.
func (ix *index) rank(a, b claim) int {
	ta, tb := &ix.terms[a.term], &ix.terms[b.term]
	return cmp.Or(
		cmp.Compare(b.kind, a.kind),
		cmp.Compare(b.n, a.n),
		boolCmp(ta.weak, tb.weak),
		boolCmp(b.head, a.head),
		cmp.Compare(termLen(tb), termLen(ta)),
		cmp.Compare(ta.theme, tb.theme),
		cmp.Compare(a.pos, b.pos),
	)
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

func termLen(t *term) int {
	n := 0
	for _, w := range t.words {
		n += len(w)
	}
	return n
}
