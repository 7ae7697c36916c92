package align

import "testing"

// Fingerprints compare as ItemSimilarity does, mask values and the own
// gemeente, and leave a text without words empty.
func TestFingerprints(t *testing.T) {
	items := []Item{
		{Gemeente: "Uithoorn", Text: "De corporatie levert ten minste 40 woningen op in 2025 in gemeente Uithoorn."},
		{Gemeente: "Aalsmeer", Text: "De corporatie levert minimaal 60 woningen op in 2026 in gemeente Aalsmeer."},
		{Gemeente: "Uithoorn", Text: "Partijen gaan in gesprek over de betaalbaarheid van de woonlasten."},
		{Gemeente: "Uithoorn", Text: "2025"},
	}
	fp := Fingerprints(items, Options{})
	if fp[0].Key != fp[1].Key || fp[0].Similarity(fp[1]) != 1 {
		t.Errorf("masked values and gemeente should normalise alike: %q vs %q", fp[0].Key, fp[1].Key)
	}
	if got, want := fp[0].Similarity(fp[2]), ItemSimilarity(items[0], items[2], Options{}); got != want || got >= 0.6 {
		t.Errorf("similarity %v, ItemSimilarity %v", got, want)
	}
	if fp[3].Key != "" || fp[3].Similarity(fp[0]) != 0 {
		t.Errorf("a text of only a year: %+v", fp[3])
	}
}
