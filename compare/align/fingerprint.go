package align

// Fingerprint is the comparable form of one item's text, as GroupItems
// sees it: the normalised text and its shingle set. Other packages use it
// to compare texts by the same measure (compare/verloop matches one
// gemeente's agreements across years with it).
type Fingerprint struct {
	// Key is the normalised text (see Normalise); "" when no word is left.
	Key string
	// Shingles is the sorted, distinct set of shingle hashes of Key.
	// Items with the same Key share one slice: do not modify it.
	Shingles []uint64
}

// Fingerprints returns the fingerprint of every item under o (its own
// gemeente's name, o.Corporations and o.Names masked, o.Shingle words per
// shingle), in the order of items. Identical normalised texts are
// normalised and shingled once.
func Fingerprints(items []Item, o Options) []Fingerprint {
	o = o.withDefaults()
	nodeOf, nodes := distinctTexts(items, newNames(o.Names, o.Corporations))
	sets := shingleSets(nodes, o.Shingle)
	out := make([]Fingerprint, len(items))
	for i, u := range nodeOf {
		if u >= 0 {
			out[i] = Fingerprint{Key: nodes[u].key, Shingles: sets[u]}
		}
	}
	return out
}

// Similarity is the Jaccard similarity of the two shingle sets: 1 for
// texts that normalise alike, 0 when either has no word.
func (f Fingerprint) Similarity(g Fingerprint) float64 {
	return jaccard(f.Shingles, g.Shingles)
}
