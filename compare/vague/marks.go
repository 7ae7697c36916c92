package vague

// Facts about the matches, marked once on their tokens: the verdict asks
// them of single words ("is this word part of a party?", "does an act
// start here?") at many places of a sentence, and a look through the
// sentence's hits at each would make a long sentence cost the square of
// its matches.

// markHits sets, once the hits are filtered: tfInParty on the tokens a
// party or collective match spans (dropped or not, as inParty always
// asked); tfCollective on the words of a live collective or passive match
// (isHitWord); tfActStart where a live act starts (actAt); and
// tfActOpens on an act's first token and the five before it in its
// clause, unless the act is a te-infinitive (actOpens).
func (sc *scratch) markHits() {
	for i := range sc.hits {
		h := &sc.hits[i]
		switch h.eff {
		case effParty, effCollective:
			for k := h.first; k <= h.last; k++ {
				sc.toks[k].flags |= tfInParty
			}
		}
		if h.dropped {
			continue
		}
		switch h.eff {
		case effCollective, effPassive:
			for _, k := range h.tokens() {
				sc.toks[k].flags |= tfCollective
			}
		case effResult, effAction:
			sc.toks[h.first].flags |= tfActStart
			if h.first > 0 && string(sc.word(int(h.first-1))) == "te" {
				continue
			}
			clause := sc.toks[h.first].clause
			for k := h.first; k >= h.first-5 && k >= 0 && sc.toks[k].clause == clause; k-- {
				sc.toks[k].flags |= tfActOpens
			}
		}
	}
}
