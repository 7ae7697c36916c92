package vague

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
)

// fuzzWords are the words the generated texts are made of: every word of
// the rules' examples and counter-examples, the fixed lexicon, and odd
// tokens (numbers, dates, symbols, list marks, runes the tokenizer treats
// specially, invalid UTF-8, controls), sorted so that a fuzz input maps to
// the same text on every run.
var fuzzWords = sync.OnceValue(func() []string {
	seen := map[string]bool{}
	for _, r := range Default().Rules() {
		for _, ex := range slices.Concat(r.Examples, r.CounterExamples) {
			for _, w := range strings.FieldsFunc(ex, func(r rune) bool {
				return unicode.IsSpace(r) || strings.ContainsRune(",.;:!?()'\"", r)
			}) {
				seen[w] = true
			}
		}
	}
	for w := range fixedLexicon {
		seen[w] = true
	}
	for _, w := range []string{
		"Partijen", "Wij", "De gemeente", "Ymere", "GGD", "2025", "2026", "2050", "1975", "2025-2028",
		"2025–2027", "1-7-2025", "01/07/2025", "Q2", "48", "1.200", "1,5", "2.1", "3.2.1", "€", "%", "<", "≥",
		"+", "=", "2x", "o.a.", "t.z.t.", "bijv.", "auto's", "Vóór", "één", "ĳ", "e\u0301", "’", "‘",
		"…", "...", "–", "—", "-", "•", "▪", "·", "a)", "1.", "2)", "\u00a0", "\u2009", "\u2028", "\u2029",
		"\t", "\r\n", "\n", "\x00", "\x1b[2J", "\xff", "\xe2\x82", "😀", "\u200f", "\ufeff", "İ", "ß",
		"Σ", "ǅ", "Ⅻ", "٣", "𝟘",
	} {
		seen[w] = true
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	slices.Sort(words)
	return words
})

// fuzzSeps are what stands between two generated words.
var fuzzSeps = []string{" ", " ", " ", " ", ", ", " en ", ". ", "\n"}

// dutchish turns data into Dutch-ish text: per three bytes one word of
// fuzzWords and the separator after it.
func dutchish(data []byte) string {
	words := fuzzWords()
	var b strings.Builder
	for i := 0; i+2 < len(data); i += 3 {
		b.WriteString(words[(int(data[i])<<8|int(data[i+1]))%len(words)])
		b.WriteString(fuzzSeps[int(data[i+2])%len(fuzzSeps)])
	}
	return b.String()
}

// fuzzInput builds the classifier's input from a fuzz input: the text
// (data as it is when raw, else dutchish), repeated 1 to 4096 times as the
// first byte says (unless that passes 1.5 MiB), and a trekker, planning
// and label chosen by the second.
func fuzzInput(data []byte, raw bool) Input {
	if len(data) < 2 {
		return Input{Text: string(data)}
	}
	text := string(data[2:])
	if !raw {
		text = dutchish(data[2:])
	}
	if n := 1 << (data[0] % 13); len(text)*n <= 3*MaxTextBytes/2 {
		text = strings.Repeat(text, n) // up to past MaxTextBytes
	}
	c := data[1]
	return Input{
		Text:    text,
		Owner:   []string{"", "Partijen", "Gemeente", "Corporatie", "nvt"}[c%5],
		Due:     []string{"", "2025", "2025-Q2", "2025/2027"}[c/5%4],
		DueRaw:  []string{"", "jaarlijks", "doorlopend"}[c/20%3],
		KindRaw: []string{"", "Procesafspraak", "Resultaatafspraak", "Kaderafspraak"}[c/60%4],
	}
}

// FuzzClassify classifies random Dutch-ish text (the rules' own words in
// random order, long inputs, odd runes) and raw bytes. It asserts that
// nothing panics, that every flag's spans lie inside the text, that a
// vague result has a flag that is not Info, and that a second call (on a
// reused scratch) gives the same result.
//
//	go test ./compare/vague/ -run '^$' -fuzz FuzzClassify -fuzztime 10m
//
// What a run finds is kept in testdata/fuzz/FuzzClassify and replayed by
// every go test.
func FuzzClassify(f *testing.F) {
	for _, s := range []string{
		"Partijen gaan in gesprek.",
		"De corporatie spant zich in om huurachterstanden zo veel mogelijk te voorkomen.",
		"De gemeente stelt vóór 1 juli 2025 een plan vast en de corporatie bouwt 48 woningen in 2026.",
		"Wij onderzoeken, waar mogelijk, de mogelijkheden; partijen streven naar 120 woningen in 2025-2028.",
		"• Ymere levert uiterlijk Q2 2026 de woningen op\n• partijen bespreken jaarlijks de uitkomsten",
		"Wij willen 6 woningen en 1 unit realiseren en", // a modal's scope ran past the text (review, ninth session)
	} {
		f.Add(append([]byte{0, 0}, s...), true)
		f.Add(append([]byte{9, 7}, s...), true)
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for n := 3; n < 600; n *= 2 {
		data := make([]byte, 2+3*n)
		for i := range data {
			data[i] = byte(rnd.UintN(256))
		}
		f.Add(data, false)
	}
	c := Default()
	f.Fuzz(func(t *testing.T, data []byte, raw bool) {
		in := fuzzInput(data, raw)
		r := c.Classify(in)
		checkResult(t, in.Text, r)
		c.Classify(Input{Text: "De gemeente onderzoekt in 2025 of partijen 40 woningen bouwen."})
		if again := c.Classify(in); !reflect.DeepEqual(r, again) {
			t.Fatalf("a second call differs:\n%+v\n%+v", r, again)
		}
	})
}

// TestFoundByFuzzing holds, written out, the texts FuzzClassify found
// that made the classifier panic: a number word before "%" or "€" (the
// symbol was read from an empty text) and "gelijk" as the first word
// (the word before it was read at index -1).
func TestFoundByFuzzing(t *testing.T) {
	for _, tc := range []struct {
		text           string
		vague, howMuch bool
	}{
		{"De corporatie verkoopt tien % van de woningen.", false, true},
		{"De gemeente betaalt honderd € per woning.", false, true},
		{"Gelijk blijft het aantal.", true, false},
		{"gelijk", true, false},
		// A modal's "en" scope (modalscope.go) read the token after a
		// closing "en": past the end of the text, or into the next sentence.
		{"wil bouwen en slopen en", true, false},
		{"Wij willen 6 woningen en 1 unit realiseren en", true, false},
		{"De gemeente wil woningen bouwen en verkopen en.", true, false},
		{"De gemeente wil woningen bouwen en. Dat de corporatie 40 woningen bouwt in 2026.", false, true},
	} {
		r := Default().Classify(Input{Text: tc.text})
		checkResult(t, tc.text, r)
		if r.Vague != tc.vague || r.Smart.HowMuch != tc.howMuch {
			t.Errorf("%q: vague %t, how much %t; want %t, %t", tc.text, r.Vague, r.Smart.HowMuch, tc.vague, tc.howMuch)
		}
	}
}
