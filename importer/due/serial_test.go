package due

import (
	"math"
	"testing"
)

func TestFromSerial(t *testing.T) {
	cases := []struct {
		v        float64
		date1904 bool
		want     string
		ok       bool
	}{
		{45839, false, "2025-07-01", true},
		{45839.75, false, "2025-07-01", true}, // time part ignored
		{45839.001, false, "2025-07-01", true},
		{45838, false, "2025-06-30", true},
		{44377, true, "2025-07-01", true}, // 1904 date system
		{18264, false, "1950-01-01", true},
		{18263, false, "", false}, // 1949-12-31
		{91677, false, "2150-12-31", true},
		{91678, false, "", false}, // 2151-01-01
		{0, false, "", false},
		{1, false, "", false},
		{-1, false, "", false},
		{math.NaN(), false, "", false},
		{math.Inf(1), false, "", false},
		{math.Inf(-1), false, "", false},
		{1e12, false, "", false},
	}
	for _, c := range cases {
		got, ok := FromSerial(c.v, c.date1904)
		if got != c.want || ok != c.ok {
			t.Errorf("FromSerial(%v, %v) = %q, %v; want %q, %v", c.v, c.date1904, got, ok, c.want, c.ok)
		}
	}
}
