package role

import "strings"

// Parties named in a text: a mention with the proper name around it,
// coordinated mentions, and the preposition that may govern them.

// mention is a party named in a text.
type mention struct {
	role   Role
	lo, hi int  // tokens of the name
	weak   bool // plain "huurders" or "bewoners"
}

// quantifiers name some of a group: "ieder van de partijen".
var quantifiers = wordSet("ieder|iedere|elk|elke|een|geen|beide|alle|allen|twee|drie|sommige")

// phrase reads the party named at toks[j], with the parties coordinated
// with it ("Gemeente en corporatie", "de gemeente, de corporatie en de
// huurdersorganisatie"). start is where the clause begins.
func (ix *index) phrase(toks []token, j, e, start int) (parts []mention, lo, hi int, ok bool) {
	m, ok := ix.mentionAt(toks[:e], j, start)
	if !ok {
		return nil, 0, 0, false
	}
	parts, lo, hi = []mention{m}, m.lo, m.hi
	zowel := false
	for k := lo - 1; k >= start && k >= lo-3; k-- {
		if toks[k].word == "zowel" {
			zowel = true
		}
	}
	for hi < e {
		t := toks[hi]
		conj := t.sep == ',' || t.sep == '&' || t.sep == '+' || t.sep == '/' ||
			t.word == "en" || t.word == "of" || t.word == "alsmede" || (zowel && t.word == "als")
		if !conj {
			break
		}
		k := hi + 1
		for k < e && toks[k].isWord() && (determiners[toks[k].word] || toks[k].word == "en") {
			k++
		}
		if k >= e {
			break
		}
		m2, ok := ix.mentionAt(toks[:e], k, start)
		if !ok {
			break
		}
		parts, hi = append(parts, m2), m2.hi
	}
	return parts, lo, hi, true
}

// mentionAt reads one party at toks[i] with the proper name around it:
// "De gemeente Uithoorn", "Woningstichting De Vaart", "Veste Wonen".
func (ix *index) mentionAt(toks []token, i, start int) (mention, bool) {
	h, ok := ix.at(toks, i, true)
	if !ok || h.cue.conn != noConn {
		return mention{}, false
	}
	m := mention{role: h.cue.role, lo: i, hi: i + h.n, weak: h.cue.text == weak}
	if !h.cue.head && !h.cue.name {
		return m, true
	}
	for m.hi < len(toks) {
		t := toks[m.hi]
		switch {
		case !t.isWord():
		case t.cap || t.hyph:
			m.hi++
			continue
		case particles[t.word] && t.word != "en" && t.word != "&" && capWordAt(toks, m.hi+1):
			m.hi += 2
			continue
		}
		break
	}
	for m.lo > start && capWordAt(toks, m.lo-1) && orgWords[toks[m.lo-1].word] {
		m.lo--
	}
	if h.cue.name {
		for m.lo > start && capWordAt(toks, m.lo-1) {
			w := toks[m.lo-1].word
			if determiners[w] || prepositions[w] || pronouns[w] || subordinators[w] {
				break
			}
			if _, cue := ix.at(toks, m.lo-1, true); cue {
				break
			}
			m.lo--
		}
	}
	return m, true
}

// combineMentions is the role of coordinated parties, and whether all
// of them are weak mentions.
func combineMentions(parts []mention) (Role, bool) {
	one, allWeak := parts[0].role, true
	for _, p := range parts {
		if p.role == Gezamenlijk || p.role != one {
			one = Gezamenlijk
		}
		allWeak = allWeak && p.weak
	}
	return one, allWeak
}

// governor returns where the noun phrase of the party at toks[lo] begins
// and the word before it, which may be a preposition that governs it.
// "ieder van de partijen" is the parties, not governed by "van".
func governor(toks []token, start, lo int) (npLo int, gov string) {
	npLo = lo
	for npLo > start && toks[npLo-1].isWord() && (determiners[toks[npLo-1].word] || isAdjective(toks[npLo-1])) {
		npLo--
	}
	if npLo > start && toks[npLo-1].isWord() {
		gov = toks[npLo-1].word
	}
	if gov == "van" && npLo-2 >= start && quantifiers[toks[npLo-2].word] {
		npLo -= 2
		gov = ""
		if npLo > start && toks[npLo-1].isWord() {
			gov = toks[npLo-1].word
		}
	}
	return npLo, gov
}

// isAdjective reports whether t reads as an inflected adjective before a
// noun: "kwetsbare huurders", "zittende huurders".
func isAdjective(t token) bool {
	return !t.cap && len(t.word) >= 4 && strings.HasSuffix(t.word, "e")
}

// skipDeterminers returns the first token from i that is no determiner.
func skipDeterminers(toks []token, i, e int) int {
	for i < e && toks[i].isWord() && determiners[toks[i].word] {
		i++
	}
	return i
}
