package verloop

import (
	"testing"

	"pakompas/compare/status"
)

// An agreement rolled over to the next jaarschijf with only its years
// moved on is gewijzigd, and YearsOnly says so; any other edit, a year
// moved by more or less than the versions lie apart, or a number that is
// no year makes it a real change.
func TestYearsOnly(t *testing.T) {
	for _, c := range []struct {
		prev, cur string
		gap       int
		want      bool
	}{
		{"De corporatie verhoogt per 1 juli 2024 de huren met maximaal de inflatie (CPI 2023).",
			"De corporatie verhoogt per 1 juli 2025 de huren met maximaal de inflatie (CPI 2024).", 1, true},
		{"Partijen evalueren de afspraken 2024-2027 in 2026.", "Partijen evalueren de afspraken 2025-2028 in 2027.", 1, true},
		{"De gemeente stelt in 2024 twee locaties beschikbaar.", "De gemeente stelt in 2026 twee locaties beschikbaar.", 2, true},
		// Moved by two where the versions lie one year apart: the deadline slipped.
		{"De gemeente stelt in 2024 twee locaties beschikbaar.", "De gemeente stelt in 2026 twee locaties beschikbaar.", 1, false},
		{"De corporatie levert ten minste 40 woningen op in 2025.", "De corporatie levert minimaal 60 woningen op in 2026.", 1, false},
		{"De corporatie levert 40 woningen op in 2025.", "De corporatie levert 41 woningen op in 2025.", 1, false},
		{"De corporatie levert in 2025 40 woningen op.", "De corporatie levert in 2026 40 woningen op, in Zuid.", 1, false},
		{"Budget € 2024 per woning.", "Budget € 2025,50 per woning.", 1, false},
		// A year that became a period, or a period a year, is no roll-over;
		// nor is a date written with dashes.
		{"De visie loopt tot 2024.", "De visie loopt tot 2025-2028.", 1, false},
		{"Afspraken 2024-2027.", "Afspraken 2025.", 1, false},
		{"Gereed op 1-7-2024.", "Gereed op 1-7-2025.", 1, false},
	} {
		edits, _, _ := wordDiff(c.prev, c.cur)
		if got := yearsOnly(edits, c.gap); got != c.want {
			t.Errorf("%q → %q (gap %d): %v, want %v (edits %+v)", c.prev, c.cur, c.gap, got, c.want, edits)
		}
	}
	if yearsOnly(nil, 1) {
		t.Error("no edits is no change at all, not a years-only one")
	}
}

// Match sets YearsOnly on the rolled-over agreement and counts it, and
// leaves it off the one that really changed.
func TestMatchYearsOnly(t *testing.T) {
	items := []Item{
		{ID: "a:2024:1", Gemeente: "A", Year: "2024", Number: "1", Text: "De corporatie verhoogt per 1 juli 2024 de huren van 300 woningen met de inflatie.", Status: status.Done},
		{ID: "a:2024:2", Gemeente: "A", Year: "2024", Number: "2", Text: "De corporatie levert ten minste 40 sociale huurwoningen op in Zuid in 2025.", Status: status.OnTrack},
		{ID: "a:2025:1", Gemeente: "A", Year: "2025", Number: "1", Text: "De corporatie verhoogt per 1 juli 2025 de huren van 300 woningen met de inflatie.", Status: status.OnTrack},
		{ID: "a:2025:2", Gemeente: "A", Year: "2025", Number: "2", Text: "De corporatie levert minimaal 60 sociale huurwoningen op in Zuid in 2026.", Status: status.OnTrack},
	}
	res, sums := Match(items, Options{})
	if res[2].Change != Gewijzigd || !res[2].YearsOnly {
		t.Errorf("rolled over: %s, years only %v", res[2].Change, res[2].YearsOnly)
	}
	if res[3].Change != Gewijzigd || res[3].YearsOnly {
		t.Errorf("changed: %s, years only %v", res[3].Change, res[3].YearsOnly)
	}
	if len(sums) != 1 || sums[0].Gewijzigd != 2 || sums[0].YearsOnly != 1 {
		t.Errorf("summary %+v", sums)
	}
}
