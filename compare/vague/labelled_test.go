package vague

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"pakompas/importer/due"
)

// labelled is one hand-labelled agreement of testdata/labelled.
type labelled struct {
	id, typ, owner, due, text string
	gemeente                  string // real-text sets only
	vague                     bool
}

// readLabelled reads a labelled TSV file of testdata/labelled: a header
// line naming at least id, vaag, type, trekker, termijn and tekst (the
// real-text sets add thema, rol, gemeente and bron); "\n" in tekst is a
// line break.
func readLabelled(t *testing.T, name string) []labelled {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "labelled", name)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s not there yet: %v", path, err)
	}
	defer f.Close()
	var out []labelled
	var col map[string]int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		fs := strings.Split(sc.Text(), "\t")
		if line == 1 {
			col = map[string]int{}
			for i, h := range fs {
				col[h] = i
			}
			for _, h := range []string{"id", "vaag", "type", "trekker", "termijn", "tekst"} {
				if _, ok := col[h]; !ok {
					t.Fatalf("%s: header %q has no column %q", name, sc.Text(), h)
				}
			}
			continue
		}
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if len(fs) != len(col) {
			t.Fatalf("%s:%d: %d fields, want %d", name, line, len(fs), len(col))
		}
		if v := fs[col["vaag"]]; v != "ja" && v != "nee" {
			t.Fatalf("%s:%d: vaag = %q", name, line, v)
		}
		out = append(out, labelled{
			id: fs[col["id"]], vague: fs[col["vaag"]] == "ja", typ: fs[col["type"]],
			owner: fs[col["trekker"]], due: fs[col["termijn"]],
			text: strings.ReplaceAll(fs[col["tekst"]], `\n`, "\n"),
		})
		if g, ok := col["gemeente"]; ok {
			out[len(out)-1].gemeente = fs[g]
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// dueOf normalises a planning cell the way the importer does.
func dueOf(raw string) string { return due.Parse(raw) }

// score classifies a labelled set and logs the confusion matrix, per-rule
// hits, type accuracy and every miss.
type score struct {
	tp, fp, fn, tn, typeOK, n int
}

func (s score) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s score) recall() float64    { return ratio(s.tp, s.tp+s.fn) }
func (s score) typeAcc() float64   { return ratio(s.typeOK, s.n) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func evaluate(t *testing.T, set []labelled) score {
	t.Helper()
	return evaluateLogging(t, set, true)
}

// evaluateBlind scores a blind set like evaluate but logs only its figures
// and rule counts, never a sentence (no MISS or TYPE lines): the set must
// stay unseen by whoever tunes the rules and reads test logs.
func evaluateBlind(t *testing.T, set []labelled) score {
	t.Helper()
	return evaluateLogging(t, set, false)
}

// evaluateLogging is evaluate; sentences says whether misses are logged
// with their text.
func evaluateLogging(t *testing.T, set []labelled, sentences bool) score {
	t.Helper()
	c := Default()
	var s score
	ruleHits := map[string]int{}
	ruleVagueHits := map[string]int{}
	typeConf := map[string]int{}
	var misses, typeMisses []string
	var byWord, byMissing [2]int // vague verdicts {right, all}: with a vague word, only what is missing
	for _, l := range set {
		r := c.Classify(Input{Text: l.text, Owner: l.owner, Due: dueOf(l.due), DueRaw: l.due})
		s.n++
		if r.Vague {
			split := &byWord
			if r.OnlyMissing() {
				split = &byMissing
			}
			split[1]++
			if l.vague {
				split[0]++
			}
		}
		switch {
		case r.Vague && l.vague:
			s.tp++
		case r.Vague && !l.vague:
			s.fp++
		case !r.Vague && l.vague:
			s.fn++
		default:
			s.tn++
		}
		if string(r.Type) == l.typ {
			s.typeOK++
		} else {
			typeMisses = append(typeMisses, fmt.Sprintf("%s want %s got %s: %s", l.id, l.typ, r.Type, l.text))
		}
		typeConf[l.typ+"→"+string(r.Type)]++
		for _, f := range r.Flags {
			ruleHits[f.Rule]++
			if r.Vague && !f.Info {
				ruleVagueHits[f.Rule]++
			}
		}
		if r.Vague != l.vague {
			var fl []string
			for _, f := range r.Flags {
				fl = append(fl, fmt.Sprintf("%s%s:%q", f.Rule, map[bool]string{true: "(i)"}[f.Info], f.Match))
			}
			misses = append(misses, fmt.Sprintf("%s want vaag=%v got %v [%s] trekker=%q termijn=%q: %s  {%s}",
				l.id, l.vague, r.Vague, r.Type, l.owner, l.due, l.text, strings.Join(fl, " ")))
		}
	}
	t.Logf("confusion (vague is positive): TP %d  FP %d  FN %d  TN %d", s.tp, s.fp, s.fn, s.tn)
	t.Logf("precision %.3f  recall %.3f  type accuracy %.3f (%d/%d)", s.precision(), s.recall(), s.typeAcc(), s.typeOK, s.n)
	// Figures only: how far each kind of vague verdict holds (README, "How
	// far to trust the flags"; the UI marks the second "minder zeker").
	t.Logf("vague verdicts right: with a vague word %d/%d, only what is missing %d/%d", byWord[0], byWord[1], byMissing[0], byMissing[1])
	var keys []string
	for k := range typeConf {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("type %-22s %d", k, typeConf[k])
	}
	keys = keys[:0]
	for k := range ruleHits {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return ruleHits[keys[i]] > ruleHits[keys[j]] })
	for _, k := range keys {
		t.Logf("rule %-26s %3d flags, %3d on vague verdicts", k, ruleHits[k], ruleVagueHits[k])
	}
	if !sentences {
		return s
	}
	for _, m := range misses {
		t.Logf("MISS %s", m)
	}
	for _, m := range typeMisses {
		t.Logf("TYPE %s", m)
	}
	return s
}

// TestLabelledDev measures the classifier on the dev set. The rules are
// tuned on it by general means only (word forms, constructions, the
// verdict logic); see the package doc.
func TestLabelledDev(t *testing.T) {
	set := readLabelled(t, "afspraken.tsv")
	s := evaluate(t, set)
	if s.precision() < 0.90 || s.recall() < 0.90 {
		t.Errorf("dev: precision %.3f recall %.3f, want both ≥ 0.90", s.precision(), s.recall())
	}
	if s.typeAcc() < 0.75 {
		t.Errorf("dev: type accuracy %.3f, want ≥ 0.75", s.typeAcc())
	}
}

// TestLabelledHeldOut measures the classifier on the held-out set, which
// was not used to write the rules (see the package doc for the first
// measurement).
func TestLabelledHeldOut(t *testing.T) {
	set := readLabelled(t, "ongezien.tsv")
	s := evaluate(t, set)
	if s.precision() < 0.90 || s.recall() < 0.90 {
		t.Errorf("held-out: precision %.3f recall %.3f, want both ≥ 0.90", s.precision(), s.recall())
	}
	if s.typeAcc() < 0.80 {
		t.Errorf("held-out: type accuracy %.3f, want ≥ 0.80", s.typeAcc())
	}
}

// The real-text sets: sentences quoted from published prestatieafspraken,
// jaarschijven and their summaries (testdata/labelled/README.md), split by
// gemeente into a dev part echt.tsv and a held-out part echt-ongezien.tsv.
// The fresh sets echt-vers*.tsv were each measured once when they came;
// all but the blind echt-vers5, echt-vers7 and echt-vers8 have since
// joined the dev pool (echt-vers and echt-vers2 in the fourth round,
// echt-vers3/4 in the seventh, echt-vers6 and echt-vers9 right after their
// first measurement). The floors are regression guards at what the classifier
// reaches now (see doc.go), a little below it; the goal for unseen text is
// 0.92 / 0.92. After the sixteenth round's kinds 30 and 31 the sets
// whose precision rose have their floors raised with it: echt.tsv 0.944 /
// 0.946, echt-vers2 0.923 / 0.939, echt-vers3 0.794 / 0.931, echt-vers4
// 0.875 / 0.875, echt-vers9 0.780 / 0.868, and the blind echt-vers10
// 0.752 / 0.929 (measured once at the end of the round, figures only).
// After the seventeenth round's kinds 32–36 the dev sets whose figures
// rose have their floors raised with them: echt.tsv 0.945 / 0.958,
// echt-vers 0.948 / 0.955, echt-vers2 0.932 / 0.957, echt-vers3 0.818 /
// 0.931, echt-vers6 0.928 / 0.928, echt-vers9 0.783 / 0.887, the pool
// 0.929 / 0.948, and the blind echt-vers10 0.775 / 0.929 (measured once
// at the end of the round, figures only). After the eighteenth round's
// kinds 37 and 38: echt.tsv 0.947 / 0.960, echt-vers2 0.940 / 0.957,
// echt-vers3 0.824 / 0.966, echt-vers4 0.913 / 0.875, echt-vers9 0.800 /
// 0.906 (its precision floor one step below, 48/60 being exactly 0.80),
// the pool 0.932 / 0.951; the blind sets did not move. After the
// nineteenth round (an act after gaan or zullen): echt.tsv 0.949 / 0.960,
// echt-vers3 0.848 / 0.966 (its precision floor 0.82 → 0.84), the pool
// of that time 0.934 / 0.951. The eighth session added echt-vers11.tsv
// (dev, 204 sentences, mostly news reporting agreements; 0.783 / 0.883
// on arrival, before any rule saw it) and echt-vers12.tsv (193 sentences,
// corporation pages and news; 0.695 / 0.848 on arrival) to the pool,
// which fell with them to 0.898 / 0.938 (TP 1,221, FP 138, FN 81): the
// pool floor follows the harder pool, not a worse classifier.
// After the twentieth round's kind 39 the pool is 0.902 / 0.938 (FP
// 133), so its precision floor rises to 0.90. After the twenty-first
// round's kinds 40 and 41 (recall) the pool is 0.905 / 0.945 (TP 1,228,
// FP 129, FN 71) and echt-vers9 0.803 / 0.925, so the pool's recall floor
// rises to 0.94 and echt-vers9's floors to 0.80 / 0.92.
const (
	realDevPrecision, realDevRecall         = 0.94, 0.96
	realHeldOutPrecision, realHeldOutRecall = 0.88, 0.90
	realFreshPrecision, realFreshRecall     = 0.94, 0.95
	realFresh2Precision, realFresh2Recall   = 0.94, 0.95
	realFresh3Precision, realFresh3Recall   = 0.84, 0.96
	realFresh4Precision, realFresh4Recall   = 0.91, 0.87
	realFresh5Precision, realFresh5Recall   = 0.85, 0.90
	realFresh6Precision, realFresh6Recall   = 0.92, 0.92
	realFresh7Precision, realFresh7Recall   = 0.84, 0.91
	realFresh8Precision, realFresh8Recall   = 0.87, 0.90
	realFresh9Precision, realFresh9Recall   = 0.80, 0.92
	realFresh10Precision, realFresh10Recall = 0.77, 0.91
	realPoolPrecision, realPoolRecall       = 0.90, 0.94
	// echt-vers13a/b on arrival (after round 21): 0.725 / 0.881 (TP 37,
	// FP 14, FN 5) and 0.833 / 0.926 (TP 50, FP 10, FN 4).
	realFresh13aPrecision, realFresh13aRecall = 0.70, 0.85
	realFresh13bPrecision, realFresh13bRecall = 0.80, 0.90
)

// TestLabelledRealDevPool guards the whole dev pool at once (cvDevSets,
// the pool the seventh round tuned and cross-validated on), so that a
// change that trades one part against another is seen. With echt-vers6.tsv
// in the pool it was TP 976, FP 104, FN 74 (0.904 / 0.930; without it
// 876 / 83 / 63, 0.913 / 0.933); after the twelfth round's kinds it is
// 976 / 84 / 74 (0.921 / 0.930), after the thirteenth's 985 / 84 / 65
// (0.921 / 0.938), after the fourteenth's 985 / 82 / 65 (0.923 / 0.938).
// echt-vers9.tsv (the corporation and news register, 0.705 / 0.811 on
// arrival) then joined after its first measurement: 1,028 / 99 / 75
// (0.912 / 0.932); after the fifteenth round's kinds 1,034 / 96 / 69
// (0.915 / 0.937); after the sixteenth's 1,034 / 84 / 69 (0.925 /
// 0.937); after the seventeenth's 1,046 / 80 / 57 (0.929 / 0.948);
// after the eighteenth's 1,049 / 76 / 54 (0.932 / 0.951). With
// echt-vers11 and echt-vers12 it fell to 1,221 / 138 / 81 (0.898 / 0.938);
// after the twentieth round's kind 39 1,221 / 133 / 81 (0.902 / 0.938),
// hence the floor.
func TestLabelledRealDevPool(t *testing.T) {
	var s score
	for _, n := range cvDevSets {
		s = s.add(evaluate(t, readLabelled(t, n)))
	}
	t.Logf("dev pool: TP %d FP %d FN %d TN %d, precision %.3f recall %.3f", s.tp, s.fp, s.fn, s.tn, s.precision(), s.recall())
	if s.precision() < realPoolPrecision || s.recall() < realPoolRecall {
		t.Errorf("real dev pool: precision %.3f recall %.3f, want ≥ %.2f / %.2f", s.precision(), s.recall(), realPoolPrecision, realPoolRecall)
	}
}

// TestLabelledRealDev measures the classifier on the real-text dev part,
// which the rules were tuned on.
func TestLabelledRealDev(t *testing.T) {
	checkFresh(t, "echt.tsv", evaluate(t, readLabelled(t, "echt.tsv")), 900, realDevPrecision, realDevRecall)
}

// TestLabelledRealHeldOut measures it on the real-text held-out part, whose
// gemeenten the rules were never tuned on (its misses were read once, in
// the third round: doc.go). After the twelfth round 0.893 / 0.912;
// the thirteenth round's kinds added one false alarm (0.887 / 0.912,
// measured once at the end), hence the precision floor; the fourteenth
// round's kind 26 added one miss (0.886 / 0.905, TP 124, FP 16, FN 13,
// measured once at the end, figures only), hence the recall floor.
func TestLabelledRealHeldOut(t *testing.T) {
	checkFresh(t, "echt-ongezien.tsv", evaluate(t, readLabelled(t, "echt-ongezien.tsv")), 250, realHeldOutPrecision, realHeldOutRecall)
}

// TestLabelledRealFresh measures it on echt-vers.tsv: 467 real sentences
// collected and labelled twice after the rules above were tuned (368 from
// 89 gemeenten in no other set, 99 from the former reserve). Its first
// measurement is in doc.go; since the fourth round it is in the dev pool
// (cvDevSets). The floor guards it.
func TestLabelledRealFresh(t *testing.T) {
	checkFresh(t, "echt-vers.tsv", evaluate(t, readLabelled(t, "echt-vers.tsv")), 450, realFreshPrecision, realFreshRecall)
}

// TestLabelledRealFresh2 measures it on echt-vers2.tsv: 227 real sentences
// from 48 gemeenten in no other set, collected and labelled twice at the
// end of the second tuning round and measured once (doc.go); since the
// fourth round it is in the dev pool.
func TestLabelledRealFresh2(t *testing.T) {
	checkFresh(t, "echt-vers2.tsv", evaluate(t, readLabelled(t, "echt-vers2.tsv")), 200, realFresh2Precision, realFresh2Recall)
}

// TestLabelledRealFresh3 measures it on echt-vers3.tsv: 66 real sentences
// from 21 gemeenten in no other set, collected and labelled blind after
// the third round (the search corpus held little more for unused
// gemeenten). Its first measurement, 0.771 / 0.931 (TP 27, FP 8, FN 2),
// is the honest figure of that round. Dev from the seventh round, which
// left it at 0.750 / 0.931 (FP 9: a purpose clause "om ervoor te zorgen
// dat" no longer counts as the act); the floor guards it.
func TestLabelledRealFresh3(t *testing.T) {
	checkFresh(t, "echt-vers3.tsv", evaluate(t, readLabelled(t, "echt-vers3.tsv")), 60, realFresh3Precision, realFresh3Recall)
}

// TestLabelledRealFresh4 measures it on echt-vers4.tsv: 49 real sentences
// from 18 sources in no other set, collected and labelled before the fourth
// round changed any rule (issue 9). Its first measurement, with the rules
// as they stood, was 0.741 / 0.833 (TP 20, FP 7, FN 4, TN 18); never tuned
// on. After the fifth round's syntactic kinds it is 0.760 / 0.792 (TP 19,
// FP 6, FN 5): one false alarm fewer, one miss more; the sixth and
// seventh rounds' kinds left it there (dev from the seventh round); the
// eighth round's vague quantities made it 0.769 / 0.833 (FN 4), the tenth
// round's kader and deploying kinds 0.833 / 0.833 (FP 4), the eleventh
// round's cancelled matches under live vague language 0.840 / 0.875 (FN
// 3). The floor guards it.
func TestLabelledRealFresh4(t *testing.T) {
	checkFresh(t, "echt-vers4.tsv", evaluate(t, readLabelled(t, "echt-vers4.tsv")), 45, realFresh4Precision, realFresh4Recall)
}

// TestLabelledRealFresh5 measures it on echt-vers5.tsv: 123 real sentences
// from 48 sources in no other set, collected and labelled blind while the
// rules were being changed on other branches (issue 9), never tuned on and
// never shown in a log (evaluateBlind). Its one measurement, with the rules
// of main as they stood (1fc2d10), was 0.845 / 0.909 (TP 60, FP 11, FN 6,
// TN 46; type accuracy 0.691); after the eighth round's act classes,
// measured once, 0.857 / 0.909 (FP 10); after the ninth, the tenth, the
// eleventh, the twelfth, the thirteenth and the fourteenth round, each
// measured once, unchanged. The floor guards it.
func TestLabelledRealFresh5(t *testing.T) {
	s := evaluateBlind(t, readLabelled(t, "echt-vers5.tsv"))
	checkFresh(t, "echt-vers5.tsv", s, 100, realFresh5Precision, realFresh5Recall)
}

// TestLabelledRealFresh6 measures it on echt-vers6.tsv: 193 real sentences
// from 71 source addresses in no other set (issue 9, sixth fresh part),
// labelled twice from the text only before any classifier ran on them.
// The set is not blind, so its misses are logged like those of echt-vers4.
// Its first measurement, with the rules of main as they stood (d328f99), is
// the honest figure for unseen text: 0.826 / 0.901 (TP 100, FP 21, FN 11,
// TN 61; type accuracy 0.674, 130/193). It then joined the dev pool
// (cvDevSets), so later rounds tune on it: after the twelfth round 0.909 /
// 0.901 (FP 10), after the thirteenth 0.911 / 0.919 (FN 9), after the
// fourteenth 0.919 / 0.919 (FP 9). The floor guards it.
func TestLabelledRealFresh6(t *testing.T) {
	s := evaluate(t, readLabelled(t, "echt-vers6.tsv"))
	checkFresh(t, "echt-vers6.tsv", s, 150, realFresh6Precision, realFresh6Recall)
}

// TestLabelledRealFresh7 measures it on echt-vers7.tsv: 143 real sentences
// from 78 source addresses in no other set (issue 9, seventh fresh part),
// labelled twice from the text only before any classifier ran on them. It
// is a blind set like echt-vers5: never tuned on and never shown in a log
// (evaluateBlind logs figures and rule counts only). Its one measurement,
// with the rules of main as they stood (84fca2b), was 0.847 / 0.911 (TP 72,
// FP 13, FN 7, TN 51; type accuracy 0.657, 94/143); after the thirteenth
// and the fourteenth round, each measured once, unchanged. The floor guards it.
func TestLabelledRealFresh7(t *testing.T) {
	s := evaluateBlind(t, readLabelled(t, "echt-vers7.tsv"))
	checkFresh(t, "echt-vers7.tsv", s, 100, realFresh7Precision, realFresh7Recall)
}

// TestLabelledRealFresh8 measures it on echt-vers8.tsv: 130 real sentences
// from 38 source addresses in no other set, all published by public bodies
// (gemeenten, regions, provinces, the Rijk; issue 9, eighth fresh part),
// labelled twice from the text only before any classifier ran on them. It
// is a blind set like echt-vers5 and echt-vers7: never tuned on and never
// shown in a log (evaluateBlind logs figures and rule counts only). Its one
// measurement, with the rules of main as they stood (8014168), was 0.872 /
// 0.904 (TP 75, FP 11, FN 8, TN 36; type accuracy 0.646, 84/130). The floor
// guards it.
func TestLabelledRealFresh8(t *testing.T) {
	s := evaluateBlind(t, readLabelled(t, "echt-vers8.tsv"))
	checkFresh(t, "echt-vers8.tsv", s, 120, realFresh8Precision, realFresh8Recall)
}

// TestLabelledRealFresh9 measures it on echt-vers9.tsv: 119 real sentences
// from 58 source addresses in no other set and none of them a public
// body's (issue 9, ninth fresh part: corporation, tenant, news and
// convenant pages), labelled twice from the text only before any
// classifier ran on them. The set is not blind, so its misses are logged
// like those of echt-vers6. Its first measurement, with the rules of main
// as they stood (8014168), is the honest figure for unseen text: 0.705 /
// 0.811 (TP 43, FP 18, FN 10, TN 48; type accuracy 0.697, 83/119). As
// part of the dev pool it is tuned on since: 0.717 / 0.811 after the
// fourteenth round, 0.742 / 0.868 (TP 46, FP 16, FN 7) after the
// fifteenth. The floor guards it.
func TestLabelledRealFresh9(t *testing.T) {
	s := evaluate(t, readLabelled(t, "echt-vers9.tsv"))
	checkFresh(t, "echt-vers9.tsv", s, 100, realFresh9Precision, realFresh9Recall)
}

// TestLabelledRealFresh10 measures it on echt-vers10.tsv: 164 real
// sentences from 78 source addresses in no other set (40 gemeenten, six in
// no other set; mostly local news reporting agreements, gemeente,
// corporation and tenant pages; issue 9, tenth fresh part), labelled from
// the text only before any classifier ran on them. It is a blind set like
// echt-vers8: never tuned on and never shown in a log. Its first
// measurement, with the rules of main as they stood after the fourteenth
// round (0387f20), was 0.736 / 0.918 (TP 78, FP 28, FN 7, TN 51; type
// accuracy 0.732, 120/164): on news-like text the fallback and the process
// rules still raise too many false alarms. The floor guards it.
func TestLabelledRealFresh10(t *testing.T) {
	s := evaluateBlind(t, readLabelled(t, "echt-vers10.tsv"))
	checkFresh(t, "echt-vers10.tsv", s, 150, realFresh10Precision, realFresh10Recall)
}

// TestLabelledRealFresh13 measures it on echt-vers13a.tsv (104 sentences
// from 36 source addresses in no other set: corporation pages on
// allocation, rent and enforcement rules, gemeente pages, local news) and
// echt-vers13b.tsv (87 from 28: corporation and tenant summaries of
// agreements, convenants; many kader and samenwerking clauses), collected
// at the end of the eighth session and labelled from the text only before
// any classifier ran on them. Blind like echt-vers8: never tuned on and
// never shown in a log. Their first measurement, with main after round 21,
// is the figure for unseen text: 0.725 / 0.881 and 0.833 / 0.926 (together
// TP 87, FP 24, FN 9: 0.784 / 0.906; verdicts with a vague word right 66
// of 74, resting only on what is missing 21 of 37), and in the same run
// the session's start commit (9e4c66d, before rounds 19–21) scored the
// same confusion matrices. The floors guard it.
func TestLabelledRealFresh13(t *testing.T) {
	for _, c := range []struct {
		name      string
		minN      int
		prec, rec float64
	}{
		{"echt-vers13a.tsv", 100, realFresh13aPrecision, realFresh13aRecall},
		{"echt-vers13b.tsv", 80, realFresh13bPrecision, realFresh13bRecall},
	} {
		s := evaluateBlind(t, readLabelled(t, c.name))
		checkFresh(t, c.name, s, c.minN, c.prec, c.rec)
	}
}

// checkFresh fails when a real-text set has fewer than minN sentences (the
// file was cut) or its score is below the floors.
func checkFresh(t *testing.T, name string, s score, minN int, wantP, wantR float64) {
	t.Helper()
	if s.n < minN {
		t.Fatalf("%s: %d sentences, want at least %d", name, s.n, minN)
	}
	if s.precision() < wantP || s.recall() < wantR {
		t.Errorf("%s: precision %.3f recall %.3f, want ≥ %.2f / %.2f", name, s.precision(), s.recall(), wantP, wantR)
	}
}
