package compare

import (
	"strings"
	"testing"

	"pakompas/compare/theme"
	"pakompas/importer/model"
)

// A panic while one agreement is analysed (here: a classifier that is
// not there, as a bug found by hostile text would panic) costs that
// agreement its automatic judgement, not the analysis: every agreement
// is still there with its own imported fields, in overig, not vague, and
// an Info flag asks the adviser to judge it herself.
func TestPanicCostsOneAgreementOnly(t *testing.T) {
	e := defaultEngine(t)
	e.regular = nil // its Classify panics
	rep := &model.Report{Agreements: []model.Agreement{
		{ID: "a1", Gemeente: "Aalsmeer", Text: "Partijen gaan in gesprek.", Status: "gereed"},
		{ID: "a2", Gemeente: "Uithoorn", Text: "De corporatie bouwt 40 woningen in 2026."},
	}}
	an := e.Analyze(rep, Overrides{})
	if len(an.Agreements) != 2 || len(an.Gemeenten) != 2 {
		t.Fatalf("analysis lost agreements: %d agreements, gemeenten %v", len(an.Agreements), an.Gemeenten)
	}
	for i, a := range an.Agreements {
		if a.ID != rep.Agreements[i].ID || a.Text != rep.Agreements[i].Text {
			t.Errorf("agreement %d: imported fields lost: %+v", i, a.Agreement)
		}
		if a.Vague || a.Theme != theme.KeyOverig || len(a.Flags) != 1 {
			t.Fatalf("agreement %s: vague %t theme %q flags %+v", a.ID, a.Vague, a.Theme, a.Flags)
		}
		f := a.Flags[0]
		if f.Rule != RuleFailed || !f.Info || !strings.Contains(f.Message, "beoordeel haar zelf") {
			t.Errorf("agreement %s: flag %+v", a.ID, f)
		}
	}
	if an.Agreements[0].StatusNorm == "" {
		t.Error("the status of an agreement that failed is not normalised")
	}
}
