package model

import "testing"

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 5: "5", 999: "999", 1000: "1.000", 32767: "32.767", 125000: "125.000", 12500000: "12.500.000", -1500: "-1.500"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
