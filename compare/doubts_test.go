package compare

import (
	"testing"

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
