package theme

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readSecondThemes reads the thema column of testdata/labelled/tweede/
// <name>: an independent second labelling of a real-text set (id, vaag,
// thema), made from the sentences and the labelling rules only.
func readSecondThemes(t *testing.T, name string) map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(labelledDir, "tweede", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		fs := strings.Split(sc.Text(), "\t")
		if line == 1 || sc.Text() == "" {
			continue
		}
		if len(fs) != 3 {
			t.Fatalf("tweede/%s:%d: want id, vaag, thema", name, line)
		}
		out[fs[0]] = fs[2]
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSecondLabellerThemes measures how far two labellers agree on the
// national theme, which caps what placing by text can be measured to
// reach, and where the placer stands against the second labeller on the
// held-out echt-ongezien.tsv (echt-vers6.tsv trains the scorer, so only
// the labellers' agreement counts there). The labellers must agree on at
// least 92% of the sentences: a set whose themes the rules cannot
// reproduce measures nothing.
func TestSecondLabellerThemes(t *testing.T) {
	p := NewPlacer(Default())
	for _, c := range []struct {
		set   string
		floor float64 // the placer against the second labeller; 0: trained on
	}{
		{"echt-ongezien.tsv", 0.82},
		{"echt-vers6.tsv", 0},
		{"echt-vers11.tsv", 0},
		{"echt-vers12.tsv", 0},
	} {
		first, second := readLabelled(t, c.set), readSecondThemes(t, c.set)
		if len(second) != len(first) {
			t.Fatalf("%s: second labelling has %d rows, the set %d", c.set, len(second), len(first))
		}
		agree, placed := 0, 0
		for _, r := range first {
			k, ok := second[r.id]
			if !ok {
				t.Fatalf("%s: %s has no second label", c.set, r.id)
			}
			if k == r.key {
				agree++
			}
			if p.Place("", r.text).Key == k {
				placed++
			}
		}
		n := float64(len(first))
		t.Logf("%s: labellers agree on the theme of %d/%d (%.3f); placer against the second labeller %d/%d (%.3f)",
			c.set, agree, len(first), float64(agree)/n, placed, len(first), float64(placed)/n)
		if float64(agree)/n < 0.92 {
			t.Errorf("%s: the labellers agree on %.3f of the themes, want ≥ 0.92", c.set, float64(agree)/n)
		}
		if c.floor > 0 && float64(placed)/n < c.floor {
			t.Errorf("%s: placer against the second labeller %.3f, want ≥ %.2f", c.set, float64(placed)/n, c.floor)
		}
	}
}
