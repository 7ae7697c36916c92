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

// YearText names every source the importer gives (YearFrom…), one or
// several, and the option apart.
func TestYearTextSources(t *testing.T) {
	for source, want := range map[string]string{
		YearFromColumn:                           "jaarschijf 2025 (uit kolom)",
		YearFromSheet:                            "jaarschijf 2025 (uit bladnaam)",
		YearFromTitle:                            "jaarschijf 2025 (uit titel)",
		YearFromFileName:                         "jaarschijf 2025 (uit bestandsnaam)",
		YearFromFolder:                           "jaarschijf 2025 (uit map)",
		YearFromOption:                           "jaarschijf 2025 (--jaar)",
		YearFromColumn + " en " + YearFromOption: "jaarschijf 2025 (uit kolom en --jaar)",
	} {
		if got := (FileReport{Years: []string{"2025"}, YearSource: source}).YearText(); got != want {
			t.Errorf("%q: %q, want %q", source, got, want)
		}
	}
}
