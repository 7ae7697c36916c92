package vague

// A means given as an example commits to nothing (round 17, kind 35):
// "Voor Rijswijkse ouderen blijft de inzet dat ze … kunnen blijven wonen.
// Bijvoorbeeld door uitbreiding van het project flatcoach, het aanstellen
// van een doorstroommakelaar of …", "… maken we bij nieuwbouw duidelijke
// afspraken. Denk aan het voorrang geven aan mensen die al in een sociale
// huurwoning wonen.", "dat huurwoningen energiezuiniger worden door ze
// bijvoorbeeld beter te isoleren of aardgasvrij te maken". An example of
// how illustrates the aim before it; what it names (an act, a rule such
// as voorrang, a label such as aardgasvrij) is not what the parties
// promise, so it is no evidence. Two places: a sentence that opens with
// "Bijvoorbeeld door" or "Denk aan" (meansExample), and a means clause
// "door … bijvoorbeeld …" up to the end of its clause (voidExamples). An
// example of where or which is left alone: "Bijvoorbeeld in Reusel
// worden er tiny houses geplaatst" and "gaat bijvoorbeeld bij woningen
// aan de Hazelaar de cv-ketels vervangen" are labelled concrete (an
// instance of the commitment, not of a means), and "zoals" lists what the
// commitment includes. Round 16 already kept an example sentence from
// counting as a means put to work (exampleSentence, means.go).

// meansExample reports a sentence that opens with an example of a means:
// "Bijvoorbeeld door …", "Denk aan …".
func (sc *scratch) meansExample(s *sentence) bool {
	if sc.toks[s.from].kind != tkWord {
		return false
	}
	w := sc.word(int(s.from))
	switch {
	case exampleWord(w):
		return sc.isWord(s.from+1, s, "door")
	case string(w) == "denk":
		return sc.isWord(s.from+1, s, "aan")
	}
	return false
}

// voidExamples voids the acts and signals of a means clause that gives an
// example ("door ze bijvoorbeeld beter te isoleren of aardgasvrij te
// maken"): from "door" to the end of the clause that holds
// "bijvoorbeeld". It runs after voidActs and before cancelRegions, so an
// example cancels no vague match either.
func (c *Classifier) voidExamples(sc *scratch) {
	for si := range sc.sents {
		s := &sc.sents[si]
		for k := s.from; k < s.to; k++ {
			// The word itself, not open-einde's match of it: an adviser
			// who switches that information rule off keeps this.
			if sc.toks[k].kind != tkWord || !exampleWord(sc.word(int(k))) {
				continue
			}
			door := int32(-1)
			for j := k - 1; j >= s.from && j >= k-3; j-- {
				if sc.isWord(j, s, "door") {
					door = j
					break
				}
			}
			if door < 0 {
				continue
			}
			_, to, _ := sc.clauseSpan(sc.toks[k].clause)
			for i := s.hits.from; i < s.hits.to; i++ {
				if h := &sc.hits[i]; h.first >= door && h.first < to && (h.eff == effResult || h.eff == effAction || h.eff.product()) {
					sc.actVoid[i] = true
				}
			}
			for i := s.sigs.from; i < s.sigs.to; i++ {
				if g := &sc.sigs[i]; g.first >= door && g.first < to {
					g.voided = true
				}
			}
		}
	}
}

// exampleWord reports "bijvoorbeeld" and its abbreviations.
func exampleWord(w []byte) bool {
	switch string(w) {
	case "bijvoorbeeld", "bijv", "bijv.", "bv.", "b.v.":
		return true
	}
	return false
}
