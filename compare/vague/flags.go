package vague

// flags builds the flags of one agreement in text order. To keep the
// allocations to three per flagged agreement (the flags, their spans and
// one string), messages and joined matches are first written into
// sc.msg as byte ranges and cut from a single string at the end.
func (c *Classifier) flags(sc *scratch, text string, j *judgement) []Flag {
	n, spans, vagueFlags := 0, 0, 0
	for i := range sc.hits {
		h := &sc.hits[i]
		if h.dropped || h.negated || !h.eff.flags() {
			continue
		}
		n++
		spans += sc.spanCount(h)
		if h.eff.vague() {
			vagueFlags++
		}
	}
	trekker := int32(-1)
	if !j.kader && !j.smart.Who {
		trekker = j.collective
		if trekker < 0 {
			trekker = j.passive
		}
	}
	if trekker >= 0 {
		n++
		spans += sc.spanCount(&sc.hits[trekker])
	}
	fallback := j.vague && vagueFlags == 0 && c.fallback >= 0
	fallbackHit := int32(-1)
	if fallback {
		n++
		if fallbackHit = c.bareAct(sc); fallbackHit >= 0 {
			spans += sc.spanCount(&sc.hits[fallbackHit])
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Flag, 0, n)
	backing := make([][2]int, 0, spans)
	sc.msg = sc.msg[:0]
	sc.cuts = sc.cuts[:0] // per flag: message [a,b) and, for a joined match, match [c,d)
	reasonFrom, reasonTo := -1, -1
	if !j.vague {
		reasonFrom = len(sc.msg)
		sc.msg = c.appendReason(sc.msg, sc, text, j)
		reasonTo = len(sc.msg)
	}
	add := func(h *hit, rule int32, info bool, how msgKind) {
		r := &c.rules[rule]
		f := Flag{Rule: r.ID, Category: r.Category, Info: info}
		mFrom, mTo := -1, -1
		if h != nil {
			// backing has room for every span: the flags share it.
			start := len(backing)
			backing = sc.appendSpans(backing, h)
			f.Spans = backing[start:len(backing):len(backing)]
			if len(f.Spans) == 1 {
				f.Match = text[f.Spans[0][0]:f.Spans[0][1]]
			} else {
				// A joined match is cut from the one string below.
				mFrom = len(sc.msg)
				sc.msg = appendJoined(sc.msg, text, f.Spans)
				mTo = len(sc.msg)
			}
		}
		from := len(sc.msg)
		switch how {
		case msgRule:
			sc.msg = c.appendMessage(sc.msg, rule, text, f.Spans)
		case msgCancelled:
			m := &c.meta[rule]
			sc.msg = append(sc.msg, m.label...)
			sc.msg = append(sc.msg, " '"...)
			sc.msg = appendJoined(sc.msg, text, f.Spans)
			sc.msg = append(sc.msg, '\'')
			sc.msg = append(sc.msg, sc.msg[reasonFrom:reasonTo]...)
		case msgFallback:
			sc.msg = c.appendMessage(sc.msg, rule, "", nil)
			sc.msg = appendMissing(sc.msg, j)
			if len(f.Spans) > 0 {
				sc.msg = append(sc.msg, " ('"...)
				sc.msg = appendJoined(sc.msg, text, f.Spans)
				sc.msg = append(sc.msg, "')"...)
			}
		}
		sc.cuts = append(sc.cuts, [4]int{from, len(sc.msg), mFrom, mTo})
		out = append(out, f)
	}
	for i := range sc.hits {
		h := &sc.hits[i]
		e := h.eff
		if h.dropped || h.negated || !e.flags() {
			continue
		}
		switch {
		case e == effInfo || e == effPast:
			add(h, h.rule, true, msgRule)
		case j.vague:
			add(h, h.rule, false, msgRule)
		default:
			add(h, h.rule, true, msgCancelled)
		}
	}
	if trekker >= 0 {
		add(&sc.hits[trekker], sc.hits[trekker].rule, true, msgRule)
	}
	if fallback {
		var h *hit
		if fallbackHit >= 0 {
			h = &sc.hits[fallbackHit]
		}
		add(h, int32(c.fallback), false, msgFallback)
	}
	all := string(sc.msg)
	for i := range out {
		cut := sc.cuts[i]
		out[i].Message = all[cut[0]:cut[1]]
		if cut[2] >= 0 {
			out[i].Match = all[cut[2]:cut[3]]
		}
	}
	return out
}

// msgKind says how a flag's message is written.
type msgKind uint8

const (
	msgRule      msgKind = iota // the rule's message with the match
	msgCancelled                // the category label, the match and why it does not count
	msgFallback                 // the geen-resultaat message, with the bare act if any
)

// bareAct returns the first act of a vague agreement (it had no number or
// date to make it verifiable), -1 if none.
func (c *Classifier) bareAct(sc *scratch) int32 {
	for i := range sc.hits {
		h := &sc.hits[i]
		if h.dropped {
			continue
		}
		if e := h.eff; e == effResult || e == effAction {
			return int32(i)
		}
	}
	return -1
}

// spanCount returns the number of spans of h: runs of adjacent tokens.
func (sc *scratch) spanCount(h *hit) int {
	n := 1
	for i := 1; i < int(h.n); i++ {
		if h.pos[i] != h.pos[i-1]+1 {
			n++
		}
	}
	return n
}

// appendSpans appends the spans of h to dst: byte ranges of runs of
// adjacent matched tokens.
func (sc *scratch) appendSpans(dst [][2]int, h *hit) [][2]int {
	from := h.pos[0]
	for i := 1; i <= int(h.n); i++ {
		if i < int(h.n) && h.pos[i] == h.pos[i-1]+1 {
			continue
		}
		to := h.pos[i-1]
		dst = append(dst, [2]int{int(sc.toks[from].start), int(sc.toks[to].end)})
		if i < int(h.n) {
			from = h.pos[i]
		}
	}
	return dst
}

// appendJoined appends the text of the spans joined by a space.
func appendJoined(dst []byte, text string, spans [][2]int) []byte {
	for i, s := range spans {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, text[s[0]:s[1]]...)
	}
	return dst
}

// appendMessage appends the rule's message with the match (the text of
// spans, joined) for %s.
func (c *Classifier) appendMessage(dst []byte, rule int32, text string, spans [][2]int) []byte {
	p := &c.msgParts[rule]
	if !p.hasMatch {
		return append(dst, p.pre...)
	}
	dst = append(dst, p.pre...)
	dst = appendJoined(dst, text, spans)
	return append(dst, p.post...)
}

// appendReason appends, for the flags of an agreement that is not vague,
// why they did not make it vague.
func (c *Classifier) appendReason(dst []byte, sc *scratch, text string, j *judgement) []byte {
	if j.kader {
		return append(dst, "; kaderafspraak, niet beoordeeld als vaag"...)
	}
	ev := j.ev
	sigText := ""
	if ev.sig >= 0 {
		g := &sc.sigs[ev.sig]
		sigText = text[sc.toks[g.first].start:sc.toks[g.last].end]
	}
	// The text of the hit, its spans joined by a space, is written
	// straight into dst.
	var buf [maxElems][2]int
	hitSpans := buf[:0]
	if ev.hit >= 0 {
		hitSpans = sc.appendSpans(hitSpans, &sc.hits[ev.hit])
	}
	dst = append(dst, ", maar niet vaag: "...)
	switch ev.kind {
	case evNone:
		return dst
	case evCancelled:
		rule := sc.hits[ev.hit].rule
		if ev.sig >= 0 && sc.sigs[ev.sig].kind == sigMeans {
			dst = append(dst, "er staat een concreet middel bij"...)
		} else if c.cancelsBy(rule, cancelProduct) && !c.cancelsBy(rule, cancelQuantity) {
			dst = append(dst, "er staat een uitkomst met een termijn bij"...)
		} else if ev.sig >= 0 && sc.sigs[ev.sig].kind.isQuantity() && c.cancelsByAlone(rule, cancelQuantity) {
			dst = append(dst, "er staat een aantal of grens bij"...) // "kan tot 50% … worden toegewezen"
		} else {
			dst = append(dst, "er staat een meetbaar doel met een termijn bij"...)
		}
		return appendQuoted(dst, sigText)
	}
	// The other kinds quote their act or product when they have one,
	// else their signal.
	dst = append(dst, evReasons[ev.kind]...)
	if ev.hit >= 0 {
		return appendQuotedSpans(dst, text, hitSpans)
	}
	return appendQuoted(dst, sigText)
}

// evReasons say in Dutch what made an agreement verifiable, by evidence
// kind (evCancelled has reasons of its own, in appendReason).
var evReasons = [evKinds]string{
	evQuantity:        "de afspraak noemt een aantal of maat",
	evActTime:         "de afspraak noemt een concrete handeling met een termijn",
	evActParty:        "een genoemde partij verricht een concrete handeling",
	evProductDeadline: "de afspraak levert een product op een termijn",
	evRule:            "de afspraak legt een regel vast",
	evAgreed:          "er is een concrete handeling afgesproken",
	evPilot:           "er start een pilot met een benoemd onderwerp",
	evNorm:            "een benoemde norm of regeling wordt gevolgd",
	evBenefit:         "een groep bewoners krijgt een recht of voorziening",
	evState:           "de afspraak legt een toetsbare eigenschap of rol vast",
	evEvent:           "de afspraak legt vast dat iets start, stopt, plaatsvindt of geldt",
	evMeans:           "er wordt een benoemd middel of een persoon ingezet",
	evDone:            "de afspraak legt vast dat met een bepaald onderwerp iets wordt gedaan",
}

// appendQuotedSpans is appendQuoted for the text of spans, joined by a
// space.
func appendQuotedSpans(dst []byte, text string, spans [][2]int) []byte {
	n := len(dst)
	dst = append(dst, " ('"...)
	at := len(dst)
	if dst = appendJoined(dst, text, spans); len(dst) == at {
		return dst[:n] // nothing to quote
	}
	return append(dst, "')"...)
}

// appendQuoted appends " ('s')", or nothing for an empty s.
func appendQuoted(dst []byte, s string) []byte {
	if s == "" {
		return dst
	}
	dst = append(dst, " ('"...)
	dst = append(dst, s...)
	return append(dst, "')"...)
}

// appendMissing appends what a vague agreement without a vague word lacks,
// from its SMART elements: ": geen partij, geen concrete handeling, geen
// aantal, geen termijn" (only the missing ones; "geen trekker" when only
// "partijen" or "wij" act).
func appendMissing(dst []byte, j *judgement) []byte {
	sm := j.smart
	who := "geen partij"
	if j.collective >= 0 {
		who = "geen trekker"
	}
	sep := ": "
	for _, m := range [...]struct {
		have bool
		what string
	}{{sm.Who, who}, {sm.What, "geen concrete handeling"}, {sm.HowMuch, "geen aantal"}, {sm.When, "geen termijn"}} {
		if !m.have {
			dst = append(dst, sep...)
			dst = append(dst, m.what...)
			sep = ", "
		}
	}
	return dst
}
