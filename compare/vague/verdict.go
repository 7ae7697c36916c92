package vague

// The verdict: whether any sentence carries a verifiable commitment once
// the regions of vague matches (regions.go) are taken out, and what made
// it so.

// evKind says what made an agreement verifiable.
type evKind uint8

const (
	evNone            evKind = iota
	evQuantity               // a number with its unit
	evActTime                // an act with a year, date or schedule
	evActParty               // a concrete act by a named party, or on all of something
	evProductDeadline        // a plan or convenant with a date
	evCancelled              // a vague match cancelled by a target with a date, or a dated outcome
	evRule                   // an arrangement that holds or not ("met voorrang", "uitsluitend")
	evAgreed                 // the complement of a verb of agreeing commits to a definite act
	evPilot                  // a pilot started on a named subject (pilot.go)
	evNorm                   // a named norm, policy or advice kept (norm.go)
	evBenefit                // a benefit a group of residents receives or may claim (benefit.go)
	evState                  // a definite subject in a checkable state (state.go)
	evEvent                  // a definite subject that starts, stops or takes place (fact.go)
	evMeans                  // a named instrument or a role put to work (means.go)
	evDone                   // a definite subject of a passive the rules read by its form (done.go)
	evKinds                  // the number of kinds; add new ones above
)

// statesFact reports the kinds of evidence found without an act of the
// lexicon or a number (foundCommitment and the arrangement rules): a
// sentence they make concrete, with no act or vague match to type it,
// states a result.
func (k evKind) statesFact() bool {
	switch k {
	case evRule, evAgreed, evNorm, evBenefit, evState, evEvent, evMeans, evDone:
		return true
	}
	return false
}

// evidence points at what made the agreement verifiable.
type evidence struct {
	kind evKind
	sig  int32 // signal index, -1 if none
	hit  int32 // hit index (act, product or cancelled match), -1 if none
}

// judgement is the classifier's finding for one agreement.
type judgement struct {
	vague, kader bool
	typ          Type
	smart        Smart
	ev           evidence
	due          dueKind // what the planning cell gives
	collective   int32   // hit of a subject "partijen"/"wij", -1 if none
	passive      int32   // hit of an agentless passive, -1 if none
}

// ownerKind classifies the trekker column.
type ownerKind uint8

const (
	ownerNone ownerKind = iota
	ownerCollective
	ownerSpecific
)

// judge computes the verdict from hits and signals.
func (c *Classifier) judge(sc *scratch, in Input) judgement {
	j := judgement{collective: -1, passive: -1, ev: evidence{sig: -1, hit: -1}}
	sc.markHits()
	specific := c.subjectParties(sc, &j)
	owner := sc.ownerKindOf(in.Owner)
	anyParty := specific || j.collective >= 0 || owner != ownerNone
	j.smart.Who = specific || owner == ownerSpecific
	due := planningOf(in)
	j.due = due

	c.buildRegions(sc)
	c.voidSignals(sc)
	c.voidActs(sc)
	c.voidExamples(sc)
	c.cancelRegions(sc, due)

	anyTime := due.dates()
	for i := range sc.sigs {
		if g := &sc.sigs[i]; g.kind.isTime() && !g.voided {
			anyTime = true
		}
	}

	best := Type("")
	verifiableFree := false // a verifiable sentence without a kader match
	kaderHit := false
	for si := range sc.sents {
		hasKader := c.kaderIn(sc, int32(si), due)
		kaderHit = kaderHit || hasKader
		ev, typ := c.sentenceVerdict(sc, int32(si), anyParty, anyTime, due)
		if ev.kind == evNone {
			continue
		}
		// Evidence from a sentence without a kader match comes first.
		if !hasKader {
			if !verifiableFree {
				j.ev = ev
			}
			verifiableFree = true
			best = strongerType(best, typ)
		} else if j.ev.kind == evNone {
			j.ev = ev
		}
	}
	// A kader clause may carry its own deadline or act ("wordt vóór 15
	// december ondertekend"); it stays kader.
	j.kader = kaderHit
	j.vague = !j.kader && j.ev.kind == evNone

	switch {
	case j.kader:
		j.typ = TypeKader
	case !j.vague:
		j.typ = best
	default:
		j.typ = c.vagueType(sc)
	}
	if h := kindHint(in.KindRaw); h != "" && h != j.typ && c.plausible(sc, h, j) {
		j.typ = h
	}
	c.smart(sc, in, &j)
	return j
}

// kaderIn reports a kader match in sentence si whose required signals are
// there.
func (c *Classifier) kaderIn(sc *scratch, si int32, due dueKind) bool {
	s := &sc.sents[si]
	for i := s.hits.from; i < s.hits.to; i++ {
		h := &sc.hits[i]
		if h.dropped || h.eff != effFramework {
			continue
		}
		if c.intendedAgreements(sc, h) {
			continue // "willen we vervolgens prestatieafspraken maken" (intended.go)
		}
		req := c.meta[h.rule].require
		if req == 0 {
			return true
		}
		if sc.inPrepPhrase(h.first) && sc.meetingWord(h.first) {
			continue // "in het bestuurlijk overleg": a venue, not the clause's arrangement
		}
		if sc.timesIn(si, due)&req != 0 {
			return true
		}
	}
	return false
}

// sentenceVerdict says whether sentence si carries a verifiable commitment
// and of which type. The type follows the sentence's acts ("rapporteert
// jaarlijks het aantal …" is a process agreement), else its quantities; a
// cancelled vague match sets it when no commitment stands outside vague
// regions ("streeft naar 120 woningen in 2025" is an effort).
func (c *Classifier) sentenceVerdict(sc *scratch, si int32, anyParty, anyTime bool, due dueKind) (evidence, Type) {
	ev := evidence{sig: -1, hit: -1}
	if sc.meansExample(&sc.sents[si]) {
		return ev, "" // "Bijvoorbeeld door …", "Denk aan …" (example.go)
	}
	var actType, sigType Type
	deadline := int32(-1) // a non-void time in the sentence
	quantity := false     // a counted result ("48 woningen"), not a duration or a meeting
	universal := false
	universalSig := int32(-1)
	ruleSig := int32(-1)
	s := &sc.sents[si]
	for i := s.sigs.from; i < s.sigs.to; i++ {
		g := &sc.sigs[i]
		if g.voided {
			continue
		}
		switch {
		case g.kind.isQuantity():
			if ev.kind == evNone {
				ev = evidence{kind: evQuantity, sig: i, hit: -1}
			}
			if g.kind == sigMeeting && sigType == "" {
				sigType = TypeProces // "Wijkschouw 2x per jaar"
			} else if g.kind != sigMeeting {
				sigType = TypeResultaat
			}
			quantity = quantity || g.kind != sigMeeting
		case g.kind == sigRule:
			if ruleSig < 0 {
				ruleSig = i
			}
		case g.kind == sigUniversal:
			// Not in a prepositional phrase: "voor alle doelgroepen",
			// "bij ieder nieuw project" quantify no result. Nor does
			// "voor alle" make an act's object definite: it names whom
			// the act is for ("voor alle generaties worden woningen
			// gebouwd", round 17, kind 36); a place ("hangt in alle
			// woningen rookmelders op") and "voor iedere kandidaat" (one
			// each) still count.
			f := g.first
			inPP := f > s.from && sc.toks[f-1].kind == tkWord && sc.toks[f-1].cls&clsPrep != 0
			if !inPP || !sc.isWord(f, s, "alle") || !sc.isWord(f-1, s, "voor") {
				universal = true
			}
			if universalSig < 0 && !inPP {
				universalSig = i
			}
		case g.kind.isTime():
			// The agreement's period ("in de periode 2025-2028") dates
			// no deliverable.
			if deadline < 0 {
				deadline = i
			}
		}
	}
	product := int32(-1)
	for i := s.hits.from; i < s.hits.to; i++ {
		h := &sc.hits[i]
		// "Eén van de afspraken in het convenant is dat …": the document
		// the agreement stands in is not what it delivers.
		if !h.dropped && !sc.actVoid[i] && h.eff.product() && !sc.sourceDocument(h) {
			product = i
			break
		}
	}
	acts := false
	for i := s.hits.from; i < s.hits.to; i++ {
		h := &sc.hits[i]
		if h.dropped || sc.actVoid[i] {
			continue
		}
		m := &c.meta[h.rule]
		switch m.effect {
		case effResult, effAction:
			if !acts {
				actType = m.typ // the first act sets the type
			}
			acts = true
			if ev.kind != evNone {
				continue
			}
			switch {
			case anyTime:
				ev = evidence{kind: evActTime, sig: -1, hit: i}
			case universal || !sc.ensuredState(h) && ((product < 0 || sc.continues(h)) && (anyParty && sc.definiteObject(h) || sc.namedObject(h) || sc.deployedObject(h) ||
				m.typ != TypeProces && (sc.passiveDefinite(h) || (anyParty || sc.passiveClause(h)) && sc.restrictedSet(h))) || anyParty && sc.meansObject(h) ||
				m.typ != TypeProces && !sc.liveRegionIn(si) && sc.factPassive(h)):
				// "verkoopt geen sociale huurwoningen", "wijst een vaste
				// contactpersoon aan", "levert iedere woning schoon op";
				// not "bouwt woningen", nor "stelt een plan op" without
				// a date (a process deliverable needs one). A passive with a
				// definite subject ("de casco's worden geïsoleerd") is an act
				// on a definite object (passive.go), unless it is process;
				// money, land or a right handed over is one too, whatever
				// it is for ("reserveert budget voor de aanpak", meansobj.go).
				// Ensuring a state ("zorgen dat …") has no object (ensure.go).
				// A bare object on a restricted set is definite ("plaatst
				// zonnepanelen op woningen met een plat dak", "bij mutatie
				// worden keukens vervangen": restricted.go).
				ev = evidence{kind: evActParty, sig: -1, hit: i}
			}
		}
	}
	// A statement about all or none of something, with no vague word
	// governing it, is checkable without an act word: "alle vrijkomende
	// huurwoningen krijgen zonnepanelen", "alle nieuwbouw is
	// levensloopgeschikt".
	if ev.kind == evNone {
		live := sc.liveRegionIn(si)
		switch {
		case universalSig >= 0 && !live && !sc.evaluativeIn(si):
			ev = evidence{kind: evQuantity, sig: universalSig, hit: -1}
		case ruleSig >= 0 && !live:
			ev = evidence{kind: evRule, sig: ruleSig, hit: -1}
		default:
			ev = sc.foundCommitment(si, anyParty, live)
		}
	}
	if product >= 0 && (deadline >= 0 || due.dates()) && ev.kind == evNone {
		ev = evidence{kind: evProductDeadline, sig: deadline, hit: product}
	}
	typ := sigType
	if acts {
		typ = actType
		// "stelt een plan van aanpak vast" is a process agreement, unless
		// the sentence also counts a result ("48 woningen").
		if typ == TypeResultaat && product >= 0 && !quantity && !universal {
			typ = TypeProces
		}
	} else if ev.kind == evProductDeadline || ev.kind == evPilot {
		typ = TypeProces
	} else if (ev.kind.statesFact() || ev.kind == evQuantity && ev.sig == universalSig) && typ == "" {
		// A statement about all of something ("benadert in 2026 alle
		// huurders van 75 jaar en ouder") states a result.
		typ = TypeResultaat
	}
	if ev.kind != evNone {
		return ev, typ
	}
	// A vague match cancelled by what its rule names, unless vague
	// language that still stands governs it ("zoeken naar meer locaties om
	// 2.000 woningen te bouwen": "meer" has its number, the search none).
	for ri := s.regs.from; ri < s.regs.to; ri++ {
		r := &sc.regions[ri]
		if r.cancelled && !c.governedByLive(sc, r) {
			return evidence{kind: evCancelled, sig: r.why, hit: r.hit}, c.meta[sc.hits[r.hit].rule].typ
		}
	}
	return ev, typ
}

// foundCommitment looks in sentence si for the commitments the verdict
// reads from the shape of a sentence rather than from its acts and
// signals, in this order: a negative or exclusive constraint and a named
// norm kept (only when no vague region of si is live), a benefit for
// residents, an agreed complement and a pilot started (each asks itself
// which vague language may stand). live is sc.liveRegionIn(si). The
// evidence is evNone when there is none.
func (sc *scratch) foundCommitment(si int32, anyParty, live bool) evidence {
	if !live {
		if g := sc.constraintIn(si); g >= 0 {
			return evidence{kind: evRule, sig: g, hit: -1} // "bouwt zonder gasaansluiting", "leidt niet tot …"
		}
		if g := sc.normKept(si, anyParty); g >= 0 {
			return evidence{kind: evNorm, sig: g, hit: -1} // "volgen we de richtlijnen van de overheid" (norm.go)
		}
		if g := sc.stateHeld(si); g >= 0 {
			return evidence{kind: evState, sig: g, hit: -1} // "Ons huurbeleid is inflatievolgend" (state.go)
		}
		// A means that cancelled a region says so itself (evCancelled
		// below); on its own it is evidence of its own (means.go).
		if s := &sc.sents[si]; s.regs.from == s.regs.to && !sc.exampleSentence(s) {
			if g := sc.meansIn(si); g >= 0 {
				return evidence{kind: evMeans, sig: g, hit: -1} // "via het project Welkom in de wijk"
			}
		}
		if g := sc.eventHeld(si); g >= 0 {
			return evidence{kind: evEvent, sig: g, hit: -1} // "De verkoop van sociale huurwoningen stopt per direct" (fact.go)
		}
		if g := sc.passiveDone(si); g >= 0 {
			return evidence{kind: evDone, sig: g, hit: -1} // "Dit type overlast wordt … in behandeling genomen" (done.go)
		}
	}
	if g := sc.benefitGranted(si); g >= 0 {
		return evidence{kind: evBenefit, sig: g, hit: -1} // "kunnen vanaf 1 september korting op hun huur krijgen" (benefit.go)
	}
	if g := sc.agreedAct(si); g >= 0 {
		return evidence{kind: evAgreed, sig: g, hit: -1} // "afgesproken dat de gemeente een grondprijs gaat rekenen …" (agreed.go)
	}
	if g := sc.launchedPilot(si); g >= 0 {
		return evidence{kind: evPilot, sig: g, hit: -1} // "komt er een pilot met een CO2 neutrale woning" (pilot.go)
	}
	return evidence{sig: -1, hit: -1}
}

// governedByLive reports a region of vague language or a hedge that
// nothing cancelled and that covers the match of the cancelled region r:
// "wil investeren in 20 flexwoningen" (investeren is cancelled by its
// number, wil needs a date too), "werkt toe naar een meer evenwichtige
// verdeling met 30%". A vague quantity or a timing hedge does not count:
// it voids acts or norms, not the number and date that cancelled r. A
// degree that only a number cancels does: "investeert fors in … door
// deze te verduurzamen" (the means cancelled the effort, not the degree;
// degree.go).
func (c *Classifier) governedByLive(sc *scratch, r *region) bool {
	at := sc.hits[r.hit].first
	s := &sc.sents[r.sent]
	for ri := s.regs.from; ri < s.regs.to; ri++ {
		o := &sc.regions[ri]
		if !o.cancelled && (o.effect == effVague || o.effect == effHedge || c.degreeGoverns(sc, o)) && o.covers(at) {
			return true
		}
	}
	return false
}

// liveRegionIn reports a vague region in sentence si that nothing
// cancelled.
func (sc *scratch) liveRegionIn(si int32) bool {
	s := &sc.sents[si]
	for ri := s.regs.from; ri < s.regs.to; ri++ {
		if r := &sc.regions[ri]; !r.cancelled {
			return true
		}
	}
	return false
}

// evaluativeIn reports an evaluative word in sentence si: a state that
// cannot be checked ("iedere inwoner woont prettig en betaalbaar", "alle
// woningen zijn toekomstbestendig"), the mark of an ambition line.
func (sc *scratch) evaluativeIn(si int32) bool {
	s := &sc.sents[si]
	return sc.evaluativeBetween(s.from, s.to)
}

// evaluative reports a folded word that states a quality no one can check.
func evaluative(w []byte) bool {
	switch string(w) {
	case "prettig", "prettige", "betaalbaar", "betaalbare", "goed", "goede", "fijn", "fijne", "veilig", "veilige",
		"leefbaar", "leefbare", "duurzaam", "duurzame", "toekomstbestendig", "toekomstbestendige", "gezond",
		"gezonde", "comfortabel", "comfortabele", "aantrekkelijk", "aantrekkelijke", "thuis", "passend", "passende":
		return true
	}
	return false
}

// sourceDocument reports a product hit that names the document an agreement
// is reported from: "in het convenant" not followed by a relative clause
// ("in de woonvisie die uiterlijk 1 juli wordt vastgesteld" is a
// deliverable).
func (sc *scratch) sourceDocument(h *hit) bool {
	s := &sc.sents[h.sent]
	k := h.first - 1
	for k >= s.from && sc.toks[k].kind == tkWord && sc.toks[k].cls&clsDet != 0 {
		k--
	}
	if !sc.isWord(k, s, "in") {
		return false
	}
	next := h.last + 1
	return !(sc.isWord(next, s, "die") || sc.isWord(next, s, "dat"))
}

// meetingWord reports a word naming a meeting ("overleg", "bestuurlijk"):
// in a prepositional phrase it is the venue of another agreement.
func (sc *scratch) meetingWord(k int32) bool {
	switch string(sc.word(int(k))) {
	case "overleg", "overleggen", "overlegstructuur", "bestuurlijk", "bestuurlijke", "ambtelijk", "ambtelijke":
		return true
	}
	return false
}

// timesIn returns the time kinds sentence si and the planning cell give a
// kader clause. Unlike available, a hedge does not void them: "werken
// deze afspraken zo nodig jaarlijks uit" is the agreements' cycle.
func (sc *scratch) timesIn(si int32, due dueKind) cancelSet {
	have := due.offers()
	s := &sc.sents[si]
	for i := s.sigs.from; i < s.sigs.to; i++ {
		if g := &sc.sigs[i]; !g.aside {
			have |= g.kind.offers() &^ cancelQuantity
		}
	}
	return have
}
