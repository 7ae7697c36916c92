package vague

// A bare plural or mass object applied to a restricted set is an act on a
// definite object (round 14, kind 26): "plaatst zonnepanelen op woningen
// met een plat dak", "bij mutatie worden keukens en toiletten vervangen",
// "voert kleine klussen uit bij huurders … die dat zelf niet kunnen". The
// restriction makes the set the act applies to checkable (every such
// woning, every mutatie), where "organiseert bijeenkomsten" or "plaatst
// zonnepanelen" leaves it open. A created object is no such set ("bouwt
// woningen op locaties die daarvoor geschikt zijn": how many?), nor is a
// group the act is for ("zorgt voor betaalbaar wonen voor huishoudens met
// een laag inkomen"), nor a restriction no one can check ("in wijken waar
// het minder goed gaat").

// restrictedSet reports whether act h applies to a restricted set in its
// clause: a trigger event after "bij" ("bij mutatie", "bij renovatie van
// de woningen", "bij nieuwe verhuringen") or a place after op, in, bij or
// aan whose noun is restricted by met, zonder or a relative clause ("op
// woningen met een plat dak", "bij huurders van Mitros die …"), in the
// act's clause and the clauses it joins by "en" or "maar".
func (sc *scratch) restrictedSet(h *hit) bool {
	if sc.creates(h) {
		return false
	}
	from, to, s := sc.coordinatedSpan(h)
	for k := from; k < to; k++ {
		if sc.toks[k].kind != tkWord || h.contains(k) {
			continue
		}
		switch string(sc.word(int(k))) {
		case "bij":
			if j := sc.skipModifiers(k+1, s); j < s.to && !h.contains(j) && triggerEvent(sc.word(int(j))) {
				return true
			}
			fallthrough
		case "op", "in", "aan":
			if sc.restrictedPlace(k+1, s, h) {
				return true
			}
		}
	}
	return false
}

// skipModifiers returns the first token from k on that is no article,
// demonstrative or adjective: the noun of a phrase.
func (sc *scratch) skipModifiers(k int32, s *sentence) int32 {
	for k < s.to && sc.toks[k].kind == tkWord && (definiteDet(sc.word(int(k))) || sc.adjective(k)) {
		k++
	}
	return k
}

// restrictedPlace reports a noun phrase from k on, not "een …", whose noun
// (after an optional "van" phrase) is followed by met, zonder or a
// relative pronoun, and the restriction holds no evaluative word: "woningen
// met een plat dak", "woningen zonder rookmelder", "huurders van Mitros die
// …".
func (sc *scratch) restrictedPlace(k int32, s *sentence, h *hit) bool {
	if sc.isWord(k, s, "een") {
		return false
	}
	n := sc.skipModifiers(k, s)
	if n >= s.to || sc.toks[n].kind != tkWord || h.contains(n) || sc.toks[n].cls&(clsPrep|clsSubord|clsDet) != 0 {
		return false
	}
	j := n + 1
	if sc.isWord(j, s, "van") {
		// "huurders van Mitros", "woningen van de corporatie".
		j = sc.skipModifiers(j+1, s)
		if j >= s.to || sc.toks[j].kind != tkWord {
			return false
		}
		j++
	}
	if j >= s.to || sc.toks[j].kind != tkWord {
		return false
	}
	switch string(sc.word(int(j))) {
	case "met", "zonder":
		if sc.isWord(j+1, s, "elkaar") {
			return false
		}
	case "die", "waar", "waarin", "waarvan", "waarbij", "waarop":
	default:
		return false
	}
	// The restriction must itself be checkable: "in wijken waar het minder
	// goed gaat" names no set anyone can count.
	end := j + 1
	for end < s.to && sc.toks[end].clause == sc.toks[j].clause {
		end++
	}
	return !sc.evaluativeBetween(j, end)
}

// triggerEvent reports an event that fixes when an act applies: "bij
// mutatie", "bij renovatie", "bij oplevering", "bij nieuwe verhuringen".
func triggerEvent(w []byte) bool {
	switch string(w) {
	case "mutatie", "mutaties", "renovatie", "renovaties", "oplevering", "opleveringen",
		"verhuring", "verhuringen", "wederverhuur", "huurwisseling", "huurwisselingen":
		return true
	}
	return false
}

// creates reports an act that makes its object ("bouwt", "realiseert",
// "voegt toe"): a restriction on where says nothing of how many.
func (sc *scratch) creates(h *hit) bool {
	for _, k := range h.tokens() {
		w := sc.word(int(k))
		if hasAnyPrefix(w, creatingPrefixes) {
			return true
		}
	}
	return false
}

var creatingPrefixes = []string{"bouw", "gebouwd", "bijbouw", "realis", "gerealiseerd", "realisatie", "toevoeg", "toegevoegd", "voeg", "ontwikkel"}

// hasAnyPrefix reports whether w starts with one of pres.
func hasAnyPrefix(w []byte, pres []string) bool {
	for _, p := range pres {
		if len(w) >= len(p) && string(w[:len(p)]) == p {
			return true
		}
	}
	return false
}

// passiveClause reports a passive auxiliary in the clause of act h ("bij
// mutatie worden de keukens vervangen"): the signatories act, unnamed.
func (sc *scratch) passiveClause(h *hit) bool {
	from, to, _ := sc.coordinatedSpan(h)
	for k := from; k < to; k++ {
		if t := &sc.toks[k]; t.kind == tkWord && t.cls&clsAux != 0 {
			return true
		}
	}
	return false
}

// coordinatedSpan returns the tokens [from, to) of the clause of act h,
// with the clauses before it that it joins by "en" or "maar" ("Bij mutatie
// worden keukens en toiletten vervangen"), and its sentence.
func (sc *scratch) coordinatedSpan(h *hit) (from, to int32, s *sentence) {
	c := sc.toks[h.first].clause
	from, to, s = sc.clauseSpan(c)
	for c > 0 && from > s.from && sc.toks[from].kind == tkWord && sc.isCoordinator(&sc.toks[from]) {
		c--
		from = sc.clauseFirst[c]
	}
	return from, to, s
}
