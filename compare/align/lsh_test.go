package align

import (
	"math"
	"slices"
	"testing"
)

// TestMinHashEstimates checks that the share of equal signature values
// estimates the Jaccard similarity (96 values: a standard error of about
// 0.05; the bound is three of them).
func TestMinHashEstimates(t *testing.T) {
	o := Options{}.withDefaults()
	k := o.Bands * o.Rows
	mh := newMinHasher(k, o.Seed)
	base := "de corporatie renoveert in overleg met de bewoners alle woningen van het complex aan de haven in het noorden van de stad"
	others := []string{
		base,
		"de corporatie verduurzaamt in overleg met de bewoners alle woningen van het complex aan de haven in het noorden van de stad",
		"de corporatie verduurzaamt in overleg met de huurders alle woningen van het blok aan de haven in het noorden",
		"de gemeente stelt in overleg met de bewoners een plan op voor de haven",
		"partijen evalueren jaarlijks de afspraken",
	}
	a := shingles(normalise(base, nil, nil), 2)
	sa, sb := make([]uint32, k), make([]uint32, k)
	mh.signature(a, sa)
	for _, text := range others {
		b := shingles(normalise(text, nil, nil), 2)
		mh.signature(b, sb)
		eq := 0
		for i := range sa {
			if sa[i] == sb[i] {
				eq++
			}
		}
		est, exact := float64(eq)/float64(k), jaccard(a, b)
		if math.Abs(est-exact) > 0.15 {
			t.Errorf("estimate %.3f, exact %.3f: %q", est, exact, text)
		}
	}
	// The same seed gives the same functions, another seed others.
	if !slices.Equal(newMinHasher(8, 1).a, newMinHasher(8, 1).a) || slices.Equal(newMinHasher(8, 1).a, newMinHasher(8, 2).a) {
		t.Error("seeding")
	}
}

// TestLSHRecall compares the LSH pairs with all pairs on part of the
// national corpus: every LSH pair is a true pair (they are verified), and
// LSH misses at most a few in a thousand.
func TestLSHRecall(t *testing.T) {
	items := nationalPart(40)
	o := Options{}.withDefaults()
	_, nodes := distinctTexts(items, nil)
	sets := shingleSets(nodes, o.Shingle)
	lsh, _ := lshEdges(sets, o)
	exact := allPairsEdges(sets, o.Threshold)
	if len(exact) < 1000 {
		t.Fatalf("only %d pairs", len(exact))
	}
	in := map[[2]int32]bool{}
	for _, e := range exact {
		in[[2]int32{e.i, e.j}] = true
	}
	for _, e := range lsh {
		if !in[[2]int32{e.i, e.j}] {
			t.Fatalf("LSH pair %v is not a true pair", e)
		}
	}
	if recall := float64(len(lsh)) / float64(len(exact)); recall < 0.995 {
		t.Errorf("LSH found %d of %d pairs (%.4f)", len(lsh), len(exact), recall)
	}
	t.Logf("%d distinct texts, LSH found %d of %d pairs", len(nodes), len(lsh), len(exact))
}

func TestShinglesAndJaccard(t *testing.T) {
	if s := shingles(nil, 2); s != nil {
		t.Errorf("no tokens: %v", s)
	}
	// One word: start–word and word–end; triples pad with two marks.
	if n := len(shingles([]string{"overleg"}, 2)); n != 2 {
		t.Errorf("one word, pairs: %d shingles", n)
	}
	if n := len(shingles([]string{"overleg"}, 3)); n != 3 {
		t.Errorf("one word, triples: %d shingles", n)
	}
	// Repeated pairs count once.
	if n := len(shingles([]string{"ja", "ja", "ja", "ja"}, 2)); n != 3 {
		t.Errorf("repeats: %d shingles", n)
	}
	// Order matters.
	ab, ba := shingles([]string{"a", "b"}, 2), shingles([]string{"b", "a"}, 2)
	if jaccard(ab, ba) != 0 {
		t.Errorf("a b against b a: %v", jaccard(ab, ba))
	}
	if jaccard(ab, ab) != 1 || jaccard(ab, nil) != 0 {
		t.Error("jaccard of a set with itself or the empty set")
	}
}
