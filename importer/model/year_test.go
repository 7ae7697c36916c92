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

// YearBounds reads a jaarschijf or a year written in a text, and nothing
// else: a date, a part that is no four-digit year, a period backwards.
func TestYearBounds(t *testing.T) {
	for _, c := range []struct {
		y           string
		first, last int
	}{
		{"2025", 2025, 2025}, {"2024-2027", 2024, 2027}, {"1999", 1999, 1999},
		{"", 0, 0}, {"2025-03", 0, 0}, {"12-2024", 0, 0}, {"1-7-2024", 0, 0}, {"2027-2024", 0, 0},
		{"1850", 0, 0}, {"2200", 0, 0}, {"20250", 0, 0}, {"2025-", 0, 0}, {"+202", 0, 0}, {"jaar", 0, 0},
	} {
		if f, l := YearBounds(c.y); f != c.first || l != c.last {
			t.Errorf("YearBounds(%q) = %d, %d, want %d, %d", c.y, f, l, c.first, c.last)
		}
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
