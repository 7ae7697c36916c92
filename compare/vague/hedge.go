package vague

// A hedge set aside from the clause it hedges: in parentheses ("worden er
// (daar waar mogelijk) zonnepanelen geplaatst") or after the commitment,
// closing the sentence ("… goed geïsoleerd en met zonnepanelen, daar waar
// dat kan."). A hedge governs its clause onward (regions.go); one set
// aside like this hedges the whole sentence, so its region is the
// sentence. A number with a date still cancels it.

// hedgeAside reports whether hedge h stands in parentheses or closes its
// sentence.
func (sc *scratch) hedgeAside(h *hit, s *sentence) bool {
	if first := sc.clauseFirst[sc.toks[h.first].clause]; sc.breakText(first, s) == "(" || sc.breakText(first-1, s) == "(" {
		k := h.last + 1
		for k < s.to && sc.toks[k].kind == tkWord {
			k++
		}
		if sc.breakText(k, s) == ")" {
			return true
		}
	}
	for k := h.last + 1; k < s.to; k++ {
		if sc.toks[k].kind == tkWord {
			return false
		}
	}
	return h.first > s.from
}

// breakText returns the text of token k if it is a clause break, or "".
func (sc *scratch) breakText(k int32, s *sentence) string {
	if k < s.from || k >= s.to || sc.toks[k].kind != tkBreak {
		return ""
	}
	return sc.text[sc.toks[k].start:sc.toks[k].end]
}
