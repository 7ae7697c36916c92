package main

import (
	"bytes"
	"strings"
	"testing"

	"pakompas/compare"
	"pakompas/importer"
)

// check names the agreements carried over year after year, per gemeente
// with more than one year, with the rule, the years and the status now.
func TestCheckDoorgeschoven(t *testing.T) {
	ag := func(id, gem, year, text, st string) importer.Agreement {
		return importer.Agreement{ID: id, Gemeente: gem, Year: year, Text: text, Status: st,
			Source: importer.Source{File: gem + year + ".xlsx", Sheet: "Afspraken", Row: 5}}
	}
	rep := &importer.Report{Agreements: []importer.Agreement{
		ag("u24", "Uithoorn", "2024", "De corporatie levert 40 sociale huurwoningen op in plan Zuid.", "loopt"),
		ag("u25", "Uithoorn", "2025", "De corporatie levert 60 sociale huurwoningen op in plan Zuid.", "vertraagd"),
		ag("u26", "Uithoorn", "2026", "De corporatie levert 60 sociale huurwoningen op in plan Zuid.", "loopt"),
		ag("d24", "Uithoorn", "2024", "Partijen overleggen vier keer per jaar.", "afgerond"),
		ag("d25", "Uithoorn", "2025", "Partijen overleggen vier keer per jaar.", "afgerond"),
		ag("d26", "Uithoorn", "2026", "Partijen overleggen vier keer per jaar.", "afgerond"),
		ag("a25", "Aalsmeer", "2025", "De corporatie levert 30 woningen op.", "loopt"),
	}}
	e, err := compare.NewEngine(compare.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := writeCheck(&out, e.Analyze(rep, compare.Overrides{}), nil, "basis"); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"Uithoorn: info doorgeschoven (2024 → 2025 → 2026): 1 afspraak jaar na jaar terug zonder gereed\n",
		"  Uithoorn2026.xlsx:Afspraken:5  Uithoorn  doorgeschoven 2× (2024 → 2025 → 2026, status nu: Op schema)  De corporatie levert 60",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "Aalsmeer: info") || strings.Contains(got, "overleggen") {
		t.Errorf("one year, or done every year, is not doorgeschoven:\n%s", got)
	}
}
