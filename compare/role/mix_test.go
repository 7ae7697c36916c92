package role

import (
	"math"
	"testing"
)

func TestMix(t *testing.T) {
	var m Mix
	for _, r := range []Role{Corporatie, Corporatie, Corporatie, Gemeente, Gezamenlijk, Onbekend, "rommel"} {
		m.Add(r)
	}
	if m.Total != 7 || m.Counts[Onbekend] != 2 || m.Known() != 5 {
		t.Fatalf("mix = %+v", m)
	}
	near := func(got, want float64) bool { return math.Abs(got-want) < 1e-9 }
	if !near(m.Share(Corporatie), 3.0/7) || !near(m.KnownShare(Corporatie), 3.0/5) || m.KnownShare(Onbekend) != 0 {
		t.Errorf("shares: %v %v", m.Share(Corporatie), m.KnownShare(Corporatie))
	}
	if r, s := m.Dominant(); r != Corporatie || !near(s, 0.6) {
		t.Errorf("Dominant = %s %v", r, s)
	}
	var o Mix
	o.Add(Huurders)
	m.Merge(o)
	if m.Total != 8 || m.Counts[Huurders] != 1 {
		t.Errorf("Merge: %+v", m)
	}
	var empty Mix
	if empty.Share(Gemeente) != 0 || empty.KnownShare(Gemeente) != 0 {
		t.Error("empty mix shares not 0")
	}
	if r, s := empty.Dominant(); r != Onbekend || s != 0 {
		t.Errorf("empty Dominant = %s %v", r, s)
	}
	// A tie goes to the first role in All order.
	tie := Tally([]Role{Gemeente, Corporatie})
	if r, _ := tie.Dominant(); r != Corporatie {
		t.Errorf("tie Dominant = %s", r)
	}
}

func TestShares(t *testing.T) {
	s := Shares([]Role{Corporatie, Corporatie, Gemeente, Huurders})
	want := map[Role]float64{Corporatie: 0.5, Gemeente: 0.25, Huurders: 0.25, ZorgWelzijn: 0, Gezamenlijk: 0, Onbekend: 0}
	if len(s) != len(want) {
		t.Fatalf("Shares = %v", s)
	}
	for r, w := range want {
		if s[r] != w {
			t.Errorf("Shares[%s] = %v, want %v", r, s[r], w)
		}
	}
	if z := Shares(nil); len(z) != 6 || z[Corporatie] != 0 {
		t.Errorf("Shares(nil) = %v", z)
	}
}

func TestMixBy(t *testing.T) {
	type item struct {
		gem  string
		role Role
	}
	items := []item{{"Uithoorn", Corporatie}, {"Uithoorn", Gemeente}, {"Aalsmeer", Corporatie}, {"Uithoorn", Corporatie}}
	by := MixBy(items, func(i item) string { return i.gem }, func(i item) Role { return i.role })
	if len(by) != 2 || by["Uithoorn"].Total != 3 || by["Uithoorn"].Counts[Corporatie] != 2 || by["Aalsmeer"].Total != 1 {
		t.Errorf("MixBy = %+v %+v", by["Uithoorn"], by["Aalsmeer"])
	}
}
