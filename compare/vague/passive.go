package vague

// A definite object in the subject position of a passive: "Ook wordt de
// bestaande wijkaanpak voortgezet", "De komende jaren worden de woningen
// met label E, F of G verduurzaamd". Labelling rule 2 asks for a definite
// act on a definite object; in a passive that object is the subject, and
// the parties who act are the agreement's signatories. Only the inverted
// order is read, where the subject follows the auxiliary: a subject that
// opens the clause ("De nieuwe woningen moeten duurzaam worden gebouwd",
// "De duurzaamheidsopgave wordt opgepakt") was tried and cost more right
// flags on the dev parts than it saved. A bare plural ("In 2026 worden
// woningen verduurzaamd"), "er" and the passive of a dependent clause
// ("het overleg dat door de wijkteams wordt georganiseerd") are no
// definite object. Process acts (monitoring, reporting) are left out by
// the caller: they need a time.

// passiveDefinite reports whether act h stands in a passive whose subject
// follows the auxiliary with a determiner ("wordt de wijkaanpak …
// voortgezet"), with no subordinating word between the auxiliary's
// clause opening and the act.
func (sc *scratch) passiveDefinite(h *hit) bool {
	s := &sc.sents[h.sent]
	for k := h.first - 1; k >= s.from; k-- {
		t := &sc.toks[k]
		if t.kind != tkWord {
			continue
		}
		if t.cls&clsSubord != 0 {
			return false // the passive of a dependent clause: its subject stands elsewhere
		}
		if t.cls&clsAux != 0 {
			return sc.definiteWord(k+1, s)
		}
	}
	return false
}

// definiteWord reports a determiner that makes its noun phrase definite:
// an article, demonstrative, possessive or "alle", "elke", "beide" (not
// "een").
func (sc *scratch) definiteWord(k int32, s *sentence) bool {
	if k < s.from || k >= s.to || sc.toks[k].kind != tkWord {
		return false
	}
	w := sc.word(int(k))
	if definiteDet(w) {
		return true
	}
	switch string(w) {
	case "alle", "elke", "iedere", "ieder", "elk", "beide":
		return true
	}
	return false
}
