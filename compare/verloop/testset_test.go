package verloop

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"pakompas/compare/status"
)

// labelled is one agreement of the test set with its expected outcome.
type labelled struct {
	label, prev string
	change      Change
	carried     int
}

// readTestSet parses testdata/jaarschijven.txt (its format is described
// at its top) into items (ID = label) and their labels.
func readTestSet(t *testing.T, path string) ([]Item, []labelled) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var (
		items          []Item
		want           []labelled
		gemeente, year string
	)
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "gemeente "):
			gemeente = strings.TrimPrefix(line, "gemeente ")
			continue
		case strings.HasPrefix(line, "jaar "):
			year = strings.TrimPrefix(line, "jaar ")
			if year == "-" {
				year = ""
			}
			continue
		}
		body, exp, ok := strings.Cut(line, "=>")
		cols := strings.Split(body, "|")
		e := strings.Fields(exp)
		if !ok || len(cols) != 5 || len(e) != 3 {
			t.Fatalf("%s:%d: bad line %q", path, n, line)
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		carried, err := strconv.Atoi(e[2])
		if err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		l := labelled{label: cols[0], prev: e[0], change: Change(e[1]), carried: carried}
		if l.prev == "-" {
			l.prev = ""
		}
		if l.change == "-" {
			l.change = None
		}
		items = append(items, Item{ID: cols[0], Gemeente: gemeente, Year: year, Number: cols[1],
			Status: status.Normalise(cols[2]), Due: cols[3], Text: cols[4]})
		want = append(want, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return items, want
}

// precisionRecall compares the matched pairs (previous → item) with the
// labelled ones.
func precisionRecall(items []Item, res []Result, want []labelled) (p, r float64, wrong []string) {
	found, truth, correct := 0, 0, 0
	for j, w := range want {
		got := ""
		if res[j].Previous >= 0 {
			got = items[res[j].Previous].ID
			found++
		}
		if w.prev != "" {
			truth++
		}
		if got != "" && got == w.prev {
			correct++
		}
		if got != w.prev {
			wrong = append(wrong, fmt.Sprintf("%s: previous %q, want %q (similarity %.2f)", w.label, got, w.prev, res[j].Similarity))
		}
	}
	return float64(correct) / float64(found), float64(correct) / float64(truth), wrong
}

// The hand-labelled jaarschijven: every state, previous and carried_years
// as labelled, and precision and recall of the matches at least 0.95.
func TestLabelledJaarschijven(t *testing.T) {
	items, want := readTestSet(t, "testdata/jaarschijven.txt")
	res, sums := Match(items, Options{})
	p, r, wrong := precisionRecall(items, res, want)
	t.Logf("%d agreements: precision %.3f, recall %.3f", len(items), p, r)
	for _, w := range wrong {
		t.Log(w)
	}
	if p < 0.95 || r < 0.95 {
		t.Errorf("precision %.3f, recall %.3f; want both ≥ 0.95", p, r)
	}
	for j, w := range want {
		if res[j].Change != w.change || res[j].CarriedYears != w.carried {
			t.Errorf("%s: %q carried %d, want %q carried %d", w.label, res[j].Change, res[j].CarriedYears, w.change, w.carried)
		}
	}
	if len(sums) != 3 {
		t.Fatalf("%d summaries, want 3", len(sums))
	}
}
