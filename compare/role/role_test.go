package role

import "testing"

func TestAllAndLabels(t *testing.T) {
	want := []Role{Corporatie, Gemeente, Huurders, ZorgWelzijn, Gezamenlijk, Onbekend}
	got := All()
	if len(got) != len(want) {
		t.Fatalf("All() = %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("All()[%d] = %q, want %q", i, got[i], want[i])
		}
	}
	got[0] = "x" // a copy
	if All()[0] != Corporatie {
		t.Error("All returns its own slice")
	}
	labels := map[Role]string{
		Corporatie: "Corporatie", Gemeente: "Gemeente", Huurders: "Huurders", ZorgWelzijn: "Zorg/welzijn",
		Gezamenlijk: "Gezamenlijk", Onbekend: "Onbekend", "rommel": "Onbekend",
	}
	for r, l := range labels {
		if r.Label() != l {
			t.Errorf("%q.Label() = %q, want %q", r, r.Label(), l)
		}
	}
	if string(ZorgWelzijn) != "zorg-welzijn" || Role("rommel").Valid() || !Onbekend.Valid() {
		t.Error("keys or Valid wrong")
	}
}
