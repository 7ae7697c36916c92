package due

import (
	"regexp"
	"strings"
	"testing"
)

// normalForm is the grammar of Parse's output (see the package doc).
var normalForm = regexp.MustCompile(`^(\d{4}(-(Q[1-4]|H[12]|(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?))?|(\d{4})/(\d{4}))$`)

// checkNormal fails t when out is neither "" nor a well-formed normal form.
func checkNormal(t *testing.T, in, out string) {
	t.Helper()
	if out == "" {
		return
	}
	if !normalForm.MatchString(out) {
		t.Fatalf("Parse(%q) = %q: not a normal form", in, out)
	}
	if first, last, ok := strings.Cut(out, "/"); ok && first >= last {
		t.Fatalf("Parse(%q) = %q: range not increasing", in, out)
	}
}

func FuzzParse(f *testing.F) {
	for _, c := range parseCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Parse(in)
		checkNormal(t, in, out)
		// A normal form in the text-year window reads back as itself.
		if out != "" && out[:2] == "20" && Parse(out) != out {
			t.Fatalf("Parse(%q) = %q, but Parse(%q) = %q", in, out, out, Parse(out))
		}
	})
}

func FuzzFromYearMarks(f *testing.F) {
	f.Add(2025, "x", "Q2")
	f.Add(2026, "juni", "")
	f.Add(2030, "✓", "nee")
	f.Fuzz(func(t *testing.T, year int, a, b string) {
		due, _ := FromYearMarks([]YearMark{{year, a}, {year + 1, b}})
		checkNormal(t, a+" | "+b, due)
	})
}
