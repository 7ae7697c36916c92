package verloop

import (
	"fmt"
	"testing"
)

// letters names item i with letters only (numbers are masked when texts
// are compared): "ab", "ac", …
func letters(i int) string {
	s := ""
	for i++; i > 0; i /= 26 {
		s = string(rune('a'+i%26)) + s
	}
	return "wijk" + s
}

// bigStep is one gemeente with n agreements in 2024 and each reworded in
// 2025; every third keeps its number, the others are renumbered.
func bigStep(n int) []Item {
	var items []Item
	for i := range n {
		items = append(items, Item{ID: fmt.Sprintf("a:2024:%d", i), Gemeente: "A", Year: "2024", Number: fmt.Sprint(i),
			Text: fmt.Sprintf("De corporatie renoveert in de %s de portiekflats en plaatst er zonnepanelen.", letters(i))})
	}
	for i := range n {
		num := fmt.Sprint(i)
		if i%3 != 0 {
			num = fmt.Sprint(n + i)
		}
		items = append(items, Item{ID: fmt.Sprintf("a:2025:%d", i), Gemeente: "A", Year: "2025", Number: num,
			Text: fmt.Sprintf("De corporatie renoveert in de %s de portiekflats en plaatst er ook zonnepanelen.", letters(i))})
	}
	return items
}

// A step of a few hundred agreements compares every unmatched pair, so a
// renumbered agreement is found by its words; past maxSimilarityPairs
// (600 × 600 unmatched) only the pairs that share a number are compared:
// the renumbered ones become nieuw and vervallen, the others still match.
func TestBigStepComparesSameNumbersOnly(t *testing.T) {
	for _, c := range []struct {
		n          int
		renumbered bool // matched although renumbered
	}{{200, true}, {600, false}} {
		if c.n*c.n <= maxSimilarityPairs == !c.renumbered {
			t.Fatalf("n %d does not test the budget of %d pairs", c.n, maxSimilarityPairs)
		}
		items := bigStep(c.n)
		res, _ := Match(items, Options{})
		for i := range c.n {
			r := res[c.n+i]
			want := i%3 == 0 || c.renumbered
			if got := r.Previous == i; got != want {
				t.Fatalf("n %d: item %d (number kept %v) matched %v (previous %d), want %v", c.n, i, i%3 == 0, got, r.Previous, want)
			}
			if want && r.Change != Gewijzigd {
				t.Fatalf("n %d: item %d is %s", c.n, i, r.Change)
			}
		}
	}
}
