package compare

import (
	"strings"
	"testing"

	"pakompas/compare/regular"
	"pakompas/importer/model"
)

// Analyze marks regular work on the agreement, with a flag that names the
// rule, the words (spans into the text) and the advice; the vague verdict
// is its own.
func TestAnalyzeRegular(t *testing.T) {
	rep := &model.Report{Agreements: []model.Agreement{
		{ID: "a:1", Gemeente: "Aalsmeer", Text: "De corporatie wijst woningen toe volgens de huisvestingsverordening."},
		{ID: "a:2", Gemeente: "Aalsmeer", Text: "De corporatie bouwt in 2026 48 sociale huurwoningen aan de Molenweg."},
		{ID: "a:3", Gemeente: "Aalsmeer", Text: "De corporatie blijft investeren in de kwaliteit van de woningvoorraad."},
	}}
	an := defaultEngine(t).Analyze(rep, Overrides{})
	got := an.Agreements
	if !got[0].Regular || got[1].Regular || !got[2].Regular {
		t.Fatalf("regular: %v %v %v", got[0].Regular, got[1].Regular, got[2].Regular)
	}
	if got[1].RegularFlag != nil {
		t.Errorf("flag on a non-regular agreement: %+v", got[1].RegularFlag)
	}
	f := got[0].RegularFlag
	if f == nil || f.Category != regular.Category || f.Rule != "wettelijk" || !f.Info ||
		!strings.HasSuffix(f.Message, regular.Advice) || f.Match != "volgens de huisvestingsverordening" {
		t.Fatalf("flag %+v", f)
	}
	if sp := f.Spans[0]; got[0].Text[sp[0]:sp[1]] != f.Match {
		t.Errorf("span %v gives %q", sp, got[0].Text[sp[0]:sp[1]])
	}
	// Regular and vague are separate verdicts: a routine may be vague.
	if !got[2].Vague {
		t.Errorf("'blijft investeren' should be vague too: %+v", got[2].Flags)
	}
}
