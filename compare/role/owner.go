package role

import "pakompas/importer/gemeente"

// segment is one named party of an owner cell: the words between
// connectors and separators.
type segment struct {
	lo, hi  int       // token range
	paren   bool      // inside parentheses
	outer   int       // for a parenthesis: the segment it qualifies, -1 if none
	sub     bool      // after "i.s.m." and the like: a supporting party
	joined  connector // the connector before it
	role    Role
	lead    bool // marked as the one who leads: "(trekker)"
	support bool // marked as supporting: "(ondersteunend)"
	marker  bool // nothing but marker words
	party   bool // unrecognised, but reads as an organisation: "Stichting De Zonnehof"
	words   int  // word tokens
	caps    int  // weight of the capitalised and organisation words of an unrecognised segment
}

// cellRole resolves an owner cell. empty is true when the cell names no
// one at all ("", "-", "n.v.t.", "nader te bepalen").
func (ix *index) cellRole(raw string) (r Role, empty bool) {
	if _, ok := gemeente.Lookup(raw); ok { // "Gemeente Aa en Hunze"
		return Gemeente, false
	}
	toks := tokenize(raw)
	toks = dropLabel(toks)
	segs := ix.segments(raw, toks)
	if len(segs) == 0 { // nothing but placeholders and separators
		return Onbekend, true
	}
	return combineSegments(segs), false
}

// dropLabel drops "Trekker:" and the like from the start of a cell.
func dropLabel(toks []token) []token {
	for i, t := range toks {
		if t.sep == ':' {
			return toks[i+1:]
		}
		if !t.isWord() || !labelWords[t.word] || i > 2 {
			return toks
		}
	}
	return toks
}

// segments splits toks into parties and classifies each.
func (ix *index) segments(raw string, toks []token) []segment {
	var segs []segment
	depth, subDepth, lastOuter := 0, -1, -1
	cur := segment{lo: 0, outer: -1}
	end := func(i int) {
		cur.hi = i
		if cur.hi > cur.lo {
			ix.classify(raw, toks, &cur)
			if cur.words > 0 || cur.marker {
				if !cur.paren {
					lastOuter = len(segs)
				}
				segs = append(segs, cur)
			}
		}
		cur = segment{lo: i + 1, paren: depth > 0, sub: subDepth >= 0, outer: -1}
		if cur.paren {
			cur.outer = lastOuter
		}
	}
	for i := 0; i < len(toks); {
		t := toks[i]
		switch {
		case t.sep == '(':
			end(i)
			depth++
			cur.paren, cur.outer = true, lastOuter
			i++
			continue
		case t.sep == ')':
			if depth > 0 {
				depth--
			}
			if depth < subDepth {
				subDepth = -1
			}
			end(i)
			cur.paren = depth > 0
			i++
			continue
		}
		h, ok := ix.at(toks, i, false)
		switch {
		case ok && h.cue.conn != noConn && i > cur.lo:
			end(i)
			cur.lo = i + h.n
			if h.cue.conn == connSub {
				if subDepth < 0 {
					subDepth = depth
				}
				cur.sub = true
			}
			cur.joined = h.cue.conn
			if h.cue.conn == connAnd && len(segs) > 0 && !segs[len(segs)-1].paren {
				prevJoined(segs)
			}
			i += h.n
		case ok:
			i += h.n
		case t.isWord():
			i++
		default: // a separator
			end(i)
			if t.sep == '&' || t.sep == '+' {
				cur.joined = connAnd
				prevJoined(segs)
			}
			i++
		}
	}
	end(len(toks))
	return segs
}

// prevJoined marks the last segment as joined to the next by "en": an
// unrecognised name before "en" is a party too ("Thuiskracht en
// Huurdersorganisatie Brunssum").
func prevJoined(segs []segment) {
	if n := len(segs); n > 0 && segs[n-1].role == Onbekend && !segs[n-1].marker && !segs[n-1].paren {
		segs[n-1].party = segs[n-1].party || segs[n-1].caps >= 1
	}
}

// classify sets the role and markers of a segment: an explicit tenant
// organisation wins wherever it stands ("Huurdersvereniging Eigen Haard"),
// else the first strong cue ("Wethouder Wonen", "Welzijn Amstelland"),
// else the first weak one ("Afdeling Wonen"); a cell that is only a
// gemeente's name is the gemeente.
func (ix *index) classify(raw string, toks []token, s *segment) {
	var first, firstWeak Role
	tenants, other, caps := false, 0, 0
	part := toks[s.lo:s.hi]
	for i := 0; i < len(part); {
		t := part[i]
		if !t.isWord() && t.word == "" {
			i++
			continue
		}
		h, ok := ix.at(part, i, false)
		if ok && h.cue.conn != noConn {
			i += h.n
			continue
		}
		if ok {
			for k := i; k < i+h.n; k++ {
				if part[k].isWord() {
					s.words++
				}
			}
			switch {
			case h.cue.cell == strong && h.cue.role == Huurders:
				tenants = true
			case h.cue.cell == strong && first == "":
				first = h.cue.role
			case h.cue.cell == weak && firstWeak == "":
				firstWeak = h.cue.role
			}
			i += h.n
			continue
		}
		i++
		if !t.isWord() {
			continue
		}
		s.words++
		switch w := t.word; {
		case leadMarkers[w]:
			s.lead = true
			s.words--
		case supportMarkers[w]:
			s.support = true
			s.words--
		case placeholders[w]:
			s.words--
		default:
			other++
			if t.cap || orgWords[w] {
				caps++
			}
			if orgWords[w] || t.upper {
				caps += 2
			}
		}
	}
	switch {
	case tenants:
		s.role = Huurders
	case first != "":
		s.role = first
	case firstWeak != "":
		s.role = firstWeak
	default:
		s.role = Onbekend
		if other > 0 {
			text := raw[toks[s.lo].start:toks[s.hi-1].end]
			if _, ok := gemeente.Lookup(text); ok {
				s.role = Gemeente
				return
			}
		}
		s.marker = other == 0 && (s.lead || s.support)
		s.caps = caps
		s.party = caps >= 2 || (caps >= 1 && s.joined == connAnd)
	}
}
