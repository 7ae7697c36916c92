package vague

// A passive read by its auxiliary and the form of its participle (round
// 18, kind 37): "Dit type overlast wordt na een melding door de
// woningcorporatie in behandeling genomen", "De taakstellingen per
// provincie worden uiterlijk eind dit jaar vertaald naar regionale
// woondeals", "In de prestatieafspraken zijn de friends-contracten
// opgenomen". A passive whose subject is definite names what is acted on,
// and whether that was done is a yes/no fact, whatever the verb: kind 30
// (fact.go) and passive.go read it only for an act the rules know, so a
// verb outside the lexicon of acts ("vertalen naar", "in behandeling
// nemen") or a perfect passive with "is"/"zijn" ("zijn de … opgenomen",
// where "zijn" is no auxiliary the lexicon knows) fell to the fallback.
// The lexicon knows the vague verbs (talk, study, effort, attention,
// support: rules.toml), so a participle none of its rules matches is read
// as an act, by its form: ge-…d/t/en ("genomen"), a separable particle
// before ge- ("opgenomen", "vastgesteld"), or be-, ver-, ont-, her- before
// a final d or t ("vertaald", "besteed").
//
// Read are "wordt"/"worden"/"werd"/"werden" with the definite subject
// first (state.go's determiner and at most four words, a prepositional
// phrase allowed, as eventHeld takes it) or after the auxiliary ("worden
// de afspraken … tegen het licht gehouden"), and "is"/"zijn"/"was"/"waren"
// only in the inverted order, where they are the auxiliary of a perfect
// passive ("zijn de friends-contracten opgenomen"); subject-first "De
// woningen zijn verouderd" is a state (state.go). Left vague: a sentence
// that a vague match or hedge governs (the caller asks only when none
// does); a known act, which factPassive and passiveDefinite judge (a
// process act needs a time), except in the inverted perfect; an
// evaluative, ambition, degree or comparative word in the clause ("De
// casco's worden goed geïsoleerd", "wordt de samenwerking
// geïntensiveerd" is growth); a time or task as subject; "er" and
// reflexive "zich"; a participle that describes rather than reports an
// act ("is gericht op", "is gebaseerd op", "is bedoeld voor") or that
// consults, seeks, pools or supports ("worden de huurders gehoord",
// "wordt de verbinding gezocht", "worden de bewoners ontlast": process,
// which needs a time); the
// complement of a verb of saying ("is afgesproken dat …": agreed.go reads
// the complement); and a light verb whose noun is the idiom ("wordt de
// nadruk gelegd op", "is de eerste stap gezet", "wordt de lat hoog
// gelegd"): a light participle (gelegd, gezet, gesteld, gehouden,
// genomen, …) counts only after a fixed prepositional phrase that makes
// it a phrasal verb on the subject ("in behandeling genomen", "tegen het
// licht gehouden", "in gebruik genomen"). An active perfect ("hebben de
// gemeenten ingestemd met …") is not read: its object may be anything, and
// light-verb idioms ("hebben de partijen elkaar gevonden") are many.

// passiveDone finds a passive with a definite subject and a participle
// the lexicon of acts does not know in sentence si, and returns the index
// of the sigRule signal it adds over the auxiliary and the participle, or
// -1. The caller asks only when no vague region of si is live.
func (sc *scratch) passiveDone(si int32) int32 {
	s := &sc.sents[si]
	tried := int32(-1) // the clause whose first auxiliary was tried
	for k := s.from; k < s.to; k++ {
		t := &sc.toks[k]
		if t.kind != tkWord {
			continue
		}
		perfect := false
		if t.cls&clsAux == 0 { // wordt, worden, werd, werden
			switch string(sc.word(int(k))) {
			case "is", "zijn", "was", "waren":
				perfect = true
			default:
				continue
			}
		}
		// Only the first auxiliary of a clause: the tests below read the
		// whole clause, so trying each one made a clause of auxiliaries
		// ("De wijk is de wijk is …") quadratic.
		if t.clause == tried {
			continue
		}
		tried = t.clause
		if sc.inCondition(k) {
			continue
		}
		from, to, _ := sc.clauseSpan(t.clause)
		if k == from || sc.dependentBefore(k) {
			continue // no subject before it, or a dependent clause: its subject stands elsewhere
		}
		inverted := sc.definiteWord(k+1, s) && !sc.isWord(k+1, s, "die")
		if !inverted && (perfect || !sc.eventSubject(from, k, s)) {
			continue
		}
		if sc.evaluativeBetween(from, to) || sc.taskOrTimeIn(from, k, s) {
			continue
		}
		p := sc.doneParticiple(k, to, s, perfect)
		if p < 0 || inverted && p <= k+2 || !sc.unknownOrAct(p, s, perfect) {
			// "is het gedaan": a pronoun, no noun phrase
			continue
		}
		return sc.addFound(k, p, si)
	}
	return -1
}

// doneParticiple returns the last participle after the auxiliary at k in
// its main clause (up to to or a dependent clause), or -1 when there is
// none or the predicate rules the passive out (see the file comment).
func (sc *scratch) doneParticiple(k, to int32, s *sentence, perfect bool) int32 {
	p := int32(-1)
	for j := k + 1; j < to; j++ {
		if sc.toks[j].kind != tkWord {
			continue
		}
		if sc.opensClause(j) {
			break
		}
		w := sc.word(int(j))
		if string(w) == "samen" && sc.isWord(j+1, s, "met") {
			continue // "samen met de gemeenten": company, not a state
		}
		if string(w) == "zich" || string(w) == "er" || vagueState(w) || comparativeWord(w) || describingParticiple(w) || processParticiple(w) {
			return -1
		}
		prev := &sc.toks[j-1]
		if (formParticiple(w) || perfect && sc.actAt(j)) && !(prev.kind == tkWord && (prev.cls&(clsDet|clsPrep) != 0 || sc.isWord(j-1, s, "te"))) {
			p = j // not a noun after its article ("in het beleid") nor an infinitive after "te"
		}
	}
	if p < 0 || sc.isWord(p+1, s, "dat") || sc.isWord(p+1, s, "om") {
		return -1 // "is afgesproken dat …": the complement is what was agreed
	}
	if lightParticiple(sc.word(int(p))) && !sc.fixedPhraseBefore(p, s) {
		return -1 // "wordt de nadruk gelegd op": the noun is the idiom
	}
	return p
}

// unknownOrAct reports that no rule matched participle p, or, when
// actOK (the inverted perfect, whose auxiliary passive.go does not know),
// that only acts did.
func (sc *scratch) unknownOrAct(p int32, s *sentence, actOK bool) bool {
	for h := range sc.hitsAt(p, s) {
		if !actOK || h.eff != effResult && h.eff != effAction {
			return false
		}
	}
	return true
}

// describingParticiple reports a participle that describes what
// something is for or rests on rather than an act done to it: "is
// gericht op", "is gebaseerd op", "is bedoeld voor", "is beperkt".
func describingParticiple(w []byte) bool {
	switch string(w) {
	case "gericht", "gebaseerd", "bedoeld", "gewend", "geneigd", "gekoppeld", "verbonden", "bekend",
		"beperkt", "verouderd", "gelegen":
		return true
	}
	return false
}

// processParticiple reports a participle of consulting, seeking, pooling
// or supporting that the rules do not know as vague language: "worden de
// huurders gehoord", "wordt de verbinding gezocht", "wordt de kennis
// gebundeld", "worden de bewoners ontlast". Like monitoring and informing
// (process acts), it commits to nothing without a time or a product.
func processParticiple(w []byte) bool {
	switch string(w) {
	case "gehoord", "geraadpleegd", "geconsulteerd", "gevraagd", "gezocht", "opgezocht", "gebundeld",
		"uitgewisseld", "afgewogen", "geholpen", "gesteund", "ontlast", "ontzorgd", "gemotiveerd", "aangemoedigd":
		return true
	}
	return false
}

// lightParticiple reports the participle of a light verb, whose meaning
// lies in its noun: "gelegd" (de nadruk), "gezet" (een stap), "genomen".
func lightParticiple(w []byte) bool {
	switch string(w) {
	case "gelegd", "gezet", "gesteld", "gehouden", "gegeven", "genomen", "gebracht", "gemaakt", "gedaan",
		"gevoerd", "gekregen", "gevestigd", "getrokken", "gehaald":
		return true
	}
	return false
}

// fixedPhraseBefore reports a prepositional phrase of one noun (with at
// most an article) right before participle p: "in behandeling genomen",
// "tegen het licht gehouden", "in gebruik genomen".
func (sc *scratch) fixedPhraseBefore(p int32, s *sentence) bool {
	j := p - 1
	if j <= s.from || sc.toks[j].kind != tkWord || sc.toks[j].cls&clsDet != 0 {
		return false
	}
	j--
	if sc.toks[j].kind == tkWord && sc.toks[j].cls&clsDet != 0 {
		j--
	}
	if j < s.from || sc.toks[j].kind != tkWord {
		return false
	}
	if sc.toks[j].cls&clsPrep != 0 {
		return true
	}
	switch string(sc.word(int(j))) {
	case "tegen", "ter", "ten", "buiten":
		return true
	}
	return false
}

// formParticiple reports a word shaped like a past participle: ge-…d/t/en
// (participleWord), an unstressed prefix be-, ver-, ont-, her- before a
// final d or t ("vertaald", "besteed", "hersteld"), which takes no ge-,
// or either after a separable particle ("opgenomen", "vastgesteld",
// "doorberekend").
func formParticiple(w []byte) bool {
	if participleWord(w) {
		return true
	}
	n := len(w)
	for _, pre := range separableParticles {
		if n > len(pre)+4 && string(w[:len(pre)]) == pre && (participleWord(w[len(pre):]) || unstressedParticiple(w[len(pre):])) {
			return true
		}
	}
	return unstressedParticiple(w)
}

// unstressedParticiple reports be-, ver-, ont-, her- before a final d or
// t ("vertaald", "berekend"): the participle of a verb that takes no ge-.
func unstressedParticiple(w []byte) bool {
	n := len(w)
	if n < 6 || w[n-1] != 'd' && w[n-1] != 't' {
		return false
	}
	for _, pre := range [...]string{"be", "ver", "ont", "her"} {
		if string(w[:len(pre)]) == pre {
			return true
		}
	}
	return false
}

// separableParticles are the particles that stand before ge- in the
// participle of a separable verb.
var separableParticles = [...]string{"op", "in", "aan", "af", "uit", "vast", "mee", "door", "over", "toe",
	"voor", "om", "na", "bij", "terug", "samen", "weg", "vrij", "tot"}
