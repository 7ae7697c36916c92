package kompas

import (
	"math"
	"slices"
	"strings"
	"testing"

	"pakompas/compare"
	"pakompas/compare/evaluation"
)

// want is the expected score of one indicator.
type want struct {
	key        Key
	level      Level
	value      float64
	text       string
	agreements []int
}

func checkScores(t *testing.T, r Result, g int, wants []want) {
	t.Helper()
	for _, w := range wants {
		s := r.Score(g, w.key)
		if s.Level != w.level || math.Abs(s.Value-w.value) > 0.01 || s.Text != w.text ||
			w.agreements != nil && !slices.Equal(s.Agreements, w.agreements) {
			t.Errorf("%s %s: %s %.2f %q %v (%s), want %s %.2f %q %v",
				r.Gemeenten[g], w.key, s.Level.Word(), s.Value, s.Text, s.Agreements, s.Reason,
				w.level.Word(), w.value, w.text, w.agreements)
		}
	}
}

// Every indicator on the fixture, with the default thresholds.
func TestScanFixture(t *testing.T) {
	r := scanFixture(t, nil, compare.DefaultThresholds())
	if !slices.Equal(r.Gemeenten, []string{"Aalsmeer", "Bergen", "Castricum"}) || r.Median != 6 {
		t.Fatalf("gemeenten %v, median %v", r.Gemeenten, r.Median)
	}
	checkScores(t, r, 0, []want{
		{KeyAgreements, Green, 10, "10", []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{KeyThemes, Green, 4, "4", []int{0, 1, 2, 3}},
		{KeyMedian, Red, 66.67, "+67%", nil},
		{KeyVague, Amber, 30, "30%", []int{1, 3, 6}},
		{KeySmart, Green, 50, "50%", []int{1, 3, 5, 6, 7}},
		{KeyResult, Green, 67, "67%", []int{1, 3, 6}},
		{KeyMixed, Green, 1, "1", []int{0, 1, 2, 3}},
		{KeyRole, Amber, 60, "corporatie 60%", []int{0, 1, 2, 4, 5, 9}},
		{KeyTenants, Amber, 2, "2", []int{6, 8}},
		{KeyRegular, Red, 20, "20%", []int{2, 5}},
		{KeyDue, Amber, 70, "70%", []int{1, 3, 6}},
		{KeyStatus, Amber, 60, "60%", []int{1, 5, 6, 7}},
		{KeyDone, Red, 33, "33%", []int{3, 9}},
	})
	checkScores(t, r, 1, []want{
		{KeyMedian, Green, -33.33, "-33%", nil},
		{KeyRole, Red, 100, "corporatie 100%", []int{10, 11, 12, 13}},
		{KeyTenants, Red, 0, "0", nil},
		{KeyStatus, Red, 0, "0%", []int{10, 11, 12, 13}},
		{KeyDone, None, 0, "·", nil},
		{KeyMixed, Green, 0, "0", nil},
	})
	checkScores(t, r, 2, []want{
		{KeyMedian, Green, 0, "0%", nil},
		{KeyVague, Red, 50, "50%", []int{17, 18, 19}},
		{KeyResult, Green, 50, "50%", []int{17, 18, 19}},
		{KeyMixed, Green, 1, "1", nil},
		{KeyRole, Green, 50, "corporatie 50%", []int{17, 18, 19}},
		{KeyDue, Red, 0, "0%", nil},
		{KeyDone, Green, 0, "0%", nil},
	})
	// The role parts: every role with its share and its agreements.
	parts := r.Score(0, KeyRole).Parts
	if len(parts) != 6 || parts[0].Count != 6 || parts[1].Count != 1 || parts[2].Count != 1 || parts[4].Count != 2 ||
		!slices.Equal(parts[4].Agreements, []int{6, 7}) || parts[4].Percent != 20 {
		t.Errorf("role parts %+v", parts)
	}
}

// Per theme: counts, shares and the mixed theme of Aalsmeer; other
// indicators and empty themes are not judged.
func TestScanByTheme(t *testing.T) {
	r := scanFixture(t, nil, compare.DefaultThresholds())
	th := map[string]int{}
	for i, k := range r.Themes {
		th[k] = i
	}
	at := func(g int, theme string, k Key) Score { return r.ThemeScore(g, th[theme], k) }
	b := "betaalbaarheid"
	if s := at(0, b, KeyThemes); s.Count != 4 || s.Level != Green {
		t.Errorf("themes: %+v", s)
	}
	if s := at(0, b, KeyVague); s.Count != 2 || s.Of != 4 || !slices.Equal(s.Agreements, []int{1, 3}) || s.Level != Red {
		t.Errorf("vague: %+v", s)
	}
	if s := at(0, b, KeyMixed); s.Level != Amber || s.Value != 50 || !slices.Equal(s.Agreements, []int{0, 1, 2, 3}) {
		t.Errorf("mixed: %+v", s)
	}
	if s := at(0, "kwaliteit", KeyMixed); s.Level != Green || len(s.Agreements) != 0 {
		t.Errorf("kwaliteit mixed: %+v", s)
	}
	if s := at(0, b, KeyRegular); s.Count != 1 || s.Level != Red {
		t.Errorf("regular: %+v", s)
	}
	if s := at(0, "leefbaarheid", KeyResult); s.Of != 1 || s.Count != 0 || s.Level != Red {
		t.Errorf("leefbaarheid result (kader not counted): %+v", s)
	}
	if s := at(0, b, KeyRole); s.Level != None || s.Text != "·" {
		t.Errorf("role per theme: %+v", s)
	}
	if s := at(1, b, KeyVague); s.Level != None || s.Text != "·" {
		t.Errorf("empty theme: %+v", s)
	}
	var keys []Key
	for _, row := range r.ThemeRows {
		keys = append(keys, r.Indicators[row].Key)
	}
	if !slices.Equal(keys, []Key{KeyThemes, KeyVague, KeyResult, KeyMixed, KeyRegular}) || len(r.ByTheme[0][0]) != len(keys) {
		t.Errorf("theme rows %v", keys)
	}
}

// The adviser's verdict wins over the classifier's in Concreetheid:
// "niet vaag" takes an agreement off, "vaag" puts one on, "twijfel"
// leaves the classifier's verdict.
func TestScanVerdictOverrides(t *testing.T) {
	an := fixtureAnalysis(t)
	work := compare.Judgements{
		an.Agreements[1].ID:  {ID: an.Agreements[1].ID, Verdict: evaluation.NietVaag},
		an.Agreements[3].ID:  {ID: an.Agreements[3].ID, Verdict: evaluation.Twijfel},
		an.Agreements[10].ID: {ID: an.Agreements[10].ID, Verdict: evaluation.Vaag},
	}
	r := scanFixture(t, work, compare.DefaultThresholds())
	checkScores(t, r, 0, []want{{KeyVague, Green, 20, "20%", []int{3, 6}}})
	checkScores(t, r, 1, []want{{KeyVague, Amber, 25, "25%", []int{10}}})
	// The reason says the adviser's verdicts count only when there are any.
	if reason := r.Score(0, KeyVague).Reason; !strings.Contains(reason, "uw oordelen tellen mee") {
		t.Errorf("with verdicts: %q", reason)
	}
	plain := scanFixture(t, nil, compare.DefaultThresholds())
	if reason := plain.Score(0, KeyVague).Reason; !strings.Contains(reason, "automatisch beoordeeld") || strings.Contains(reason, "oordelen") {
		t.Errorf("without verdicts: %q", reason)
	}
}

// A threshold changed in pakompas.toml changes the judgement, and the
// reason names the new thresholds.
func TestScanConfiguredThresholds(t *testing.T) {
	cfg, err := compare.ParseConfig("pakompas.toml", []byte("[kompas]\nvaag_oranje = 35\nvaag_rood = 45\nregulier_rood = 25\nafspraken_oranje = 8\nafspraken_rood = 10\n"))
	if err != nil {
		t.Fatal(err)
	}
	th, err := cfg.Thresholds()
	if err != nil {
		t.Fatal(err)
	}
	r := scanFixture(t, nil, th)
	checkScores(t, r, 0, []want{
		{KeyVague, Green, 30, "30%", nil},
		{KeyRegular, Amber, 20, "20%", nil},
		{KeyAgreements, Red, 10, "10", nil},
	})
	if reason := r.Score(0, KeyVague).Reason; !strings.HasSuffix(reason, "oranje vanaf 35%, rood vanaf 45%") {
		t.Errorf("reason %q", reason)
	}
	if help := r.Indicators[r.Index(KeyVague)].Help; !strings.Contains(help, "oranje vanaf 35%") {
		t.Errorf("help %q", help)
	}
}

// One gemeente has nothing to compare with.
func TestScanOneGemeente(t *testing.T) {
	an := fixtureAnalysis(t)
	an.Gemeenten = an.Gemeenten[:1]
	r := Scan(compare.ReadOnlyEvaluation(an, nil, compare.Overrides{}), compare.DefaultThresholds())
	if len(r.Scores) != 1 {
		t.Fatalf("%d gemeenten", len(r.Scores))
	}
	if s := r.Score(0, KeyMedian); s.Level != None || !strings.Contains(s.Reason, "één gemeente") {
		t.Errorf("median of one: %+v", s)
	}
}

// Weakest lists red before amber, the furthest past its threshold first.
func TestWeakest(t *testing.T) {
	r := scanFixture(t, nil, compare.DefaultThresholds())
	var keys []Key
	for _, k := range r.Weakest(0, 3) {
		keys = append(keys, r.Indicators[k].Key)
	}
	// Red, past amber by: median +67% (1.67), behind 33% (1.22), regular 20% (1.0).
	if !slices.Equal(keys, []Key{KeyMedian, KeyDone, KeyRegular}) {
		t.Errorf("weakest %v", keys)
	}
	if got := r.Weakest(1, 10); len(got) != 3 {
		t.Errorf("Bergen: %d weak indicators", len(got))
	}
}

func TestLevelWords(t *testing.T) {
	for l, w := range map[Level][2]string{None: {"geen oordeel", "·"}, Green: {"groen", "✓"}, Amber: {"oranje", "!"}, Red: {"rood", "✗"}} {
		if l.Word() != w[0] || l.Mark() != w[1] {
			t.Errorf("%d: %q %q", l, l.Word(), l.Mark())
		}
	}
}

// TestJudgedAsShown: a share is judged on the whole percent it shows, so
// "10%" never stands green next to "oranje vanaf 10%" (3 of 31 is 9.7%).
func TestJudgedAsShown(t *testing.T) {
	ind := Indicator{limit: compare.Limit{Amber: 10, Red: 20}}
	s := share(ind, 3, 31, "regulier", "", nil)
	if s.Text != "10%" || s.Level != Amber {
		t.Fatalf("3 of 31: %q %s, want \"10%%\" oranje", s.Text, s.Level.Word())
	}
}
