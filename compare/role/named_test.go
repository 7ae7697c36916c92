package role

import "testing"

func TestNamedIn(t *testing.T) {
	r := NewResolver(nil)
	cases := []struct {
		owner, text string
		want        Role
		named       bool
	}{
		{"Gemeente, corporatie, HBV", "", Huurders, true},
		{"Gemeente, corporatie, HBV", "", Gemeente, true},
		{"Gemeente, corporatie", "", Huurders, false},
		{"", "Gemeente, corporatie en huurdersorganisatie zorgen voor een jaarlijkse wijkschouw.", Huurders, true},
		{"", "De gemeente stelt een locatie beschikbaar.", Huurders, false},
		{"", "De corporatie betrekt de huurdersvereniging bij de planning.", Huurders, false},
		{"", "", Huurders, false},
	}
	for _, c := range cases {
		_, why := r.Resolve(c.owner, c.text)
		if got := NamedIn(why, c.want); got != c.named {
			t.Errorf("owner %q text %q: why %q names %s = %v", c.owner, c.text, why, c.want, got)
		}
	}
}
