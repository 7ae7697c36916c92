package vague

// strongerType orders types for an agreement with several commitments:
// a result anywhere makes a result agreement.
func strongerType(a, b Type) Type {
	rank := func(t Type) int {
		switch t {
		case TypeResultaat:
			return 4
		case TypeProces:
			return 3
		case TypeInspanning:
			return 2
		case TypeKader:
			return 1
		}
		return 0
	}
	if rank(b) > rank(a) {
		return b
	}
	return a
}

// vagueType returns the type of a vague agreement: that of its first vague
// match (a modal verb only when nothing else is vague: "wil graag
// meedenken" is a process agreement), else inspanning for a hedged result,
// else that of its acts, else proces.
func (c *Classifier) vagueType(sc *scratch) Type {
	var hedge, act, modal Type
	for i := range sc.hits {
		h := &sc.hits[i]
		if h.dropped {
			continue
		}
		m := &c.meta[h.rule]
		switch m.effect {
		case effVague:
			if h.negated || m.typ == "" {
				continue
			}
			if c.meta[h.rule].modal {
				if modal == "" {
					modal = m.typ
				}
				continue
			}
			return m.typ
		case effHedge, effWeak, effTiming:
			if hedge == "" {
				hedge = m.typ
			}
		case effResult, effAction:
			if act == "" {
				act = m.typ
			}
		case effProduct, effOutcome:
			if act == "" {
				act = TypeProces
			}
		}
	}
	switch {
	case modal != "":
		return modal
	case hedge != "":
		return hedge
	case act != "":
		return act
	}
	return TypeProces
}

// plausible reports whether the text supports type t as well, so a
// document's own label may choose it.
func (c *Classifier) plausible(sc *scratch, t Type, j judgement) bool {
	if t == TypeKader {
		return j.kader
	}
	if j.kader {
		return false
	}
	for i := range sc.hits {
		h := &sc.hits[i]
		if h.dropped || h.negated {
			continue
		}
		m := &c.meta[h.rule]
		switch m.effect {
		case effVague, effHedge, effWeak, effResult, effAction, effProduct, effOutcome:
			if m.typ == t && (j.vague || m.effect != effResult && m.effect != effAction || t != TypeResultaat || !sc.actVoid[i]) {
				return true
			}
		}
	}
	return false
}

// kindHint reads a document's own label: "Resultaatafspraak",
// "Procesafspraak", "Inspanningsverplichting", "Kaderafspraak".
func kindHint(raw string) Type {
	if raw == "" {
		return ""
	}
	f := foldString(raw)
	switch {
	case containsAny(f, "resultaat", "prestatie"):
		return TypeResultaat
	case containsAny(f, "inspanning", "intentie", "ambitie"):
		return TypeInspanning
	case containsAny(f, "proces", "verzoek", "overleg", "onderzoek"):
		return TypeProces
	case containsAny(f, "kader", "algemeen", "algemene bepaling", "slotbepaling"):
		return TypeKader
	}
	return ""
}
