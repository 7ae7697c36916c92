package align

import (
	"slices"
	"strings"
)

// The measure GroupItems applies, for the tests: the same normalising
// (scratch.normalise), shingles and Jaccard similarity as the grouping,
// for two texts or two items on their own.

// normalise is scratch.normalise with buffers of its own; the caller owns
// the result.
func normalise(text string, own [][]string, list names) []string {
	var sc scratch
	return slices.Clone(sc.normalise(text, own, list))
}

// Similarity is the measure for two texts on their own: the Jaccard
// similarity of the sets of padded word pairs (2-shingles) of the
// normalised texts (see the package doc). Numbers, years, dates and
// capitalised names inside a sentence are masked; a gemeente's name at the
// start of a sentence is not, as the texts come without their gemeente
// (ItemSimilarity has it). It is 1 for texts that normalise alike and 0
// when either has no word left.
func Similarity(a, b string) float64 {
	return similarity(normalise(a, nil, nil), normalise(b, nil, nil), DefaultShingle)
}

// ItemSimilarity is the measure as GroupItems applies it to two items
// under o: each text with its own gemeente's name masked, o.Corporations
// and o.Names masked, and o.Shingle words per shingle. Group.Scores hold
// this measure between each member and the representative.
func ItemSimilarity(a, b Item, o Options) float64 {
	o = o.withDefaults()
	extra := newNames(o.Names, o.Corporations)
	ta := normalise(a.Text, ownWords(a.Gemeente), extra)
	tb := normalise(b.Text, ownWords(b.Gemeente), extra)
	return similarity(ta, tb, o.Shingle)
}

// Normalise returns the text as the measure sees it: words folded, values
// and names replaced by placeholders (#jaar, #datum, #getal, #gemeente,
// #naam), joined by spaces. It is how GroupItems makes a Group's Key.
func Normalise(it Item, o Options) string {
	return strings.Join(normalise(it.Text, ownWords(it.Gemeente), newNames(o.Names, o.Corporations)), " ")
}

func similarity(a, b []string, k int) float64 {
	if !hasWord(a) || !hasWord(b) {
		return 0
	}
	return jaccard(shingles(a, k), shingles(b, k))
}
