package vague

import "bytes"

// An act of ensuring whose object is a dat-clause: "zorgen dat procedures
// snel worden doorlopen", "blijft ervoor zorgen dat haar klanten nooit
// lang hoeven te wachten", "draagt er zorg voor dat …". What it commits to
// is the state the clause describes, so the clause's articles do not make
// it an act on a definite object: it is verifiable only with what the
// labelling rules ask of a result, a number ("zorgen ervoor dat minimaal
// 95% van de woningen sociale huur blijft"), a time, or a constraint or
// statement about all of something, which the verdict reads elsewhere.
// "Zorgen voor voldoende aanbod" has a noun object and is left to the
// object tests.

// ensuredState reports whether act h is zorgen or zorg dragen with a
// dat-clause as its object: the match's own "dat", or "dat" right after
// it past "er", "ervoor" or "voor".
func (sc *scratch) ensuredState(h *hit) bool {
	zorg := false
	for _, p := range h.tokens() {
		if w := sc.word(int(p)); bytes.HasPrefix(w, []byte("zorg")) || string(w) == "gezorgd" {
			zorg = true
		}
	}
	if !zorg {
		return false
	}
	s := &sc.sents[h.sent]
	if sc.isWord(h.last, s, "dat") {
		return true
	}
	k := h.last + 1
	for sc.isWord(k, s, "er") || sc.isWord(k, s, "ervoor") || sc.isWord(k, s, "voor") {
		k++
	}
	return sc.isWord(k, s, "dat")
}
