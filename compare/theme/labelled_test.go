package theme

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// labelledDir holds the hand-labelled agreements (written by another
// helper, without a local theme name): the dev set afspraken.tsv and the
// held-out set ongezien.tsv.
var labelledDir = filepath.Join("..", "..", "testdata", "labelled")

// labelled is one row of a labelled file: its id, theme key and text.
type labelled struct{ id, key, text string }

func readLabelled(t *testing.T, name string) []labelled {
	t.Helper()
	f, err := os.Open(filepath.Join(labelledDir, name))
	if os.IsNotExist(err) {
		t.Skipf("%s not there yet", name)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	var col map[string]int
	var out []labelled
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if col == nil {
			col = map[string]int{}
			for i, h := range fields {
				col[h] = i
			}
			if _, ok := col["thema"]; !ok {
				t.Fatalf("%s: no thema column in %v", name, fields)
			}
			continue
		}
		if len(fields) != len(col) {
			t.Fatalf("%s: %d fields in %q", name, len(fields), sc.Text())
		}
		out = append(out, labelled{
			id:   fields[col["id"]],
			key:  fields[col["thema"]],
			text: strings.ReplaceAll(fields[col["tekst"]], `\n`, "\n"),
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// textAccuracy places each labelled text under an empty theme name and
// returns the share placed in its labelled theme, logging the misses.
func textAccuracy(t *testing.T, rows []labelled) float64 {
	p := NewPlacer(Default())
	ok := 0
	for _, r := range rows {
		got := p.Place("", r.text)
		if got.Key == r.key {
			ok++
			continue
		}
		t.Logf("miss %s: %s → %s (%s %q) %s", r.id, r.key, got.Key, got.Via, got.Matched, r.text)
	}
	acc := float64(ok) / float64(len(rows))
	t.Logf("text fallback: %d/%d = %.3f", ok, len(rows), acc)
	return acc
}

// TestLabelledText measures the text fallback on the dev set.
func TestLabelledText(t *testing.T) {
	rows := readLabelled(t, "afspraken.tsv")
	if len(rows) < 100 {
		t.Fatalf("only %d rows", len(rows))
	}
	if acc := textAccuracy(t, rows); acc < labelledFloor {
		t.Errorf("accuracy %.3f below the floor %.2f", acc, labelledFloor)
	}
}

// TestLabelledTextHeldOut measures it on the held-out set, which was not
// looked at while writing the keywords.
func TestLabelledTextHeldOut(t *testing.T) {
	rows := readLabelled(t, "ongezien.tsv")
	if acc := textAccuracy(t, rows); acc < heldOutFloor {
		t.Errorf("accuracy %.3f below the floor %.2f", acc, heldOutFloor)
	}
}

// The floors the text fallback honestly reaches (see the logs for the
// figures); the labelled overig rows count as misses whenever a keyword
// places them elsewhere.
const (
	labelledFloor = 0.85
	heldOutFloor  = 0.80
)

// The real-text sets (testdata/labelled/echt*.tsv): sentences from
// published agreements, split by gemeente. The floors are what the text
// fallback reaches now; the goal is 0.88 on the held-out part.
const (
	realDevFloor     = 0.76
	realHeldOutFloor = 0.70
	realFreshFloor   = 0.72
	realFresh2Floor  = 0.66
)

// TestLabelledTextReal measures the text fallback on the real-text dev part.
func TestLabelledTextReal(t *testing.T) {
	if acc := textAccuracy(t, readLabelled(t, "echt.tsv")); acc < realDevFloor {
		t.Errorf("accuracy %.3f below the floor %.2f", acc, realDevFloor)
	}
}

// TestLabelledTextRealHeldOut measures it on the real-text held-out part.
func TestLabelledTextRealHeldOut(t *testing.T) {
	if acc := textAccuracy(t, readLabelled(t, "echt-ongezien.tsv")); acc < realHeldOutFloor {
		t.Errorf("accuracy %.3f below the floor %.2f", acc, realHeldOutFloor)
	}
}

// TestLabelledTextRealFresh measures it on echt-vers.tsv, collected after
// the keywords were tuned and never used for tuning.
func TestLabelledTextRealFresh(t *testing.T) {
	if acc := textAccuracy(t, readLabelled(t, "echt-vers.tsv")); acc < realFreshFloor {
		t.Errorf("accuracy %.3f below the floor %.2f", acc, realFreshFloor)
	}
}

// TestLabelledTextRealFresh2 measures it on echt-vers2.tsv (see the vague
// package's doc for the set).
func TestLabelledTextRealFresh2(t *testing.T) {
	if acc := textAccuracy(t, readLabelled(t, "echt-vers2.tsv")); acc < realFresh2Floor {
		t.Errorf("accuracy %.3f below the floor %.2f", acc, realFresh2Floor)
	}
}
