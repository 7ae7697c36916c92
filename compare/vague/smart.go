package vague

import "strings"

// subjectParties reports whether the text names a specific responsible
// party as subject or agent, and records in j the first collective subject
// ("partijen", "wij") and the first agentless passive.
//
// A party counts when it does not stand after a preposition ("met de
// gemeente", "voor huurders"); "door de gemeente" does count. Besides the
// partij rules, a capitalised name before the sentence's first verb counts
// ("Eigen Haard levert …", "Ymere bouwt …").
func (c *Classifier) subjectParties(sc *scratch, j *judgement) bool {
	specific := false
	for i := range sc.hits {
		h := &sc.hits[i]
		if h.dropped {
			continue
		}
		switch h.eff {
		case effParty:
			if !sc.objectPosition(h.first) {
				specific = true
			}
		case effCollective:
			if j.collective < 0 && !sc.objectPosition(h.first) {
				j.collective = int32(i)
			}
		case effPassive:
			if j.passive < 0 {
				j.passive = int32(i)
			}
		}
	}
	if specific {
		return true
	}
	for si := range sc.sents {
		s := &sc.sents[si]
		if sc.invertedName(s) {
			return true // "Bij mutatie vervangt Ymere de keukens" (inversion.go)
		}
		verb := c.firstVerb(sc, s)
		object := false // objectPosition(k), carried along the sentence
		for k := s.from; k < verb; k++ {
			if k > s.from {
				object = sc.objectStep(k-1, object)
			}
			if !sc.nameWord(k) {
				continue
			}
			t := &sc.toks[k]
			if t.flags&tfInitial != 0 && (k+1 != verb || sc.frontedOpening(s)) {
				continue // a capital because the sentence starts here ("Daarnaast bouwt …")
			}
			if !object && !c.isHitWord(sc, k) {
				return true
			}
		}
	}
	return false
}

// firstVerb returns the first token of the sentence's first vague match
// or act, or the sentence end.
func (c *Classifier) firstVerb(sc *scratch, s *sentence) int32 {
	first := s.to
	for i := s.hits.from; i < s.hits.to; i++ {
		h := &sc.hits[i]
		if h.dropped || h.first >= first {
			continue
		}
		switch h.eff {
		case effVague, effResult, effAction:
			first = h.first
		}
	}
	return first
}

// isHitWord reports whether token k belongs to a collective or passive
// match ("Partijen", "Wij").
func (c *Classifier) isHitWord(sc *scratch, k int32) bool { return sc.toks[k].flags&tfCollective != 0 }

// objectPosition reports whether the word at k stands after a
// preposition other than "door", looking back over articles, names and
// "en": "met de gemeente en de corporatie".
func (sc *scratch) objectPosition(k int32) bool {
	s := &sc.sents[sc.toks[k].sent]
	for j := k - 1; j >= s.from; j-- {
		switch sc.objectRole(j) {
		case objectOpens:
			return true
		case objectEnds:
			return false
		}
	}
	return false
}

// objectStep returns objectPosition of the word after token j, given
// objectPosition of j itself, so that a walk along a sentence knows it
// for every word without looking back each time.
func (sc *scratch) objectStep(j int32, object bool) bool {
	switch sc.objectRole(j) {
	case objectOpens:
		return true
	case objectEnds:
		return false
	}
	return object
}

// objectRoles: what a word before another says about objectPosition.
const (
	objectEnds  = iota // anything else: no object position
	objectOpens        // a preposition other than "door"
	objectKeeps        // an article, a name, "en", "of", "zowel", "als": look further back
)

// objectRole classifies token j for objectPosition.
func (sc *scratch) objectRole(j int32) int {
	t := &sc.toks[j]
	if t.kind != tkWord {
		return objectEnds
	}
	if t.cls&clsPrep != 0 {
		if string(sc.word(int(j))) == "door" {
			return objectEnds
		}
		return objectOpens
	}
	if t.cls&clsDet != 0 || t.flags&tfCap != 0 {
		return objectKeeps
	}
	switch string(sc.word(int(j))) {
	case "en", "of", "zowel", "als":
		return objectKeeps
	}
	return objectEnds
}

// collectiveOwners are trekker cells that name all parties but nobody in
// particular.
var collectiveOwners = map[string]bool{
	"partijen": true, "alle partijen": true, "de partijen": true, "allen": true,
	"iedereen": true, "alle": true, "gezamenlijk": true, "samen": true, "wij": true,
	"we": true, "alle drie": true, "alle drie partijen": true, "betrokken partijen": true,
	"betrokkenen": true, "alle betrokkenen": true, "gezamenlijke partijen": true,
	"alle betrokken partijen": true, "samenwerkende partijen": true,
}

// ownerMemo is a trekker cell and its kind.
type ownerMemo struct {
	owner string
	kind  ownerKind
}

// ownerKindOf classifies a trekker cell. The cells repeat ("Corporatie",
// "Alle partijen"), so the scratch remembers the last few.
func (sc *scratch) ownerKindOf(owner string) ownerKind {
	for i := range sc.owners[:sc.nOwners] {
		if m := &sc.owners[i]; m.owner == owner {
			return m.kind
		}
	}
	var kind ownerKind
	kind, sc.ownerBuf = classifyOwner(owner, sc.ownerBuf)
	sc.owners[sc.nextOwner] = ownerMemo{owner, kind}
	sc.nextOwner = (sc.nextOwner + 1) % len(sc.owners)
	if sc.nOwners < len(sc.owners) {
		sc.nOwners++
	}
	return kind
}

// classifyOwner reads the trekker column; buf is scratch space.
func classifyOwner(owner string, buf []byte) (ownerKind, []byte) {
	// Fold into buf, with runs of separators as one space.
	buf = buf[:0]
	space := true
	for i := 0; i < len(owner); i++ {
		switch c := owner[i]; c {
		case ' ', '\t', '\n', '\r', '.', ',', '-', '(', ')', '/', ';':
			if !space {
				buf = append(buf, ' ')
				space = true
			}
		default:
			if c >= 0x80 {
				buf = appendFold(buf, owner[i:])
				i = len(owner)
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			space = false
		}
	}
	for len(buf) > 0 && buf[len(buf)-1] == ' ' {
		buf = buf[:len(buf)-1]
	}
	switch string(buf) {
	case "", "nvt", "n v t", "onbekend", "ntb", "n t b", "pm", "p m", "?":
		return ownerNone, buf
	}
	if collectiveOwners[string(buf)] {
		return ownerCollective, buf
	}
	return ownerSpecific, buf
}

// smart fills j.smart (Who is already set).
func (c *Classifier) smart(sc *scratch, in Input, j *judgement) {
	s := &j.smart
	s.When = j.due != dueNone
	for i := range sc.sigs {
		g := &sc.sigs[i]
		switch {
		case g.kind.isTime() || g.kind == sigHorizon:
			s.When = true
		case g.voided:
		case g.kind.isQuantity():
			s.HowMuch, s.What = true, true
		case g.kind == sigUniversal:
			s.HowMuch = true
		}
	}
	for i := range sc.hits {
		h := &sc.hits[i]
		if h.dropped || sc.actVoid[i] {
			continue
		}
		switch h.eff {
		case effResult, effAction, effProduct, effOutcome:
			s.What = true
		}
	}
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
