package theme

import (
	"slices"
	"sync"

	"pakompas/importer/norm"
)

// What decided a placement (Placement.Via).
const (
	ViaTheme   = "thema"    // a synonym in the local theme name
	ViaText    = "tekst"    // keywords in the agreement text; the name said nothing
	ViaConfig  = "config"   // the name is pinned in [themas.lokaal]
	ViaAdviser = "adviseur" // the adviser moved the agreement or its theme name
	ViaNone    = "geen"     // nothing: the agreement is in overig
)

// Weights of a phrase claim against a one-word claim. In a theme name a
// phrase is one mention ("Bijzondere doelgroepen" counts as much as
// "Leefbaarheid"); in a text two words in a row are stronger evidence.
const (
	namePhraseWeight = 1.0
	textPhraseWeight = 1.5
)

// cacheLimit bounds the number of distinct local theme names a Placer
// remembers; real imports have dozens.
const cacheLimit = 1 << 14

// Placement is where one agreement lands in the taxonomy, and why.
type Placement struct {
	Key   string // theme key; KeyOverig when nothing placed it
	Label string // its display name
	// Via says what decided: ViaTheme, ViaText, ViaConfig, ViaAdviser or
	// ViaNone.
	Via string
	// Matched is what decided: the synonym found in
	// the name, the keywords found in the text (up to three, comma
	// separated), the pinned name as written in the config, or what the
	// adviser moved (the agreement id or the theme name).
	Matched string
	// Raw is the local theme name as written, kept so that an agreement in
	// overig still shows where it came from.
	Raw string
	// Also are the keys of other themes the name mentioned as strongly
	// ("Betaalbaarheid en beschikbaarheid"); nil without a tie.
	Also []string
	// Prob is the learned scorer's probability for the theme it placed
	// a text in (ViaText by the scorer; 0 otherwise). When it is below
	// UnsureBelow, Second is the theme it scored next: the one to
	// consider (Unsure); empty otherwise.
	Prob   float32
	Second string
}

// Unsure reports a placement by the scorer under UnsureBelow: one whose
// runner-up (Second) the adviser should consider.
func (p Placement) Unsure() bool { return p.Second != "" }

// Placer places agreements in a taxonomy. It is compiled once, remembers
// the verdict per local theme name, and is safe for concurrent use.
type Placer struct {
	tax    Taxonomy
	names  *index // synonyms, for theme names
	texts  *index // keywords, for agreement texts
	ignore map[string]bool
	overig int
	// model is the learned scorer for texts, nil when the taxonomy lacks
	// one of the national themes it was trained on (a replaced taxonomy);
	// class maps its classes to theme indexes.
	model *learned
	class []int
	// rules gives the scorer the precedence rules' features (rules.go).
	rules *rules

	mu    sync.RWMutex
	cache map[string]*nameResult
}

// nameResult is what a local theme name says, computed once per name.
type nameResult struct {
	local string // LocalKey
	pin   pin    // the config pin; key "" for none
	cands []cand // the themes the name names most strongly, first named first
}

// cand is a theme a name points at, with the synonym that says so and the
// other themes tied with it.
type cand struct {
	theme int
	term  string
	also  []string
}

// NewPlacer compiles t (the zero Taxonomy is the default one).
func NewPlacer(t Taxonomy) *Placer {
	t = t.or()
	p := &Placer{
		tax:    t,
		ignore: map[string]bool{},
		overig: t.index(KeyOverig),
		cache:  map[string]*nameResult{},
	}
	for _, w := range t.ignore {
		p.ignore[norm.Key(w)] = true
	}
	var syn, kw []term
	for i, th := range t.themes {
		syn = appendTerms(syn, th.Synonyms, i)
		if len(th.Keywords) > 0 {
			kw = appendTerms(kw, th.Keywords, i)
		} else {
			kw = appendTerms(kw, th.Synonyms, i)
		}
	}
	p.names = newIndex(syn)
	p.texts = newIndex(kw)
	p.model, p.class = modelFor(t, defaultLearned())
	if p.model != nil {
		p.rules = newRules(t)
	}
	return p
}

// modelFor returns m and the theme index of each of its classes when t
// has all of them, else nil.
func modelFor(t Taxonomy, m *learned) (*learned, []int) {
	class := make([]int, len(m.classes))
	for i, k := range m.classes {
		if class[i] = t.index(k); class[i] < 0 {
			return nil, nil
		}
	}
	return m, class
}

// appendTerms compiles list for theme i. A taxonomy is checked when it is
// made, so a term that does not compile cannot occur; it would be skipped.
func appendTerms(dst []term, list []string, i int) []term {
	for _, s := range list {
		if t, err := parseTerm(s, i); err == nil {
			dst = append(dst, t)
		}
	}
	return dst
}

// Place places one agreement by its local theme name and, when the name
// says nothing, by its text. A name that names several themes equally
// ("Betaalbaarheid en beschikbaarheid") goes to the one its text supports
// most, else to the one named first. What neither places lands in
// KeyOverig with Via ViaNone and the raw name kept.
func (p *Placer) Place(themeRaw, text string) Placement {
	return p.place(p.name(themeRaw), themeRaw, text)
}

// PlaceWith is Place with the adviser's moves: an agreement moved by id
// comes first, then a moved local theme name, then Place.
func (p *Placer) PlaceWith(ov Overrides, id, themeRaw, text string) Placement {
	if key := ov.ByID[id]; id != "" && key != "" {
		return p.at(key, ViaAdviser, id, themeRaw)
	}
	r := p.name(themeRaw)
	if key := ov.local(themeRaw, r.local); key != "" {
		return p.at(key, ViaAdviser, themeRaw, themeRaw)
	}
	return p.place(r, themeRaw, text)
}

func (p *Placer) place(r *nameResult, raw, text string) Placement {
	if r.pin.key != "" {
		return p.at(r.pin.key, ViaConfig, r.pin.name, raw)
	}
	switch len(r.cands) {
	case 0:
		return p.byText(raw, text)
	case 1:
		return p.atIndex(r.cands[0].theme, ViaTheme, r.cands[0].term, raw)
	}
	c := r.cands[p.breakTie(r.cands, text)]
	pl := p.atIndex(c.theme, ViaTheme, c.term, raw)
	pl.Also = slices.Clone(c.also)
	return pl
}

// byText places by the text alone: by the learned scorer combined with
// the keywords (see learnedText), or by the keywords alone when the
// taxonomy has no scorer.
func (p *Placer) byText(raw, text string) Placement {
	r := textWords(text, p.ignore)
	claims := p.texts.claims(r.words, r.proper)
	t := p.tallyClaims(r, claims)
	if p.model != nil {
		return p.learnedText(raw, r, claims, t)
	}
	lead := t.leaders()
	if len(lead) == 0 {
		return p.atIndex(p.overig, ViaNone, "", raw)
	}
	return p.atIndex(lead[0], ViaText, p.texts.matched(t, lead[0], 3), raw)
}

// breakTie returns the candidate the text supports most; the first on a
// tie.
func (p *Placer) breakTie(cands []cand, text string) int {
	if text == "" {
		return 0
	}
	t := p.textTally(text)
	best := 0
	for i, c := range cands {
		if t.score[c.theme] > t.score[cands[best].theme] {
			best = i
		}
	}
	return best
}

func (p *Placer) textTally(text string) tally {
	r := textWords(text, p.ignore)
	return p.tallyClaims(r, p.texts.claims(r.words, r.proper))
}

// tallyClaims tallies the keyword claims of a text read as r.
func (p *Placer) tallyClaims(r reading, claims []claim) tally {
	return p.texts.tally(claims, len(p.tax.themes), textPhraseWeight, r.forWhom)
}

// at is the placement in theme key; a key the taxonomy lacks (an old
// override after the taxonomy was replaced) keeps the key as its label.
func (p *Placer) at(key, via, matched, raw string) Placement {
	return Placement{Key: key, Label: or(p.tax.Label(key), key), Via: via, Matched: matched, Raw: raw}
}

func (p *Placer) atIndex(i int, via, matched, raw string) Placement {
	th := &p.tax.themes[i]
	return Placement{Key: th.Key, Label: th.Label, Via: via, Matched: matched, Raw: raw}
}

// name returns what a local theme name says, from the cache when it can.
func (p *Placer) name(raw string) *nameResult {
	p.mu.RLock()
	r, ok := p.cache[raw]
	p.mu.RUnlock()
	if ok {
		return r
	}
	r = p.resolve(raw)
	p.mu.Lock()
	if len(p.cache) < cacheLimit {
		p.cache[raw] = r
	}
	p.mu.Unlock()
	return r
}

func (p *Placer) resolve(raw string) *nameResult {
	clean := Clean(raw)
	r := &nameResult{local: norm.Key(clean)}
	if pn, ok := p.tax.pins[r.local]; ok && r.local != "" {
		r.pin = pn
	}
	t := p.names.tally(p.names.claims(contentWords(clean, p.ignore), nil), len(p.tax.themes), namePhraseWeight, nil)
	lead := t.leaders()
	for _, i := range lead {
		c := cand{theme: i, term: p.names.terms[t.terms[i][0]].src}
		if len(lead) > 1 {
			for _, j := range lead {
				if j != i {
					c.also = append(c.also, p.tax.themes[j].Key)
				}
			}
		}
		r.cands = append(r.cands, c)
	}
	return r
}
