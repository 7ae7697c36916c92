package corpus

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"pakompas/importer/model"
)

// names are the values of the name slots for one gemeente.
type names struct {
	gemeente, corp, hvo, zorg string
	wijken, plans, straten    []string
}

// expander fills template slots from a random source.
type expander struct {
	r     *rand.Rand
	names *names
	date  time.Time // the last {datum} filled in, zero if none
}

// deadlines are the day and month of typical deadlines.
var deadlines = [][2]int{{1, 4}, {1, 7}, {1, 10}, {31, 12}, {1, 3}, {30, 6}, {30, 9}, {15, 11}}

// expand writes segs with every slot filled in, except the name slots in
// keep: those are written back as "{name}" so they can be filled later.
func (e *expander) expand(segs []seg, keep map[string]bool) string {
	var b strings.Builder
	r := e.r
	for _, s := range segs {
		switch s.kind {
		case segLit:
			b.WriteString(s.text)
		case segChoice:
			b.WriteString(s.choices[r.IntN(len(s.choices))])
		case segInt:
			b.WriteString(strconv.Itoa(s.lo + s.step*r.IntN((s.hi-s.lo)/s.step+1)))
		case segWord:
			b.WriteString(numberWords[s.lo+r.IntN(s.hi-s.lo+1)])
		case segEur:
			b.WriteString("€ ")
			b.WriteString(model.Thousands(s.lo + s.step*r.IntN((s.hi-s.lo)/s.step+1)))
		case segYear:
			b.WriteString(strconv.Itoa(s.lo + r.IntN(s.hi-s.lo+1)))
		case segDate:
			d := deadlines[r.IntN(len(deadlines))]
			e.date = time.Date(s.lo+r.IntN(s.hi-s.lo+1), time.Month(d[1]), d[0], 0, 0, 0, 0, time.UTC)
			b.WriteString(dutchDate(e.date))
		case segMonth:
			b.WriteString(dutchMonths[r.IntN(12)])
			b.WriteString(" ")
			b.WriteString(strconv.Itoa(2025 + r.IntN(2)))
		case segQuarter:
			b.WriteString([]string{"het eerste", "het tweede", "het derde", "het vierde"}[r.IntN(4)])
			b.WriteString(" kwartaal van ")
			b.WriteString(strconv.Itoa(2025 + r.IntN(2)))
		case segName:
			if keep[s.text] {
				b.WriteString("{" + s.text + "}")
				continue
			}
			b.WriteString(e.name(s.text))
		}
	}
	return b.String()
}

// name returns a value for a name slot.
func (e *expander) name(slot string) string {
	n := e.names
	switch slot {
	case "gemeente":
		return n.gemeente
	case "corp":
		return n.corp
	case "hvo":
		return n.hvo
	case "zorg":
		return n.zorg
	case "wijk":
		return n.wijken[e.r.IntN(len(n.wijken))]
	case "plan":
		return n.plans[e.r.IntN(len(n.plans))]
	case "straat":
		return n.straten[e.r.IntN(len(n.straten))]
	}
	return ""
}

// dutchDate writes t as "31 december 2025".
func dutchDate(t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + dutchMonths[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// edits are the light changes one gemeente makes to a corporation's
// shared text: the first string becomes the second. "{corp}" and
// "{gemeente}" in the replacement are filled in.
var edits = [][2]string{
	{"uiterlijk ", "vóór "},
	{"vóór ", "uiterlijk "},
	{"De corporatie ", "{corp} "},
	{"Partijen ", "Alle partijen "},
	{"minimaal ", "ten minste "},
	{"ten minste ", "minimaal "},
	{"in gesprek", "in overleg"},
	{"onderzoekt de mogelijkheden", "verkent de mogelijkheden"},
	{"onderzoeken de mogelijkheden", "verkennen de mogelijkheden"},
	{"zo veel mogelijk", "zoveel mogelijk"},
	{"jaarlijks", "elk jaar"},
	{" samen ", " gezamenlijk "},
	{" woningen ", " wooneenheden "},
	{" procent", "%"},
	{"De gemeente ", "Gemeente {gemeente} "},
	{"Gemeente en corporatie", "Gemeente en {corp}"},
	{"streeft naar", "zet zich in voor"},
	{"2026", "2027"},
	{"2025", "2026"},
}

// lightEdit applies one applicable edit to text, chosen at random. A text
// no edit applies to gets a closing remark instead.
func lightEdit(r *rand.Rand, n *names, text string) string {
	var can []int
	for i, e := range edits {
		if strings.Contains(text, e[0]) {
			can = append(can, i)
		}
	}
	if len(can) == 0 {
		return strings.TrimSuffix(text, ".") + ", conform het bod."
	}
	e := edits[can[r.IntN(len(can))]]
	to := strings.NewReplacer("{corp}", n.corp, "{gemeente}", n.gemeente).Replace(e[1])
	return strings.Replace(text, e[0], to, 1)
}
