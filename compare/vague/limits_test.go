package vague

import (
	"strings"
	"testing"
	"time"
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

// TestHugeCell is issue 11, row 4: one cell of 800 KB took 34 s when the
// classifier was quadratic in its matches, and a run-on text without
// full stops longer still. Each shape of hugeCells must now be classified
// in well under a second (the budget is wide for a busy machine; the
// benchmark measures), with every sentence's flag found.
func TestHugeCell(t *testing.T) {
	for _, cell := range hugeCells() {
		t.Run(cell[0], func(t *testing.T) {
			text := cell[1][:strings.LastIndexByte(cell[1][:800_000], ' ')+1]
			start := time.Now()
			r := Default().Classify(Input{Text: text})
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("%d bytes took %v", len(text), d)
			}
			checkResult(t, text, r)
			if cell[0] == "sentences" {
				if n := strings.Count(text, "gesprek."); len(r.Flags) != n+1 || !r.Vague {
					t.Errorf("%d flags (vague %t), want one per sentence (%d) and geen-trekker; last %+v",
						len(r.Flags), r.Vague, n, r.Flags[len(r.Flags)-1])
				}
			}
		})
	}
}

// TestTextLimit: a text longer than MaxTextBytes is classified on its
// first MaxTextBytes, cut after a space, and says so in an Info flag; a
// text without spaces is cut on a rune boundary.
func TestTextLimit(t *testing.T) {
	text := strings.Repeat("Ja. ", MaxTextBytes/4) + "Partijen gaan in gesprek."
	r := Default().Classify(Input{Text: text})
	checkResult(t, text, r)
	last := r.Flags[len(r.Flags)-1]
	if last.Rule != RuleTooLong || !last.Info || last.Message != "te lange tekst: alleen de eerste 1.048.576 van de 1.048.601 tekens zijn beoordeeld" {
		t.Errorf("last flag %+v, want the te-lang flag", last)
	}
	if hasFlag(r.Flags, "in-gesprek") {
		t.Errorf("the sentence after the limit was classified: %+v", r.Flags)
	}
	for _, f := range r.Flags {
		for _, s := range f.Spans {
			if s[1] > MaxTextBytes {
				t.Errorf("flag %s beyond the limit: %v", f.Rule, s)
			}
		}
	}

	text = strings.Repeat("é", MaxTextBytes) // two bytes each, no space
	r = Default().Classify(Input{Text: text})
	checkResult(t, text, r)
	if last := r.Flags[len(r.Flags)-1]; last.Message != "te lange tekst: alleen de eerste 524.288 van de 1.048.576 tekens zijn beoordeeld" {
		t.Errorf("last flag %+v", last)
	}

	r = Default().Classify(Input{Text: strings.Repeat("Partijen gaan in gesprek. ", 1000)})
	if hasFlag(r.Flags, RuleTooLong) {
		t.Errorf("a text under the limits has a %s flag", RuleTooLong)
	}
}

// TestSentenceLimits: a run of words without a full stop is read in
// sentences of maxSentenceTokens tokens, and a sentence keeps at most
// maxSentenceHits matches; the result says so in an Info flag.
func TestSentenceLimits(t *testing.T) {
	sc := newScratch()
	tokenize(strings.Repeat("woningen ", 1000), sc, Default().vocab)
	for _, s := range sc.sents {
		if s.to-s.from > maxSentenceTokens {
			t.Fatalf("a sentence of %d tokens", s.to-s.from)
		}
	}
	if len(sc.sents) != (1000+maxSentenceTokens-1)/maxSentenceTokens {
		t.Errorf("%d sentences for 1000 words", len(sc.sents))
	}

	text := "De gemeente bouwt in 2026 40 woningen en " + strings.Repeat("onderzoekt ", 100)
	r := Default().Classify(Input{Text: text})
	checkResult(t, text, r)
	n := 0
	for _, f := range r.Flags {
		if f.Rule == "onderzoeken" {
			n++
		}
	}
	last := r.Flags[len(r.Flags)-1]
	if n == 0 || n >= 100 || last.Rule != RuleTooLong || !strings.HasPrefix(last.Message, "te lange zin (meer dan 64 treffers") {
		t.Errorf("%d onderzoeken flags, last %+v", n, last)
	}
	if r.Vague {
		t.Errorf("the concrete start of the sentence was lost: %+v", r)
	}
}

// TestObjectStep: walking a sentence with objectStep gives objectPosition
// for every word, as subjectParties relies on.
func TestObjectStep(t *testing.T) {
	texts := []string{"Met de gemeente en de corporatie Ymere zowel als Woonbron spreekt Partijen af dat door de GGD, " +
		"voor Wonen Limburg en of Ja Ja bouwt."}
	for _, r := range Default().Rules() {
		texts = append(texts, r.Examples...)
	}
	sc := newScratch()
	for _, text := range texts {
		tokenize(text, sc, Default().vocab)
		for _, s := range sc.sents {
			object := false
			for k := s.from; k < s.to; k++ {
				if k > s.from {
					object = sc.objectStep(k-1, object)
				}
				if want := sc.objectPosition(k); object != want {
					t.Fatalf("%q, token %d: objectStep gives %t, objectPosition %t", text, k, object, want)
				}
			}
		}
	}
}
