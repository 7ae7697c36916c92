package align

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// nearIdentical returns n distinct texts that differ from one base
// sentence in two words (one of them a random six-letter word), spread
// over 50 gemeenten: the hostile case that puts thousands of distinct
// texts in one LSH bucket.
func nearIdentical(n int) []Item {
	base := strings.Fields("de corporatie en de gemeente onderzoeken samen met de huurdersorganisatie de mogelijkheden voor een energiefonds voor huurders in de wijk")
	return generated(n, 1, func(r *rand.Rand) []string {
		words := append([]string(nil), base...)
		b := make([]byte, 6)
		for k := range b {
			b[k] = byte('a' + r.IntN(26))
		}
		words[r.IntN(len(words))] = string(b)
		words[r.IntN(len(words))] = base[r.IntN(len(base))]
		return words
	})
}

// generated returns n items over 50 gemeenten whose words text makes,
// from a random source seeded with seed.
func generated(n int, seed uint64, text func(r *rand.Rand) []string) []Item {
	r := rand.New(rand.NewPCG(seed, seed+1))
	items := make([]Item, n)
	for i := range items {
		items[i] = Item{ID: fmt.Sprint(i), Gemeente: fmt.Sprintf("G%02d", i%50), Text: strings.Join(text(r), " ")}
	}
	return items
}

// comparedPairs returns the distinct texts of the items, their shingle sets
// and the number of pairs LSH verification compares.
func comparedPairs(items []Item) ([]node, [][]uint64, int) {
	o := Options{}.withDefaults()
	_, nodes := distinctTexts(items, nil)
	sets := shingleSets(nodes, o.Shingle)
	_, n := lshEdges(sets, o)
	return nodes, sets, n
}

// TestBigBucketIsLinear: 20,000 distinct near-identical texts used to be
// verified pair by pair (76 s for 20,000); with star verification of big buckets the
// number of similarities computed stays within a small multiple of the
// number of texts, and the family is still gathered in groups.
func TestBigBucketIsLinear(t *testing.T) {
	items := nearIdentical(8000)
	nodes, _, compared := comparedPairs(items)
	n := len(nodes)
	// Pair by pair this costs 9,280 comparisons per text; star
	// verification about 100.
	if limit := 150 * n; compared > limit {
		t.Fatalf("%d distinct texts cost %d comparisons, want at most %d (150 per text)", n, compared, limit)
	}
	groups := GroupItems(items, Options{})
	grouped := 0
	for _, g := range groups {
		grouped += len(g.Members)
	}
	if grouped < len(items)*9/10 || len(groups) > 400 {
		t.Errorf("%d groups hold %d of %d near-identical texts", len(groups), grouped, len(items))
	}
	t.Logf("%d distinct texts, %d comparisons (%.1f per text), %d groups hold %d items", n, compared, float64(compared)/float64(n), len(groups), grouped)
}

// TestStarPathKeepsGroups forces star verification on every bucket of more
// than 8 texts in part of the national corpus: the groups stay nearly the
// same as with pair-by-pair verification.
func TestStarPathKeepsGroups(t *testing.T) {
	items := nationalPart(60)
	want := GroupItems(items, Options{})
	got := GroupItems(items, Options{bucketCap: 8})
	groupOf := func(gs []Group) map[int]string {
		m := map[int]string{}
		for _, g := range gs {
			for _, i := range g.Members {
				m[i] = g.ID
			}
		}
		return m
	}
	a, b := groupOf(want), groupOf(got)
	same := 0
	for i, id := range a {
		if b[i] == id {
			same++
		}
	}
	if len(a) < 1000 || float64(same) < 0.97*float64(len(a)) {
		t.Fatalf("star path keeps %d of %d grouped items in the same group", same, len(a))
	}
	t.Logf("star path keeps %d of %d grouped items in the same group (%d vs %d groups)", same, len(a), len(got), len(want))
}

// randomTexts returns n texts of 60 to 110 words drawn at random from 22
// agreement words: every pair shares many word pairs, so LSH buckets are
// many and large (the hostile 61 MB CSV of issue 11).
func randomTexts(n int) []Item {
	words := strings.Fields("de gemeente corporatie huurders woningen bouwen onderzoeken samen wijk energie jaarlijks overleg partijen streven naar sociale huur nieuwbouw afspraak monitoren leefbaarheid zorg")
	return generated(n, 3, func(r *rand.Rand) []string {
		t := make([]string, 60+r.IntN(51))
		for k := range t {
			t[k] = words[r.IntN(len(words))]
		}
		return t
	})
}

// TestComparisonsWithinBudget: random texts from a small vocabulary put
// every text in big buckets of many bands; the limits are lowered until
// the comparisons fit the budget per text.
func TestComparisonsWithinBudget(t *testing.T) {
	nodes, sets, compared := comparedPairs(randomTexts(6000))
	if budget := comparisonBudget(sets); compared > budget {
		t.Fatalf("%d texts cost %d comparisons, budget %d", len(nodes), compared, budget)
	}
	// 80 shingles a text: the budget is about 64 comparisons per text.
	if perText := compared / len(nodes); perText > 80 {
		t.Fatalf("%d comparisons per text", perText)
	}
	t.Logf("%d texts, %.1f comparisons per text", len(nodes), float64(compared)/float64(len(nodes)))
}
