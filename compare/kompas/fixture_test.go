package kompas

import (
	"fmt"
	"testing"

	"pakompas/compare"
	"pakompas/compare/role"
	"pakompas/compare/status"
	"pakompas/importer/model"
)

// fx is one agreement of the fixture with the facts the indicators count,
// set by hand so that the counts do not depend on the classifiers.
type fx struct {
	gemeente, theme, typ string
	vague, smart         bool
	role                 role.Role
	why                  string // the role's reason; a joint one may name the tenants
	regular, due         bool
	status               string
}

// fixture is three gemeenten whose figures are worked out in the tests:
//
//	Aalsmeer (10): vague 3, SMART 5, resultaat 6 of 9 (1 kader), mixed
//	  1 theme (betaalbaarheid 2 resultaat + 2 inspanning), corporatie 6,
//	  tenants 2 (trekker once, in a joint cell once), regular 2, due 7,
//	  status 6 of which 2 gereed and 2 behind; themes 4-2-2-2.
//	Bergen (4): all corporatie resultaat, SMART, due, no status.
//	Castricum (6): duurzaamheid, 3 resultaat + 3 vague inspanning,
//	  gemeente 3 and corporatie 3, no due, all gereed.
//
// The median of 10, 4 and 6 is 6.
var fixture = []fx{
	{"Aalsmeer", "betaalbaarheid", "resultaat", false, true, role.Corporatie, "", false, true, "gereed"},
	{"Aalsmeer", "betaalbaarheid", "inspanning", true, false, role.Corporatie, "", false, false, ""},
	{"Aalsmeer", "betaalbaarheid", "resultaat", false, true, role.Corporatie, "", true, true, "loopt"},
	{"Aalsmeer", "betaalbaarheid", "inspanning", true, false, role.Gemeente, "", false, false, "vertraagd"},
	{"Aalsmeer", "duurzaamheid", "resultaat", false, true, role.Corporatie, "", false, true, "gereed"},
	{"Aalsmeer", "duurzaamheid", "resultaat", false, false, role.Corporatie, "", true, true, ""},
	{"Aalsmeer", "leefbaarheid", "proces", true, false, role.Gezamenlijk, "trekker: 'Gemeente, corporatie, HBV'", false, false, ""},
	{"Aalsmeer", "leefbaarheid", "kader", false, false, role.Gezamenlijk, "trekker: 'Gemeente, corporatie'", false, true, ""},
	{"Aalsmeer", "kwaliteit", "resultaat", false, true, role.Huurders, "trekker: 'HBV'", false, true, "op schema"},
	{"Aalsmeer", "kwaliteit", "resultaat", false, true, role.Corporatie, "", false, true, "risico"},
	{"Bergen", "beschikbaarheid", "resultaat", false, true, role.Corporatie, "", false, true, ""},
	{"Bergen", "beschikbaarheid", "resultaat", false, true, role.Corporatie, "", false, true, ""},
	{"Bergen", "beschikbaarheid", "resultaat", false, true, role.Corporatie, "", false, true, ""},
	{"Bergen", "beschikbaarheid", "resultaat", false, true, role.Corporatie, "", false, true, ""},
	{"Castricum", "duurzaamheid", "resultaat", false, false, role.Gemeente, "", false, false, "gereed"},
	{"Castricum", "duurzaamheid", "resultaat", false, false, role.Gemeente, "", false, false, "gereed"},
	{"Castricum", "duurzaamheid", "resultaat", false, false, role.Gemeente, "", false, false, "gereed"},
	{"Castricum", "duurzaamheid", "inspanning", true, false, role.Corporatie, "", false, false, "gereed"},
	{"Castricum", "duurzaamheid", "inspanning", true, false, role.Corporatie, "", false, false, "gereed"},
	{"Castricum", "duurzaamheid", "inspanning", true, false, role.Corporatie, "", false, false, "gereed"},
}

// fixtureAnalysis analyses the fixture's agreements and then sets their
// derived facts to the fixture's.
func fixtureAnalysis(t testing.TB) *compare.Analysis {
	t.Helper()
	rep := &model.Report{}
	for i, f := range fixture {
		rep.Agreements = append(rep.Agreements, model.Agreement{
			ID: fmt.Sprintf("%s:%d", f.gemeente, i), Gemeente: f.gemeente, Number: fmt.Sprint(i),
			Text: fmt.Sprintf("Afspraak %d.", i), Status: f.status,
		})
	}
	e, err := compare.NewEngine(compare.Config{})
	if err != nil {
		t.Fatal(err)
	}
	an := e.Analyze(rep, compare.Overrides{})
	for i, f := range fixture {
		a := &an.Agreements[i]
		a.Theme, a.Type, a.Vague, a.OwnerRole, a.RoleWhy, a.Regular = f.theme, f.typ, f.vague, f.role, f.why, f.regular
		a.Smart = compare.Smart{Who: f.smart, What: f.smart, HowMuch: f.smart, When: f.smart}
		a.Due = ""
		if f.due {
			a.Due = "2026"
		}
		a.StatusNorm = status.Normalise(f.status)
	}
	return an
}

// scanFixture scans the fixture with the adviser's work and thresholds.
func scanFixture(t testing.TB, work compare.Judgements, th compare.Thresholds) Result {
	t.Helper()
	return Scan(compare.ReadOnlyEvaluation(fixtureAnalysis(t), work, compare.Overrides{}), th)
}
