package vague

// Verb-second inversion (round 9, issue 9): when a sentence opens with
// something other than its subject ("Daarnaast", "In 2026", "Bij
// mutatie", "Samen met de gemeente", "Om speculatie tegen te gaan"), the
// finite verb comes second and the subject follows it: "Om speculeren
// tegen te gaan verkoopt Thuisvester …", "Bij mutatie vervangt Ymere de
// keukens". A capitalised name right after that verb is then the subject,
// which the walk before the first verb (subjectParties) does not see.

// invertedName reports a capitalised name right after the first verb of
// sentence s when the sentence opens with a fronted adverbial or clause,
// or right after the verb that opens the main clause after the comma
// closing such a fronted clause ("Als de huurder dat wil, plaatst Ymere
// …"). The verb is the first act or vague match that is not a noun (after
// an article or a preposition: "Via de pilot ‘Thuis’ werkt De Woonplaats
// …").
func (sc *scratch) invertedName(s *sentence) bool {
	if !sc.frontedOpening(s) {
		return false
	}
	brk := int32(-1)
	for k := s.from; k < s.to; k++ {
		if sc.toks[k].kind == tkBreak {
			brk = k
			break
		}
	}
	first := true
	for i := s.hits.from; i < s.hits.to; i++ {
		h := &sc.hits[i]
		if h.dropped || h.first == s.from {
			continue
		}
		switch h.eff {
		case effVague, effResult, effAction:
		default:
			continue
		}
		if p := &sc.toks[h.first-1]; p.kind == tkWord && p.cls&(clsDet|clsPrep) != 0 {
			continue
		}
		if first || h.first == brk+1 {
			if sc.nameAt(h.first+1, s) {
				return true
			}
		}
		first = false
	}
	return false
}

// nameAt reports a capitalised word at k that can be a party's name: not
// the sentence's first word, a month, a quarter ("Q2"), an article or a
// preposition, nor a word of a collective match ("Partijen").
func (sc *scratch) nameAt(k int32, s *sentence) bool {
	if k >= s.to {
		return false
	}
	t := &sc.toks[k]
	if t.kind != tkWord || t.flags&(tfInitial|tfCollective) != 0 {
		return false
	}
	if t.cls&clsDet != 0 && k+1 < s.to && sc.toks[k+1].kind == tkWord && sc.toks[k+1].flags&tfCap != 0 {
		k++
		t = &sc.toks[k] // a name with an article: "De Woonplaats", "de Alliantie"
	}
	if !sc.nameWord(k) || t.cls&clsSubord != 0 {
		return false
	}
	// A quoted title is no party: "de pilot ‘Voorkomen huisuitzettingen’".
	return k == s.from || !quotedBetween(sc.text[sc.toks[k-1].end:t.start])
}

// quotedBetween reports a quotation mark in the text between two tokens.
func quotedBetween(gap string) bool {
	for _, r := range gap {
		switch r {
		case '\'', '"', '‘', '’', '“', '”', '„', '`':
			return true
		}
	}
	return false
}

// frontedOpening reports a sentence that opens with a word that cannot be
// its subject: a preposition ("In 2026", "Bij mutatie"), a subordinator
// that fronts a clause ("Om …", "Als …", "Nu …"), an adverb of sequence,
// addition or manner ("Daarnaast", "Ook", "Samen met"), a time word
// ("Jaarlijks", "Begin 2026") or a number.
func (sc *scratch) frontedOpening(s *sentence) bool {
	t := &sc.toks[s.from]
	if t.kind == tkNum || t.kind == tkNumExpr {
		return true
	}
	if t.kind != tkWord {
		return false
	}
	if t.cls&(clsPrep|clsDeadline|clsFreq|clsMonth|clsSeason) != 0 {
		return true
	}
	switch string(sc.word(int(s.from))) {
	case "om", "als", "wanneer", "indien", "zodra", "nadat", "voordat", "omdat", "nu", "doordat", "sinds",
		"na", "tijdens", "volgens", "conform", "naast", "door", "dankzij", "via",
		"daarnaast", "ook", "verder", "voorts", "daarom", "daarbij", "hierbij", "daarmee", "hiermee",
		"daarvoor", "hiervoor", "vervolgens", "daarna", "tevens", "bovendien", "eerst", "allereerst",
		"samen", "zo", "tegelijkertijd", "ondertussen", "inmiddels", "tenslotte", "komend", "komende",
		"volgend", "volgende", "jaarlijks", "concreet", "hierdoor", "daardoor", "dit", "dat", "nog":
		return true
	}
	return false
}

// nameWord reports a capitalised word at k that can be (part of) a name:
// at least two letters, no month, quarter ("Q2"), article, determiner or
// preposition. The readers of a subject (smart.go, this file, norm.go)
// add what their position asks.
func (sc *scratch) nameWord(k int32) bool {
	t := &sc.toks[k]
	return t.kind == tkWord && t.flags&(tfCap|tfAllCaps) != 0 && t.cls&(clsMonth|clsDet|clsPrep) == 0 &&
		t.fe-t.fs >= 2 && !isQuarterWord(sc.word(int(k)))
}

// nameRunEnd returns the last token of the names that start at k,
// joined by "en": "Waterweg Wonen en Samenwerking". An inverted subject
// is no object of the verb before it (round 17, kind 36: objectAfter
// read the capitalised subject as a named object, "realiseren Waterweg
// Wonen en Samenwerking huurwoningen").
func (sc *scratch) nameRunEnd(k int32, s *sentence) int32 {
	for k+1 < s.to && sc.toks[k+1].kind == tkWord {
		switch {
		case sc.toks[k+1].flags&tfCap != 0:
			k++
		case sc.isWord(k+1, s, "en") && k+2 < s.to && sc.toks[k+2].kind == tkWord && sc.toks[k+2].flags&tfCap != 0:
			k += 2
		default:
			return k
		}
	}
	return k
}
