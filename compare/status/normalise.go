package status

import (
	"sort"
	"strings"

	"pakompas/importer/norm"
)

// phrase is a status phrase of the lexicon.
type phrase struct {
	words []string
	cls   class
}

// phrases are the lexicon's phrases by their first word, longest first.
var phrases = func() map[string][]phrase {
	m := make(map[string][]phrase)
	for _, g := range lexicon {
		for _, p := range strings.Split(g.phrases, "|") {
			ws := strings.Fields(p)
			m[ws[0]] = append(m[ws[0]], phrase{words: ws, cls: g.cls})
		}
	}
	for _, ps := range m {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	}
	return m
}()

// rank orders the statuses when a cell gives several signals.
var rank = map[Status]int{Dropped: 6, Done: 5, Late: 4, AtRisk: 3, NotStarted: 2, OnTrack: 1}

// Normalise maps a status cell to a Status; see the package doc for the
// decisions. Empty or unrecognised text is Unknown.
func Normalise(raw string) Status {
	s, _ := Explain(raw)
	return s
}

// Explain is Normalise with the words that decided, folded, with "(ontkend)"
// when they were negated; "" when nothing was recognised.
func Explain(raw string) (Status, string) {
	f := fold(raw)
	if f == "" {
		return Unknown, ""
	}
	if s, ok := exact[strings.Trim(f, " .!")]; ok {
		return s, f
	}
	if e, ok := whole[f]; ok {
		return e.s, e.why
	}
	return explain(f)
}

// explained is a status with its explanation.
type explained struct {
	s   Status
	why string
}

// whole holds the explanation of every phrase of the lexicon standing
// alone, the common case of a status cell ("afgerond", "niet gestart").
var whole = func() map[string]explained {
	m := make(map[string]explained)
	for _, g := range lexicon {
		for _, p := range strings.Split(g.phrases, "|") {
			s, why := explain(p)
			m[p] = explained{s, why}
		}
	}
	return m
}()

// fold is norm.Fold without allocating for a cell that is folded already.
func fold(raw string) string {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c >= 0x80 || 'A' <= c && c <= 'Z' || c < ' ' || c == ' ' && (i == 0 || i == len(raw)-1 || raw[i-1] == ' ') {
			return norm.Fold(raw)
		}
	}
	return raw
}

// explain reads a folded cell.
func explain(f string) (Status, string) {
	ts := tokens(f)
	partOf := partCount(ts)
	best, why := Unknown, ""
	for i := 0; i < len(ts); {
		t := ts[i]
		if t.w == "" {
			i++
			continue
		}
		var s Status
		n := 1
		var neg bool
		switch {
		case t.pct:
			s = percent(t.num)
		default:
			p, ok := longest(ts, i)
			if !ok {
				i++
				continue
			}
			n = len(p.words)
			s, neg = signal(p.cls, ts, i, n, partOf)
		}
		if rank[s] > rank[best] {
			best, why = s, strings.Join(words(ts[i:i+n]), " ")
			if t.pct {
				why += "%"
			}
			if neg {
				why += " (ontkend)"
			}
		}
		i += n
	}
	if best == Unknown && strings.Contains(" "+strings.Join(words(ts), " ")+" ", " nog niet ") {
		return NotStarted, "nog niet"
	}
	return best, why
}

// signal is the status a phrase of class cls at ts[i:i+n] gives, read
// with the words around it; neg reports a negation.
func signal(cls class, ts []tok, i, n int, partOf bool) (s Status, neg bool) {
	var nog, partial, prospect, hedge, whole bool
	for k, seen := i-1, 0; k >= 0 && seen < 3 && ts[k].w != ""; k, seen = k-1, seen+1 {
		w := ts[k].w
		switch {
		case negators[w]:
			neg = true
			nog = nog || (k > 0 && ts[k-1].w == "nog")
		case w == "nog":
			nog = true
		case wholeWords[w]:
			whole = true
		}
		partial = partial || partials[w] || (ts[k].pct && ts[k].num < 100)
		prospect = prospect || prospects[w]
		hedge = hedge || hedges[w]
	}
	if neg && whole {
		neg, partial = false, true // "niet volledig gereed"
	}
	if !neg && postNegated(ts, i+n) {
		neg = true
	}
	switch cls {
	case clsDone:
		switch {
		case neg && nog:
			return OnTrack, true
		case neg:
			return Late, true
		case partial || partOf || prospect:
			return OnTrack, false
		}
		return Done, false
	case clsStarted:
		if neg {
			return NotStarted, true
		}
		return OnTrack, false
	case clsSchedule:
		if neg {
			return Late, true
		}
		return OnTrack, false
	case clsRisk:
		if neg {
			return OnTrack, true
		}
		return AtRisk, false
	case clsLate:
		switch {
		case neg:
			return OnTrack, true
		case hedge:
			return AtRisk, false
		}
		return Late, false
	case clsNotStarted:
		if neg {
			return Unknown, true
		}
		return NotStarted, false
	case clsDropped:
		if neg {
			return Unknown, true
		}
		return Dropped, false
	case clsPartial:
		return OnTrack, false
	}
	return Unknown, false
}

// postNegated reports a negation right after a status word: "loopt
// niet", "gereed: nee" (but not "gereed, niet vertraagd").
func postNegated(ts []tok, j int) bool {
	if j < len(ts) && (ts[j].sep == ':' || ts[j].sep == '?') {
		j++
	}
	if j >= len(ts) || !(ts[j].w == "niet" || ts[j].w == "nee") {
		return false
	}
	if j+1 < len(ts) && ts[j+1].w != "" {
		if _, ok := longest(ts, j+1); ok {
			return false
		}
	}
	return true
}

// percent is the status of a percentage done.
func percent(n int) Status {
	switch {
	case n >= 100:
		return Done
	case n == 0:
		return NotStarted
	}
	return OnTrack
}

// partCount reports "40 van 48": fewer done than due.
func partCount(ts []tok) bool {
	for i := 0; i+2 < len(ts); i++ {
		if ts[i].num >= 0 && !ts[i].pct && ts[i+1].w == "van" && ts[i+2].num > ts[i].num {
			return true
		}
	}
	return false
}

// longest returns the longest phrase of the lexicon at ts[i].
func longest(ts []tok, i int) (phrase, bool) {
	for _, p := range phrases[ts[i].w] {
		if i+len(p.words) > len(ts) {
			continue
		}
		ok := true
		for k, w := range p.words {
			if ts[i+k].w != w {
				ok = false
				break
			}
		}
		if ok {
			return p, true
		}
	}
	return phrase{}, false
}
