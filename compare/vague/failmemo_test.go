package vague

import (
	"strings"
	"testing"
)

// TestManyGapsStayLinear: an adviser's rule with nine gaps over a sentence
// of 300 copies of its first word (its last word standing before them, so
// every word is there but no match) used to try window^9 ways per start
// (it never ended); with the failure memo the steps stay within elements
// × tokens × window, and the rule still matches where it should.
func TestManyGapsStayLinear(t *testing.T) {
	pattern := strings.TrimSuffix(strings.Repeat("aap … ", 9), " … ") + " … noot"
	c, err := New([]Rule{{ID: "gaten", Category: "proces", Patterns: []string{pattern}, Window: maxWindow}})
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("aap ", 300)
	sc := newScratch()
	tokenize("noot "+long+".", sc, c.vocab)
	sc.memo.reset()
	c.findHits(sc)
	if len(sc.hits) != 0 {
		t.Fatalf("matched with noot first: %d hits", len(sc.hits))
	}
	if sc.memo.steps == 0 {
		t.Fatal("the pattern was never tried")
	}
	if limit := 10 * 301 * (maxWindow + 1); sc.memo.steps > limit {
		t.Fatalf("%d steps for 301 tokens, want at most %d", sc.memo.steps, limit)
	}
	t.Logf("%d steps", sc.memo.steps)
	if !liveHits(c, long+"noot.")["gaten"] {
		t.Error("no match with noot at the end")
	}
	if liveHits(c, "aap aap noot.")["gaten"] {
		t.Error("matched with too few aap")
	}
}

// TestWindowLimit: a rule may not set a gap longer than maxWindow words.
func TestWindowLimit(t *testing.T) {
	if _, err := New([]Rule{{ID: "wijd", Category: "proces", Patterns: []string{"stemt … af"}, Window: maxWindow + 1}}); err == nil || !strings.Contains(err.Error(), "hoogstens") {
		t.Fatalf("window %d: %v", maxWindow+1, err)
	}
}
