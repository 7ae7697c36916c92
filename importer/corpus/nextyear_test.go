package corpus

import (
	"reflect"
	"strings"
	"testing"
)

// NextYear is deterministic, moves the year on, and drops, adds,
// rewords and renumbers within the shares it promises.
func TestNextYear(t *testing.T) {
	sets := Build(Options{Gemeenten: 30})
	next, prev := NextYear(sets, 7)
	again, prevAgain := NextYear(sets, 7)
	if !reflect.DeepEqual(next, again) || !reflect.DeepEqual(prev, prevAgain) {
		t.Fatal("NextYear is not deterministic")
	}
	var kept, added, reworded, total, renumbered, dropped int
	for s, set := range next {
		if set.Year != "2026" || !strings.Contains(set.FileName, "2026") || strings.Contains(set.Title, "2025") {
			t.Fatalf("set %d: year %q, file %q, title %q", s, set.Year, set.FileName, set.Title)
		}
		if len(prev[s]) != len(set.Items) {
			t.Fatalf("set %d: %d items, %d origins", s, len(set.Items), len(prev[s]))
		}
		seen := map[int]bool{}
		moved := false
		for k, p := range prev[s] {
			if p < 0 {
				added++
				continue
			}
			if seen[p] {
				t.Fatalf("set %d: item %d continued twice", s, p)
			}
			seen[p] = true
			kept++
			old := sets[s].Items[p]
			if yearsOn(old.Text, 2025) != set.Items[k].Text {
				reworded++
			}
			if old.Number != set.Items[k].Number {
				moved = true
			}
		}
		if moved {
			renumbered++
		}
		dropped += len(sets[s].Items) - len(seen)
		total += len(sets[s].Items)
	}
	share := func(n int) float64 { return float64(n) / float64(total) }
	if d := share(dropped); d < 0.05 || d > 0.12 {
		t.Errorf("dropped %.3f", d)
	}
	if a := share(added); a < 0.04 || a > 0.14 {
		t.Errorf("added %.3f", a)
	}
	if w := float64(reworded) / float64(kept); w < 0.08 || w > 0.2 {
		t.Errorf("reworded %.3f of the kept", w)
	}
	if renumbered < 5 || renumbered > 20 {
		t.Errorf("%d of 30 sets renumbered", renumbered)
	}
}
