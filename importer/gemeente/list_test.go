package gemeente

import "testing"

func TestListsLoaded(t *testing.T) {
	if n := len(All()); n != 342 {
		t.Fatalf("All() has %d gemeenten, want 342", n)
	}
	if len(AllFormer()) < 50 {
		t.Fatalf("AllFormer() has %d entries", len(AllFormer()))
	}
	seen := map[string]bool{}
	for _, g := range All() {
		if seen[g.Code] || len(g.Code) != 6 || g.Name == "" {
			t.Errorf("bad or duplicate entry %+v", g)
		}
		seen[g.Code] = true
	}
}
