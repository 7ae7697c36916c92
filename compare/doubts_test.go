package compare

import (
	"testing"

	"pakompas/compare/evaluation"
	"pakompas/compare/theme"
)

func TestDoubtsCountCurrentVersionsOnly(t *testing.T) {
	an := &Analysis{Agreements: []Agreement{
		{ThemeVia: theme.ViaText, ThemeUnsure: true, ThemeSecond: "leefbaarheid", Vague: true, LessCertain: true},
		{ThemeVia: theme.ViaText},
		{ThemeVia: theme.ViaTheme, Vague: true},
		{ThemeVia: theme.ViaText, ThemeUnsure: true, ThemeSecond: "leefbaarheid", Vague: true, LessCertain: true}, // an earlier jaarschijf
		{ThemeVia: theme.ViaText, ThemeUnsure: true, ThemeSecond: "leefbaarheid", Vague: true, LessCertain: true}, // judged by the adviser
	}}
	for i := range an.Agreements {
		an.Agreements[i].ID = string(rune('a' + i))
	}
	an.byID = map[string]int{"a": 0, "b": 1, "c": 2, "d": 3, "e": 4}
	an.superseded = []bool{false, false, false, true, false}
	ev := ReadOnlyEvaluation(an, Judgements{"e": {Verdict: evaluation.Twijfel}}, Overrides{})
	if got, want := ev.Doubts(), (Doubts{FromText: 3, ThemeUnsettled: 1, VagueUnsettled: 1}); got != want {
		t.Errorf("Doubts() = %+v, want %+v", got, want)
	}
}

func TestUnsettledUntilAVerdict(t *testing.T) {
	a := Agreement{Vague: true, LessCertain: true, ThemeUnsure: true, ThemeSecond: "leefbaarheid"}
	if lc, th := Unsettled(a, evaluation.None); !lc || !th {
		t.Errorf("no verdict: %v %v, want both unsettled", lc, th)
	}
	for _, v := range []evaluation.Verdict{evaluation.Vaag, evaluation.NietVaag, evaluation.Twijfel} {
		if lc, th := Unsettled(a, v); lc || th {
			t.Errorf("verdict %q: %v %v, want both settled", v, lc, th)
		}
	}
	if lc, th := Unsettled(Agreement{Vague: true}, evaluation.None); lc || th {
		t.Errorf("a sure agreement: %v %v", lc, th)
	}
}
