package regular

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// labelled is one sentence of testdata/labelled/regulier*.tsv.
type labelled struct {
	id, text, source string
	regular          bool
}

// readLabelled reads a regular-work set: a header line "id regulier tekst
// bron", then one sentence a line, tab-separated, regulier ja or nee.
func readLabelled(t *testing.T, name string) []labelled {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "labelled", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		fs := strings.Split(sc.Text(), "\t")
		if line == 1 {
			if strings.Join(fs, " ") != "id regulier tekst bron" {
				t.Fatalf("%s: header %q", name, sc.Text())
			}
			continue
		}
		if len(fs) != 4 || (fs[1] != "ja" && fs[1] != "nee") || fs[2] == "" || fs[3] == "" {
			t.Fatalf("%s:%d: bad line %q", name, line, sc.Text())
		}
		out = append(out, labelled{id: fs[0], regular: fs[1] == "ja", text: fs[2], source: fs[3]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// score counts the classifier's verdicts on a set and logs every miss.
type score struct{ tp, fp, fn, tn int }

func (s score) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s score) recall() float64    { return ratio(s.tp, s.tp+s.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func measure(t *testing.T, set []labelled, real bool) score {
	t.Helper()
	c := Default()
	var s score
	for _, l := range set {
		if real != (l.source != "eigen") {
			continue
		}
		got := c.Classify(l.text)
		switch {
		case got.Regular && l.regular:
			s.tp++
		case got.Regular:
			s.fp++
			t.Logf("false alarm %s (%s): %s", l.id, got.Reason, l.text)
		case l.regular:
			s.fn++
			why := "no rule"
			if got.Rule != "" {
				why = "cancelled by " + got.Reason
			}
			t.Logf("missed %s (%s): %s", l.id, why, l.text)
		default:
			s.tn++
		}
	}
	return s
}

// checkSet measures a set, the real and the own sentences apart and
// together, and asserts the floors on the whole set.
func checkSet(t *testing.T, name string, minPrecision, minRecall float64) {
	set := readLabelled(t, name)
	real, own := measure(t, set, true), measure(t, set, false)
	all := score{real.tp + own.tp, real.fp + own.fp, real.fn + own.fn, real.tn + own.tn}
	for _, p := range []struct {
		what string
		s    score
	}{{"real", real}, {"own", own}, {"all", all}} {
		t.Logf("%s %s: precision %.3f recall %.3f (tp %d fp %d fn %d tn %d)",
			name, p.what, p.s.precision(), p.s.recall(), p.s.tp, p.s.fp, p.s.fn, p.s.tn)
	}
	if all.precision() < minPrecision || all.recall() < minRecall {
		t.Errorf("%s: precision %.3f (floor %.2f), recall %.3f (floor %.2f)",
			name, all.precision(), minPrecision, all.recall(), minRecall)
	}
}

func TestLabelledDev(t *testing.T) { checkSet(t, "regulier.tsv", 0.85, 0.80) }

func TestLabelledHeldOut(t *testing.T) { checkSet(t, "regulier-ongezien.tsv", 0.85, 0.80) }

// The sets hold at least 150 sentences, the held-out part at least 50,
// ids are unique across both, and no sentence is in both.
func TestLabelledSets(t *testing.T) {
	dev, held := readLabelled(t, "regulier.tsv"), readLabelled(t, "regulier-ongezien.tsv")
	if len(dev)+len(held) < 150 || len(held) < 50 {
		t.Errorf("%d dev and %d held-out sentences", len(dev), len(held))
	}
	ids, texts := map[string]bool{}, map[string]bool{}
	for _, l := range append(dev, held...) {
		if ids[l.id] || texts[l.text] {
			t.Errorf("%s: id or text twice", l.id)
		}
		ids[l.id], texts[l.text] = true, true
	}
}
