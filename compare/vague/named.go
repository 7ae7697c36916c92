package vague

// namedObject reports a named object of act h in its clause: a named
// policy instrument ("handhaven Laatstekansbeleid", "het Sociaal
// Huurakkoord wordt uitgevoerd", "het huidige beleid wordt voortgezet") or
// a named project or site ("bouwt in de projecten Akkerranden en
// Boomgaard", "op de locatie Beverdam"). It makes the act checkable
// without a named party: the labelling rules count carrying out a named
// policy, project or site as a definite act, and so a priority rule
// ("krijgen voorrang bij nieuwbouw", "worden bij voorrang toegewezen").
// A bare place name ("in Houten Zuid", "voor Waterkwartier") is not
// enough.
//
// What the clause's words offer is worked out once per clause
// (clauseObjects); per act only the act's own words are left out, so an
// act costs no look at every word of its clause.
func (sc *scratch) namedObject(h *hit) bool {
	o := sc.clauseObjects(sc.toks[h.first].clause)
	if o.priority {
		return true // a priority rule: who gets it is a yes/no fact
	}
	if sc.anyOutside(o.named, h) || sc.continues(h) && sc.anyOutside(o.policy, h) {
		return true
	}
	// "zet seniorenadviseurs in", "maakt gebruik van een verhuismakelaar":
	// a role noun after the act's first word.
	for i := o.roles.to - 1; i >= o.roles.from; i-- {
		k := sc.objPos[i]
		if k <= h.first {
			break
		}
		if !h.contains(k) {
			return true
		}
	}
	return false
}

// clauseSpan returns the tokens [from, to) of clause c and its sentence.
func (sc *scratch) clauseSpan(c int32) (from, to int32, s *sentence) {
	from = sc.clauseFirst[c]
	s = &sc.sents[sc.toks[from].sent]
	to = s.to
	if int(c)+1 < len(sc.clauseFirst) && sc.clauseFirst[c+1] < to {
		to = sc.clauseFirst[c+1]
	}
	return from, to, s
}

// anyOutside reports whether a token of the list lies outside h's words.
// h has at most maxElems words, so this looks at no more than maxElems+1.
func (sc *scratch) anyOutside(list span32, h *hit) bool {
	for i := list.from; i < list.to; i++ {
		if !h.contains(sc.objPos[i]) {
			return true
		}
	}
	return false
}

// clauseObject is what the words of one clause offer namedObject; the
// lists are ranges of sc.objPos, in token order.
type clauseObject struct {
	done     bool
	priority bool   // "voorrang"
	named    span32 // a capitalised policy word not opening the sentence ("Laatstekansbeleid"), or a capitalised name after "project", "locatie", … that is no party
	policy   span32 // a policy word after an article, or after an article and an adjective ("het huidige beleid"): it counts for an act that continues
	roles    span32 // a person put to work ("seniorenadviseurs")
}

// clauseObjects returns the words of clause c that namedObject looks
// for, finding them on the first call for the clause.
func (sc *scratch) clauseObjects(c int32) *clauseObject {
	if len(sc.objs) == 0 {
		sc.objs = append(sc.objs, make([]clauseObject, len(sc.clauseFirst))...)
		sc.objPos = sc.objPos[:0]
	}
	o := &sc.objs[c]
	if o.done {
		return o
	}
	o.done = true
	from, to, s := sc.clauseSpan(c)
	// Three passes, so that each list is one range.
	o.named.from = int32(len(sc.objPos))
	for k := from; k < to; k++ {
		t := &sc.toks[k]
		if t.kind != tkWord {
			continue
		}
		w := sc.word(int(k))
		if string(w) == "voorrang" {
			o.priority = true
		}
		nonInitialCap := t.flags&tfCap != 0 && t.flags&tfInitial == 0
		named := nonInitialCap && isPolicyWord(w)
		if !named && nonInitialCap && t.flags&tfAllCaps == 0 && !sc.inParty(k) && k > s.from {
			switch string(sc.word(int(k - 1))) {
			case "project", "projecten", "pilot", "programma", "locatie", "locaties", "complex", "complexen", "plan":
				named = true
			}
		}
		if named {
			sc.objPos = append(sc.objPos, k)
		}
	}
	o.named.to = int32(len(sc.objPos))
	o.policy.from = o.named.to
	for k := from; k < to; k++ {
		if sc.toks[k].kind == tkWord && isPolicyWord(sc.word(int(k))) &&
			(sc.clsAt(k-1, s)&clsDet != 0 || sc.clsAt(k-2, s)&clsDet != 0 && sc.adjective(k-1)) {
			sc.objPos = append(sc.objPos, k)
		}
	}
	o.policy.to = int32(len(sc.objPos))
	o.roles.from = o.policy.to
	for k := from; k < to; k++ {
		if sc.toks[k].kind == tkWord && isRoleNoun(sc.word(int(k))) {
			sc.objPos = append(sc.objPos, k)
		}
	}
	o.roles.to = int32(len(sc.objPos))
	return o
}
