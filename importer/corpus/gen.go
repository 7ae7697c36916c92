package corpus

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"pakompas/importer/gemeente"
	"pakompas/importer/norm"
)

// Shares that shape the corpus.
const (
	vagueShare     = 0.34 // chance a drawn text is vague
	frameworkShare = 0.2  // chance a samenwerking text is a framework clause
	corpPoolShare  = 0.30 // chance an item comes from its corporation's texts
	nationalShare  = 0.04 // chance an item comes from the national texts
	editShare      = 0.35 // chance a shared corporation text is lightly edited
	vagueTailShare = 0.6  // chance a fresh vague text gets a vague tail
	notesShare     = 0.33 // chance a kolom item has a Toelichting
	corpPoolSize   = 10   // shared texts per corporation and theme
	nationalSize   = 3    // national texts per theme
)

// allNames keeps every name slot open: national texts name no party.
var allNames = map[string]bool{
	"corp": true, "gemeente": true, "hvo": true, "zorg": true, "wijk": true, "plan": true, "straat": true,
}

// shared is a text proposed in several gemeenten, with its local name
// slots still open.
type shared struct {
	t    *template
	segs []seg
	date time.Time // the {datum} filled in, zero if none
}

// world is what all gemeenten share: the corporations, which gemeente
// each works in, and their texts.
type world struct {
	seed     uint64
	corpOf   []int      // corporation index per gemeente of the full list
	pools    [][]shared // per corporation*len(Themes)+theme
	national [][]shared // per theme
}

// newWorld sets up the corporations for n gemeenten.
func newWorld(seed uint64, n int) *world {
	r := rand.New(rand.NewPCG(seed, 0x636f72707573))
	w := &world{seed: seed, corpOf: make([]int, n)}
	for i := range w.corpOf {
		w.corpOf[i] = r.IntN(len(corporationNames))
	}
	e := &expander{r: r}
	for _, corp := range corporationNames {
		e.names = &names{corp: corp}
		for ti := range Themes {
			w.pools = append(w.pools, drawShared(e, ti, corpPoolSize, localNames))
		}
	}
	e.names = &names{}
	for ti := range Themes {
		w.national = append(w.national, drawShared(e, ti, nationalSize, allNames))
	}
	return w
}

// drawShared draws n texts of theme ti, filling all slots but keep.
func drawShared(e *expander, ti, n int, keep map[string]bool) []shared {
	out := make([]shared, 0, n)
	for range n {
		t := drawTemplate(e.r, ti)
		e.date = time.Time{}
		segs, err := parseSegs(e.expand(t.segs, keep))
		if err != nil {
			panic("corpus: " + err.Error()) // kept slots always parse
		}
		out = append(out, shared{t: t, segs: segs, date: e.date})
	}
	return out
}

// drawTemplate picks a template of theme ti, first choosing its kind.
func drawTemplate(r *rand.Rand, ti int) *template {
	k := KindConcrete
	switch {
	case Themes[ti] == "samenwerking" && len(templatesByKind[ti][2]) > 0 && r.Float64() < frameworkShare:
		k = KindFramework
	case r.Float64() < vagueShare:
		k = KindVague
	}
	ts := templatesByKind[ti][kindIndex(k)]
	return &ts[r.IntN(len(ts))]
}

// local is the per-gemeente state while generating its items.
type local struct {
	r           *rand.Rand
	e           *expander
	names       *names
	layout      string
	ownerStyle  int
	colourWords bool
	used        map[string]bool    // texts the gemeente already has
	usedT       map[*template]bool // templates the gemeente already used
	house       [][2]string        // the document's own way to name the parties
}

// buildSet generates the set of gemeente g, index gi in the full list.
func (w *world) buildSet(gi int, g gemeente.Gemeente, per int) Set {
	r := rand.New(rand.NewPCG(w.seed, 1<<32+uint64(gi)))
	corp := w.corpOf[gi]
	nm := localNamesFor(r, g.Name, corporationNames[corp])
	l := &local{
		r: r, e: &expander{r: r, names: nm}, names: nm,
		layout:      LayoutKolom,
		ownerStyle:  r.IntN(3),
		colourWords: r.IntN(2) == 0,
		used:        make(map[string]bool, per),
		usedT:       make(map[*template]bool, per),
	}
	s := Set{
		Gemeente:    g,
		FileName:    norm.Slug(g.Name) + "_prestatieafspraken_2025.xlsx",
		Corporation: nm.corp,
		Year:        "2025",
		Subtitle: "Gemeente " + g.Name + ", " + nm.corp + " en " + nm.hvo +
			" · vastgesteld op " + dutchDate(time.Date(2024, 11, 18+r.IntN(13), 0, 0, 0, 0, time.UTC)),
	}
	if gi%2 == 0 {
		s.Layout, s.Sheet, s.Title = LayoutKolom, "Afspraken", "Prestatieafspraken 2025 gemeente "+g.Name
	} else {
		s.Layout, s.Sheet, s.Title = LayoutSecties, "Jaarschijf 2025", "Jaarschijf 2025 prestatieafspraken gemeente "+g.Name
	}
	l.layout = s.Layout
	l.house = houseStyle(r, nm)

	order := make([]int, len(Themes))
	for i := range order {
		order[i] = i
	}
	if r.IntN(4) == 0 { // some documents put two themes the other way round
		k := 1 + r.IntN(len(order)-2)
		order[k], order[k+1] = order[k+1], order[k]
	}
	raw := make([]string, len(Themes))
	for i := range raw {
		raw[i] = themeVariants[i][r.IntN(len(themeVariants[i]))]
	}
	counts := distribute(r, per)
	s.Items = make([]Item, 0, per)
	pos := 0
	for _, ti := range order {
		if counts[ti] == 0 {
			continue
		}
		pos++
		for k := 1; k <= counts[ti]; k++ {
			it := w.item(l, ti, corp)
			it.Theme, it.ThemeRaw = Themes[ti], raw[ti]
			it.Number = strconv.Itoa(pos) + "." + strconv.Itoa(k)
			s.Items = append(s.Items, it)
		}
	}
	return s
}

// localNamesFor draws the names of one gemeente.
func localNamesFor(r *rand.Rand, gem, corp string) *names {
	nm := &names{gemeente: gem, corp: corp, zorg: zorgNames[r.IntN(len(zorgNames))]}
	subject := gem
	if r.IntN(10) < 3 {
		subject = strings.TrimPrefix(strings.TrimPrefix(corp, "Stichting "), "Woningstichting ")
	}
	nm.hvo = strings.Replace(hvoPatterns[r.IntN(len(hvoPatterns))], "%s", subject, 1)
	for _, i := range r.Perm(len(wijkNames))[:6] {
		nm.wijken = append(nm.wijken, wijkNames[i])
	}
	for _, i := range r.Perm(len(streetNames))[:8] {
		nm.straten = append(nm.straten, streetNames[i])
	}
	for _, i := range r.Perm(len(planPatterns))[:4] {
		p := strings.NewReplacer("{wijk}", nm.wijken[r.IntN(len(nm.wijken))],
			"{straat}", nm.straten[r.IntN(len(nm.straten))]).Replace(planPatterns[i])
		nm.plans = append(nm.plans, p)
	}
	return nm
}

// distribute splits per agreements over the themes by themeWeights, at
// least one each when per allows, with some random spread.
func distribute(r *rand.Rand, per int) []int {
	counts := make([]int, len(Themes))
	total := 0
	for _, w := range themeWeights {
		total += w
	}
	rest := per
	if per >= len(Themes) {
		for i := range counts {
			counts[i] = 1
		}
		rest -= len(Themes)
	}
	given := 0
	for i, w := range themeWeights {
		counts[i] += rest * w / total
		given += rest * w / total
	}
	for range rest - given {
		x := r.IntN(total)
		for i, w := range themeWeights {
			if x < w {
				counts[i]++
				break
			}
			x -= w
		}
	}
	for range per / 30 { // move a few agreements between themes
		from, to := r.IntN(len(counts)), r.IntN(len(counts))
		if counts[from] > 1 {
			counts[from]--
			counts[to]++
		}
	}
	return counts
}
