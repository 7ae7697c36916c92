package gemeente

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"pakompas/importer/norm"
)

// entry is what a normalised spelling stands for.
type entry struct {
	g          Gemeente
	former     string
	formerYear int
	// bare marks the plain form of a name CBS writes with a province suffix
	// ("hengelo" for "Hengelo (O.)"): a different province after it ("Hengelo
	// (Gld)", a village elsewhere) rules the match out.
	bare bool
	// ambiguous marks a spelling that names more than one gemeente ("Bergen").
	ambiguous bool
	// blocked marks a place that is not a gemeente but starts with the name of
	// one ("Beek en Donk"): it matches so that the shorter name cannot.
	blocked bool
	// rank orders sources when spellings collide: official names win over
	// suffix variants, those over aliases, those over former gemeenten.
	rank int
}

const (
	rankOfficial = iota
	rankVariant
	rankAlias
	rankFormer
)

// index holds every known spelling in two normal forms.
type index struct {
	// byKey maps norm.Key forms ("ouderamstel"): used for whole cells, single
	// words and file names.
	byKey map[string]*entry
	// byWords maps the folded words joined by one space ("ouder amstel"):
	// used for runs of words in free text.
	byWords map[string]*entry
	// maxWords is the largest number of words in any spelling.
	maxWords int
}

var (
	indexOnce sync.Once
	idx       *index
)

// getIndex builds the index on first use.
func getIndex() *index {
	indexOnce.Do(func() { idx = buildIndex() })
	return idx
}

func buildIndex() *index {
	ix := &index{byKey: map[string]*entry{}, byWords: map[string]*entry{}}
	official := map[string]Gemeente{}
	for _, g := range All() {
		official[g.Name] = g
		ix.add(g.Name, &entry{g: g, rank: rankOfficial})
		if base, prov, ok := splitProvince(g.Name); ok {
			ix.add(base, &entry{g: g, bare: true, rank: rankVariant})
			for _, v := range provinceForms[prov] {
				ix.add(base+" "+v, &entry{g: g, rank: rankVariant})
			}
		}
	}
	formers := map[string]Former{}
	for _, f := range AllFormer() {
		g, ok := official[f.MergedInto]
		if !ok {
			panic(fmt.Sprintf("gemeente: former %q merged into unknown %q", f.Name, f.MergedInto))
		}
		formers[f.Name] = f
		ix.add(f.Name, &entry{g: g, former: f.Name, formerYear: f.Year, rank: rankFormer})
	}
	for _, a := range aliases {
		if g, ok := official[a.target]; ok {
			ix.add(a.alias, &entry{g: g, rank: rankAlias})
		} else if f, ok := formers[a.target]; ok {
			ix.add(a.alias, &entry{g: official[f.MergedInto], former: f.Name, formerYear: f.Year, rank: rankFormer})
		} else {
			panic(fmt.Sprintf("gemeente: alias %q for unknown %q", a.alias, a.target))
		}
	}
	for _, b := range notGemeenten {
		ix.put(norm.Key(b), norm.Words(b), &entry{blocked: true, rank: rankOfficial})
	}
	return ix
}

// add indexes one spelling of e. "Sint" is often abbreviated, so a name
// with that word is also indexed with "St" ("St.-Michielsgestel").
func (ix *index) add(written string, e *entry) {
	words := norm.Words(written)
	ix.put(norm.Key(written), words, e)
	if slices.Contains(words, "sint") {
		st := make([]string, len(words))
		for i, w := range words {
			if w == "sint" {
				w = "st"
			}
			st[i] = w
		}
		ix.put(strings.Join(st, ""), st, e)
	}
}

// put indexes a spelling given in both normal forms.
func (ix *index) put(key string, words []string, e *entry) {
	if key == "" {
		return
	}
	if len(words) > ix.maxWords {
		ix.maxWords = len(words)
	}
	ix.byKey[key] = merge(ix.byKey[key], e)
	w := strings.Join(words, " ")
	ix.byWords[w] = merge(ix.byWords[w], e)
}

// merge decides what a spelling means when two sources give it: the better
// rank wins, and two different gemeenten of the same rank make it ambiguous.
func merge(old, e *entry) *entry {
	switch {
	case old == nil, e.blocked:
		return e
	case old.blocked, old.ambiguous:
		return old
	case old.g.Code == e.g.Code && old.former == e.former:
		return old
	case e.rank < old.rank:
		return e
	case e.rank > old.rank:
		return old
	default:
		return &entry{ambiguous: true, rank: old.rank}
	}
}

// match turns an entry into a Match for the given written form.
func (e *entry) match(written string) Match {
	return Match{Name: e.g.Name, Code: e.g.Code, Written: written, Former: e.former, FormerYear: e.formerYear}
}
