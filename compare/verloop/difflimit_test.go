package verloop

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// Two cells of some 5,000 words each (a cell holds up to 32,767
// characters) that differ between equal ends are one edit, not a table of
// 25 million cells (100 MB; two cells of 16,000 one-letter words would
// take a gigabyte): the edit and its spans cover the whole middle, and
// the diff allocates a few megabytes.
func TestWordDiffHugeTexts(t *testing.T) {
	words := func(prefix string) string {
		w := make([]string, 5000)
		for i := range w {
			w[i] = fmt.Sprintf("%s%d", prefix, i)
		}
		return strings.Join(w, " ")
	}
	midA, midB := words("p"), words("q")
	prev := "De corporatie levert " + midA + " op in 2025."
	cur := "De corporatie levert " + midB + " op in 2025."
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	edits, spans, prevSpans := wordDiff(prev, cur)
	runtime.ReadMemStats(&after)
	if !reflect.DeepEqual(edits, []Edit{{Old: midA, New: midB}}) {
		t.Fatalf("%d edits, the first from %.40q to %.40q", len(edits), edits[0].Old, edits[0].New)
	}
	if len(spans) != 1 || cur[spans[0][0]:spans[0][1]] != midB || len(prevSpans) != 1 || prev[prevSpans[0][0]:prevSpans[0][1]] != midA {
		t.Errorf("spans %v, previous spans %v", spans, prevSpans)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 16<<20 {
		t.Errorf("the diff allocated %d MB", got>>20)
	}
	// Below the bound the words are still compared one by one.
	short := strings.Fields(midA)[:100]
	shortB := append([]string{"nieuw"}, short[1:]...)
	if e, _, _ := wordDiff(strings.Join(short, " "), strings.Join(shortB, " ")); !reflect.DeepEqual(e, []Edit{{Old: "p0", New: "nieuw"}}) {
		t.Errorf("short texts: %+v", e)
	}
}
