package vague

// A definite subject with a checkable predicate beyond the copula (round
// 16, kind 30): "Deze eenheidshuren worden direct ingevoerd", "De
// huurovereenkomst wordt eerst voor een jaar afgesloten", "Het merendeel
// van de woningen zal worden aangeboden in de middeldure huur". Kind 27
// (state.go) reads a definite subject with a property or role after a
// copula; the same subject with a passive act (an auxiliary and an act
// the rules know, in the clause the subject opens) is a yes/no fact too:
// the object of the act is named and definite, and the signatories do
// it. It is what passive.go reads in the inverted order ("Ook wordt de
// wijkaanpak voortgezet"); the subject-first order is read only in a
// sentence that no vague match or hedge governs, and not when the
// predicate or the subject carries an evaluative, ambition, degree or
// comparative word ("De nieuwe woningen moeten duurzaam worden gebouwd",
// "sociale huurwoningen worden energiezuiniger gemaakt"), when the
// subject is a time ("De komende maanden worden bijeenkomsten
// georganiseerd") or a task ("De duurzaamheidsopgave wordt opgepakt"),
// or when the act is process (monitoring, reporting: "De afspraken
// worden continu gemonitord" needs a time) or puts a means to work ("Dit
// geld wordt ingezet voor de leefbaarheid", which deploy.go judges by
// what is put to work). Earlier rounds tried the subject-first passive
// without these guards and dropped it (rounds 12 and 15: it broke
// labelled vague sentences with a time or a task as subject and an effort
// as act). The same subject with a verb that says it starts, stops, takes
// place or applies ("De verkoop van sociale huurwoningen stopt per
// direct", "De activiteiten moeten plaatsvinden in de directe
// woonomgeving", "De verdeling over de corporaties geschiedt naar rato
// van …") is the other half of the kind (eventHeld); what grows, rises or
// goes on ("De groei … gaat door", "zal toenemen") is a change with no
// measure and is not read.

// factPassive reports whether act h is the participle of a passive whose
// definite subject opens its main clause, with nothing evaluative in the
// subject or the predicate. The caller asks only for an act that is no
// process act, in a sentence with no live vague region.
func (sc *scratch) factPassive(h *hit) bool {
	if sc.deployAct(h) {
		return false // "Dit geld wordt ingezet voor de leefbaarheid": deploy.go judges what is put to work
	}
	s := &sc.sents[h.sent]
	from, _, _ := sc.clauseSpan(sc.toks[h.first].clause)
	// The auxiliary: the last one before the act in its clause.
	aux := int32(-1)
	for k := h.first - 1; k > from; k-- {
		t := &sc.toks[k]
		if t.kind != tkWord {
			continue
		}
		if t.cls&clsSubord != 0 || sc.opensClause(k) {
			return false // a dependent clause: its subject stands elsewhere
		}
		if t.cls&clsAux != 0 {
			aux = k
			break
		}
	}
	if aux < 0 || sc.inCondition(aux) {
		return false
	}
	end := aux // the subject runs up to the finite verb
	if modalBeforeAux(sc.word(int(aux - 1))) {
		end = aux - 1 // "zal worden aangeboden", "moeten worden vervangen"
	}
	if !sc.subjectBefore(end, s) || sc.evaluativeBetween(from, h.last+1) {
		return false
	}
	if sc.taskOrTimeIn(from+1, end, s) {
		return false // "De komende maanden worden …", "De opgave wordt opgepakt"
	}
	for k := aux + 1; k <= h.last; k++ {
		if t := &sc.toks[k]; t.kind == tkWord {
			w := sc.word(int(k))
			if vagueState(w) || comparativeWord(w) {
				return false
			}
		}
	}
	return true
}

// modalBeforeAux reports a modal that may stand between a subject and a
// passive auxiliary: "zal worden", "moeten worden".
func modalBeforeAux(w []byte) bool {
	switch string(w) {
	case "zal", "zullen", "moet", "moeten":
		return true
	}
	return false
}

// taskWord reports a noun that names a task or a problem rather than a
// thing acted on (round 13's opgaven): "opgave", "aanpak", "uitdaging".
func taskWord(w []byte) bool { return hasAnySuffix(w, taskSuffixes) }

var taskSuffixes = []string{"opgave", "opgaven", "aanpak", "uitdaging", "uitdagingen", "vraagstuk", "vraagstukken",
	"knelpunt", "knelpunten", "probleem", "problemen"}

// eventHeld finds a definite subject with a verb that says it starts,
// stops, takes place or applies ("De verkoop van sociale huurwoningen
// stopt per direct", "De activiteiten moeten plaatsvinden in de directe
// woonomgeving", "gaan de werkzaamheden in de kernen Den Nul en Boskamp
// van start") and returns the index of the sigRule signal it adds, or
// -1: whether the sale stopped or the work began is a yes/no fact. The
// subject opens the clause (state.go's subjectBefore) or follows the
// verb with a determiner. Starting with something ("start met een
// onderzoek") names what is started, which the rules judge themselves,
// so it is left out. The caller asks only when no vague region of si is
// live.
func (sc *scratch) eventHeld(si int32) int32 {
	s := &sc.sents[si]
	for k := s.from; k < s.to; k++ {
		t := &sc.toks[k]
		if t.kind != tkWord || sc.inCondition(k) {
			continue
		}
		w := sc.word(int(k))
		ev := eventVerb(w)
		if ev == 0 {
			continue
		}
		from, to, _ := sc.clauseSpan(t.clause)
		switch ev {
		case evVerbPlace: // "vindt … plaats", the particle maybe past an "en"
			if !sc.wordIn(k+1, s.to, s, "plaats") {
				continue
			}
		case evVerbGo: // "gaan de werkzaamheden … en … van start"
			if st := sc.indexOf(k+1, s.to, s, "start"); st < 0 || !sc.isWord(st-1, s, "van") {
				continue
			}
		case evVerbStart: // "De bouw start", not "start met een onderzoek"
			if sc.wordIn(k+1, to, s, "met") {
				continue
			}
		}
		if sc.evaluativeBetween(from, to) {
			continue
		}
		end := k
		for j := k - 1; j > from && j >= k-3; j-- {
			if modalBeforeAux(sc.word(int(j))) {
				end = j // "moeten dan ook plaatsvinden"
				break
			}
		}
		subject := (ev != evVerbInf || end < k) && sc.eventSubject(from, end, s)
		inverted := ev != evVerbInf && k > from && sc.definiteWord(k+1, s) && !sc.isWord(k+1, s, "die")
		if (subject || inverted) && !sc.taskOrTimeIn(from, to, s) {
			return sc.addFound(k, k, si)
		}
	}
	return -1
}

// The verbs eventHeld reads, by what else the clause must hold.
const (
	evVerbStop  = 1 + iota // stopt, vervalt, geldt, geschiedt: on their own
	evVerbStart            // start, begint: not "met" what is started
	evVerbPlace            // vindt, vinden: with "plaats"
	evVerbGo               // gaat, gaan: with "van start"
	evVerbInf              // plaatsvinden, stoppen: an infinitive after a modal
)

// eventVerb reports which kind of event verb the folded word w is, or 0.
func eventVerb(w []byte) int {
	switch string(w) {
	case "stopt", "stoppen", "vervalt", "vervallen", "geldt", "gelden", "geschiedt", "geschieden", "eindigt", "eindigen":
		return evVerbStop
	case "start", "starten", "begint", "beginnen":
		return evVerbStart
	case "vindt", "vinden":
		return evVerbPlace
	case "gaat", "gaan":
		return evVerbGo
	case "plaatsvinden", "plaatsvindt":
		return evVerbInf
	}
	return 0
}

// wordIn reports the folded word w among tokens [from, to) of s.
func (sc *scratch) wordIn(from, to int32, s *sentence, w string) bool {
	return sc.indexOf(from, to, s, w) >= 0
}

// indexOf returns the first token in [from, to) of s that is the folded
// word w, or -1.
func (sc *scratch) indexOf(from, to int32, s *sentence, w string) int32 {
	for k := from; k < to; k++ {
		if sc.isWord(k, s, w) {
			return k
		}
	}
	return -1
}

// taskOrTimeIn reports a time unit or a task word in tokens [from, to):
// "De komende jaren start …", "De opgave start …".
func (sc *scratch) taskOrTimeIn(from, to int32, s *sentence) bool {
	for k := from; k < to; k++ {
		if sc.toks[k].kind == tkWord && (sc.toks[k].cls&clsTimeUnit != 0 || taskWord(sc.word(int(k)))) {
			return true
		}
	}
	return false
}

// eventSubject reports a definite noun phrase in tokens [from, end) that
// opens the clause: a determiner and at most four words with no
// subordinator, negator or auxiliary and no vague match ("De verkoop van
// sociale huurwoningen", "De activiteiten", "De verdeling over de
// corporaties"). Unlike a state's subject it may name an act, since what
// stops or starts is often one ("De verkoop stopt"), and carry any
// prepositional phrase.
func (sc *scratch) eventSubject(from, end int32, s *sentence) bool {
	if end-from < 2 || end-from > 5 || !sc.definiteWord(from, s) {
		return false
	}
	for j := from + 1; j < end; j++ {
		t := &sc.toks[j]
		if t.kind != tkWord || t.cls&(clsSubord|clsNegator|clsAux) != 0 || sc.vagueAt(j, s) {
			return false
		}
	}
	return true
}

// vagueAt reports a live vague match of sentence s over token k.
func (sc *scratch) vagueAt(k int32, s *sentence) bool {
	for h := range sc.hitsAt(k, s) {
		if !h.negated && h.eff.vague() {
			return true
		}
	}
	return false
}
