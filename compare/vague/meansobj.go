package vague

// A named means made available is a definite object even without an
// article: "reserveert budget voor …", "hanteert sociale grondprijzen",
// "biedt grond voor sociale huur aan", "gunt de corporatie het
// voorkeursrecht", "stelt de locaties beschikbaar". Labelling rule 2 (and
// "stelt een budget beschikbaar voor het onderzoek naar …", a vague word
// in a concrete sense): handing over money, land or a right is a yes/no
// fact. A means noun in a prepositional phrase ("bouwt op geschikte
// locaties", "voor mensen met een beperkt budget") is no object.

// meansObject reports a means noun outside a prepositional phrase in the
// clause of act h, within eight words of it.
func (sc *scratch) meansObject(h *hit) bool {
	s := &sc.sents[h.sent]
	clause := sc.toks[h.first].clause
	from, to := max(h.first-8, s.from), min(h.last+8, s.to-1)
	for k := from; k <= to; k++ {
		t := &sc.toks[k]
		if t.kind != tkWord || t.clause != clause || h.contains(k) {
			continue
		}
		if isMeansNoun(sc.word(int(k))) && !sc.afterPreposition(k, s) {
			return true
		}
	}
	return false
}

// afterPreposition reports a preposition before token k with at most
// articles, numerals and inflected adjectives between ("op geschikte
// locaties", "voor mensen met een beperkt budget").
func (sc *scratch) afterPreposition(k int32, s *sentence) bool {
	for j := k - 1; j >= s.from && j >= k-4; j-- {
		t := &sc.toks[j]
		if t.kind != tkWord {
			return false
		}
		if t.cls&clsPrep != 0 {
			return true
		}
		if w := sc.word(int(j)); t.cls&(clsDet|clsNumWord) == 0 && !sc.adjective(j) && !hasSuffix(w, "e") {
			return false
		}
	}
	return false
}

// isMeansNoun reports a word that names money, land or a right handed
// over: "budget", "leefbaarheidsbudget", "subsidie", "grond",
// "grondprijzen", "bouwlocaties", "kavels", "voorkeursrecht".
func isMeansNoun(w []byte) bool { return hasAnySuffix(w, meansSuffixes) }

var meansSuffixes = []string{"budget", "budgetten", "subsidie", "subsidies", "grond", "gronden", "grondprijs",
	"grondprijzen", "locatie", "locaties", "kavel", "kavels", "voorkeursrecht", "fonds", "bijdrage"}
