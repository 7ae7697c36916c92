package verloop

import (
	"slices"
	"strings"

	"pakompas/compare/align"
)

// stopwords are the Dutch function words left out of the content words:
// articles, pronouns, prepositions, conjunctions and auxiliaries.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`de het een en of in op aan van voor met bij naar uit over
		om tot door te als dan dat die dit deze zijn haar hun hij zij ze wij we er
		is zijn wordt worden word heeft hebben kan kunnen zal zullen moet moeten
		niet geen ook nog al wel waar wat wie welke per na onder tussen tegen
		binnen vanaf sinds zo meer alle elk ieder`) {
		m[w] = true
	}
	return m
}()

// content returns the distinct content words of a normalised text (its
// key): no stopwords, no placeholders, sorted.
func content(key string) []string {
	var out []string
	for _, w := range strings.Fields(key) {
		if !stopwords[w] && !strings.HasPrefix(w, "#") {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// similarity is the measure of the matching: the mean of compare/align's
// word-pair similarity (order and wording) and the Jaccard similarity of
// the content words (the subject, whatever the phrasing). Both see the
// normalised texts, values and names masked.
func similarity(a, b align.Fingerprint, ca, cb []string) float64 {
	return (a.Similarity(b) + align.Jaccard(ca, cb)) / 2
}
