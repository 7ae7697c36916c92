package vague

import (
	"bytes"
	"strings"
)

// Concrete signals found by code rather than by rules: quantities
// (a number with its unit, a percentage, money, an energy label, a rent
// limit) and times (a year, a deadline, a schedule).

// sigKind is the kind of a concrete signal.
type sigKind uint8

const (
	sigQuantity  sigKind = iota // "48 woningen", "70 procent", "€ 50.000", "label B", "onder de aftoppingsgrens"
	sigMeeting                  // a count of meetings: "twee bijeenkomsten", "vier keer per jaar"
	sigUniversal                // "alle nieuwe huurders", "geen enkele woning": SMART only
	sigYear                     // "in 2026", "dit jaar"
	sigDeadline                 // "1 juli 2025", "eind 2025", "Q2 2026", "binnen twee weken"
	sigFrequency                // "jaarlijks", "elk kwartaal", "twee keer per jaar"
	sigPeriod                   // "periode 2025-2028": the agreement's period, no deadline
	sigMeasure                  // "onder de aftoppingsgrens", "label B", "aardgasvrij": a norm
	sigHorizon                  // "in 2050": a year beyond any agreement period
	sigDuration                 // "binnen vijf werkdagen", "12 maanden": a time norm
	sigMeans                    // "door hen voorrang te geven", "met het project Passend Thuis": means.go
	sigCompare                  // "meer … dan er worden gesloopt", "ten minste gelijk": a checkable comparison
	sigRule                     // "met voorrang", "uitsluitend": an arrangement that holds or not
)

// Years outside [firstYear, lastYear] are no time for a commitment:
// earlier ones describe ("woningen van vóór 1975"), later ones are a
// horizon ("CO2-neutraal in 2050").
const (
	firstYear = "2010" // agreements of the 2010s are still read and evaluated
	lastYear  = "2035"
)

// signal is one concrete signal over tokens [first, last].
type signal struct {
	kind        sigKind
	first, last int32
	sent        int32
	voided      bool
	// aside: a condition or a selection ("wanneer … onder de 75% komt",
	// "met een inkomen tot € 40.000"), never a commitment (regions.go).
	aside bool
}

func (k sigKind) isQuantity() bool {
	return k == sigQuantity || k == sigMeeting || k == sigMeasure || k == sigDuration || k == sigCompare
}
func (k sigKind) isTime() bool {
	return k == sigYear || k == sigDeadline || k == sigFrequency
}

// findSignals fills sc.sigs.
func (sc *scratch) findSignals(text string) {
	sc.text = text
	sc.sigs = sc.sigs[:0]
	for si := range sc.sents {
		s := &sc.sents[si]
		s.sigs.from = int32(len(sc.sigs))
		skipTo := int32(-1)
		for k := s.from; k < s.to; k++ {
			if k <= skipTo {
				continue
			}
			t := &sc.toks[k]
			switch t.kind {
			case tkNum:
				skipTo = sc.numberSignal(text, k, s, int32(si))
			case tkNumExpr:
				sc.exprSignal(text, k, s, int32(si))
			case tkWord:
				// Most words start no signal: look closer only at those
				// that may.
				if t.cls&signalClasses != 0 || t.signalShaped(sc.word(int(k))) {
					skipTo = sc.wordSignal(k, s, int32(si))
				}
			}
		}
		s.sigs.to = int32(len(sc.sigs))
	}
}

// comparison adds a checkable comparison at "dan" or "gelijk"
// (sigCompare): "er komen meer sociale huurwoningen bij dan er worden
// gesloopt", "niet hoger dan voorheen", "ten minste gelijk van omvang".
// "Meer dan 100" is a quantity already.
func (sc *scratch) comparison(k int32, s *sentence, si int32) {
	switch string(sc.word(int(k))) {
	case "gelijk", "hetzelfde", "stand":
		if k == s.from {
			return // "Gelijk …" opens the text or sentence: no word before it
		}
		switch string(sc.word(int(k - 1))) {
		case "minste", "minimaal", "minstens", "tenminste":
			sc.add(sigCompare, k-1, k, si)
			return
		}
		// A count held: "het aantal sociale huurwoningen blijft gelijk",
		// "houden het aantal gelijk", "de omvang blijft in stand".
		if j := sc.countedBefore(k, s); j >= 0 {
			sc.add(sigCompare, j, k, si)
		}
		return
	case "af", "niet":
		// A count or price that does not fall or rise: "het aantal
		// sociale huurwoningen neemt niet af", "de huren stijgen niet".
		if k-1 < s.from {
			return
		}
		at := k - 1 // the verb
		if string(sc.word(int(k))) == "af" {
			// "neemt (tot 2029) niet af"
			if string(sc.word(int(k-1))) != "niet" {
				return
			}
			at = -1
			for j := k - 2; j >= s.from && j >= k-5; j-- {
				if w := string(sc.word(int(j))); w == "neemt" || w == "nemen" {
					at = j
					break
				}
			}
			if at < 0 {
				return
			}
		} else {
			switch string(sc.word(int(at))) {
			case "stijgt", "stijgen", "daalt", "dalen", "krimpt", "krimpen":
			default:
				return
			}
		}
		if j := sc.countedBefore(at, s); j >= 0 {
			sc.add(sigCompare, j, k, si)
		}
		return
	}
	if k+1 < s.to && (sc.toks[k+1].kind == tkNum || sc.toks[k+1].kind == tkNumExpr) {
		return
	}
	for j := k - 1; j >= s.from && j >= k-8; j-- {
		switch string(sc.word(int(j))) {
		case "meer", "minder", "hoger", "lager", "groter", "kleiner":
			sc.add(sigCompare, j, k, si)
			return
		}
	}
}

// countedBefore returns the token of a counted subject ("aantal",
// "omvang", "voorraad", "huren", "woonlasten") in the eight words before
// k, or -1.
func (sc *scratch) countedBefore(k int32, s *sentence) int32 {
	for j := k - 1; j >= s.from && j >= k-8; j-- {
		switch w := string(sc.word(int(j))); w {
		case "aantal", "omvang", "huur", "huren", "huurprijs", "huurprijzen", "woonlasten":
			return j
		default:
			if strings.HasSuffix(w, "voorraad") {
				return j
			}
		}
	}
	return -1
}

func (sc *scratch) add(kind sigKind, first, last int32, si int32) {
	sc.sigs = append(sc.sigs, signal{kind: kind, first: first, last: last, sent: si})
}

// cls returns the word classes of token k, 0 outside s or for non-words.
func (sc *scratch) clsAt(k int32, s *sentence) wordClass {
	if k < s.from || k >= s.to || sc.toks[k].kind != tkWord {
		return 0
	}
	return sc.toks[k].cls
}

func (sc *scratch) isWord(k int32, s *sentence, w string) bool {
	return k >= s.from && k < s.to && sc.toks[k].kind == tkWord && string(sc.word(int(k))) == w
}

// isSym reports whether token k of s is the symbol sym. It reads the
// symbol from sc.text: countSignal's text is empty for a number written
// as a word ("tien % van de woningen").
func (sc *scratch) isSym(k int32, s *sentence, sym string) bool {
	return k >= s.from && k < s.to && sc.toks[k].kind == tkSym && sc.text[sc.toks[k].start:sc.toks[k].end] == sym
}

// isYearText reports a four-digit year 1900–2100.
func isYearText(n string) bool {
	if len(n) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if !isDigit(n[i]) {
			return false
		}
	}
	return n >= "1900" && n <= "2100"
}

// isDayText reports a day of the month, 1–31.
func isDayText(n string) bool {
	switch len(n) {
	case 1:
		return n != "0"
	case 2:
		return isDigit(n[0]) && isDigit(n[1]) && n >= "01" && n <= "31"
	}
	return false
}

// isReference reports a number used as a reference: "artikel 3", "fase 2".
func (sc *scratch) isReference(k int32, s *sentence) bool {
	return sc.clsAt(k-1, s)&clsNumPrefix != 0
}

// hasComparator reports "minimaal", "ten minste", "tot", … in the two
// words before k.
func (sc *scratch) hasComparator(k int32, s *sentence) bool {
	return sc.clsAt(k-1, s)&clsComparator != 0 || sc.clsAt(k-2, s)&clsComparator != 0 && sc.toks[k-1].kind == tkWord
}

// deadlineBefore reports a deadline word ("uiterlijk", "vóór", "eind",
// "per", "medio") right before k, also across "de", "het", "van", "in".
func (sc *scratch) deadlineBefore(k int32, s *sentence) bool {
	for j := k - 1; j >= s.from && j >= k-3; j-- {
		c := sc.clsAt(j, s)
		if c&(clsDeadline|clsSeason) != 0 {
			return true
		}
		w := string(sc.word(int(j)))
		if w != "de" && w != "het" && w != "van" && w != "in" && w != "dit" {
			return false
		}
	}
	return false
}

// numberSignal reads the signal a number in digits starts and returns the
// last token it used.
func (sc *scratch) numberSignal(text string, k int32, s *sentence, si int32) int32 {
	t := &sc.toks[k]
	n := text[t.start:t.end]
	if sc.isReference(k, s) || isSectionNumber(n) && !sc.isWord(k+1, s, "uur") {
		return k
	}
	if sc.isSym(k-1, s, "€") || sc.clsAt(k-1, s)&clsMoney != 0 {
		last := sc.moneyEnd(k, s)
		sc.add(sigQuantity, k-1, last, si)
		return last
	}
	if isYearText(n) {
		return sc.yearSignal(k, s, si)
	}
	if isDayText(n) && sc.clsAt(k+1, s)&clsMonth != 0 {
		last := k + 1
		if k+2 < s.to && sc.toks[k+2].kind == tkNum && isYearText(text[sc.toks[k+2].start:sc.toks[k+2].end]) {
			last = k + 2
		}
		sc.add(sigDeadline, k, last, si)
		return last
	}
	return sc.countSignal(k, k, s, si, text)
}

// countSignal reads a number (digits or words) at k: a quantity when a
// unit follows or a comparator precedes. first is where the signal starts.
func (sc *scratch) countSignal(first, k int32, s *sentence, si int32, text string) int32 {
	next := k + 1
	// "twee- of driehonderd", "3 à 4": skip to the last numeral.
	for next < s.to && (sc.toks[next].kind == tkNum || sc.clsAt(next, s)&clsNumWord != 0) {
		k, next = next, next+1
	}
	if sc.isSym(next, s, "%") || sc.clsAt(next, s)&clsPercent != 0 {
		sc.add(sigQuantity, first, next, si)
		return next
	}
	if c := sc.clsAt(next, s); c&clsMoney != 0 {
		last := sc.moneyEnd(next-1, s)
		if last < next {
			last = next
		}
		sc.add(sigQuantity, first, last, si)
		return last
	}
	if sc.isSym(next, s, "€") {
		sc.add(sigQuantity, first, next, si)
		return next
	}
	unit := next < s.to && sc.toks[next].kind == tkWord
	if unit && sc.toks[next].end-sc.toks[next].start == 1 && sc.toks[next].flags&tfCap != 0 && !sc.hasComparator(first, s) {
		return k // a code, not a unit: "afspraak 4 A", "locatie 3 B"
	}
	uc := sc.clsAt(next, s)
	if unit && elidedNoun(sc.word(int(next))) {
		sc.add(sigQuantity, first, next, si) // "en nog 368 andere": the noun is the one before (numeral.go)
		return next
	}
	if unit && uc&(clsMonth|clsGroup|clsDet|clsPrep|clsSubord|clsCoord|clsAux|clsNegator) != 0 || unit && sc.countsNoResult(next, s) {
		unit = false
	}
	if unit && uc&clsTimeUnit != 0 {
		// "binnen twee weken" is a deadline; "12 maanden" a duration.
		if sc.isWord(first-1, s, "binnen") {
			sc.add(sigDeadline, first-1, next, si)
		}
		// "de komende vier jaar": a period, like "2025-2028".
		// "over vijf jaar" is a period too (README: "binnen vier jaar" is one).
		if sc.isWord(first-1, s, "komende") || sc.isWord(first-1, s, "eerstvolgende") || sc.isWord(first-1, s, "aankomende") ||
			sc.isWord(first-1, s, "over") {
			// A span of time, not a measured amount: "de huren stijgen de
			// komende drie jaar beperkt" names no result.
			sc.add(sigPeriod, first-1, next, si)
			return next
		}
		sc.add(sigDuration, first, next, si)
		return next
	}
	if unit && sc.isMeetingUnit(next) {
		sc.add(sigMeeting, first, next, si)
		if sc.clsAt(next+1, s)&clsEach != 0 && sc.clsAt(next+2, s)&clsPeriodWord != 0 {
			sc.add(sigFrequency, first, next+2, si)
			return next + 2
		}
		return next
	}
	// "1,25 of lager", "2,5": a measured value.
	if !unit && (sc.orComparative(next, s) || text != "" && sc.toks[k].kind == tkNum &&
		strings.Contains(text[sc.toks[k].start:sc.toks[k].end], ",")) {
		sc.add(sigQuantity, first, k, si)
		return k
	}
	if unit || sc.hasComparator(first, s) {
		last := k
		if unit {
			last = sc.unitEnd(next, s)
		}
		sc.add(sigQuantity, first, last, si)
		return last
	}
	return k
}

// countsNoResult reports a unit at k that counts parties, places or the
// topics of the agreements rather than a result, also after a name or an
// adjective and in a compound: "6 Oost-Groninger gemeenten", "de vier
// Kempengemeenten", "vier speerpunten", "twee thema's", "5 elementen".
// (A bare group word, "de twee partijen", is clsGroup.)
func (sc *scratch) countsNoResult(k int32, s *sentence) bool {
	for j := k; j < s.to && j < k+3 && sc.toks[j].kind == tkWord; j++ {
		w := sc.word(int(j))
		if sc.toks[j].cls&clsGroup != 0 || groupCompound(w) || topicWord(w) {
			return true
		}
		if sc.toks[j].flags&tfCap == 0 && !hasSuffix(w, "e") && !hasSuffix(w, "er") {
			return false // a noun of its own: "48 woningen"
		}
	}
	return false
}

// groupCompound reports a compound of a group word: "woningcorporaties",
// "Kempengemeenten", "regiopartijen".
func groupCompound(w []byte) bool { return hasAnySuffix(w, groupSuffixes) }

var groupSuffixes = []string{"gemeenten", "corporaties", "partijen", "organisaties"}

// topicWord reports a word for the topics or parts of the agreements,
// which a number counts without naming a result: "vijf speerpunten",
// "twee thema's", "drie pijlers".
func topicWord(w []byte) bool {
	switch string(w) {
	case "thema's", "themas", "speerpunten", "onderwerpen", "elementen", "pijlers", "prioriteiten",
		"aandachtspunten", "actiepunten", "hoofdlijnen", "uitgangspunten", "bouwstenen", "ambities",
		"doelstellingen", "doelen", "opgaven", "opgaves", "punten", "sporen", "actielijnen":
		return true
	}
	return false
}

// orComparative reports "of lager", "of meer", "of beter" at k.
func (sc *scratch) orComparative(k int32, s *sentence) bool {
	if !sc.isWord(k, s, "of") || k+1 >= s.to {
		return false
	}
	switch string(sc.word(int(k + 1))) {
	case "lager", "hoger", "meer", "minder", "beter", "groter", "kleiner", "later", "eerder":
		return true
	}
	return false
}

// unitEnd returns the last word of the unit that starts at k: past
// inflected adjectives ("48 sociale huurwoningen", "twee extra locaties").
func (sc *scratch) unitEnd(k int32, s *sentence) int32 {
	for n := 0; n < 3 && k+1 < s.to && sc.toks[k+1].kind == tkWord; n++ {
		w := sc.word(int(k))
		if sc.toks[k].cls&(clsDet|clsPrep|clsSubord|clsCoord) != 0 || !(hasSuffix(w, "e") || string(w) == "extra") {
			break
		}
		if sc.clsAt(k+1, s)&(clsDet|clsPrep|clsSubord|clsCoord|clsAux|clsNegator|clsMonth) != 0 {
			break
		}
		k++
	}
	return k
}

// moneyEnd returns the last token of an amount whose number is at k:
// "€ 1,5 miljoen", "50.000 euro".
func (sc *scratch) moneyEnd(k int32, s *sentence) int32 {
	last := k
	for j := k + 1; j < s.to && j <= k+2; j++ {
		if sc.clsAt(j, s)&clsMoney == 0 {
			break
		}
		last = j
	}
	return last
}

// isMeetingUnit reports a word that counts meetings: "bijeenkomsten",
// "keukentafelgesprekken", "keer".
func (sc *scratch) isMeetingUnit(k int32) bool {
	if sc.toks[k].cls&clsMeeting != 0 {
		return true
	}
	w := sc.word(int(k))
	for _, suf := range meetingSuffixes {
		if len(w) > len(suf) && string(w[len(w)-len(suf):]) == suf {
			return true
		}
	}
	return false
}

var meetingSuffixes = []string{"gesprek", "gesprekken", "bijeenkomst", "bijeenkomsten", "overleg",
	"overleggen", "avond", "avonden", "sessie", "sessies", "spreekuur", "spreekuren", "schouw", "schouwen"}

// yearSignal classifies a year at k: a deadline after "uiterlijk",
// "eind", a month, season or quarter; otherwise a year.
func (sc *scratch) yearSignal(k int32, s *sentence, si int32) int32 {
	c1 := sc.clsAt(k-1, s)
	first := k
	kind := sigYear
	if sc.yearInName(k, s) || sc.isReference(k, s) {
		return k // "Woonvisie 2030", "prijspeil 2016"
	}
	switch {
	case c1&clsMonth != 0:
		kind, first = sigDeadline, k-1
		if k-2 >= s.from && sc.toks[k-2].kind == tkNum {
			first = k - 2
		}
	case c1&clsSeason != 0:
		kind, first = sigDeadline, k-1
	case k-1 >= s.from && isQuarterWord(sc.word(int(k-1))):
		kind, first = sigDeadline, k-1
	case sc.quarterBefore(k, s):
		kind = sigDeadline
	case sc.deadlineBefore(k, s) && !sc.isWord(k-1, s, "vanaf") && !sc.isWord(k-1, s, "tot"):
		kind = sigDeadline
	}
	if y := sc.text[sc.toks[k].start:sc.toks[k].end]; y < firstYear {
		return k
	} else if y > lastYear {
		kind = sigHorizon
	}
	sc.add(kind, first, k, si)
	return k
}

// nameWords end the names of documents that carry a year: "Woonvisie
// 2030", "Huisvestingsverordening 2024", "jaarverslag 2025".
var nameWords = []string{"visie", "verordening", "verslag", "agenda", "programma", "afspraken",
	"akkoord", "deal", "wet", "beleid", "strategie", "monitor", "nota", "begroting", "plan",
	"convenant", "jaarschijf", "bod", "rapportage", "enquete", "meting", "peiling"}

// yearInName reports a year that belongs to a name: after a document word
// ("Woonvisie 2030") or a capitalised word that is no date word.
func (sc *scratch) yearInName(k int32, s *sentence) bool {
	j := k - 1
	if j < s.from || sc.toks[j].kind != tkWord {
		return false
	}
	t := &sc.toks[j]
	if t.cls&(clsDeadline|clsSeason|clsMonth|clsPrep|clsDet|clsQuarter|clsPeriodCtx|clsEach) != 0 {
		return false
	}
	w := sc.word(int(j))
	if hasAnySuffix(w, nameWords) {
		return true
	}
	return t.flags&tfCap != 0 && !isQuarterWord(w)
}

// quarterBefore reports "kwartaal (van) 2025" with an ordinal before.
func (sc *scratch) quarterBefore(k int32, s *sentence) bool {
	j := k - 1
	if sc.isWord(j, s, "van") {
		j--
	}
	return sc.clsAt(j, s)&clsQuarter != 0
}

// isQuarterWord reports "q1" … "q4".
func isQuarterWord(w []byte) bool {
	return len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4'
}

// exprSignal classifies numbers joined by "-" or "/": a date, a range of
// years (the agreement's period or a span of years), or a number range.
func (sc *scratch) exprSignal(text string, k int32, s *sentence, si int32) {
	t := &sc.toks[k]
	var parts [4]string
	np := 0
	seg := t.start
	for i := t.start; i <= t.end; i++ {
		if i == t.end || text[i] == '-' || text[i] == '/' || text[i] == 0xE2 {
			if np < len(parts) {
				parts[np] = text[seg:i]
			}
			np++
			if i < t.end && text[i] == 0xE2 {
				i += 2 // "–" is three bytes
			}
			seg = i + 1
		}
	}
	switch {
	case np == 3:
		if !sc.isReference(k, s) {
			sc.add(sigDeadline, k, k, si) // not "peildatum 01-01-2018"
		}
	case np == 2 && isYearText(parts[0]) && isYearText(parts[1]):
		kind := sigYear
		for j := k - 1; j >= s.from && j >= k-3; j-- {
			if sc.clsAt(j, s)&clsPeriodCtx != 0 {
				kind = sigPeriod
			}
		}
		sc.add(kind, k, k, si)
	default:
		if !sc.isReference(k, s) {
			sc.countSignal(k, k, s, si, text)
		}
	}
}

// signalClasses are the word classes that may start a signal; other
// words may only by their letters (signalShaped).
const signalClasses = clsNumWord | clsOrdinal | clsMonth | clsSeason | clsFreq | clsEach | clsLabel |
	clsMeasure | clsUniversal | clsSignal

// wordSignal reads the signal a word starts, if any, and returns the last
// token it used. findSignals calls it only for a word in signalClasses or
// signalShaped.
func (sc *scratch) wordSignal(k int32, s *sentence, si int32) int32 {
	t := &sc.toks[k]
	c := t.cls
	w := sc.word(int(k))
	switch {
	case c&clsNumWord != 0 || string(w) == "een" && t.flags&tfAccent != 0:
		if string(w) == "helft" || string(w) == "kwart" {
			sc.add(sigQuantity, k, k, si)
			return k
		}
		if sc.isReference(k, s) {
			return k
		}
		return sc.countSignal(k, k, s, si, "")
	case isQuarterWord(w):
		last := k
		if k+1 < s.to && sc.toks[k+1].kind == tkNum {
			last = k + 1
		}
		sc.add(sigDeadline, k, last, si)
		return last
	case string(w) == "derde" && sc.isWord(k+1, s, "van") &&
		(sc.isWord(k-1, s, "een") || sc.clsAt(k-1, s)&clsNumWord != 0):
		// "ongeveer een derde van alle nieuwbouw", "twee derde van": a share.
		sc.add(sigQuantity, k-1, k, si)
		return k
	case c&clsOrdinal != 0 && sc.clsAt(k+1, s)&clsQuarter != 0:
		sc.add(sigDeadline, k, k+1, si)
		return k + 1
	case c&clsMonth != 0:
		// A month without a day: "vanaf maart 2026", "in juni". A year
		// after it is read as part of it.
		if k+1 < s.to && sc.toks[k+1].kind == tkNum {
			return k // the year reads the month
		}
		if sc.deadlineBefore(k, s) || sc.clsAt(k-1, s)&clsPrep != 0 {
			sc.add(sigDeadline, k, k, si)
		}
		return k
	case c&clsSeason != 0:
		if k+1 < s.to && sc.toks[k+1].kind == tkNum || sc.isWord(k+1, s, "van") {
			return k
		}
		if sc.deadlineBefore(k, s) || sc.clsAt(k-1, s)&clsPrep != 0 || sc.isWord(k-1, s, "deze") || sc.isWord(k-1, s, "dit") {
			sc.add(sigDeadline, k, k, si)
		}
		return k
	case c&clsFreq != 0:
		sc.add(sigFrequency, k, k, si)
		return k
	case c&clsEach != 0 && sc.clsAt(k+1, s)&clsPeriodWord != 0:
		sc.add(sigFrequency, k, k+1, si)
		return k + 1
	case c&clsEach != 0 && sc.isWord(k+1, s, "half") && sc.clsAt(k+2, s)&clsPeriodWord != 0:
		// "elk half jaar" is a schedule, not half a year's duration.
		sc.add(sigFrequency, k, k+2, si)
		return k + 2
	case (string(w) == "jaar" || string(w) == "kalenderjaar") && k-1 >= s.from:
		// "dit jaar", "volgend jaar", "eind van het jaar".
		switch prev := string(sc.word(int(k - 1))); prev {
		case "dit", "volgend", "komend", "volgende", "komende", "het":
			if sc.deadlineBefore(k-1, s) {
				sc.add(sigDeadline, k-1, k, si)
			} else if prev != "het" {
				sc.add(sigYear, k-1, k, si)
			}
		}
		return k
	case c&clsLabel != 0 || maybeLabel(w):
		if j := sc.labelLetterNear(k, s); j >= 0 {
			// "woningen met energielabel E, F of G" selects dwellings; it
			// is no target, unless none may have it ("geen woningen meer
			// met label E, F of G").
			if f := min(j, k); !sc.selectingPrep(f, s) {
				sc.add(sigMeasure, f, max(j, k), si)
			}
			return max(j, k)
		}
		return k
	case c&clsMeasure != 0 || maybeMeasure(w):
		switch string(w) {
		case "nom", "beng", "aardgasvrij", "gasloos", "energieneutraal", "energieneutrale", "klimaatneutraal",
			"klimaatneutrale", "nul-op-de-meter", "nom-woningen":
			if !sc.selectingPrep(k, s) {
				sc.add(sigMeasure, k, k, si)
			}
			return k
		}
		for j := k - 1; j >= s.from && j >= k-3; j-- {
			if sc.clsAt(j, s)&clsComparator != 0 || sc.isWord(j, s, "op") || sc.isWord(j, s, "aan") {
				sc.add(sigMeasure, j, k, si)
				return k
			}
		}
		return k
	case string(w) == "nul" && sc.isWord(k+1, s, "op") && sc.isWord(k+3, s, "meter"):
		if !sc.selectingPrep(k, s) {
			sc.add(sigMeasure, k, k+3, si)
		}
		return k + 3
	case string(w) == "nul" && k+1 < s.to && sc.toks[k+1].kind == tkWord && sc.clsAt(k+1, s)&(clsPrep|clsDet|clsSubord|clsCoord) == 0:
		// "nul huisuitzettingen": a target of zero.
		sc.add(sigQuantity, k, k+1, si)
		return k + 1
	case string(w) == "voorrang" || string(w) == "uitsluitend":
		// "De huurwoningen gaan met voorrang naar doorstromers", "gebruikt
		// uitsluitend duurzaam hout": a rule whose keeping is a yes/no fact.
		sc.add(sigRule, k, k, si)
		return k
	case string(w) == "dan" || string(w) == "gelijk" || string(w) == "hetzelfde" || string(w) == "stand" || string(w) == "af" || string(w) == "niet":
		sc.comparison(k, s, si)
		return k
	case (string(w) == "keer" || string(w) == "keren") && sc.clsAt(k+1, s)&clsEach != 0 &&
		sc.clsAt(k+2, s)&clsPeriodWord != 0 && k-1 >= s.from:
		// "enkele keren per jaar": a schedule, though no count.
		switch string(sc.word(int(k - 1))) {
		case "enkele", "meerdere", "diverse", "verschillende", "aantal":
			sc.add(sigFrequency, k-1, k+2, si)
			return k + 2
		}
		return k
	case isTimesWord(w):
		// "2x per jaar": a count of times.
		sc.add(sigMeeting, k, k, si)
		if sc.clsAt(k+1, s)&clsEach != 0 && sc.clsAt(k+2, s)&clsPeriodWord != 0 {
			sc.add(sigFrequency, k, k+2, si)
			return k + 2
		}
		return k
	case string(w) == "looptijd" && sc.clsAt(k-1, s)&clsDet != 0 &&
		(sc.isWord(k-2, s, "gedurende") || sc.isWord(k-2, s, "tijdens") || sc.isWord(k-2, s, "binnen")):
		sc.add(sigPeriod, k-2, k, si)
		return k
	case string(w) == "periode" && (sc.isWord(k-1, s, "deze") || sc.isWord(k-1, s, "die")):
		// "in deze periode": the agreement's period, like "periode 2025-2028".
		sc.add(sigPeriod, k-1, k, si)
		return k
	case c&clsUniversal != 0:
		if k+1 < s.to && sc.toks[k+1].kind == tkWord && sc.clsAt(k+1, s)&(clsGroup|clsPrep|clsSubord) == 0 &&
			!(string(w) == "alle" && sc.clsAt(k+1, s)&clsDet != 0 && string(sc.word(int(k+1))) == "partijen") {
			sc.add(sigUniversal, k, k+1, si)
			return k + 1
		}
	}
	return k
}

func hasSuffix(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}

// hasAnySuffix reports whether w ends in one of sufs: the word classes
// that are known by how their compounds end (roleSuffixes, normSuffixes,
// …).
func hasAnySuffix(w []byte, sufs []string) bool {
	for _, suf := range sufs {
		if hasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// labelLetterNear returns the energy label letter A–G farthest from the
// label word at k within a few words ("label B", "E-, F- of G-label",
// "labels E, F en G"), preferring letters before it; -1 if none.
func (sc *scratch) labelLetterNear(k int32, s *sentence) int32 {
	isLetter := func(j int32) bool {
		if j < s.from || j >= s.to || sc.toks[j].kind != tkWord {
			return false
		}
		w := sc.word(int(j))
		return len(w) == 1 && w[0] >= 'a' && w[0] <= 'g'
	}
	for j := k - 6; j < k; j++ {
		if isLetter(j) {
			return j
		}
	}
	for j := k + 4; j > k; j-- {
		if isLetter(j) {
			return j
		}
	}
	return -1
}

// signalShaped reports a word that wordSignal looks at for its letters
// rather than its word class: a label, "2x", a norm.
func signalShaped(w []byte) bool {
	return maybeLabel(w) || isTimesWord(w) || maybeMeasure(w)
}

// signalShaped is signalShaped(w) for the token's folded word w, taken
// from the vocabulary when the word is in it.
func (t *token) signalShaped(w []byte) bool {
	if t.facts&factKnown != 0 {
		return t.facts&factSignal != 0
	}
	return signalShaped(w)
}

// isTimesWord reports "2x", "4x": a number of times.
func isTimesWord(w []byte) bool {
	if len(w) < 2 || w[len(w)-1] != 'x' {
		return false
	}
	for _, c := range w[:len(w)-1] {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// maybeLabel reports a word ending in "label" or "labels" ("A-label" is
// split, "energielabel" is not).
func maybeLabel(w []byte) bool {
	n := len(w)
	return n >= 5 && (w[n-1] == 'l' && hasSuffix(w, "label") || w[n-1] == 's' && hasSuffix(w, "labels"))
}

// maybeMeasure reports compounds naming a rent or income norm:
// "liberalisatiegrens", "inkomensgrenzen", "inflatiepercentage".
func maybeMeasure(w []byte) bool {
	return len(w) > 6 && (hasSuffix(w, "grens") || hasSuffix(w, "grenzen") || hasSuffix(w, "inflatie") ||
		hasSuffix(w, "percentage"))
}

// selectingPrep reports a label or norm at k that a preposition makes a
// selection or a topic rather than a target: "woningen met (een)
// energielabel A, B of C", "extra aandacht voor E-, F- en G-labels", "een
// plan voor het aardgasvrij maken van …". It stays a target when none may
// have it ("geen woningen meer met label E, F of G"), and after "voor"
// when a verb whose voor-object is the result governs the clause ("zorgt
// voor", "kiest bij nieuwbouw voor").
func (sc *scratch) selectingPrep(k int32, s *sentence) bool {
	j := k - 1
	for j > s.from && (sc.isWord(j, s, "een") || sc.isWord(j, s, "de") || sc.isWord(j, s, "het")) {
		j--
	}
	switch {
	case sc.noneBefore(j, s):
		return false
	case sc.isWord(j, s, "met"):
		return true
	case !sc.isWord(j, s, "voor"):
		return false
	}
	for v := j - 1; v >= s.from && sc.toks[v].clause == sc.toks[j].clause; v-- {
		if sc.toks[v].kind != tkWord {
			continue
		}
		switch w := sc.word(int(v)); string(w) {
		case "kies", "kiest", "kiezen", "koos", "kozen", "gekozen", "gaat", "gaan", "staat", "staan", "tekent", "tekenen":
			return false
		default:
			if bytes.HasPrefix(w, []byte("zorg")) {
				return false
			}
		}
	}
	return true
}

// noneBefore reports "geen" among the four words before k.
func (sc *scratch) noneBefore(k int32, s *sentence) bool {
	for j := k - 1; j >= s.from && j >= k-4; j-- {
		if sc.isWord(j, s, "geen") {
			return true
		}
	}
	return false
}
