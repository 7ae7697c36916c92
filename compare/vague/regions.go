package vague

// Regions: the part of a sentence a vague match governs.
//
// A vague match (proces, onderzoek, uitstel, inspanning, modaal) governs
// its sentence from the start of its clause, or of the dependent clause it
// stands in ("…, waarvan de toewijzing wordt afgestemd"), to the end; a
// hedge (voorbehoud, vage maat, vage termijn) from the start of its
// clause ("levert waar mogelijk woningen op"); a look back (verleden) the
// whole sentence. A region ends early at a later clause that opens with an
// act of its own ("… en stelt vóór 1 juli een plan vast") when no "of",
// "dat", "om" came between, and at the end of a fronted clause ("Nu het
// onderzoek is afgerond, sluit …"). Inside it acts, products, numbers and
// dates are void, except that a weak hedge voids acts and norms only and
// a timing hedge acts on an indefinite object only. A match is cancelled,
// and its sentence verifiable after all, when the sentence holds a
// combination its CancelledBy names: "streeft naar 120 woningen in
// 2025-2028" (hoeveelheid+tijd), "het onderzoek is uiterlijk 1 maart
// afgerond en de uitkomsten zijn gedeeld" (product+tijd).

// region is the part of a sentence a vague match or hedge governs.
type region struct {
	from, to  int32 // tokens [from, to)
	hit       int32
	effect    effect
	sent      int32
	cancelled bool
	why       int32 // a signal that helped cancel it, -1 if none
}

func (r *region) covers(k int32) bool { return r.from <= k && k < r.to }

// available returns the cancel kinds sentence si offers, leaving out what
// a hedge or look-back other than region skip voids; due is the planning
// cell. firm is have without what only a period or schedule gives (the
// planning cell's range or schedule, "in de periode 2025-2028"): a
// combination with product needs a firm time, a dated deliverable.
func (c *Classifier) available(sc *scratch, si int32, skip int, due dueKind) (have, firm cancelSet, why int32) {
	why = -1
	if due == duePoint {
		firm |= due.offers()
	} else {
		have |= due.offers()
	}
	s := &sc.sents[si]
	// blocked: a hedge or look-back other than skip covers token k. The
	// count of those covering each token is sc.blocks (blockCounts).
	var own *region
	if skip >= 0 {
		if r := &sc.regions[skip]; r.effect == effHedge || r.effect == effPast {
			own = r
		}
	}
	blocked := func(k int32) bool {
		n := sc.blocks[k-s.from]
		if own != nil && own.covers(k) {
			n--
		}
		return n > 0
	}
	for i := int(s.sigs.from); i < int(s.sigs.to); i++ {
		g := &sc.sigs[i]
		if g.aside || blocked(g.first) {
			continue
		}
		if g.kind == sigMeasure && skip >= 0 && sc.regions[skip].effect == effWeak && sc.regions[skip].covers(g.first) {
			continue // "voldoende woningen onder de aftoppingsgrens": the norm qualifies, it counts nothing
		}
		k := g.kind.offers()
		if k != 0 && (why < 0 || k&cancelQuantity != 0 && (have|firm)&cancelQuantity == 0) {
			why = int32(i)
		}
		if g.kind == sigPeriod {
			have |= k
		} else {
			firm |= k
		}
	}
	for i := s.hits.from; i < s.hits.to; i++ {
		h := &sc.hits[i]
		if !h.dropped && h.eff == effOutcome && !blocked(h.first) {
			firm |= cancelProduct
		}
	}
	return have | firm, firm, why
}

// buildRegions makes a region for every live vague match, hedge and look
// back, sentence by sentence.
func (c *Classifier) buildRegions(sc *scratch) {
	sc.regions = sc.regions[:0]
	sc.ends = endMemo{sent: -1}
	for si := range sc.sents {
		s := &sc.sents[si]
		s.regs.from = int32(len(sc.regions))
		for i := s.hits.from; i < s.hits.to; i++ {
			c.buildRegion(sc, s, i)
		}
		s.regs.to = int32(len(sc.regions))
	}
}

// buildRegion adds the region of hit i of sentence s, if it makes one.
func (c *Classifier) buildRegion(sc *scratch, s *sentence, i int32) {
	h := &sc.hits[i]
	e := h.eff
	if h.dropped || h.negated || !e.voids() {
		return
	}
	r := region{from: h.first, to: s.to, hit: i, effect: e, sent: h.sent, why: -1}
	switch e {
	case effHedge, effWeak, effTiming:
		// From the start of its clause, or of the dependent clause it
		// stands in ("… gemonitord zodat indien nodig kan worden
		// bijgestuurd").
		r.from = sc.clauseFirst[sc.toks[h.first].clause]
		if e == effHedge {
			r.from = sc.subordFrom(h, r.from)
		}
		r.to = c.regionEnd(sc, h)
		if e == effHedge && sc.hedgeAside(h, s) {
			r.from, r.to = s.from, s.to // hedge.go
		}
	case effPast:
		r.from = s.from
	default:
		// From the start of the clause ("Gelet op de 130 vergunninghouders
		// treden partijen in overleg") or of the dependent clause the
		// match stands in ("… 40 woningen op, waarvan de toewijzing wordt
		// afgestemd").
		r.from = sc.subordFrom(h, sc.clauseFirst[sc.toks[h.first].clause])
		r.to = c.regionEnd(sc, h)
		// An embedded purpose clause ends at its te-verb: "het beleid
		// om huisuitzetting te voorkomen wordt voortgezet".
		// The main clause's verb follows it; "om … te beperken tot het
		// inflatiepercentage" goes on with its own complement.
		if sc.isWord(r.from, s, "om") && sc.isWord(h.first-1, s, "te") && h.last+1 < r.to &&
			(sc.clsAt(h.last+1, s)&clsAux != 0 || sc.actAt(h.last+1)) {
			r.to = h.last + 1
		}
		if end := sc.frontedClauseEnd(h); end >= 0 && end < r.to {
			r.to = end
		}
		if c.meta[h.rule].modal {
			r.from, r.to = c.modalScope(sc, h, r.from, r.to) // modalscope.go
		}
	}
	sc.regions = append(sc.regions, r)
}

// regionEnd returns where the region of h ends: the sentence end, or a
// later clause that opens with an act of its own, unless a subordinating
// word ("of", "dat", "om", "hoe") came first.
//
// The scan from h's end stops at such a clause or word, or at the
// sentence end; sc.ends remembers where, so that the next match of the
// sentence, which starts later, does not scan the same words again.
func (c *Classifier) regionEnd(sc *scratch, h *hit) int32 {
	s := &sc.sents[h.sent]
	from := h.last + 1
	if m := &sc.ends; m.sent == h.sent && m.from <= from && from <= m.stop {
		return m.end // the same words lie between from and the stop
	}
	end, stop := s.to, s.to
	for k := from; k < s.to; k++ {
		t := &sc.toks[k]
		if t.kind == tkWord && t.cls&clsSubord != 0 {
			stop = k // nothing after it ends the region
			break
		}
		if t.clause != sc.toks[k-1].clause && c.actOpens(sc, k) {
			end, stop = k, k
			break
		}
	}
	sc.ends = endMemo{sent: h.sent, from: from, stop: stop, end: end}
	return end
}

// endMemo is regionEnd's last scan of sentence sent: from from it
// stopped at stop and found end.
type endMemo struct{ sent, from, stop, end int32 }

// actOpens reports an act (not a te-infinitive) among the first words of
// the clause starting at k (marked by markHits).
func (c *Classifier) actOpens(sc *scratch, k int32) bool {
	return sc.toks[k].flags&tfActOpens != 0
}

// voidSignals marks the numbers and dates that a region voids: all of
// them, except that a weak hedge voids norms only ("voldoende woningen
// onder de aftoppingsgrens").
func (c *Classifier) voidSignals(sc *scratch) {
	for i := range sc.sigs {
		g := &sc.sigs[i]
		if g.kind.isQuantity() && (sc.inCondition(g.first) || sc.selects(g.first) || sc.describedDuration(g)) {
			g.aside = true
			// "Wanneer dit percentage onder de 75% komt, gaan partijen
			// overleggen": a threshold that triggers the agreement is
			// not what it commits to.
			g.voided = true
			continue
		}
		s := &sc.sents[g.sent]
		for ri := s.regs.from; ri < s.regs.to; ri++ {
			r := &sc.regions[ri]
			if !r.covers(g.first) {
				continue
			}
			switch r.effect {
			case effTiming:
			case effWeak:
				g.voided = g.voided || g.kind == sigMeasure
			default:
				g.voided = true
			}
		}
	}
}

// voidActs marks the acts and products a region voids: those that start
// in it, and those it interrupts ("levert waar mogelijk woningen op"). A
// vague match that a product can cancel (onderzoek, uitstel) leaves the
// products alone: they are its outcome.
func (c *Classifier) voidActs(sc *scratch) {
	if cap(sc.actVoid) < len(sc.hits) {
		sc.actVoid = make([]bool, len(sc.hits), 2*len(sc.hits))
	}
	sc.actVoid = sc.actVoid[:len(sc.hits)]
	for i := range sc.hits {
		sc.actVoid[i] = false
		h := &sc.hits[i]
		e := h.eff
		if h.dropped || e != effResult && e != effAction && !e.product() {
			continue
		}
		s := &sc.sents[h.sent]
		definite := int8(-1) // definiteObject(h), asked once: 0 no, 1 yes
		for ri := s.regs.from; ri < s.regs.to; ri++ {
			r := &sc.regions[ri]
			if e.product() && (r.effect == effWeak || r.effect == effTiming || e == effOutcome && c.cancelsBy(sc.hits[r.hit].rule, cancelProduct)) {
				continue
			}
			if r.effect == effTiming && definite < 0 {
				definite = 0
				if sc.definiteObject(h) {
					definite = 1
				}
			}
			if r.effect == effTiming && definite == 1 {
				continue // "herstelt de liften zo spoedig mogelijk"
			}
			rh := &sc.hits[r.hit]
			if r.covers(h.first) || rh.first > h.first && rh.last < h.last {
				sc.actVoid[i] = true
				break
			}
		}
	}
}

// cancelsBy reports whether some CancelledBy entry of rule includes k.
func (c *Classifier) cancelsBy(rule int32, k cancelSet) bool {
	for _, cs := range c.meta[rule].cancel {
		if cs&k != 0 {
			return true
		}
	}
	return false
}

// cancelsByAlone reports whether rule is cancelled by k on its own, with
// no other signal beside it.
func (c *Classifier) cancelsByAlone(rule int32, k cancelSet) bool {
	for _, cs := range c.meta[rule].cancel {
		if cs == k {
			return true
		}
	}
	return false
}

// blockCounts sets sc.blocks to the number of hedges and look-backs of
// sentence si that cover each of its tokens (index k-from), for
// available: one pass over the sentence instead of one over its regions
// per signal. A hedge already cancelled blocks nothing.
func (sc *scratch) blockCounts(si int32) {
	s := &sc.sents[si]
	n := int(s.to - s.from)
	sc.blocks = append(sc.blocks[:0], make([]int32, n+1)...)
	for ri := s.regs.from; ri < s.regs.to; ri++ {
		if r := &sc.regions[ri]; (r.effect == effHedge || r.effect == effPast) && !r.cancelled {
			sc.blocks[r.from-s.from]++
			sc.blocks[r.to-s.from]--
		}
	}
	for k := 1; k <= n; k++ {
		sc.blocks[k] += sc.blocks[k-1]
	}
}

// cancelRegions cancels each region whose sentence offers a combination
// its rule's CancelledBy names. Hedges go first: a hedge cancelled by a
// number with a date ("investeren in 2021 naar verwachting circa € 17
// miljoen") no longer hides that number and date from the vague words
// around it.
func (c *Classifier) cancelRegions(sc *scratch, due dueKind) {
	c.cancelRegionsOf(sc, due, true)
	c.cancelRegionsOf(sc, due, false)
}

// cancelRegionsOf does cancelRegions for the hedges or for the others.
func (c *Classifier) cancelRegionsOf(sc *scratch, due dueKind, hedges bool) {
	counted := int32(-1) // the sentence sc.blocks counts
	for ri := range sc.regions {
		r := &sc.regions[ri]
		cancel := c.meta[sc.hits[r.hit].rule].cancel
		if len(cancel) == 0 || (r.effect == effHedge) != hedges {
			continue
		}
		if r.sent != counted {
			sc.blockCounts(r.sent)
			counted = r.sent
		}
		have, firm, why := c.available(sc, r.sent, ri, due)
		for _, cs := range cancel {
			if cs == cancelMeans {
				if m := sc.meansIn(r.sent); m >= 0 {
					r.cancelled, r.why = true, m
					break
				}
				continue
			}
			offered := have
			if cs&cancelProduct != 0 {
				offered = firm // a deliverable needs a firm date
			}
			if offered&cs == cs {
				r.cancelled, r.why = true, why
				break
			}
		}
	}
}

// definiteObject reports whether act h has a definite object: an article,
// demonstrative or possessive among the words after its verb ("herstelt
// de liften", "levert iedere woning op"), not a bare plural ("pakt
// klachten aan").
func (sc *scratch) definiteObject(h *hit) bool {
	return sc.objectAfter(h) || sc.objectBefore(h)
}

// objectBefore finds the object of a verb-final act: in a dependent
// clause or before an infinitive the object stands before the verb
// ("afgesproken dat gemeente en corporaties een projectteam gaan
// opzetten"). It looks from the last party or subordinator before the act
// up to the act, outside prepositional phrases.
func (sc *scratch) objectBefore(h *hit) bool {
	s := &sc.sents[h.sent]
	from := int32(-1)
	for k := h.first - 1; k >= s.from; k-- {
		if sc.toks[k].kind == tkWord && sc.opensClause(k) {
			if sc.isWord(k, s, "om") {
				return false // "om het verduurzamen te versnellen": a purpose, not the commitment
			}
			from = k + 1
			break
		}
	}
	if from < 0 {
		// A main clause: the object follows the finite verb, unless the
		// act is the infinitive that gaan or zullen put at its end (round
		// 19): "Wonen Limburg gaat de woningen bouwen".
		if from = sc.auxHeads(h); from < 0 {
			return false
		}
	}
	prepParty := false
	for k := from; k < h.first; k++ {
		if !sc.inParty(k) {
			continue
		}
		if k == from || !sc.inParty(k-1) {
			// A party after a preposition is no subject ("gaat haar
			// woningen in de gemeente Assen verkopen"): the object
			// before it stays.
			prepParty = sc.afterPreposition(k, s)
		}
		if !prepParty {
			from = k + 1 // the subject and what precedes it
		}
	}
	for k := from; k < h.first; k++ {
		t := &sc.toks[k]
		if t.kind != tkWord {
			continue
		}
		if t.cls&clsPrep != 0 || sc.isWord(k, s, "door") {
			// "door de dorpsteams wordt georganiseerd": an agent, no object.
			for k+1 < h.first && (sc.toks[k+1].kind != tkWord || sc.toks[k+1].cls&clsDet != 0 || sc.adjective(k+1)) {
				k++
			}
			k++ // the noun of the phrase
			continue
		}
		switch string(sc.word(int(k))) {
		case "de", "het", "deze", "dit", "haar", "hun", "zijn", "alle", "iedere", "elke", "ieder", "elk",
			"geen", "een", "één", "beide", "dezelfde", "hetzelfde":
			return true
		}
	}
	return false
}

// auxHeads returns the token after a finite gaan or zullen that heads act
// h when h is the infinitive at the end of its main clause (round 19):
// in "De corporatie gaat de woningen bouwen" the object stands between
// the auxiliary and the act, as in a dependent clause, and the sentence
// commits to what "De corporatie bouwt de woningen" does. The act ends
// its clause ("gaat de woningen bouwen, beheren en verhuren": what follows
// is a break or "en"); an auxiliary that a match holds ("gaan in
// gesprek") heads nothing. It returns -1 when there is none.
func (sc *scratch) auxHeads(h *hit) int32 {
	s := &sc.sents[h.sent]
	for k := h.last + 1; k < s.to; k++ {
		if sc.toks[k].kind == tkBreak || sc.isWord(k, s, "en") {
			break
		}
		if sc.toks[k].kind == tkWord {
			return -1
		}
	}
	for k := h.first - 1; k >= s.from; k-- {
		if sc.toks[k].kind != tkWord {
			continue
		}
		switch string(sc.word(int(k))) {
		case "gaat", "gaan", "zal", "zullen":
			if sc.anyHitAt(k, s) {
				return -1
			}
			return k + 1
		}
	}
	return -1
}

// objectAfter finds the object after the act's verb (see definiteObject).
func (sc *scratch) objectAfter(h *hit) bool {
	s := &sc.sents[h.sent]
	// The object may stand after adverbials and prepositional phrases
	// ("hanteren voor de nieuwbouw van sociale huurwoningen een verlaagde
	// grondprijs"), but within the act's clause.
	end := h.last
	if end < h.first+12 {
		end = h.first + 12
	}
	clause := sc.toks[h.last].clause
	for k := h.first + 1; k <= end && k < s.to; k++ {
		if sc.toks[k].clause != clause && k > h.last {
			break
		}
		if sc.toks[k].kind != tkWord {
			continue
		}
		if k > h.last && sc.opensClause(k) {
			break // "draagt er zorg voor dat de huurprijzen …": the dat-clause is no object
		}
		if k == h.last+1 && (sc.isWord(k, s, "is") || sc.isWord(k, s, "was")) {
			return false // "Circulair bouwen is een nieuw thema": a subject, not an act
		}
		if sc.toks[k].cls&clsPrep != 0 {
			// Skip a prepositional phrase: "adviseert over het beleid" has
			// no object, "levert in 2026 de woningen op" has one after it.
			k++
			for k < s.to && (sc.toks[k].kind != tkWord || sc.toks[k].cls&(clsDet|clsNumWord) != 0 || sc.adjective(k)) {
				k++
			}
			if k < s.to && sc.opensClause(k) {
				return false // "draagt er zorg voor dat …"
			}
			continue
		}
		switch string(sc.word(int(k))) {
		case "de", "het", "deze", "dit", "die", "dat", "haar", "hun", "zijn", "alle", "iedere", "elke", "ieder", "elk",
			"geen", "een", "één", "beide", "dezelfde", "hetzelfde":
			return true
		}
		if sc.toks[k].flags&tfCap != 0 {
			if k == h.last+1 && sc.invertedName(s) {
				// "Daarnaast realiseren Waterweg Wonen en Samenwerking
				// huurwoningen": the names after the verb are its subject
				// (round 17, kind 36; inversion.go).
				k = sc.nameRunEnd(k, s)
				continue
			}
			return true // a name: "sloopt Hortensiaflat"
		}
	}
	return false
}

// frontedClauseEnd returns the break that ends a fronted dependent clause
// holding h ("Nu het haalbaarheidsonderzoek is afgerond, sluit …"), -1 if
// h stands in none.
func (sc *scratch) frontedClauseEnd(h *hit) int32 {
	s := &sc.sents[h.sent]
	if sc.toks[s.from].kind != tkWord {
		return -1
	}
	switch string(sc.word(int(s.from))) {
	case "nu", "nadat", "zodra", "omdat", "aangezien", "doordat", "sinds", "toen",
		"om", "teneinde", "ter": // a fronted purpose: "Om de doorstroming te bevorderen, …"
	default:
		return -1
	}
	for k := s.from; k < s.to; k++ {
		if sc.toks[k].kind == tkBreak {
			if k > h.last {
				return k
			}
			return -1
		}
	}
	return -1
}

// subordFrom returns the start of the dependent clause h stands in (its
// subordinating word after from), else from.
func (sc *scratch) subordFrom(h *hit, from int32) int32 {
	for k := h.first - 1; k > from; k-- {
		if sc.toks[k].kind == tkWord && sc.toks[k].cls&clsSubord != 0 {
			return k
		}
	}
	return from
}

// opensClause reports a word that opens a dependent clause at k: a
// subordinator, or "dat" (which the lexicon also knows as a determiner).
func (sc *scratch) opensClause(k int32) bool {
	t := &sc.toks[k]
	return t.kind == tkWord && (t.cls&clsSubord != 0 || string(sc.word(int(k))) == "dat")
}

// inCondition reports whether token k stands in a fronted conditional
// clause: a clause that opens the sentence with "wanneer", "indien",
// "zodra", "ingeval" or "als" and ends at a comma.
func (sc *scratch) inCondition(k int32) bool {
	s := &sc.sents[sc.toks[k].sent]
	if sc.toks[s.from].kind != tkWord {
		return false
	}
	switch string(sc.word(int(s.from))) {
	case "wanneer", "indien", "zodra", "ingeval", "als":
	default:
		return false
	}
	return sc.toks[k].clause == sc.toks[s.from].clause
}

// actAt reports an act (resultaat or actie) match starting at token k
// (marked by markHits).
func (sc *scratch) actAt(k int32) bool { return sc.toks[k].flags&tfActStart != 0 }

// selects reports a quantity that selects whom or what an agreement is
// about rather than what it commits to: "huishoudens met een inkomen tot
// € 40.000", "woningen met een huurprijs onder de aftoppingsgrens". The
// pattern: "met", an optional article, inkomen/huurprijs/huur/inkomens,
// then the quantity within six words (so also the upper bound of a range).
func (sc *scratch) selects(k int32) bool {
	s := &sc.sents[sc.toks[k].sent]
	// Seven words back reach the upper bound of a range: "met een
	// inkomen tussen circa € 48.000 en € 60.000".
	for j := k - 1; j >= s.from && j >= k-7; j-- {
		switch string(sc.word(int(j))) {
		case "inkomen", "inkomens", "huurprijs", "huur", "huurprijzen":
			m := j - 1
			if sc.clsAt(m, s)&clsDet != 0 {
				m--
			}
			return sc.isWord(m, s, "met")
		}
	}
	return false
}

// offers is what a signal of kind k can cancel (see cancelSet).
func (k sigKind) offers() cancelSet {
	switch k {
	case sigQuantity, sigMeeting, sigDuration, sigMeasure, sigCompare:
		return cancelQuantity
	case sigDeadline:
		return cancelDeadline | cancelTime
	case sigFrequency:
		return cancelFrequency | cancelTime
	case sigYear:
		return cancelYear | cancelTime
	case sigPeriod:
		return cancelTime
	}
	return 0
}

// offers is what a planning cell of kind d can cancel.
func (d dueKind) offers() cancelSet {
	switch d {
	case duePoint:
		return cancelTime | cancelDeadline
	case dueSchedule:
		return cancelTime | cancelFrequency
	case dueRange:
		return cancelTime
	}
	return 0
}
