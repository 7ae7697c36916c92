package align

import (
	"strings"

	"pakompas/importer/parallel"
)

// Defaults for Options.
const (
	// DefaultThreshold is the least similarity to a group's representative
	// for a text to join the group. See the package doc for why 0.6.
	DefaultThreshold = 0.6
	// DefaultShingle is the number of words per shingle.
	DefaultShingle = 2
	// DefaultBands and DefaultRows shape the LSH index: 32 bands of 3
	// MinHash values (96 hash functions). A pair becomes a candidate with
	// probability 1-(1-s³)³², for similarity s: 0.9996 at the threshold
	// (0.6), 0.986 at 0.5, 0.23 at 0.2 and 0.03 at 0.1. On the national
	// corpus LSH finds 99.99% of the 59,936 pairs at or above 0.6 among
	// 6,141 distinct texts, checking about 1.2% of all pairs, and the
	// groups equal those of exact all-pairs verification.
	DefaultBands = 32
	DefaultRows  = 3
)

// Item is one agreement to align.
type Item struct {
	// ID is the agreement's id; it is carried along, never compared.
	ID string
	// Gemeente is the gemeente whose document holds the agreement. Its
	// name in the text is masked, so "gemeente Uithoorn" in Uithoorn reads
	// like "gemeente Aalsmeer" in Aalsmeer.
	Gemeente string
	// Theme is the national theme key; it may be "".
	Theme string
	// Text is the agreement as written.
	Text string
}

// Options tune the grouping. The zero value gives the defaults.
type Options struct {
	// Threshold is the least Jaccard similarity of shingle sets between a
	// member and its group's representative; 0 or less means
	// DefaultThreshold, above 1 means 1 (identical after normalising).
	Threshold float64
	// Shingle is the number of words per shingle; 0 or less means
	// DefaultShingle.
	Shingle int
	// Bands and Rows shape the LSH index (Bands·Rows MinHash values); 0 or
	// less means DefaultBands and DefaultRows. More rows per band give
	// fewer candidates, more bands a better chance to find a true pair.
	Bands, Rows int
	// Seed chooses the MinHash functions. The groups depend on it only
	// through the rare true pairs that LSH misses.
	Seed uint64
	// Corporations are names of housing corporations: in every text they
	// read as "de corporatie", so "Woonpoort bouwt" in one gemeente is
	// "De corporatie bouwt" in another (as "Gemeente Uithoorn" reads as
	// "de gemeente").
	Corporations []string
	// Names are other proper names to mask in every text as "#naam"
	// (tenant organisations, care providers, projects), for names that
	// stand where capitals do not show them (at the start of a sentence).
	//
	// Both lists change the normalised texts and so the group IDs.
	Names []string

	// bucketCap, when above 0, lowers the largest bucket verified pair by
	// pair (tests force the star path with it; see chooseLimits).
	bucketCap int
}

// withDefaults fills in the zero fields.
func (o Options) withDefaults() Options {
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	o.Threshold = min(o.Threshold, 1)
	if o.Shingle <= 0 {
		o.Shingle = DefaultShingle
	}
	if o.Bands <= 0 {
		o.Bands = DefaultBands
	}
	if o.Rows <= 0 {
		o.Rows = DefaultRows
	}
	return o
}

// Group is one agreement found in at least two gemeenten.
type Group struct {
	// ID is "g-" and 10 hex digits of a hash of Key. It depends only on
	// the representative's normalised text, so it stays the same when
	// files are reordered or unrelated agreements are added.
	ID string
	// Members are indexes into the items, ascending (input order).
	Members []int
	// Gemeenten are the members' gemeenten as written, distinct and
	// sorted (byte order).
	Gemeenten []string
	// Theme is the theme most members have ("" themes do not vote); a tie
	// goes to the theme of the earliest member among the tied ones.
	Theme string
	// Rep is the index of the representative item: the first member whose
	// text normalises to Key. Every member is at least Threshold similar
	// to it.
	Rep int
	// Key is the representative's normalised text, e.g. "de corporatie
	// levert in #getal sociale huurwoningen op in plan #naam".
	Key string
	// Scores are the members' similarity to the representative, aligned
	// with Members (1 for texts that normalise to Key).
	Scores []float64
}

// node is one distinct normalised text.
type node struct {
	key    string
	tokens []string
	count  int32 // items with this text
}

// GroupItems groups the items that are the same agreement, or nearly the
// same, across gemeenten. It returns only groups with members in at least
// two gemeenten, ordered by their first member. Items whose text has no
// word left after normalising (empty, or only numbers) are never grouped.
//
// The result is deterministic: the same items and options always give the
// same groups in the same order with the same IDs, and the groups, as sets
// of items, and their IDs do not depend on the order of the items.
func GroupItems(items []Item, o Options) []Group {
	o = o.withDefaults()
	nodeOf, nodes := distinctTexts(items, newNames(o.Names, o.Corporations))
	if len(nodes) == 0 {
		return nil
	}
	sets := shingleSets(nodes, o.Shingle)
	edges, _ := lshEdges(sets, o)
	return groupsFromEdges(items, nodes, nodeOf, edges)
}

// shingleSets returns the shingle set of every node.
func shingleSets(nodes []node, k int) [][]uint64 {
	sets := make([][]uint64, len(nodes))
	parallel.For(len(nodes), 256, func(lo, hi int) {
		for u := lo; u < hi; u++ {
			sets[u] = shingles(nodes[u].tokens, k)
		}
	})
	return sets
}

// lshEdges finds the pairs of nodes at least o.Threshold similar: MinHash
// signatures, LSH bands for candidates, and the exact Jaccard similarity
// of each candidate pair. It also returns the number of pairs compared.
func lshEdges(sets [][]uint64, o Options) ([]edge, int) {
	n, k := len(sets), o.Bands*o.Rows
	sigs := make([]uint32, n*k)
	mh := newMinHasher(k, o.Seed)
	parallel.For(n, 256, func(lo, hi int) {
		for u := lo; u < hi; u++ {
			mh.signature(sets[u], sigs[u*k:(u+1)*k])
		}
	})
	return verifiedEdges(sets, buildBands(sigs, n, o.Bands, o.Rows, comparisonBudget(sets), o.bucketCap), o.Threshold)
}

// groupsFromEdges clusters the similarity graph into stars and returns the
// groups of items.
func groupsFromEdges(items []Item, nodes []node, nodeOf []int32, edges []edge) []Group {
	reps, repOf, simOf := newGraph(len(nodes), edges).stars(nodes)
	return buildGroups(items, nodes, nodeOf, reps, repOf, simOf)
}

// distinctTexts normalises every item and numbers the distinct normalised
// texts in order of first appearance. nodeOf[i] is the node of item i, or
// -1 when the item has no text to group on.
func distinctTexts(items []Item, extra names) ([]int32, []node) {
	own := map[string][][]string{}
	for _, it := range items {
		if _, ok := own[it.Gemeente]; !ok {
			own[it.Gemeente] = ownWords(it.Gemeente)
		}
	}
	keys := make([]string, len(items))
	parallel.For(len(items), 512, func(lo, hi int) {
		var sc scratch
		for i := lo; i < hi; i++ {
			if t := sc.normalise(items[i].Text, own[items[i].Gemeente], extra); hasWord(t) {
				keys[i] = strings.Join(t, " ")
			}
		}
	})
	nodeOf := make([]int32, len(items))
	index := make(map[string]int32, len(items)/2)
	var nodes []node
	for i, key := range keys {
		if key == "" {
			nodeOf[i] = -1
			continue
		}
		u, ok := index[key]
		if !ok {
			u = int32(len(nodes))
			index[key] = u
			// Words and placeholders hold no spaces.
			nodes = append(nodes, node{key: key, tokens: strings.Split(key, " ")})
		}
		nodes[u].count++
		nodeOf[i] = u
	}
	return nodeOf, nodes
}
