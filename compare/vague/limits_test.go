package vague

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkResult reports what must hold for every text: every span lies
// inside the text on rune boundaries and, for a single span, gives the
// match; a vague result has a flag that is not Info.
func checkResult(t *testing.T, text string, r Result) {
	t.Helper()
	nonInfo := false
	for _, f := range r.Flags {
		nonInfo = nonInfo || !f.Info
		for _, s := range f.Spans {
			if s[0] < 0 || s[1] > len(text) || s[0] >= s[1] {
				t.Fatalf("flag %s: span %v outside the text of %d bytes", f.Rule, s, len(text))
			}
			if !isRuneStart(text, s[0]) || !isRuneStart(text, s[1]) {
				t.Fatalf("flag %s: span %v cuts a rune", f.Rule, s)
			}
		}
		if len(f.Spans) == 1 && text[f.Spans[0][0]:f.Spans[0][1]] != f.Match {
			t.Fatalf("flag %s: match %q, span gives %q", f.Rule, f.Match, text[f.Spans[0][0]:f.Spans[0][1]])
		}
	}
	if r.Vague && !nonInfo {
		t.Fatalf("vague without a flag that is not Info: %+v", r.Flags)
	}
}

// isRuneStart reports whether byte i of s is no byte inside a valid
// UTF-8 sequence (a stray continuation byte stands on its own).
func isRuneStart(s string, i int) bool {
	for j := max(0, i-utf8.UTFMax+1); j < i; j++ {
		if r, size := utf8.DecodeRuneInString(s[j:]); j+size > i && (r != utf8.RuneError || size > 1) {
			return false
		}
	}
	return true
}

// flagAt returns the flag of rule whose first span starts at byte from, or
// nil.
func flagAt(r Result, rule string, from int) *Flag {
	for i := range r.Flags {
		if f := &r.Flags[i]; f.Rule == rule && len(f.Spans) > 0 && f.Spans[0][0] == from {
			return f
		}
	}
	return nil
}

// TestManySentencesAndClauses is issue 11, row 1: a cell of more than
// 32,768 sentences (or clauses) made the int16 sentence index wrap and
// the classifier panic. The vague sentence at the end must be found where
// it stands.
func TestManySentencesAndClauses(t *testing.T) {
	const tail = "Partijen gaan in gesprek."
	for _, tc := range []struct {
		name, unit string
		n          int
	}{
		{"32768 sentences (the issue's cell)", "Ja. ", 32768},
		{"70000 sentences (past 65,536)", "Ja. ", 70000},
		{"40000 lines", "ja\n", 40000},
		{"40000 clauses in 10000 sentences", "ja, ja, ja, ja. ", 10000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Repeat(tc.unit, tc.n) + tail
			r := Default().Classify(Input{Text: text})
			checkResult(t, text, r)
			if !r.Vague {
				t.Errorf("not vague: %+v", r)
			}
			at := len(text) - len(tail) + strings.Index(tail, "gaan")
			if flagAt(r, "in-gesprek", at) == nil {
				t.Errorf("no in-gesprek flag at byte %d: %+v", at, r.Flags)
			}
		})
	}
}
