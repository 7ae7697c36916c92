package vague

// The complement of a verb of agreeing is the agreement itself: "Een
// belangrijke afspraak is dat de gemeente een grondprijs gaat rekenen die
// past bij sociale huurwoningen", "Er is afgesproken de nieuwste
// rekenmethode voor energielabels zo snel mogelijk te gebruiken". The
// rules know only some verbs as acts; in a reported agreement the act may
// be any verb, and the clause commits to it when it names a definite
// object (or subject) and no vague language, possibility or state governs
// it (labelling rule 2, and "reported agreements are judged by what they
// report"). A complement that is itself a process stays vague ("Partijen
// spreken af dat zij in gesprek gaan over …": its own vague match
// governs it), and so does one of permission ("dat de huur licht mag
// stijgen"), of a state ("dat de huurdersorganisaties volwaardig partij
// zijn"), or a passive ("dat de huurdersbetrokkenheid wordt verbreed"),
// which the rules cannot tell from an aim.

// agreedAct finds the complement of a verb of agreeing in sentence si that
// commits to a definite act, and returns the index of the sigRule signal
// it adds over the agreeing words and the complement's opening word, or
// -1.
func (sc *scratch) agreedAct(si int32) int32 {
	s := &sc.sents[si]
	for k := s.from; k < s.to; k++ {
		if sc.toks[k].kind != tkWord || !sc.agreeMarker(k, s) {
			continue
		}
		from, to, opener := sc.complementOf(k, s)
		if from < 0 || !sc.committingClause(si, from, to) {
			continue
		}
		return sc.addFound(k, opener, si)
	}
	return -1
}

// agreeMarker reports a word that says an agreement was made, so that
// what follows is its content: "afgesproken", "overeengekomen",
// "toegezegd", "besloten", "spreken … af", "komen … overeen", "zegt …
// toe", "de afspraak is".
func (sc *scratch) agreeMarker(k int32, s *sentence) bool {
	switch string(sc.word(int(k))) {
	case "afgesproken", "overeengekomen", "toegezegd", "besloten", "afspreken", "overeenkomen", "toezeggen":
		return true
	case "afspraak":
		return sc.isWord(k+1, s, "is")
	case "af", "overeen", "toe":
		for j := k - 1; j >= s.from && j >= k-8; j-- {
			switch string(sc.word(int(j))) {
			case "spreek", "spreekt", "spreken", "sprak", "spraken":
				return string(sc.word(int(k))) == "af"
			case "komt", "komen", "kwam", "kwamen":
				return string(sc.word(int(k))) == "overeen"
			case "zeg", "zegt", "zeggen", "zegde", "zegden":
				return string(sc.word(int(k))) == "toe"
			}
		}
	}
	return false
}

// complementOf returns the complement after the agreeing word at k as
// tokens [from, to) and the word that opens it: a dat-clause up to the
// next subordinating word or the sentence end, an om-clause or a bare
// te-clause up to its te-verb. from is -1 when there is none.
func (sc *scratch) complementOf(k int32, s *sentence) (from, to, opener int32) {
	for j := k + 1; j < s.to && j <= k+3; j++ {
		if sc.toks[j].kind != tkWord {
			return -1, -1, -1
		}
		if sc.isWord(j, s, "dat") {
			end := j + 1
			for end < s.to && !(sc.toks[end].kind == tkWord && sc.toks[end].cls&clsSubord != 0) {
				end++
			}
			return j + 1, end, j
		}
		if sc.isWord(j, s, "om") {
			k = j
			break
		}
		if sc.toks[j].cls&clsSubord != 0 {
			return -1, -1, -1
		}
	}
	// "afgesproken (om) de nieuwste rekenmethode … te gebruiken".
	for j := k + 1; j < s.to && j <= k+14; j++ {
		t := &sc.toks[j]
		if t.kind == tkWord && t.cls&clsSubord != 0 {
			return -1, -1, -1
		}
		if sc.isWord(j, s, "te") && j+1 < s.to && sc.toks[j+1].kind == tkWord {
			return k + 1, j + 2, k
		}
	}
	return -1, -1, -1
}

// committingClause reports whether tokens [from, to) of sentence si commit
// to a definite act: a definite noun phrase outside a prepositional
// phrase, no live vague region over them (a timing hedge aside: it voids
// no act on a definite object), and no word of possibility, state or
// passive.
func (sc *scratch) committingClause(si, from, to int32) bool {
	s := &sc.sents[si]
	for ri := s.regs.from; ri < s.regs.to; ri++ {
		r := &sc.regions[ri]
		if !r.cancelled && r.effect != effTiming && r.from < to && from < r.to {
			return false
		}
	}
	definite := false
	for k := from; k < to; k++ {
		if sc.toks[k].kind != tkWord {
			continue
		}
		w := sc.word(int(k))
		if permissionWord(w) || sc.toks[k].cls&clsAux != 0 { // "mag stijgen", "wordt verbreed"
			return false
		}
		switch string(w) {
		case "mogelijkheid", "mogelijkheden", "kans", "ruimte", "is", "zijn", "was", "waren", "blijft", "blijven",
			"heeft", "hebben", "er":
			return false
		}
		if sc.definiteWord(k, s) && k+1 < to && sc.toks[k+1].kind == tkWord &&
			sc.clsAt(k-1, s)&clsPrep == 0 && !sc.isWord(k-1, s, "door") {
			definite = true
		}
	}
	return definite && !sc.evaluativeBetween(from, to)
}

// evaluativeBetween is evaluativeIn for tokens [from, to).
func (sc *scratch) evaluativeBetween(from, to int32) bool {
	for k := from; k < to; k++ {
		if sc.toks[k].kind == tkWord && evaluative(sc.word(int(k))) {
			return true
		}
	}
	return false
}
