package model

import (
	"slices"
	"testing"
)

// The one ordering of years: by first year, then last, the onbekend
// version last; YearBefore agrees with it.
func TestCompareYears(t *testing.T) {
	got := []string{"2026", "", "2024-2027", "2024", "2025", "2024-2025"}
	slices.SortFunc(got, CompareYears)
	want := []string{"2024", "2024-2025", "2024-2027", "2025", "2026", ""}
	if !slices.Equal(got, want) {
		t.Errorf("order %q, want %q", got, want)
	}
	if !YearBefore("2025", "") || YearBefore("", "2025") || YearBefore("2025", "2025") {
		t.Error("YearBefore disagrees with CompareYears")
	}
}
