package vague

// The scope of a modal across "en" (kind 40, round 21). The tokenizer
// starts a clause at every "en", so a modal's region (willen, kunnen: the
// rules of category modaal) stopped at an "en" that joins parts of its
// own clause: the objects of one infinitive ("willen … 6 woningen en 1
// beheerdersunit realiseren"), two infinitives ("… willen verduurzamen en
// renoveren") or two complements ("willen de labels verbeteren en dat
// nieuwbouw energieneutraal is"). Such a part has no finite verb of its
// own, so what it names is intended, not promised, as the part before
// "en" is. A part that has one escapes as before ("wil woningen
// verkopen en sloopt in 2026 de flat", "… en 40 woningen worden
// gebouwd"); so does a modal of its own clause, which is verb-second
// right after "en" ("bouwt 40 woningen en wil …").

// modalScope widens the region [from, to) of the modal match h across
// the "en" clauses that share its verb: at the start, back to the
// subordinating word of the dependent clause it closes ("waar we … 13
// flats en zo'n 50 woningen willen verduurzamen"); at the end, over each
// following "en" clause that opens a second complement ("en dat …", "en
// om …") or whose act ends it with no finite verb before ("en 1
// beheerdersunit realiseren", "en renoveren").
func (c *Classifier) modalScope(sc *scratch, h *hit, from, to int32) (int32, int32) {
	s := &sc.sents[h.sent]
	if from > s.from && sc.isWord(from, s, "en") && h.first > from+1 {
		// The match is not verb-second after "en": look back over "en"
		// clauses for the word that opened its dependent clause.
	back:
		for k := from - 1; k >= s.from; k-- {
			t := &sc.toks[k]
			switch {
			case t.kind == tkBreak:
				break back
			case t.kind == tkWord && t.cls&clsSubord != 0:
				from = k
				break back
			}
		}
	}
	for to < s.to && sc.isWord(to, s, "en") {
		_, end, _ := sc.clauseSpan(sc.toks[to].clause)
		// The word after "en" opens a complement only inside the sentence.
		if !(to+1 < s.to && sc.opensClause(to+1)) && !sc.sharesVerb(to, end, s) {
			break
		}
		to = end
	}
	return from, to
}

// sharesVerb reports whether the "en" clause [from, to) has no finite
// verb of its own: an act ends it (its last word is an act's last
// token), and no auxiliary or finite "zijn", "hebben", "zullen", "gaan"
// stands in it.
func (sc *scratch) sharesVerb(from, to int32, s *sentence) bool {
	last := to - 1
	for last > from && sc.toks[last].kind != tkWord {
		last--
	}
	if last <= from || !sc.actEndsAt(last, s) {
		return false
	}
	for k := from + 1; k <= last; k++ {
		if sc.toks[k].kind != tkWord {
			continue
		}
		if sc.toks[k].cls&clsAux != 0 {
			return false
		}
		switch string(sc.word(int(k))) {
		case "is", "zijn", "was", "waren", "heeft", "hebben", "had", "hadden", "zal", "zullen", "gaat", "gaan":
			return false
		}
	}
	return true
}

// actEndsAt reports a live act (resultaat or actie) of sentence s whose
// last token is k.
func (sc *scratch) actEndsAt(k int32, s *sentence) bool {
	for h := range sc.hitsAt(k, s) {
		if h.last == k && (h.eff == effResult || h.eff == effAction) {
			return true
		}
	}
	return false
}
