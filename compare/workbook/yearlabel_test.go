package workbook

import "testing"

// The Verloop sheet heads a version with its year or period, and the
// version without a year with the name the screens and check use,
// capitalised as a heading.
func TestYearLabel(t *testing.T) {
	for y, want := range map[string]string{"2025": "2025", "2024-2027": "2024-2027", "": "Jaar onbekend"} {
		if got := yearLabel(y); got != want {
			t.Errorf("yearLabel(%q) = %q, want %q", y, got, want)
		}
	}
}
