package vague

import (
	"bytes"
	"unicode/utf8"
)

// hit is one match of a rule: the token index of each pattern element.
type hit struct {
	rule        int32
	pos         [maxElems]int32
	n           uint8
	eff         effect // the rule's effect, c.meta[rule].effect
	first, last int32  // first and last token of the match
	sent        int32
	negated     bool
	dropped     bool
}

// tokens returns the matched token indices.
func (h *hit) tokens() []int32 { return h.pos[:h.n] }

// contains reports whether h matched token k (not merely spans it).
func (h *hit) contains(k int32) bool {
	for _, p := range h.pos[:h.n] {
		if p == k {
			return true
		}
	}
	return false
}

// subsetOf reports whether every matched token of h is one of o's.
func (h *hit) subsetOf(o *hit) bool {
	for _, p := range h.pos[:h.n] {
		if !o.contains(p) {
			return false
		}
	}
	return true
}

// elemMatches reports whether token k fits element e.
func (sc *scratch) elemMatches(e *elem, k int32) bool {
	t := &sc.toks[k]
	switch t.kind {
	case tkWord:
	case tkNum:
		return e.num
	default:
		return false
	}
	if e.num && t.cls&clsNumWord != 0 {
		return true
	}
	if t.id >= 0 && e.mask.has(t.id) {
		for _, id := range e.ids {
			if id == t.id {
				return true
			}
		}
	}
	if len(e.prefixes) > 0 || len(e.suffixes) > 0 {
		w := sc.buf[t.fs:t.fe]
		for _, p := range e.prefixes {
			if len(w) > len(p) && bytes.HasPrefix(w, []byte(p)) {
				return true
			}
		}
		for _, s := range e.suffixes {
			if len(w) >= len(s) && bytes.HasSuffix(w, []byte(s)) {
				return true
			}
		}
	}
	return false
}

// clauseEndsAfter reports whether a separable verb's particle may end at
// token k: the sentence or clause ends, or a word follows that cannot
// start the noun phrase of a preposition ("en", "om", "te", "welke", or
// another preposition: "legt een voetpad aan tussen …"). "gaat na
// oplevering" is no "nagaan".
func (sc *scratch) clauseEndsAfter(k int32, s *sentence) bool {
	if k+1 >= s.to {
		return true
	}
	nt := &sc.toks[k+1]
	if nt.kind == tkBreak {
		return true
	}
	if nt.kind != tkWord || nt.cls&(clsBoundary|clsSubord|clsCoord) == 0 && nt.cls&clsDet != 0 {
		return false
	}
	return nt.cls&(clsBoundary|clsPrep|clsSubord|clsCoord|clsNegator|clsFreq) != 0
}

// matchRest matches the elements after the first of p, the first being at
// token k, filling pos.
func (sc *scratch) matchRest(p *pattern, k int32, s *sentence, pos *[maxElems]int32) bool {
	if p.gaps >= 2 {
		sc.memo.in(s)
	}
	return sc.matchFrom(p, 1, k+1, s, pos)
}

// matchFrom matches elements ei… of p with element ei at token k (or, after
// a gap, within the window from k), filling pos. With two gaps or more a
// failure is remembered (failMemo): without it a pattern with g gaps
// tries up to window^g ways ("a … a … a … b" over a sentence of a's).
func (sc *scratch) matchFrom(p *pattern, ei int, k int32, s *sentence, pos *[maxElems]int32) bool {
	if p.gaps >= 2 && sc.memo.failed(p, ei, k) {
		return false
	}
	e := &p.elems[ei]
	hi := k
	if e.gap {
		hi = k + int32(p.window)
	}
	if hi >= s.to {
		hi = s.to - 1
	}
	for j := k; j <= hi; j++ {
		if !sc.elemMatches(e, j) || e.end && !sc.clauseEndsAfter(j, s) {
			continue
		}
		pos[ei] = j
		if ei+1 == len(p.elems) || sc.matchFrom(p, ei+1, j+1, s, pos) {
			return true
		}
	}
	if p.gaps >= 2 {
		sc.memo.fail(p, ei, k)
	}
	return false
}

// findHits runs every pattern over every sentence and keeps, per rule, the
// longest of overlapping matches. Patterns are found through their first
// element: by word id, by the first or last three letters of an affix, or
// as a number.
func (c *Classifier) findHits(sc *scratch) {
	sc.hits = sc.hits[:0]
	var pos [maxElems]int32
	for si := range sc.sents {
		s := &sc.sents[si]
		s.hits.from = int32(len(sc.hits))
		for k := s.from; k < s.to; k++ {
			t := &sc.toks[k]
			switch t.kind {
			case tkWord:
			case tkNum:
				for _, pi := range c.numFirst {
					c.tryAt(sc, pi, k, s, si, &pos, true)
				}
				continue
			default:
				continue
			}
			if t.id >= 0 {
				nextID := int32(-1) // the id of the word after k, if any
				if k+1 < s.to && sc.toks[k+1].kind == tkWord {
					nextID = sc.toks[k+1].id
				}
				for ci := range c.byWord[t.id] {
					cand := &c.byWord[t.id][ci]
					if cand.adjacent {
						if nextID < 0 || !cand.next.has(nextID) {
							continue
						}
					} else if !cand.next.meets(&s.mask) {
						continue
					}
					if cand.then.meets(&s.mask) {
						c.tryAt(sc, cand.pat, k, s, si, &pos, false)
					}
				}
			}
			// The affix indexes, unless the vocabulary knows that no affix
			// fits the word.
			if w := sc.buf[t.fs:t.fe]; len(w) >= 3 && (t.facts&factKnown == 0 || t.facts&factAffix != 0) {
				for _, x := range [2]*affixIndex{&c.heads, &c.tails} {
					if pats := x.find(w); pats != nil {
						for _, e := range pats {
							if x.fits(w, e.affix) {
								for _, pi := range e.pats {
									c.tryAt(sc, pi, k, s, si, &pos, true)
								}
							}
						}
					}
				}
			}
			if t.cls&clsNumWord != 0 {
				for _, pi := range c.numFirst {
					c.tryAt(sc, pi, k, s, si, &pos, true)
				}
			}
		}
		s.hits.to = int32(len(sc.hits))
	}
}

// candidate is a pattern found by its first word, with the masks of the
// first two of its required elements (pattern.need) so that most misses
// cost no look at the pattern: with the second element's mask alone, more
// than half of the patterns tried were then turned down by mayMatchIn.
//
// When the second element is a plain word list right after the first
// (adjacent), next is its mask, and the word after the first must be in
// it: one bit tested on the next token instead of the sentence's mask,
// which turns down most of the candidates of "in" ("in gesprek", "in
// overleg", …), half of all candidates of the national corpus.
type candidate struct {
	pat        int32
	adjacent   bool
	next, then idMask
}

// allIDs is the mask that meets every sentence.
var allIDs = idMask{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

// affixIndex finds patterns by a prefix or suffix of their first element.
// A bit set over a hash of the three letters at the affix's word end
// rules out most words without a map lookup.
type affixIndex struct {
	bits    [1024]uint64
	entries map[uint32][]affixEntry
	prefix  bool
}

type affixEntry struct {
	affix string
	pats  []int32
}

func hash3(b []byte) uint32 {
	return (uint32(b[0])*961 + uint32(b[1])*31 + uint32(b[2])) & 0xFFFF
}

// add indexes pattern pi under affix.
func (x *affixIndex) add(affix string, prefix bool, pi int32) {
	x.prefix = prefix
	if x.entries == nil {
		x.entries = map[uint32][]affixEntry{}
	}
	key := x.key([]byte(affix))
	x.bits[key/64] |= 1 << (key % 64)
	list := x.entries[key]
	for i := range list {
		if list[i].affix == affix {
			list[i].pats = append(list[i].pats, pi)
			return
		}
	}
	x.entries[key] = append(list, affixEntry{affix: affix, pats: []int32{pi}})
}

// key hashes the three letters at the affix end of w.
func (x *affixIndex) key(w []byte) uint32 {
	if x.prefix {
		return hash3(w[:3])
	}
	return hash3(w[len(w)-3:])
}

// find returns the entries whose affix may fit word w.
func (x *affixIndex) find(w []byte) []affixEntry {
	if x.entries == nil {
		return nil
	}
	key := x.key(w)
	if x.bits[key/64]&(1<<(key%64)) == 0 {
		return nil
	}
	return x.entries[key]
}

// anyFits reports whether some affix of the index fits w, as findHits
// looks for them.
func (x *affixIndex) anyFits(w []byte) bool {
	if len(w) < 3 {
		return false
	}
	for _, e := range x.find(w) {
		if x.fits(w, e.affix) {
			return true
		}
	}
	return false
}

// fits reports whether w begins (prefix) or ends (suffix) with affix; a
// prefix needs more letters after it.
func (x *affixIndex) fits(w []byte, affix string) bool {
	if x.prefix {
		return len(w) > len(affix) && string(w[:len(affix)]) == affix
	}
	return len(w) >= len(affix) && string(w[len(w)-len(affix):]) == affix
}

// tryAt tries pattern pi with its first element at token k; check says
// whether the first element still needs checking (it does not when the
// pattern was found by the token's word id).
func (c *Classifier) tryAt(sc *scratch, pi int32, k int32, s *sentence, si int, pos *[maxElems]int32, check bool) {
	p := &c.pats[pi]
	e0 := &p.elems[0]
	if check && !sc.elemMatches(e0, k) || e0.end && !sc.clauseEndsAfter(k, s) || !p.mayMatchIn(&s.mask) {
		return
	}
	pos[0] = k
	if len(p.elems) > 1 && !sc.matchRest(p, k, s, pos) {
		return
	}
	h := hit{rule: p.rule, n: uint8(len(p.elems)), eff: c.meta[p.rule].effect, first: k, last: pos[len(p.elems)-1], sent: int32(si)}
	copy(h.pos[:], pos[:len(p.elems)])
	// One match per rule per place: keep the longer of overlapping ones.
	for i := int(s.hits.from); i < len(sc.hits); i++ {
		o := &sc.hits[i]
		if o.rule != h.rule || o.dropped || o.last < h.first || h.last < o.first {
			continue
		}
		if h.n > o.n {
			*o = h
		}
		return
	}
	if len(sc.hits)-int(s.hits.from) >= maxSentenceHits {
		sc.hitsCapped = true // a word list, not a sentence: see maxSentenceHits
		return
	}
	sc.hits = append(sc.hits, h)
}

// filterHits drops matches cancelled by an exception, marks negated vague
// matches, and lets a flag match that covers another (of any rule) absorb
// it: "gaan in overleg" absorbs "overleg", and an info match overlapping a
// vague one goes.
func (c *Classifier) filterHits(sc *scratch) {
	for i := range sc.hits {
		h := &sc.hits[i]
		if len(c.excs[h.rule]) > 0 && c.excepted(sc, h) {
			h.dropped = true
			continue
		}
		switch h.eff {
		case effResult, effAction:
			// "Bij verduurzaming let de corporatie op", "na oplevering":
			// an act noun in a prepositional phrase is no commitment; nor
			// is an act word inside a name ("Stichting Woningbouw
			// Achtkarspelen").
			if sc.inPrepPhrase(h.first) || sc.inName(h.first) {
				h.dropped = true
				continue
			}
		}
		if h.eff == effVague && sc.inName(h.first) {
			// "Tussenakkoord Samenwerken aan een solide woningmarkt": a title.
			h.dropped = true
			continue
		}
		if h.eff == effVague {
			if sc.negated(h) {
				h.negated = true
			} else if sc.inPrepPhrase(h.first) && !sc.isWord(h.last, &sc.sents[h.sent], "om") {
				// "zonder voorafgaand overleg", "na jaren van verkenning",
				// "budget voor het onderzoek": a noun in a prepositional
				// phrase qualifies something else. A match that runs on to
				// its own "om" ("past bij de plannen van de gemeente om …")
				// carries what the sentence reports (round 18, kind 38).
				h.dropped = true
				continue
			}
		}
	}
	for i := range sc.hits {
		h := &sc.hits[i]
		eh := h.eff
		if h.dropped || !eh.flags() {
			continue
		}
		s := &sc.sents[h.sent]
		for j := int(s.hits.from); j < int(s.hits.to); j++ {
			o := &sc.hits[j]
			if i == j || o.dropped || o.last < h.first || h.last < o.first {
				continue // both cases below need a word in common
			}
			eo := o.eff
			if !eo.flags() {
				continue
			}
			switch {
			case eh == effInfo && eo == effVague && overlaps(h, o):
				h.dropped = true
			case h.subsetOf(o) && (!o.subsetOf(h) || j < i) && (eh == eo || eh == effInfo || eo != effInfo):
				h.dropped = true
			}
			if h.dropped {
				break
			}
		}
	}
}

func overlaps(a, b *hit) bool {
	for _, p := range a.pos[:a.n] {
		if b.contains(p) {
			return true
		}
	}
	return false
}

// excepted reports whether an exception pattern of h's rule matches over
// any of h's tokens.
func (c *Classifier) excepted(sc *scratch, h *hit) bool {
	s := &sc.sents[h.sent]
	from := h.first - 8
	if from < s.from {
		from = s.from
	}
	var pos [maxElems]int32
	for pi := range c.excs[h.rule] {
		p := &c.excs[h.rule][pi]
		if !p.mayMatchIn(&s.mask) || !p.elems[0].mayOccurIn(&s.mask) {
			continue
		}
		for k := from; k <= h.last; k++ {
			if !sc.elemMatches(&p.elems[0], k) {
				continue
			}
			pos[0] = k
			if len(p.elems) > 1 && !sc.matchRest(p, k, s, &pos) {
				continue
			}
			last := pos[len(p.elems)-1]
			if last >= h.first && k <= h.last {
				return true
			}
		}
	}
	return false
}

// negated reports whether a vague match is negated: "niet", "geen" or
// "nooit" just before it (same clause), inside its gap, or right after its
// first word ("onderzoeken niet"), but not "niet alleen".
func (sc *scratch) negated(h *hit) bool {
	s := &sc.sents[h.sent]
	isNeg := func(k int32) bool {
		if k < s.from || k >= s.to {
			return false
		}
		t := &sc.toks[k]
		if t.cls&clsNegator == 0 {
			return false
		}
		if k+1 < s.to {
			switch string(sc.word(int(k + 1))) {
			case "alleen", "enkel", "slechts", "uitsluitend", "zomaar", "vrijblijvend":
				return false
			}
		}
		return true
	}
	for k := h.first - 1; k >= h.first-2 && k >= s.from; k-- {
		if sc.toks[k].kind == tkBreak {
			break
		}
		if isNeg(k) {
			return true
		}
	}
	for k := h.first + 1; k < h.last; k++ {
		if !h.contains(k) && isNeg(k) {
			return true
		}
	}
	return isNeg(h.first+1) && !h.contains(h.first+1)
}

// inPrepPhrase reports whether token k is a noun in a prepositional
// phrase: a preposition before it, with at most articles and inflected
// adjectives between ("van de gezamenlijke verkenning").
func (sc *scratch) inPrepPhrase(k int32) bool {
	s := &sc.sents[sc.toks[k].sent]
	for j := k - 1; j >= s.from && j >= k-4; j-- {
		t := &sc.toks[j]
		if t.kind != tkWord {
			return false
		}
		w := sc.word(int(j))
		switch {
		case t.cls&clsPrep != 0:
			return string(w) != "door" && string(w) != "te"
		case t.cls&clsDet != 0 || t.cls&clsNumWord != 0 || sc.adjective(j):
			continue
		}
		return false
	}
	return false
}

// adjective reports isAdjective for the word of token k, taken from the
// vocabulary when the word is in it.
func (sc *scratch) adjective(k int32) bool {
	if t := &sc.toks[k]; t.facts&factKnown != 0 {
		return t.facts&factAdjective != 0
	}
	return isAdjective(sc.word(int(k)))
}

// isAdjective guesses an adjective from a typical suffix ("bestuurlijk",
// "gezamenlijke", "zorgvuldig", "voorafgaande") or a few frequent ones.
// Nouns ending in -e ("locatie") must not pass: a verb after them is a
// main verb, not a noun in a prepositional phrase.
func isAdjective(w []byte) bool {
	if len(w) <= 3 {
		return false
	}
	if hasAnySuffix(w, adjectiveSuffixes) {
		return true
	}
	switch string(w) {
	case "nieuwe", "verdere", "nadere", "grote", "kleine", "brede", "goede", "eerste", "voorafgaand", "verder":
		return true
	}
	return false
}

var adjectiveSuffixes = []string{"lijk", "lijke", "ig", "ige", "isch", "ische", "ele", "ale", "ieve", "nde"}

// inName reports a capitalised word inside a sentence next to another
// capitalised word: part of a proper name ("Stichting Woningbouw
// Achtkarspelen", "Huurdersvereniging Samen Sterk").
func (sc *scratch) inName(k int32) bool {
	t := &sc.toks[k]
	if t.flags&tfCap == 0 || t.flags&tfInitial != 0 || t.flags&tfAllCaps != 0 {
		return false
	}
	s := &sc.sents[t.sent]
	capAt := func(j int32) bool {
		return j >= s.from && j < s.to && sc.toks[j].kind == tkWord && sc.toks[j].flags&tfCap != 0
	}
	// A quote mark before it opens a title: "de pilot ‘Voorkomen …’".
	before, _ := utf8.DecodeLastRuneInString(sc.text[:t.start])
	quoted := before == '‘' || before == '\'' || before == '"' || before == '“'
	return capAt(k-1) || capAt(k+1) || quoted
}
