package printable

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Partijen gaan in gesprek.", "Partijen gaan in gesprek."},
		{"regel 1\nregel 2", "regel 1\nregel 2"},
		{"Wij bouwen – énkele woningen € 5", "Wij bouwen – énkele woningen € 5"},
		{"\x1b[2Jweg", "weg"},                                      // clear screen
		{"a\x1b]52;c;aGFsbG8=\x07b", "ab"},                         // OSC 52 clipboard, BEL
		{"a\x1b]0;titel\x1b\\b", "ab"},                             // OSC title, ESC \
		{"a\u009d0;titel\u009cb", "ab"},                            // 8-bit OSC and ST
		{"a\u009b2Jb", "ab"},                                       // 8-bit CSI
		{"\x1b[1;31mrood\x1b[0m", "rood"},                          // SGR
		{"a\x1b(Bb", "ab"},                                         // charset
		{"a\x1b7b\x1b8", "ab"},                                     // save/restore cursor
		{"a\x1b]52;c;nooit afgesloten", "a]52;c;nooit afgesloten"}, // no end: only ESC goes
		{"a\x1b", "a"},
		{"a\x1b[", "a["},
		{"bel\a tab\tcr\r\nnul\x00del\x7f", "bel tab cr\nnuldel"},
		{"a\u0085b\u009fc", "abc"},                         // C1
		{"abc\u202edcba\u202c \u2066x\u2069", "abcdcba x"}, // bidi
		{"\u200e\u200f", "\u200e\u200f"},                   // marks are not overrides
		{"bad\xffbyte\xc2", "bad\uFFFDbyte\uFFFD"},
	} {
		if got := String(c.in); got != c.want {
			t.Errorf("String(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Many unterminated string sequences stay linear.
func TestStringLinear(t *testing.T) {
	s := strings.Repeat("\x1b]x", 200_000)
	got := String(s)
	if got != strings.Repeat("]x", 200_000) {
		t.Errorf("unexpected result of length %d", len(got))
	}
}

func TestStringDoesNotAllocateForCleanText(t *testing.T) {
	s := strings.Repeat("Partijen gaan in gesprek over één woning. ", 20)
	if n := testing.AllocsPerRun(100, func() { _ = String(s) }); n != 0 {
		t.Errorf("%v allocations for clean text", n)
	}
}

func TestWriter(t *testing.T) {
	var b bytes.Buffer
	w := Writer(&b)
	n, err := w.Write([]byte("file\x1b[2J.csv\n"))
	if err != nil || n != len("file\x1b[2J.csv\n") {
		t.Fatalf("Write = %d, %v", n, err)
	}
	if b.String() != "file.csv\n" {
		t.Errorf("wrote %q", b.String())
	}
}

// FuzzString: the result never holds a control character (but newline)
// or a bidi override, is valid UTF-8, does not change again, and text
// without such characters comes back unchanged.
//
//	go test -fuzz=FuzzString ./compare/printable
func FuzzString(f *testing.F) {
	for _, s := range []string{"", "gewoon", "\x1b[2J", "\x1b]52;c;eA==\x07", "\u009b1m", "\u202e", "\xff", "\x1b]\x1b\\", "a\tb\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := String(s)
		if !utf8.ValidString(got) {
			t.Fatalf("String(%q) = %q: not UTF-8", s, got)
		}
		for _, r := range got {
			if unsafeRune(r) {
				t.Fatalf("String(%q) = %q holds %U", s, got, r)
			}
		}
		if again := String(got); again != got {
			t.Fatalf("String is not idempotent on %q: %q, then %q", s, got, again)
		}
		if firstUnsafe(s) == len(s) && got != s {
			t.Fatalf("clean %q changed to %q", s, got)
		}
	})
}

func BenchmarkString(b *testing.B) {
	clean := strings.Repeat("Partijen gaan in gesprek over de bouw van 120 sociale huurwoningen in 2026. ", 14) // ~1 KB
	hostile := strings.Repeat("Partijen \x1b]52;c;aGFsbG8=\x07gaan \x1b[2Jin gesprek\u202e over\t de bouw. ", 14)
	for _, c := range []struct{ name, s string }{{"clean-1KB", clean}, {"hostile-1KB", hostile}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.s)))
			b.ReportAllocs()
			for b.Loop() {
				_ = String(c.s)
			}
		})
	}
}
