package vague

// A span of years that describes a person or a thing is no quantity of
// the commitment (round 15, kind 28): an age bound after a group of
// people ("de slaagkansen voor jongeren en starters tot 30 jaar", "aan
// woningzoekenden van 65 jaar of ouder") selects whom the agreement is
// about, and a lifetime in a relative clause ("tijdelijke woningen die
// maximaal 15 jaar te gebruiken zijn", "woningen die 10 tot 15 jaar op
// een locatie mogen blijven staan") says what the thing is. Neither says
// how much is done, just as "met een inkomen tot € 40.000" does not
// (selects in regions.go). A duration of the act itself ("begeleidt
// huurders twaalf maanden lang", "voor maximaal twee jaar onderbrengen")
// and a response time ("binnen twee weken") still count.

// describedDuration reports a duration signal g that is an age bound
// after a group of people or stands in a relative clause opened by "die"
// right after a noun.
func (sc *scratch) describedDuration(g *signal) bool {
	if g.kind != sigDuration {
		return false
	}
	s := &sc.sents[g.sent]
	// "65 jaar of ouder", "55 jaar en ouder".
	if (sc.isWord(g.last+1, s, "of") || sc.isWord(g.last+1, s, "en")) && (sc.isWord(g.last+2, s, "ouder") || sc.isWord(g.last+2, s, "jonger")) {
		return true
	}
	// "jongeren tot 30 jaar", "woningzoekenden van 65 jaar", "huurders
	// ouder dan 75 jaar": the number may be a range ("van 18 tot 23 jaar").
	k := g.first - 1
	for k > s.from && (sc.toks[k].kind == tkNum || sc.toks[k].kind == tkWord && ageBoundWord(sc.word(int(k)))) {
		k--
	}
	if k < g.first-1 && k >= s.from && sc.toks[k].kind == tkWord && peopleWord(sc.word(int(k))) {
		return true
	}
	// A relative clause on a noun: "woningen die maximaal 15 jaar …".
	from, _, _ := sc.clauseSpan(sc.toks[g.first].clause)
	for j := g.first - 1; j > from; j-- {
		t := &sc.toks[j]
		if t.kind != tkWord {
			continue
		}
		if sc.languageAt(j, s) {
			return false // an act or vague word before the number: its own
		}
		if string(sc.word(int(j))) == "die" {
			p := &sc.toks[j-1]
			return p.kind == tkWord && p.cls&(clsDet|clsPrep|clsSubord|clsAux|clsCoord) == 0
		}
	}
	return false
}

// peopleWord reports a noun for a group of people whose age a number of
// years may bound: a resident word (residentWord) or one of a few more.
func peopleWord(w []byte) bool {
	if residentWord(w) {
		return true
	}
	switch string(w) {
	case "woningzoekende", "kinderen", "personen", "persoon", "alleenstaanden", "jongvolwassenen", "kandidaten":
		return true
	}
	return false
}

// ageBoundWord reports a word that may stand between a group and the
// number of years that bounds its age: "tot", "van … tot", "ouder dan".
func ageBoundWord(w []byte) bool {
	switch string(w) {
	case "tot", "van", "vanaf", "onder", "boven", "tussen", "dan", "ouder", "jonger":
		return true
	}
	return false
}
