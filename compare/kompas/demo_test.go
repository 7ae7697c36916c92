package kompas

import (
	"context"
	"strings"
	"testing"

	"pakompas/compare"
	"pakompas/importer"
	"pakompas/importer/demo"
)

// On the demo set every score has a figure and a reason, names only
// agreements of its own gemeente (and theme), and the role parts add up.
func TestScanDemo(t *testing.T) {
	e, err := compare.NewEngine(compare.Config{})
	if err != nil {
		t.Fatal(err)
	}
	an := e.Analyze(importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, importer.Options{}), compare.Overrides{})
	r := Scan(compare.ReadOnlyEvaluation(an, nil, compare.Overrides{}), compare.DefaultThresholds())
	if len(r.Gemeenten) != 6 || len(r.Indicators) != 14 {
		t.Fatalf("%d gemeenten, %d indicators", len(r.Gemeenten), len(r.Indicators))
	}
	// Doorgeschoven is judged where two jaarschijven are loaded (Uithoorn
	// 2 of 31, Ouder-Amstel 1 of 29), not judged elsewhere.
	for g, name := range r.Gemeenten {
		s := r.Score(g, KeyCarried)
		switch name {
		case "Uithoorn", "Ouder-Amstel":
			want := map[string]int{"Uithoorn": 2, "Ouder-Amstel": 1}[name]
			if s.Count != want || s.Level != Green || len(s.Agreements) != want {
				t.Errorf("%s doorgeschoven: %+v, want %d, groen", name, s, want)
			}
			for _, i := range s.Agreements {
				if an.Agreements[i].CarriedYears == 0 || an.Agreements[i].Year != "2025" {
					t.Errorf("%s doorgeschoven names %s (%s, carried %d)", name, an.Agreements[i].ID, an.Agreements[i].Year, an.Agreements[i].CarriedYears)
				}
			}
		default:
			if s.Text != "·" || s.Level != None || !strings.Contains(s.Reason, "één jaarschijf") {
				t.Errorf("%s doorgeschoven with one jaarschijf: %+v", name, s)
			}
		}
	}
	judged := 0
	for g, name := range r.Gemeenten {
		for k, s := range r.Scores[g] {
			ind := r.Indicators[k]
			if s.Text == "" || s.Reason == "" || ind.Label == "" || ind.Help == "" || ind.Group == "" {
				t.Errorf("%s %s: empty text or reason: %+v", name, ind.Key, s)
			}
			if s.Level != None {
				judged++
			}
			for _, i := range s.Agreements {
				if an.Agreements[i].Gemeente != name {
					t.Errorf("%s %s: agreement %d of %s", name, ind.Key, i, an.Agreements[i].Gemeente)
				}
			}
		}
		sum := 0
		for _, p := range r.Score(g, KeyRole).Parts {
			sum += p.Count
		}
		if n := r.Score(g, KeyAgreements).Count; sum != n || n == 0 {
			t.Errorf("%s: role parts add up to %d of %d", name, sum, n)
		}
		for ti, key := range r.Themes {
			for j := range r.ThemeRows {
				for _, i := range r.ByTheme[g][ti][j].Agreements {
					if a := an.Agreements[i]; a.Gemeente != name || a.Theme != key {
						t.Errorf("%s %s: agreement %d is %s %s", name, key, i, a.Gemeente, a.Theme)
					}
				}
			}
		}
		t.Logf("%s: %s", name, summary(r, g))
	}
	if judged < 4*11 {
		t.Errorf("only %d judged scores", judged)
	}
}

// summary is a gemeente's column as one line, for the test log.
func summary(r Result, g int) string {
	out := ""
	for k, s := range r.Scores[g] {
		out += string(r.Indicators[k].Key) + " " + s.Level.Mark() + s.Text + "  "
	}
	return out
}
