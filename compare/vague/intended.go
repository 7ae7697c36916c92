package vague

// Making or signing the agreements under an intention (round 17, kind
// 32): "hopen voor het einde van het jaar de prestatieafspraken te kunnen
// ondertekenen", "stellen we de ambitie om opnieuw meerjarenafspraken te
// maken", "willen we … een onderzoek afronden en vervolgens
// prestatieafspraken maken". A kader clause sets an arrangement about the
// agreements (labelling rules, step 1); a wish to make or sign them sets
// none, so what governs the sentence is the intention, and it is judged
// like any intention: a vague proces agreement unless a number and a date
// make it a target. Only the acts of making and signing are read this
// way: an evaluation, a cycle or a dissolution under an intention or a
// possibility stays kader ("Het is de bedoeling dat de afspraken elk half
// jaar worden getoetst", "Deze overeenkomst kan alleen … worden
// ontbonden"; round 13 read every kader match under an effort and broke
// seventeen of them). The intention is a live vague region of effort type
// (willen, hopen, ambitie, streven, kunnen) over the kader match, or one
// earlier in the sentence when the kader match's verb is an infinitive
// that the intention still governs across "en" ("willen we … afronden en
// vervolgens prestatieafspraken maken").

// intendedAgreements reports whether kader match h makes or signs the
// agreements under a live intention.
func (c *Classifier) intendedAgreements(sc *scratch, h *hit) bool {
	making, infinitive := false, false
	for k := h.first; k <= h.last; k++ {
		if sc.toks[k].kind != tkWord {
			continue
		}
		switch string(sc.word(int(k))) {
		case "maken", "ondertekenen", "afspreken", "sluiten":
			making, infinitive = true, true
		case "maakt", "maak", "gemaakt", "ondertekend", "ondertekent", "gesloten":
			making = true
		}
	}
	if !making {
		return false
	}
	s := &sc.sents[h.sent]
	for ri := s.regs.from; ri < s.regs.to; ri++ {
		r := &sc.regions[ri]
		if r.cancelled || r.effect != effVague || c.meta[sc.hits[r.hit].rule].typ != TypeInspanning {
			continue
		}
		if r.covers(h.first) || infinitive && r.from < h.first {
			return true
		}
	}
	return false
}
