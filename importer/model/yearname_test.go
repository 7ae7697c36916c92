package model

import "testing"

func TestYearName(t *testing.T) {
	for y, want := range map[string]string{"2025": "2025", "2024-2027": "2024-2027", "": "jaar onbekend"} {
		if got := YearName(y); got != want {
			t.Errorf("YearName(%q) = %q, want %q", y, got, want)
		}
	}
}
