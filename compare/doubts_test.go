package compare

import (
	"testing"

	"pakompas/compare/evaluation"
	"pakompas/compare/theme"
)

func TestDoubtsCountCurrentVersionsOnly(t *testing.T) {
	an := &Analysis{Agreements: []Agreement{
		{ThemeVia: theme.ViaText, ThemeUnsure: true, LessCertain: true},
		{ThemeVia: theme.ViaText},
		{ThemeVia: theme.ViaTheme, Vague: true},
		{ThemeVia: theme.ViaText, ThemeUnsure: true, LessCertain: true}, // an earlier jaarschijf
	}}
	an.superseded = []bool{false, false, false, true}
	if got, want := an.Doubts(), (Doubts{FromText: 2, ThemeUnsure: 1, LessCertain: 1}); got != want {
		t.Errorf("Doubts() = %+v, want %+v", got, want)
	}
}

func TestUnsettledUntilAVerdict(t *testing.T) {
	a := Agreement{Vague: true, LessCertain: true, ThemeUnsure: true}
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
