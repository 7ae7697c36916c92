package corpus

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// Shares that shape a next year.
const (
	nextDropShare     = 0.08 // chance an agreement is not in the next year
	nextRewordShare   = 0.15 // chance a kept agreement is reworded lightly
	nextAddShare      = 0.08 // new agreements, as a share of the set
	nextRenumberShare = 3    // one set in this many is numbered afresh
)

// NextYear returns the jaarschijf of the year after each set's, made
// deterministically from seed: about 8% of the agreements dropped, 15%
// of the rest lightly reworded (corpus edits such as "ten minste" →
// "minimaal", other numbers, every year in the text one on), new
// agreements added (8%), statuses moved on (some done), and one set in
// three numbered afresh (the others keep their numbers: gaps where
// agreements were dropped, new ones numbered after the last of their
// theme). The file name, title and sheet name carry the new year.
//
// prev[s][k] is the index in sets[s].Items of the agreement that item k
// of the next year's set s continues, or -1 for a new agreement: the
// truth a matching across years is measured against.
func NextYear(sets []Set, seed uint64) (next []Set, prev [][]int) {
	next, prev = make([]Set, len(sets)), make([][]int, len(sets))
	for s, set := range sets {
		r := rand.New(rand.NewPCG(seed, 0x6e657874<<8+uint64(s)))
		next[s], prev[s] = nextSet(r, set)
	}
	return next, prev
}

// nextSet makes one set's next year.
func nextSet(r *rand.Rand, s Set) (Set, []int) {
	year := s.Year
	if year == "" {
		year = "2025"
	}
	y, _ := strconv.Atoi(year)
	ny := strconv.Itoa(y + 1)
	out := s
	out.Year = ny
	out.FileName = strings.ReplaceAll(s.FileName, year, ny)
	out.Title = strings.ReplaceAll(s.Title, year, ny)
	out.Sheet = strings.ReplaceAll(s.Sheet, year, ny)
	nm := &names{gemeente: s.Gemeente.Name, corp: s.Corporation, hvo: "de huurdersorganisatie",
		zorg: zorgNames[r.IntN(len(zorgNames))], wijken: wijkNames[:6], straten: streetNames[:8], plans: []string{"Centrumplan"}}
	l := &local{r: r, e: &expander{r: r, names: nm}, names: nm, layout: s.Layout, used: map[string]bool{}, usedT: map[*template]bool{}}
	for _, it := range s.Items {
		l.used[it.Text] = true
	}
	colour := strings.Contains(strings.Join(statusesOf(s.Items), " "), "groen")
	out.Items = nil
	var prev []int
	last := map[string]int{} // per theme, the highest rank given
	themePos := map[string]string{}
	for k, it := range s.Items {
		pos, rank, _ := strings.Cut(it.Number, ".")
		themePos[it.Theme] = pos
		n, _ := strconv.Atoi(rank)
		last[it.Theme] = max(last[it.Theme], n)
		if r.Float64() < nextDropShare {
			continue
		}
		if r.Float64() < nextRewordShare {
			it.Text = lightEdit(r, nm, it.Text)
		}
		it.Text = yearsOn(it.Text, y)
		it.Status = nextStatus(r, it.Status, colour)
		out.Items = append(out.Items, it)
		prev = append(prev, k)
		// New agreements join the theme right after this one's last.
		if k+1 < len(s.Items) && s.Items[k+1].Theme == it.Theme {
			continue
		}
		for r.Float64() < nextAddShare*float64(len(s.Items))/float64(len(Themes))/3 {
			ti := themeIndex(it.Theme)
			nw := newItem(l, ti)
			nw.Theme, nw.ThemeRaw = it.Theme, it.ThemeRaw
			last[it.Theme]++
			nw.Number = themePos[it.Theme] + "." + strconv.Itoa(last[it.Theme])
			out.Items = append(out.Items, nw)
			prev = append(prev, -1)
		}
	}
	if r.IntN(nextRenumberShare) == 0 {
		renumber(out.Items)
	}
	return out, prev
}

// newItem draws a fresh agreement of theme ti for a next year.
func newItem(l *local, ti int) Item {
	var t *template
	var text string
	for try := 0; try < 12; try++ {
		t = drawTemplate(l.r, ti)
		text = l.e.expand(t.segs, nil)
		if !l.used[text] {
			break
		}
	}
	l.used[text] = true
	it := Item{Text: text, Kind: t.kind, Vague: t.kind == KindVague, Owner: l.owner(t.owner)}
	it.Status = "loopt"
	return it
}

// yearsOn moves every year from y to y+3 in text one year on ("in 2025"
// → "in 2026"), from the last so that none moves twice.
func yearsOn(text string, y int) string {
	for yy := y + 3; yy >= y; yy-- {
		text = strings.ReplaceAll(text, strconv.Itoa(yy), strconv.Itoa(yy+1))
	}
	return text
}

// nextStatus moves a status on: a third of the open agreements done.
func nextStatus(r *rand.Rand, st string, colour bool) string {
	if r.IntN(3) != 0 {
		return st
	}
	if colour {
		return colourStatus[r.IntN(len(colourStatus))]
	}
	return wordStatus[r.IntN(len(wordStatus))]
}

// statusesOf lists the items' statuses.
func statusesOf(items []Item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Status
	}
	return out
}

// renumber numbers items afresh, "pos.rank" in their order.
func renumber(items []Item) {
	pos, rank := 0, 0
	for i := range items {
		if i == 0 || items[i].Theme != items[i-1].Theme {
			pos++
			rank = 0
		}
		rank++
		items[i].Number = strconv.Itoa(pos) + "." + strconv.Itoa(rank)
	}
}
