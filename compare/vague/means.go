package vague

// A concrete means makes an effort verifiable: "stimuleren de doorstroming
// door senioren voorrang te geven", "zorgen voor voldoende aanbod door de
// verkoop te stoppen", "stimuleert doorstroming met het project Passend
// Thuis", "met een doorstroommakelaar". The labelling rule: an effort verb
// with a means that is itself a definite act is not vague; a vague means
// ("door met senioren in gesprek te gaan", "door waar mogelijk voorrang te
// geven") rescues nothing. Only the categories whose cancel sets name
// cancelMeans (inspanning, vage-maat) are cancelled by a means; talk and
// study are not.

// meansIn finds a concrete means in sentence si and returns the index of
// the sigMeans signal it adds for it (its span is the means phrase), or -1.
func (sc *scratch) meansIn(si int32) int32 {
	s := &sc.sents[si]
	if s.means >= 0 || s.noMeans {
		return s.means // found (or not) before for another region
	}
	first, last := sc.meansAct(si, s)
	if first < 0 {
		first, last = sc.namedInstrument(s)
	}
	if first < 0 {
		first, last = sc.usesRole(s)
	}
	if first < 0 {
		s.noMeans = true
		return -1
	}
	sc.add(sigMeans, first, last, si)
	s.means = int32(len(sc.sigs) - 1)
	return s.means
}

// meansAct finds "door … te <verb>" with an act (resultaat or actie) on a
// definite object and no vague match in the means: "door hen voorrang te
// geven", "door de verkoop van sociale huurwoningen te stoppen"; not
// "door zonnepanelen te plaatsen" (how many?), "door te bouwen op de
// onorthodoxe locaties" (what?) or "door te zorgen voor voldoende ruimte".
func (sc *scratch) meansAct(si int32, s *sentence) (first, last int32) {
	for door := s.from; door < s.to; door++ {
		if t := &sc.toks[door]; t.kind != tkWord || t.fe-t.fs != 4 || !sc.isWord(door, s, "door") {
			continue
		}
		te := int32(-1)
		for k := door + 1; k < s.to && k <= door+12; k++ {
			if sc.toks[k].kind == tkWord && sc.opensClause(k) {
				break
			}
			if sc.isWord(k, s, "te") && k+1 < s.to && sc.toks[k+1].kind == tkWord {
				te = k
				break
			}
		}
		if te < 0 {
			continue
		}
		// The means runs to the end of the te-verb's clause: "door te
		// zorgen voor voldoende ruimte" has its object after the verb.
		end := te + 1
		for end+1 < s.to && sc.toks[end+1].clause == sc.toks[te+1].clause {
			end++
		}
		if sc.vagueBetween(si, door, end) || !sc.actBetween(si, door, end) || !sc.definiteBetween(s, door+1, te) {
			continue
		}
		return door, te + 1
	}
	return -1, -1
}

// definiteBetween reports a definite object in tokens [from, to): an
// article, demonstrative, possessive or personal pronoun ("door de verkoop
// te stoppen", "door hen voorrang te geven").
func (sc *scratch) definiteBetween(s *sentence, from, to int32) bool {
	for k := from; k < to; k++ {
		if sc.toks[k].kind != tkWord {
			continue
		}
		w := sc.word(int(k))
		if definiteDet(w) {
			return true
		}
		switch string(w) {
		case "dat", "alle", "elke", "iedere", "geen", "hen", "hem":
			return true
		}
	}
	return false
}

// actBetween reports a live act (resultaat or actie) starting in tokens
// (from, to] of sentence si.
func (sc *scratch) actBetween(si int32, from, to int32) bool {
	s := &sc.sents[si]
	for i := s.hits.from; i < s.hits.to; i++ {
		h := &sc.hits[i]
		if !h.dropped && !h.negated && (h.eff == effResult || h.eff == effAction) && h.first > from && h.first <= to {
			return true
		}
	}
	return false
}

// vagueBetween reports a live vague match (vaag, voorbehoud, zwak) starting
// in tokens [from, to] of sentence si.
func (sc *scratch) vagueBetween(si int32, from, to int32) bool {
	s := &sc.sents[si]
	for i := s.hits.from; i < s.hits.to; i++ {
		h := &sc.hits[i]
		if !h.dropped && !h.negated && h.eff.vague() && h.first >= from && h.first <= to {
			return true
		}
	}
	return false
}

// namedInstrument finds "met|via|door het project <Naam>" (a named
// project, programme, pilot, aanpak or regeling), "met|via een
// <…makelaar|…coach|…consulent|…>" or "in de inzet van <…coaches>" (people
// put to work). Round 16 (kind 31) added a name that opens with "van",
// "de" or "het" ("met het project van Groot naar Klein") and a named
// channel after "via" ("via Operatie Tegelwip", not "via de gemeente"),
// and made a means evidence of its own in a sentence that has no vague
// region for it to cancel (verdict.go, evMeans): carrying out a named
// instrument or putting a role to work is a definite act, whatever the
// main verb ("krijgt een vervolg via Operatie Tegelwip"); not in a
// sentence that only gives an example ("Bijvoorbeeld door de inzet van
// wooncoaches.").
func (sc *scratch) namedInstrument(s *sentence) (first, last int32) {
	for k := s.from; k < s.to; k++ {
		// "inzet van een seniorenmakelaar", "de inzet van wooncoaches".
		if sc.isWord(k, s, "inzet") && sc.isWord(k+1, s, "van") {
			r := k + 2
			if sc.clsAt(r, s)&clsDet != 0 {
				r++
			}
			if r < s.to && sc.toks[r].kind == tkWord && isRoleNoun(sc.word(int(r))) {
				return k, r
			}
		}
		if t := &sc.toks[k]; t.kind != tkWord || t.fe-t.fs > 4 {
			continue // met, via, door, in are short
		}
		if !sc.isWord(k, s, "met") && !sc.isWord(k, s, "via") && !sc.isWord(k, s, "door") {
			continue
		}
		j := k + 1
		if sc.clsAt(j, s)&clsDet != 0 {
			j++
		}
		if j >= s.to || sc.toks[j].kind != tkWord {
			continue
		}
		w := sc.word(int(j))
		switch string(w) {
		case "project", "programma", "pilot", "aanpak", "regeling", "werkwijze", "methode", "methodiek":
			if n := sc.nameAfter(j+1, s); n >= 0 {
				return k, n // "met het project Passend Thuis", "met het project van Groot naar Beter"
			}
			continue
		}
		// "via Operatie Steenbreek", "via Woningnet": a named channel
		// (round 16, kind 31); not a party ("via de gemeente").
		if sc.isWord(k, s, "via") && j == k+1 && sc.toks[j].flags&tfCap != 0 && sc.toks[j].flags&tfAllCaps == 0 && !sc.inParty(j) {
			return k, j
		}
		if !sc.isWord(k, s, "door") && j > k+1 && isRoleNoun(w) {
			return k, j // "met een doorstroommakelaar", not "met energiecoaches en …"
		}
	}
	return -1, -1
}

// nameAfter returns the last word of a name that starts at token n: a
// capitalised word ("Passend Thuis"), or "van", "de" or "het" before one
// ("van Groot naar Beter", round 16); -1 if none starts there.
func (sc *scratch) nameAfter(n int32, s *sentence) int32 {
	if n < s.to && sc.toks[n].kind == tkWord && (sc.isWord(n, s, "van") || sc.isWord(n, s, "de") || sc.isWord(n, s, "het")) {
		n++
	}
	if n < s.to && sc.toks[n].kind == tkWord && sc.toks[n].flags&tfCap != 0 && !sc.inParty(n) {
		return n
	}
	return -1
}

// usesRole finds "gebruik maken van" a person put to work ("wordt er
// gebruik gemaakt van een ouderen-verhuismakelaar", round 16, kind 31)
// and returns the span from "gebruik" to the role noun, or -1, -1.
func (sc *scratch) usesRole(s *sentence) (first, last int32) {
	for k := s.from; k+3 < s.to; k++ {
		if !sc.isWord(k, s, "gebruik") {
			continue
		}
		switch string(sc.word(int(k + 1))) {
		case "maken", "maakt", "gemaakt", "maakte", "maakten":
		default:
			continue
		}
		if !sc.isWord(k+2, s, "van") {
			continue
		}
		j := k + 3
		if sc.clsAt(j, s)&clsDet != 0 {
			j++
		}
		// The role noun may close a compound written with a hyphen
		// ("ouderen-verhuismakelaar").
		for n := j; n < s.to && n <= j+2; n++ {
			if sc.toks[n].kind == tkWord && isRoleNoun(sc.word(int(n))) {
				return k, n
			}
			if sc.toks[n].kind == tkWord && sc.toks[n].cls&(clsPrep|clsSubord|clsCoord) != 0 {
				break
			}
		}
	}
	return -1, -1
}

// exampleSentence reports a sentence that opens with an example
// ("Bijvoorbeeld door de inzet van wooncoaches.", "Denk aan …", "Zoals
// …"): what it names illustrates, it does not commit.
func (sc *scratch) exampleSentence(s *sentence) bool {
	if sc.toks[s.from].kind != tkWord {
		return false
	}
	w := sc.word(int(s.from))
	return exampleWord(w) || string(w) == "denk" || string(w) == "zoals"
}

// isRoleNoun reports a person put to work: "doorstroommakelaar",
// "energiecoaches", "wijkconciërge", "seniorenconsulent".
func isRoleNoun(w []byte) bool { return hasAnySuffix(w, roleSuffixes) }

var roleSuffixes = []string{"makelaar", "makelaars", "coach", "coaches", "consulent", "consulenten",
	"concierge", "concierges", "regisseur", "regisseurs", "adviseur", "adviseurs", "ambassadeur", "ambassadeurs"}

// isPolicyWord reports a word that names a policy instrument:
// "laatstekansbeleid", "huurakkoord", "urgentieregeling".
func isPolicyWord(w []byte) bool { return hasAnySuffix(w, policySuffixes) }

var policySuffixes = []string{"beleid", "akkoord", "regeling", "convenant", "programma", "verordening"}

// inParty reports whether token k is part of a party match ("Woonbron",
// "de gemeente Delft").
func (sc *scratch) inParty(k int32) bool { return sc.toks[k].flags&tfInParty != 0 }

// continues reports an act that keeps an existing instrument going
// ("handhaven", "voortzetten", "uitvoeren", "continueren"): its product
// ("het Laatstekansbeleid") exists already, so no date is needed for it.
func (sc *scratch) continues(h *hit) bool {
	for _, k := range h.tokens() {
		switch string(sc.word(int(k))) {
		case "handhaven", "handhaaft", "gehandhaafd", "voortzetten", "voortgezet", "zet", "zetten", "voort",
			"continueren", "continueert", "gecontinueerd", "uitvoeren", "uitgevoerd", "uitvoert", "voert", "voeren":
			return true
		}
	}
	return false
}
