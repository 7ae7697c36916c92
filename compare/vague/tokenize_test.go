package vague

import (
	"strings"
	"testing"
	"unicode"

	"pakompas/importer/norm"
)

// TestFoldAgreesWithNorm checks the allocation-free fold against
// importer/norm on every letter of Latin-1 and Latin Extended-A and on
// decomposed (NFD) input.
func TestFoldAgreesWithNorm(t *testing.T) {
	for r := rune(0x20); r < 0x180; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		s := "a" + string(r) + "b"
		if got, want := foldString(s), norm.Fold(s); got != want {
			t.Errorf("fold(%q) = %q, norm.Fold = %q", s, got, want)
		}
	}
	for _, s := range []string{"Vóór", "geïnformeerd", "ÉÉN", "Ĳsselstein", "ve\u0301ór", "Financiële"} {
		if got, want := foldString(s), norm.Fold(s); got != want {
			t.Errorf("fold(%q) = %q, norm.Fold = %q", s, got, want)
		}
	}
}

// words tokenizes text and returns the folded words and numbers, with
// "|" between sentences and "," for clause breaks.
func words(text string) string {
	sc := newScratch()
	tokenize(text, sc, newLexTable(map[string]lexEntry{}))
	var b strings.Builder
	for si, s := range sc.sents {
		if si > 0 {
			b.WriteString(" |")
		}
		for k := s.from; k < s.to; k++ {
			t := sc.toks[k]
			b.WriteByte(' ')
			switch t.kind {
			case tkWord:
				b.Write(sc.buf[t.fs:t.fe])
			case tkBreak:
				b.WriteByte(',')
			default:
				b.WriteString(text[t.start:t.end])
			}
		}
	}
	return strings.TrimSpace(b.String())
}

func TestTokenize(t *testing.T) {
	cases := map[string]string{
		"De corporatie levert vóór 1 juli 2025 48 woningen op.":               "de corporatie levert voor 1 juli 2025 48 woningen op",
		"Partijen gaan in gesprek. De gemeente stelt € 1.200,50 beschikbaar.": "partijen gaan in gesprek | de gemeente stelt € 1.200,50 beschikbaar",
		"Zoals o.a. t.z.t. besproken, bijv. met HBV.":                         "zoals o.a. t.z.t. besproken , bijv. met hbv",
		"Partijen:\n- stellen een plan vast;\n- gaan in gesprek":              "partijen , | stellen een plan vast | gaan in gesprek",
		"1. De corporatie bouwt.\n2) De gemeente kijkt.":                      "de corporatie bouwt | de gemeente kijkt",
		"2.1 De corporatie bouwt 40 woningen in 2025-2028.":                   "de corporatie bouwt 40 woningen in 2025-2028",
		"Energielabel E-, F- of G-label; auto's en huurders’ rechten":         "energielabel e , f of g label | auto's en huurders rechten",
		"Wijkschouw 2x per jaar, Q2 2026 en 3,5%":                             "wijkschouw 2x per jaar , q2 2026 en 3,5 %",
		"Gemeente Ouder-Amstel – de corporatie":                               "gemeente ouder amstel , de corporatie",
		"  ": "",
	}
	for in, want := range cases {
		if got := words(in); got != want {
			t.Errorf("words(%q)\n got  %q\n want %q", in, got, want)
		}
	}
}

func TestTokenOffsetsAndFlags(t *testing.T) {
	text := "Eigen Haard verduurzaamt géén GGD-panden."
	sc := newScratch()
	tokenize(text, sc, newLexTable(map[string]lexEntry{}))
	want := []string{"Eigen", "Haard", "verduurzaamt", "géén", "GGD", "panden"}
	if len(sc.toks) != len(want) {
		t.Fatalf("%d tokens, want %d", len(sc.toks), len(want))
	}
	for i, w := range want {
		tk := sc.toks[i]
		if got := text[tk.start:tk.end]; got != w {
			t.Errorf("token %d = %q, want %q", i, got, w)
		}
	}
	if sc.toks[0].flags&(tfCap|tfInitial) != tfCap|tfInitial || sc.toks[1].flags&tfInitial != 0 {
		t.Error("capital and initial flags wrong")
	}
	if sc.toks[3].flags&tfAccent == 0 || string(sc.buf[sc.toks[3].fs:sc.toks[3].fe]) != "geen" {
		t.Error("géén: accent flag or fold wrong")
	}
	if sc.toks[4].flags&tfAllCaps == 0 {
		t.Error("GGD not all caps")
	}
}

func TestClauses(t *testing.T) {
	sc := newScratch()
	text := "De gemeente stelt grond beschikbaar en de corporatie bouwt, waar mogelijk, snel"
	tokenize(text, sc, Default().vocab)
	var clauses []int32
	for _, tk := range sc.toks {
		clauses = append(clauses, tk.clause)
	}
	// de gemeente stelt grond beschikbaar | en de corporatie bouwt | , waar mogelijk | , snel
	want := []int32{0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3}
	if len(clauses) != len(want) {
		t.Fatalf("clauses %v, want %v", clauses, want)
	}
	for i := range want {
		if clauses[i] != want[i] {
			t.Fatalf("clauses %v, want %v", clauses, want)
		}
	}
}

func TestLexTable(t *testing.T) {
	m := map[string]lexEntry{}
	for i, w := range []string{"de", "gemeente", "o.a.", "vóór", "x"} {
		m[w] = lexEntry{id: int32(i)}
	}
	lt := newLexTable(m)
	for w, e := range m {
		got, ok := lt.get([]byte(w))
		if !ok || got != e {
			t.Errorf("get(%q) = %v, %v", w, got, ok)
		}
	}
	for _, w := range []string{"", "d", "gemeent", "gemeenten", "y"} {
		if _, ok := lt.get([]byte(w)); ok {
			t.Errorf("get(%q) found", w)
		}
	}
}
