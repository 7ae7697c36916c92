package compare

import (
	"reflect"
	"testing"

	"pakompas/compare/role"
	"pakompas/compare/theme"
)

// Agreements derived as a twin's copy have exactly the facts their own
// derivation gives: on two years of the corpus (most of the second year
// repeats the first) every third agreement and every twin's copy is
// derived again on its own and compared, the imported fields included;
// and twins were found, so the copy path ran.
func TestDeriveTwinsSameAsOwn(t *testing.T) {
	rep, e := twoYearsReport(), defaultEngine(t)
	an := e.Analyze(rep, Overrides{})
	twin := deriveTwins(rep.Agreements, nil)
	copies := 0
	for i, j := range twin {
		if j != i {
			copies++
		}
	}
	if copies < len(twin)/10 {
		t.Fatalf("%d twins of %d agreements: the copy path is hardly tested", copies, len(twin))
	}
	placer := theme.NewPlacer(e.taxonomy)
	var owners []string
	for _, a := range rep.Agreements {
		owners = append(owners, a.Owner)
	}
	roles := role.NewResolver(append(append([]string(nil), e.corporations...), role.DiscoverCorporations(owners)...))
	for i := range rep.Agreements {
		if twin[i] == i && i%3 != 0 {
			continue
		}
		want := e.derive(placer, roles, rep.Agreements[i], Overrides{})
		got := an.Agreements[i]
		// What is set after the derivation (groups, years) is not compared.
		got.Group, want.Group = "", ""
		got.Change, got.Previous, got.Next, got.CarriedYears = "", "", "", 0
		got.PreviousStatus, got.DueMoved, got.Edits, got.ChangeSpans, got.PreviousSpans, got.YearsOnly = "", false, nil, nil, nil, false
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("agreement %d (%s, twin of %d) differs from its own derivation:\n got %+v\nwant %+v", i, rep.Agreements[i].ID, twin[i], got, want)
		}
	}
}

// An agreement the adviser moved by its id is never a twin: its theme is
// its own.
func TestDeriveTwinsSkipMoved(t *testing.T) {
	rep := twoYearsReport()
	twin := deriveTwins(rep.Agreements, nil)
	i := -1
	for k, j := range twin {
		if j != k {
			i = k
			break
		}
	}
	if i < 0 {
		t.Fatal("no twins")
	}
	moved := deriveTwins(rep.Agreements, map[string]string{rep.Agreements[i].ID: "overig"})
	if moved[i] != i {
		t.Errorf("the moved agreement %s is still a twin of %d", rep.Agreements[i].ID, moved[i])
	}
}
