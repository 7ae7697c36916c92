package vague

import "iter"

// A definite subject in a checkable state (round 15, kind 27): "Ons
// huurbeleid is inflatievolgend", "De wijk Te Werve wordt focuswijk",
// "De Wooncoach blijft ook in 2022 actief in Maassluis". A copula (zijn,
// blijven, worden) that ascribes to a definite subject (an article,
// demonstrative or possessive and its noun, not a bare plural or a
// pronoun) a property or a role is a yes/no fact, like a negative
// constraint or a norm kept: is the policy inflation-linked, is the wijk
// a focuswijk? No act word is needed. An ambition line ascribes
// evaluative qualities instead ("Wijken zijn groen, heel en prettig om in
// te wonen", "De woningen zijn duurzaam en toekomstbestendig"), or an
// attitude, a possibility or a degree ("De HVO is nauw betrokken", "De
// gemeente is verantwoordelijk voor …", "het is duidelijk dat …"), or a
// comparison with no measure ("wordt beter"); those stay vague, as does a
// predicate with its own article ("zijn elkaars natuurlijke partner": a
// description), a prepositional one ("zijn van goede kwaliteit") and a
// passive ("wordt eerst voor een jaar afgesloten": passive.go). Only the
// subject-first order of a main clause is read, in a sentence that no
// vague match or hedge governs; a state in a dat-clause after a verb of
// agreeing ("afgesproken dat de huurdersvereniging volwaardig partij is")
// stays with agreed.go, which leaves states out.

// stateHeld finds a definite subject with a checkable predicate in
// sentence si and returns the index of the sigRule signal it adds over
// the copula and its predicate, or -1. The caller asks only when no vague
// region of si is live.
func (sc *scratch) stateHeld(si int32) int32 {
	s := &sc.sents[si]
	for k := s.from; k < s.to; k++ {
		if sc.toks[k].kind != tkWord || !copulaWord(sc.word(int(k))) || sc.inCondition(k) {
			continue
		}
		// Subject first: "Ons huurbeleid is inflatievolgend".
		if sc.subjectBefore(k, s) {
			if p, q := sc.predicateAfter(k, s); p >= 0 && sc.checkablePredicate(p, q, s) && !sc.passiveAfter(q, s) {
				return sc.addFound(k, q, si)
			}
		}
	}
	return -1
}

// copulaWord reports a finite form of zijn, blijven or worden.
func copulaWord(w []byte) bool {
	switch string(w) {
	case "is", "zijn", "blijft", "blijven", "wordt", "worden":
		return true
	}
	return false
}

// subjectBefore reports a definite noun phrase that opens k's clause and
// runs up to k: a determiner, then at most four words with no match in
// them and no preposition but "van" ("De Wooncoach", "Ons huurbeleid",
// "De wijk Te Werve", "Het huurbeleid van Woonzorg").
// A pronoun alone ("het is duidelijk", "dat is mogelijk") is no subject.
func (sc *scratch) subjectBefore(k int32, s *sentence) bool {
	from, _, _ := sc.clauseSpan(sc.toks[k].clause)
	if k-from < 1 || k-from > 5 {
		return false
	}
	if !sc.definiteWord(from, s) || k-from < 2 {
		return false // "het is", "die zijn", "Zo wordt er …"
	}
	for j := from + 1; j < k; j++ {
		t := &sc.toks[j]
		if t.kind != tkWord || t.cls&(clsSubord|clsPrep|clsNegator|clsAux) != 0 && !sc.isWord(j, s, "van") || sc.languageAt(j, s) {
			return false // a "van" phrase belongs to the subject: "Het huurbeleid van Woonzorg"
		}
	}
	return true
}

// predicateAfter returns the predicate [p, q] after the copula at k: one
// or two words before the end of the clause or a preposition, after
// "ook", "nog" or a year ("blijft ook in 2022 actief in Maassluis").
func (sc *scratch) predicateAfter(k int32, s *sentence) (p, q int32) {
	_, to, _ := sc.clauseSpan(sc.toks[k].clause)
	j := k + 1
	for j < to && sc.toks[j].kind == tkWord {
		switch string(sc.word(int(j))) {
		case "ook", "nog", "daarmee", "voortaan":
			j++
			continue
		case "in", "vanaf", "per", "tot":
			if j+1 < to && sc.toks[j+1].kind == tkNum {
				j += 2
				continue
			}
		}
		break
	}
	p = j
	for j < to && sc.toks[j].kind == tkWord && sc.toks[j].cls&(clsPrep|clsSubord|clsCoord) == 0 {
		j++
	}
	if j == p || j-p > 2 {
		return -1, -1
	}
	if j < to && sc.toks[j].kind != tkWord && sc.toks[j].kind != tkBreak {
		return -1, -1 // a number, symbol or quote inside the predicate
	}
	return p, j - 1
}

// checkablePredicate reports a predicate [p, q] that states a property or
// role one can check: no determiner, negator, match or number in it, and
// no evaluative, attitude, degree or comparative word.
func (sc *scratch) checkablePredicate(p, q int32, s *sentence) bool {
	for j := p; j <= q; j++ {
		t := &sc.toks[j]
		if t.kind != tkWord || t.cls&(clsDet|clsNegator|clsUniversal|clsNumWord|clsAux) != 0 || sc.anyHitAt(j, s) {
			return false
		}
		w := sc.word(int(j))
		if string(w) == "ook" || string(w) == "wel" || string(w) == "nog" {
			return false // an adverb: the predicate stands elsewhere ("dat het akkoord ook wettelijk wordt vastgelegd")
		}
		if evaluative(w) || vagueState(w) || comparativeWord(w) || participleWord(w) {
			return false
		}
	}
	return true
}

// passiveAfter reports a participle or an act later in q's clause: the
// copula was a passive auxiliary ("De huurovereenkomst wordt eerst voor
// een jaar afgesloten"), which passive.go reads, not a state.
func (sc *scratch) passiveAfter(q int32, s *sentence) bool {
	_, to, _ := sc.clauseSpan(sc.toks[q].clause)
	for j := q + 1; j < to; j++ {
		if sc.toks[j].kind == tkWord && (participleWord(sc.word(int(j))) || sc.actAt(j)) {
			return true
		}
	}
	return false
}

// hitsAt yields the live (not dropped) matches of sentence s that cover
// token k, in text order: the one walk the questions below ask about a
// token.
func (sc *scratch) hitsAt(k int32, s *sentence) iter.Seq[*hit] {
	return func(yield func(*hit) bool) {
		for i := s.hits.from; i < s.hits.to; i++ {
			if h := &sc.hits[i]; !h.dropped && h.first <= k && k <= h.last && !yield(h) {
				return
			}
		}
	}
}

// anyHitAt reports a match of sentence s that covers token k.
func (sc *scratch) anyHitAt(k int32, s *sentence) bool {
	for range sc.hitsAt(k, s) {
		return true
	}
	return false
}

// languageAt reports a match over token k that is language of its own,
// not a thing named: a vague word, hedge, act or kader clause. A product
// ("Ons huurbeleid", "Het convenant") or a party may be a subject.
func (sc *scratch) languageAt(k int32, s *sentence) bool {
	for h := range sc.hitsAt(k, s) {
		switch h.eff {
		case effProduct, effOutcome, effParty, effCollective, effInfo, effPassive:
		default:
			return true
		}
	}
	return false
}

// vagueState reports a predicate word that states an ambition quality, an
// attitude, a possibility or a degree rather than a checkable property:
// "groen", "heel", "nauw (betrokken)", "verantwoordelijk", "mogelijk".
// The evaluative words of ambition lines ("prettig", "leefbaar",
// "aantrekkelijk") are evaluative's, which every caller also asks over
// the clause.
func vagueState(w []byte) bool {
	switch string(w) {
	case "groen", "groene", "heel", "hele", "schoon", "schone", "mooi", "mooie", "sterk", "sterke", "vitaal",
		"vitale", "levendig", "levendige", "divers", "diverse", "gevarieerd", "gevarieerde", "evenwichtig",
		"evenwichtige", "inclusief", "inclusieve", "toegankelijk", "toegankelijke", "bereikbaar", "bereikbare",
		"acceptabel", "acceptabele", "energiezuinig", "energiezuinige",
		"klaar", "helder", "duidelijk", "belangrijk", "belangrijke", "essentieel", "cruciaal",
		"nodig", "noodzakelijk", "mogelijk", "onmogelijk", "wenselijk", "gewenst", "verantwoordelijk",
		"betrokken", "bereid", "bezig", "welkom", "zichtbaar", "nauw", "zeer", "erg", "zo", "te",
		"voldoende", "optimaal", "maximaal", "minimaal", "natuurlijk", "natuurlijke", "samen", "gezamenlijk",
		"centraal", "voorop", "leidend", "uitgangspunt", "doel", "ambitie", "streven", "opgave", "prioriteit",
		"speerpunt", "aandachtspunt", "belang", "zaak":
		return true
	}
	return false
}

// comparativeWord reports a comparative ("hoger", "beter", "duurzamer",
// "meer"): a change with no measure.
func comparativeWord(w []byte) bool {
	switch string(w) {
	case "meer", "minder", "beter", "betere":
		return true
	}
	n := len(w)
	return n >= 5 && (string(w[n-2:]) == "er" || n >= 6 && string(w[n-3:]) == "ere")
}

// participleWord reports a past participle ("geregeld", "gebouwd",
// "gesloten"): with a copula it is a passive or a result state, which
// passive.go reads.
func participleWord(w []byte) bool {
	n := len(w)
	if n < 5 || string(w[:2]) != "ge" {
		return false
	}
	switch w[n-1] {
	case 'd', 't':
		return true
	case 'n':
		return w[n-2] == 'e'
	}
	return false
}
