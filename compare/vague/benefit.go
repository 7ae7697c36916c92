package vague

// A benefit that tenants or another group of residents receive or may
// claim (round 12, kind 22): "U-pashouders … kunnen vanaf 1 september
// korting op hun huur krijgen", "kunnen huurders … aanspraak maken op
// huurbevriezing of huurverlaging", "Vrijwilligers krijgen een opleiding
// tot energiecoaches", "U ontvangt vóór 30 april een brief". The labels
// read a right or a benefit granted to a named group as a yes/no fact:
// was it there for them? So "kan" here grants a right rather than a mere
// possibility, unlike "De corporatie kan woningen toewijzen" (a party's
// permission, which commits to nothing). What they receive must be no
// vague benefit ("krijgen meer ruimte", "krijgen aandacht", "de kans
// om", "inzicht"), and information ("een brief", "een nieuwsbrief") is
// talk unless a date comes with it. Only in a sentence where every live
// vague region is a permission modal's own.

// benefitGranted finds a group that receives or may claim a benefit in
// sentence si, and returns the index of the sigRule signal it adds over
// the group and the verb, or -1.
func (sc *scratch) benefitGranted(si int32) int32 {
	s := &sc.sents[si]
	for ri := s.regs.from; ri < s.regs.to; ri++ {
		r := &sc.regions[ri]
		if !r.cancelled && !permissionWord(sc.word(int(sc.hits[r.hit].first))) {
			return -1 // other vague language governs the sentence
		}
	}
	for k := s.from; k < s.to; k++ {
		if sc.toks[k].kind != tkWord || sc.toks[k].cls&clsKeepWord == 0 || !receiveWord(sc.word(int(k))) {
			continue
		}
		who := sc.beneficiary(k, s)
		if who < 0 || sc.inCondition(k) || sc.dependentBefore(k) {
			continue
		}
		switch sc.benefitObject(k) {
		case benefitNone:
			continue
		case benefitInfo:
			if !sc.timeIn(si) {
				continue // "ontvangen een nieuwsbrief": informing is talk
			}
		}
		return sc.addFound(min(who, k), max(who, k), si)
	}
	return -1
}

// dependentBefore reports a word that opens a dependent clause between
// the start of k's clause and k: "de kwaliteit die de huurder daarvoor
// ontvangt" describes, it grants nothing.
func (sc *scratch) dependentBefore(k int32) bool {
	from, _, _ := sc.clauseSpan(sc.toks[k].clause)
	for j := from; j < k; j++ {
		if sc.opensClause(j) {
			return true
		}
	}
	return false
}

// permissionWord reports a form of kunnen or mogen.
func permissionWord(w []byte) bool {
	switch string(w) {
	case "kan", "kunnen", "kon", "konden", "mag", "mogen", "mocht", "mochten":
		return true
	}
	return false
}

// receiveWord reports a verb of receiving or claiming (receiveWords):
// krijgen, ontvangen, "aanspraak" (maken op), "aanmerking" (komen voor).
func receiveWord(w []byte) bool { return inList(w, receiveWords) }

// beneficiary returns the token of a group of residents that is the
// subject of the receiving verb at k: before it in the sentence, or
// right after the finite verb or a modal in front of it ("kunnen huurders
// … aanspraak maken"), not after a preposition ("voor huurders"); -1 if
// there is none.
func (sc *scratch) beneficiary(k int32, s *sentence) int32 {
	for j := s.from; j < s.to && j <= k+3; j++ {
		if j == k || sc.toks[j].kind != tkWord || !residentWord(sc.word(int(j))) {
			continue
		}
		if j > s.from && sc.clsAt(j-1, s)&clsPrep != 0 {
			continue
		}
		if j > k && !(j == k+1 || sc.isWord(j-1, s, "de")) {
			continue
		}
		return j
	}
	return -1
}

// residentSuffixes end words for a group of residents: "U-pashouders",
// "urgentiehouders", "65-plussers", "STUW-huurders".
var residentSuffixes = []string{"houders", "plussers", "huurders", "zoekenden"}

// residentWord reports a folded word that names tenants, residents or
// another group an agreement grants something to, or "u".
func residentWord(w []byte) bool {
	switch string(w) {
	case "u", "huurder", "huurders", "bewoner", "bewoners", "huishoudens", "gezinnen", "mensen",
		"ouderen", "senioren", "jongeren", "starters", "studenten", "inwoners", "vrijwilligers",
		"deelnemers", "aanvragers", "urgenten", "spoedzoekers", "doorstromers":
		return true
	}
	return hasAnySuffix(w, residentSuffixes)
}

// benefitKind is what the clause of a receiving verb says is received.
type benefitKind uint8

const (
	benefitNone  benefitKind = iota // a vague benefit, or nothing
	benefitInfo                     // information: counts with a date only
	benefitThing                    // a named benefit
)

// benefitObject judges what the clause of the receiving verb at k gives:
// none when it names a vague benefit ("meer ruimte", "aandacht", "de kans
// om …"), info for a letter or newsletter, else a thing.
func (sc *scratch) benefitObject(k int32) benefitKind {
	from, to, _ := sc.clauseSpan(sc.toks[k].clause)
	out := benefitNone
	for j := from; j < to; j++ {
		if j == k || sc.toks[j].kind != tkWord {
			continue
		}
		switch string(sc.word(int(j))) {
		case "aandacht", "hulp", "ondersteuning", "steun", "begeleiding", "inzicht", "zicht", "ruimte",
			"kans", "kansen", "mogelijkheid", "mogelijkheden", "toegang", "advies", "inspraak",
			"zeggenschap", "invloed", "vorm", "rol", "impuls", "navolging", "prioriteit":
			return benefitNone
		case "brief", "brieven", "nieuwsbrief", "informatie", "bericht", "uitnodiging", "folder":
			out = benefitInfo
		default:
			if out == benefitNone && j > from && sc.toks[j].cls&(clsPrep|clsSubord|clsCoord) == 0 && !residentWord(sc.word(int(j))) {
				out = benefitThing
			}
		}
	}
	return out
}

// timeIn reports a time (year, date, deadline or schedule) in sentence si
// that no region voided.
func (sc *scratch) timeIn(si int32) bool {
	s := &sc.sents[si]
	for i := s.sigs.from; i < s.sigs.to; i++ {
		if g := &sc.sigs[i]; g.kind.isTime() && !g.voided {
			return true
		}
	}
	return false
}
