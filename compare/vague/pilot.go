package vague

// A pilot that is started, with what it is about: "In Oisterwijk komt er
// een pilot met een CO2 neutrale woning", "wordt een proef gestart om
// voortuinen te vergroenen", "kondigt een proef aan waarbij kamerverhuur
// wordt aangeboden aan jongeren". The labelling rules read a pilot as an
// act: whether it started, and on what, is a yes/no fact. A pilot that is
// only mentioned ("via een proef met de Voorzieningenwijzer"), one with no
// subject ("er komt een pilot"), a pilot verb ("experimenteren met") and a
// pilot in a sentence that other vague language governs ("bekijken hoe …
// via een pilot", "wil oppakken") stay vague. With a size or a year the
// pilot rule is cancelled anyway (rules.toml).

// launchedPilot finds a pilot noun in sentence si whose clause starts it
// and which is followed by what it is about, in a sentence where every
// live vague region is a pilot's own. It returns the index of the sigRule
// signal it adds over the pilot and the first words of its subject, or -1.
func (sc *scratch) launchedPilot(si int32) int32 {
	s := &sc.sents[si]
	found := int32(-1)
	for ri := s.regs.from; ri < s.regs.to; ri++ {
		r := &sc.regions[ri]
		if r.cancelled {
			continue
		}
		h := &sc.hits[r.hit]
		if !pilotNoun(sc.word(int(h.first))) {
			return -1 // other vague language governs the sentence
		}
		if found < 0 && sc.launchClause(h.first, s) {
			if about := sc.pilotSubject(h.last, s); about >= 0 {
				if sc.toks[about+1].kind == tkWord {
					about++ // quote the subject's first word: "pilot met tiny"
				}
				found = sc.addFound(h.first, about, si)
			}
		}
	}
	return found
}

// pilotNoun reports a word for a pilot as a thing ("pilot", "proef",
// "proefproject"), not the verb "experimenteren".
func pilotNoun(w []byte) bool {
	switch string(w) {
	case "pilot", "pilots", "proef", "proeven", "proefproject", "proefprojecten", "proeftuin", "experiment":
		return true
	}
	return len(w) > 5 && hasSuffix(w, "pilot")
}

// launchClause reports a verb of starting or coming in the clause of token
// k: "komt er", "start", "wordt gestart", "begint met", "kondigt … aan",
// "zet … op", "is ook een pilot".
func (sc *scratch) launchClause(k int32, s *sentence) bool {
	clause := sc.toks[k].clause
	for j := s.from; j < s.to; j++ {
		if sc.toks[j].kind != tkWord || sc.toks[j].clause != clause {
			continue
		}
		switch string(sc.word(int(j))) {
		case "komt", "komen", "kwam", "kwamen", "start", "starten", "startte", "startten", "gestart",
			"begint", "beginnen", "begon", "begonnen", "kondigt", "kondigen", "aangekondigd", "opgezet":
			return true
		case "is", "zijn":
			if j < k { // "Onderdeel … is ook een pilot rond hittestress"; not "de pilot is bedoeld"
				return true
			}
		}
	}
	return false
}

// pilotSubject returns the word after the pilot noun at k (past a particle
// "aan" or a participle "gestart") that says what the pilot is about:
// "met", "rond", "voor", "waarbij", "om", or -1.
func (sc *scratch) pilotSubject(k int32, s *sentence) int32 {
	j := k + 1
	if sc.isWord(j, s, "aan") || sc.isWord(j, s, "gestart") || sc.isWord(j, s, "opgezet") {
		j++
	}
	if j >= s.to || sc.toks[j].kind != tkWord || j+1 >= s.to {
		return -1
	}
	switch string(sc.word(int(j))) {
	case "met", "rond", "rondom", "voor", "waarbij", "waarin", "om":
		return j
	}
	return -1
}
