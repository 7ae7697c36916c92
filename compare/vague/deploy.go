package vague

// Putting a means or people to work: "Er worden energiecoaches ingezet",
// "de gemeentelijke energieconciërges worden daarbij ook ingezet", "gaan
// we de Voorzieningenwijzer inzetten" (rule inzetten-middel; not "inzetten
// op" or "zich inzetten", which are effort). The labelling rules read
// deploying a named instrument or a role as a yes/no fact, like "zet
// seniorenadviseurs in" (named.go). In the passive and before a verb-final
// infinitive the role or name stands before the verb, where namedObject
// does not look, so for this act any role noun in its clause counts, and
// a capitalised name after an article that is no party ("de
// Voorzieningenwijzer"). A bare "worden woningen ingezet" or "wordt geld
// ingezet" names neither and stays with the other object tests.

// deployAct reports whether act h is inzetten in the sense of deploying.
func (sc *scratch) deployAct(h *hit) bool {
	for _, p := range h.tokens() {
		switch string(sc.word(int(p))) {
		case "inzetten", "ingezet", "zetten":
			return true
		}
	}
	return false
}

// deployedObject reports a role noun or a named instrument in the clause
// of deploying act h, outside h's own words.
func (sc *scratch) deployedObject(h *hit) bool {
	if !sc.deployAct(h) {
		return false
	}
	c := sc.toks[h.first].clause
	if sc.anyOutside(sc.clauseObjects(c).roles, h) {
		return true
	}
	from, to, s := sc.clauseSpan(c)
	for k := from + 1; k < to; k++ {
		t := &sc.toks[k]
		if t.kind == tkWord && t.flags&tfCap != 0 && t.flags&(tfInitial|tfAllCaps) == 0 && !sc.inParty(k) &&
			!h.contains(k) && sc.isWord(k-1, s, "de") {
			return true
		}
	}
	return false
}
