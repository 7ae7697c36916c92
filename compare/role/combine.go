package role

import "strings"

// combineSegments decides the role of a cell from its parties: the one
// marked as trekker; else the parties that are not supporting; one role
// among them is that role, several are Gezamenlijk.
func combineSegments(segs []segment) Role {
	prev := -1
	for i := range segs {
		s := &segs[i]
		switch {
		case s.marker:
			target := prev
			if s.paren {
				target = s.outer
			}
			if target >= 0 {
				segs[target].lead = segs[target].lead || s.lead
				segs[target].support = segs[target].support || s.support
			}
		case s.paren:
			if !s.lead && s.outer >= 0 && segs[s.outer].role == Onbekend && s.role != Onbekend {
				segs[s.outer].role, segs[s.outer].party = s.role, false
			}
		default:
			prev = i
		}
	}
	var cands, leads, prim []*segment
	for i := range segs {
		s := &segs[i]
		if s.marker || (s.paren && !(s.lead && s.role != Onbekend)) {
			continue
		}
		cands = append(cands, s)
		if s.lead {
			leads = append(leads, s)
		}
		if !s.sub && !s.support {
			prim = append(prim, s)
		}
	}
	set := cands
	switch {
	case len(leads) > 0:
		set = leads
	case len(prim) > 0:
		set = prim
	}
	return combine(set)
}

// combine is the role of several parties: Gezamenlijk when any is, or
// when they hold more than one role (an unrecognised organisation counts
// as one more); Onbekend when none is recognised.
func combine(set []*segment) Role {
	var one Role
	roles, unknown := 0, 0
	for _, s := range set {
		switch {
		case s.role == Gezamenlijk:
			return Gezamenlijk
		case s.role == Onbekend:
			if s.party {
				unknown++
			}
		case s.role != one:
			if one != "" {
				return Gezamenlijk
			}
			one = s.role
			roles++
		}
	}
	switch {
	case roles == 0:
		return Onbekend
	case unknown > 0:
		return Gezamenlijk
	}
	return one
}

// cellWhy is the explanation of a role read from an owner cell.
func cellWhy(raw string) string {
	return "trekker: '" + strings.Join(strings.Fields(raw), " ") + "'"
}
