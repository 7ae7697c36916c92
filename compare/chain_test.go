package compare

import (
	"slices"
	"testing"

	"pakompas/importer"
	"pakompas/importer/model"
)

// Chain gives every agreement of a chain the same chain, oldest first,
// linked by Previous and Next: on the demo (two gemeenten over the
// years) and on one gemeente over three years where an agreement is
// dropped in the last and another is new in the second.
func TestChain(t *testing.T) {
	ag := func(year, no, text string) importer.Agreement {
		return importer.Agreement{ID: "u:" + year + ":" + no, Gemeente: "Uithoorn", Year: year, Number: no, Text: text}
	}
	rep := &importer.Report{}
	for _, y := range []string{"2024", "2025", "2026"} {
		rep.Agreements = append(rep.Agreements,
			ag(y, "1", "De gemeente stelt een woonzorgvisie op met de corporatie en de huurders."))
		if y != "2026" {
			rep.Agreements = append(rep.Agreements, ag(y, "2", "De corporatie plaatst zonnepanelen op de daken van honderd woningen in Zuid."))
		}
		if y != "2024" {
			rep.Agreements = append(rep.Agreements, ag(y, "3", "De corporatie verkoopt geen sociale huurwoningen in de kernen Uithoorn en De Kwakel."))
		}
	}
	small := defaultEngine(t).Analyze(rep, Overrides{})
	want := map[string]int{"u:2024:1": 3, "u:2025:2": 2, "u:2026:3": 2}
	for id, n := range want {
		i, ok := small.Index(id)
		if !ok {
			t.Fatalf("no %s", id)
		}
		if got := small.Chain(i); len(got) != n {
			t.Errorf("%s: chain %v, want %d agreements", id, got, n)
		}
	}
	for _, an := range []*Analysis{small, demoAnalysis(t, Config{})} {
		long := 0
		for i := range an.Agreements {
			c := an.Chain(i)
			if !slices.Contains(c, i) {
				t.Fatalf("%s: chain %v lacks it", an.Agreements[i].ID, c)
			}
			long = max(long, len(c))
			for k := 1; k < len(c); k++ {
				prev, cur := &an.Agreements[c[k-1]], &an.Agreements[c[k]]
				if cur.Previous != prev.ID || prev.Next != cur.ID {
					t.Errorf("%s → %s not linked", prev.ID, cur.ID)
				}
				if model.CompareYears(prev.Year, cur.Year) >= 0 {
					t.Errorf("%s (%s) before %s (%s)", prev.ID, prev.Year, cur.ID, cur.Year)
				}
			}
			for _, j := range c {
				if !slices.Equal(an.Chain(j), c) {
					t.Errorf("%s and %s give different chains", an.Agreements[i].ID, an.Agreements[j].ID)
				}
			}
		}
		if long < 2 {
			t.Error("no chain over more than one year")
		}
	}
}
