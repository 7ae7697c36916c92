package vague

// Negative and exclusive constraints: a commitment *not* to do something,
// or to do it only in one way, is a yes/no fact even without a number, a
// date or a named party (labelling rule 2: "verkoopt geen sociale
// huurwoningen", "voert geen inkomensafhankelijke huurverhoging door").
// The shapes found here, each only in a sentence that no vague match or
// hedge governs:
//
//   - a negated act: "hoeven niet langer de kosten … te betalen", "worden
//     niet aangesloten op het aardgasnet", "besloten om niet te tekenen";
//   - an act with "zonder": "bouwt nieuwe woningen zonder gasaansluiting",
//     "wordt verduurzaamd, zonder dat dit voor lastenverhoging zorgt";
//   - a consequence ruled out: "renovatie leidt niet tot een hogere huur",
//     "zorgt niet voor hogere lasten";
//   - an act stopped: "stoppen met de verkoop van die woningen";
//   - an act restricted by "alleen nog" or "enkel nog": "bouwt alleen nog
//     all-electric" ("uitsluitend" is a sigRule of its own).
//
// "Niet alleen", "niet zomaar" and a negation inside a fronted condition
// ("wanneer de huurder de huur niet betaalt, …") are no constraint.

// constraintIn finds a negative or exclusive constraint in sentence si
// and returns the index of the sigRule signal it adds over its words, or
// -1. The caller asks only when no vague region of si is live.
func (sc *scratch) constraintIn(si int32) int32 {
	s := &sc.sents[si]
	for k := s.from; k < s.to; k++ {
		t := &sc.toks[k]
		if t.kind != tkWord {
			continue
		}
		switch string(sc.word(int(k))) {
		case "zonder":
			if k+1 < s.to && sc.toks[k+1].kind == tkWord && sc.liveActBefore(si, k) {
				return sc.addFound(k, k+1, si)
			}
		case "leidt", "leiden", "leidde", "leidden", "zorgt", "zorgen", "zorgde", "zorgden":
			// "leidt niet tot een hogere huur", "zorgt niet voor meerkosten".
			prep := "tot"
			if w := string(sc.word(int(k))); w[0] == 'z' {
				prep = "voor"
			}
			if sc.isWord(k+1, s, "niet") && sc.isWord(k+2, s, prep) && !sc.inCondition(k) {
				return sc.addFound(k, k+2, si)
			}
		case "stopt", "stoppen", "stopte", "stopten", "gestopt":
			// "stoppen met de verkoop van die woningen": a commitment to end an act.
			if sc.isWord(k+1, s, "met") && sc.liveActAt(si, k) {
				return sc.addFound(k, k+1, si)
			}
		case "alleen", "enkel":
			if sc.isWord(k+1, s, "nog") && !sc.isWord(k-1, s, "niet") && sc.liveActBefore(si, k) {
				return sc.addFound(k, k+1, si)
			}
		}
		if t.cls&clsNegator != 0 && !sc.inCondition(k) && sc.negatesAct(si, k) {
			last := k
			if sc.isWord(k+1, s, "langer") || sc.isWord(k+1, s, "meer") {
				last = k + 1
			}
			return sc.addFound(k, last, si)
		}
	}
	return -1
}

// addFound adds the sigRule signal of a commitment the verdict found over
// tokens [first, last] of sentence si (a constraint here, an agreed act,
// a norm kept, a benefit, a pilot started) and returns its index. It is
// aside: never a quantity or time that cancels a vague match.
func (sc *scratch) addFound(first, last, si int32) int32 {
	sc.add(sigRule, first, last, si)
	sc.sigs[len(sc.sigs)-1].aside = true
	return int32(len(sc.sigs) - 1)
}

// liveActBefore reports a live act (resultaat or actie) that starts before
// token k in sentence si.
func (sc *scratch) liveActBefore(si, k int32) bool {
	s := &sc.sents[si]
	for i := s.hits.from; i < s.hits.to; i++ {
		h := &sc.hits[i]
		if h.first < k && sc.liveAct(i) {
			return true
		}
	}
	return false
}

// liveActAt reports a live act that starts at token k of sentence si.
func (sc *scratch) liveActAt(si, k int32) bool {
	s := &sc.sents[si]
	for i := s.hits.from; i < s.hits.to; i++ {
		if sc.hits[i].first == k && sc.liveAct(i) {
			return true
		}
	}
	return false
}

// liveAct reports whether hit i is an act that no exception, prepositional
// phrase or region took away.
func (sc *scratch) liveAct(i int32) bool {
	h := &sc.hits[i]
	return !h.dropped && !sc.actVoid[i] && (h.eff == effResult || h.eff == effAction)
}

// negatesAct reports whether the negator at k negates a live act of its
// clause: the act stands after it in the clause ("hoeven ze niet langer
// de kosten … te betalen") or right before it ("verkoopt niet").
// "Niet alleen", "niet zomaar" and the like restrict nothing.
func (sc *scratch) negatesAct(si, k int32) bool {
	s := &sc.sents[si]
	if k+1 < s.to {
		switch string(sc.word(int(k + 1))) {
		case "alleen", "enkel", "slechts", "uitsluitend", "zomaar", "vrijblijvend", "per", "direct", "altijd":
			return false
		}
	}
	clause := sc.toks[k].clause
	for i := s.hits.from; i < s.hits.to; i++ {
		h := &sc.hits[i]
		if !sc.liveAct(i) || sc.toks[h.first].clause != clause {
			continue
		}
		if h.first > k || h.last+1 == k {
			return true
		}
	}
	return false
}
