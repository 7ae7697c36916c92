package vague

// Keeping to a named norm (round 12, kind 20): "Bij de huurverhoging
// volgen we de richtlijnen van de overheid", "Woonpunt volgt het advies
// uit het Sociaal Huurakkoord op", "We houden vast aan een
// inflatievolgend huurbeleid", "conformeren zich aan de door het Rijk
// opgelegde taakstelling", "Deze huurverhoging valt altijd binnen de
// grenzen die de regering heeft gesteld", "Conform de
// huisvestingsverordening krijgen urgentiehouders … een woning
// aangeboden". The labelling rules read carrying out a named existing
// policy or regulation, and a quantity fixed elsewhere by name, as
// definite acts: whether the norm was kept is a yes/no fact.
//
// The norm must be definite and a norm: an article, a demonstrative or a
// possessive before a norm word ("de richtlijnen", "het advies", "de
// landelijke norm", "de Woningwet"), or "een" with a modifier ("een
// inflatievolgend huurbeleid"). A bare plural names none ("houdt vast aan
// regionale afspraken", "moeten voldoen aan hoge duurzaamheidseisen"),
// following developments is no norm ("volgen de ontwikkelingen"), and
// "binnen de grenzen van de gemeente" is a place unless the clause falls
// or stays within them. "Volgen" needs a party (a norm that "volgt" with
// no one to keep it comes later: "daarna volgt het advies"). Only in a
// sentence that no vague match or hedge governs.

// normKept finds a norm kept in sentence si and returns the index of the
// sigRule signal it adds over the verb and the norm, or -1. The caller
// asks only when no vague region of si is live.
func (sc *scratch) normKept(si int32, anyParty bool) int32 {
	s := &sc.sents[si]
	for k := s.from; k < s.to; k++ {
		if sc.toks[k].kind != tkWord || sc.toks[k].cls&clsKeepWord == 0 {
			continue
		}
		w := sc.word(int(k))
		switch {
		case followWord(w):
			if !anyParty && !sc.nameBeforeVerb(k, s) {
				continue
			}
			// The norm after the verb ("volgen we de richtlijnen") or,
			// before a verb-final infinitive, before it ("gaat de
			// landelijke norm volgen").
			if end := sc.normInClause(k, s); end >= 0 {
				return sc.addFound(min(k, end), max(k, end), si)
			}
		case sc.keepAanWord(w, k, s):
			for a := k + 1; a < s.to && a <= k+3; a++ {
				if sc.isWord(a, s, "aan") {
					if end := sc.normPhrase(a+1, s); end >= 0 {
						return sc.addFound(k, end, si)
					}
					break
				}
			}
		case string(w) == "binnen":
			if sc.withinVerb(k, s) {
				if end := sc.normPhrase(k+1, s); end >= 0 {
					return sc.addFound(k, end, si)
				}
			}
		case string(w) == "conform":
			if end := sc.normPhrase(k+1, s); end >= 0 && sc.liveActBefore(si, s.to) {
				return sc.addFound(k, end, si)
			}
		}
	}
	return -1
}

// nameBeforeVerb reports a capitalised name right before the verb at k
// that is no fronted adverb: "Woonpunt volgt", not "Daarna volgt". The
// subject finder (smart.go) sees a name before an act it knows, and
// (op)volgen is none.
func (sc *scratch) nameBeforeVerb(k int32, s *sentence) bool {
	j := k - 1
	if j < s.from || !sc.nameWord(j) {
		return false
	}
	return j > s.from || !sc.frontedOpening(s)
}

// followWord reports a form of (op)volgen.
func followWord(w []byte) bool { return inList(w, followWords) }

// keepAanWord reports a verb of keeping to something that takes "aan"
// (keepAanWords), or "houden" before "zich".
func (sc *scratch) keepAanWord(w []byte, k int32, s *sentence) bool {
	return inList(w, keepAanWords) || inList(w, holdWords) && sc.isWord(k+1, s, "zich")
}

// withinVerb reports "vallen" or "blijven" right before "binnen" at k, at
// most one adverb apart ("valt altijd binnen de grenzen").
func (sc *scratch) withinVerb(k int32, s *sentence) bool {
	for j := k - 1; j >= s.from && j >= k-2; j-- {
		switch string(sc.word(int(j))) {
		case "valt", "vallen", "viel", "vielen", "gevallen", "blijft", "blijven", "bleef", "bleven", "gebleven":
			return true
		}
	}
	return false
}

// normInClause looks in the clause of the verb at k for a norm phrase that
// is no part of a prepositional phrase, and returns its last token, or -1.
func (sc *scratch) normInClause(k int32, s *sentence) int32 {
	from, to, _ := sc.clauseSpan(sc.toks[k].clause)
	for d := from; d < to; d++ {
		if d == k || sc.toks[d].kind != tkWord || sc.toks[d].cls&clsDet == 0 {
			continue
		}
		if d > from && sc.clsAt(d-1, s)&clsPrep != 0 {
			continue // "volgen de ontwikkelingen rond het beleid"
		}
		if end := sc.normPhrase(d, s); end >= 0 && end < to && (end < k || d > k) {
			return end
		}
	}
	return -1
}

// normPhrase reports a definite noun phrase headed by a norm word starting
// at d, and returns the head's token, or -1. It reads at most five words
// past the determiner and stops at a preposition (but "de door het Rijk
// opgelegde taakstelling"), a clause opener or anything but a word.
func (sc *scratch) normPhrase(d int32, s *sentence) int32 {
	if d >= s.to || sc.toks[d].kind != tkWord {
		return -1
	}
	indef := false
	switch w := sc.word(int(d)); {
	case definiteDet(w):
	case string(w) == "een":
		indef = true
	default:
		return -1
	}
	for j := d + 1; j < s.to && j <= d+5; j++ {
		t := &sc.toks[j]
		if t.kind != tkWord || sc.opensClause(j) {
			return -1
		}
		w := sc.word(int(j))
		if normWord(w) {
			if indef && j == d+1 {
				return -1 // "een advies": which one?
			}
			return j
		}
		if t.cls&clsPrep != 0 && !(j == d+1 && string(w) == "door") {
			return -1
		}
	}
	return -1
}

// normSuffixes end compound norm words ("huisvestingsverordening",
// "urgentieregeling", "rijksnorm", "Huurakkoord", "Woningwet").
var normSuffixes = []string{"norm", "normen", "richtlijn", "richtlijnen", "beleid", "verordening", "akkoord",
	"wet", "wetgeving", "regels", "regelgeving", "regeling", "taakstelling", "eisen", "advies"}

// normWord reports a folded word that names a norm, rule or policy.
func normWord(w []byte) bool {
	switch string(w) {
	case "grenzen", "voorschriften", "taakstellingen":
		return true
	}
	return hasAnySuffix(w, normSuffixes)
}
