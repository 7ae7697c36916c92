package role

import (
	"testing"
	"unicode/utf8"
)

// FuzzResolve: any owner and text give a valid role and an explanation,
// without panicking.
func FuzzResolve(f *testing.F) {
	for _, c := range ownerCases[:20] {
		f.Add(c.owner, "")
	}
	for _, c := range subjectCases[:20] {
		f.Add("", c.text)
	}
	f.Add("Gemeente (trekker (x)), ", "Wij, (")
	f.Add(")(", "::: - 2.1 a) Als , ;")
	r := NewResolver([]string{"Woonstichting X", "&", ""})
	f.Fuzz(func(t *testing.T, owner, text string) {
		if !utf8.ValidString(owner) || !utf8.ValidString(text) {
			t.Skip()
		}
		got, why := r.Resolve(owner, text)
		if !got.Valid() || why == "" {
			t.Errorf("Resolve(%q, %q) = %q, %q", owner, text, got, why)
		}
	})
}
