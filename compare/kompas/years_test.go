package kompas

import (
	"context"
	"strings"
	"testing"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/importer"
	"pakompas/importer/demo"
)

// The kompas judges a gemeente's current set of agreements: with the
// demo's 2024 jaarschijven of Uithoorn and Ouder-Amstel loaded too, it
// counts their 2025 agreements only (31 and 29, as without 2024) and no
// score names an agreement of 2024.
func TestScanLatestYearOnly(t *testing.T) {
	e, err := compare.NewEngine(compare.Config{})
	if err != nil {
		t.Fatal(err)
	}
	an := e.Analyze(importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, importer.Options{}), compare.Overrides{})
	if len(an.Verloop) != 2 {
		t.Fatalf("%d gemeenten with two years, want 2", len(an.Verloop))
	}
	r := Scan(compare.ReadOnlyEvaluation(an, nil, compare.Overrides{}), compare.DefaultThresholds())
	want := map[string]string{"Aalsmeer": "29", "Amstelveen": "14", "De Ronde Venen": "12", "Landsmeer": "28", "Ouder-Amstel": "29", "Uithoorn": "31"}
	for g, name := range r.Gemeenten {
		for k, s := range r.Scores[g] {
			if r.Indicators[k].Key == KeyAgreements && s.Text != want[name] {
				t.Errorf("%s: %s agreements counted, want %s", name, s.Text, want[name])
			}
			for _, i := range s.Agreements {
				if an.Agreements[i].Year == "2024" {
					t.Errorf("%s %s names %s of 2024", name, r.Indicators[k].Key, an.Agreements[i].ID)
				}
			}
		}
	}
}

// A verdict on an agreement of an earlier jaarschijf counts in no share,
// so the vague shares do not say the adviser's verdicts count; one on the
// current set does.
func TestVagueNoteCurrentSet(t *testing.T) {
	e, err := compare.NewEngine(compare.Config{})
	if err != nil {
		t.Fatal(err)
	}
	an := e.Analyze(importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, importer.Options{}), compare.Overrides{})
	superseded := an.Superseded()
	old, cur := "", ""
	for i, a := range an.Agreements {
		switch {
		case superseded(i) && old == "":
			old = a.ID
		case !superseded(i) && cur == "":
			cur = a.ID
		}
	}
	reason := func(id string) string {
		work := compare.Judgements{id: {ID: id, Verdict: evaluation.Vaag}}
		r := Scan(compare.ReadOnlyEvaluation(an, work, compare.Overrides{}), compare.DefaultThresholds())
		return r.Score(0, KeyVague).Reason
	}
	if got := reason(old); !strings.Contains(got, "automatisch beoordeeld") {
		t.Errorf("a verdict on %s of an earlier year: %q", old, got)
	}
	if got := reason(cur); !strings.Contains(got, "uw oordelen tellen mee") {
		t.Errorf("a verdict on %s: %q", cur, got)
	}
}
