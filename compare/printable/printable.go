// Package printable makes text from input safe to show on a terminal.
//
// A cell, a sheet name or a file name may hold control characters: an
// escape sequence that clears the screen (ESC [2J), writes the clipboard
// (OSC 52) or retitles the window, or a bidi override that shows a text
// other than the one stored. The terminal must never obey them, so every
// text that comes from input goes through String before the TUI shows it
// or a command prints it. JSON output keeps the text as it is (encoding/json
// escapes what needs escaping), and so does the exported workbook.
package printable

import (
	"io"
	"strings"
	"unicode/utf8"
)

// String returns s without the characters a terminal would obey:
//
//   - escape sequences, whole (ESC [ … m, OSC ESC ] … BEL or ESC \, and
//     their 8-bit C1 forms); an introducer without its end is dropped
//     alone, the rest stays visible as text;
//   - the other C0 controls except newline (a tab becomes a space, so
//     words do not run together), DEL and the C1 controls U+0080–U+009F;
//   - the bidi embeddings, overrides and isolates U+202A–U+202E and
//     U+2066–U+2069;
//   - bytes that are not UTF-8, each replaced by U+FFFD.
//
// Text without any of these is returned as it is, without allocating. The
// cost is linear in the length of s.
func String(s string) string {
	i := firstUnsafe(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	// noEnd is where a search for a string sequence's end failed: no
	// terminator exists from there on, so later searches are skipped and
	// the whole pass stays linear.
	noEnd := len(s) + 1
	for i < len(s) {
		c := s[i]
		if c >= 0x20 && c < 0x7f || c == '\n' {
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteString("\uFFFD")
		case r == '\x1b' || r == 0x9b || r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f:
			if n := sequenceLen(s[i:], r, size, &noEnd, i); n > 0 {
				i += n
				continue
			}
		case r == '\t':
			b.WriteByte(' ')
		case !unsafeRune(r):
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// firstUnsafe returns the index of the first byte String must change, or
// len(s).
func firstUnsafe(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 || unsafeRune(r) {
			return i
		}
		i += size
	}
	return len(s)
}

// unsafeRune reports whether r is a control character or a bidi override
// (newline is not).
func unsafeRune(r rune) bool {
	switch {
	case r == '\n':
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// sequenceLen returns the length of the escape sequence at the start of s,
// whose introducer r (ESC or an 8-bit C1 introducer) is size bytes long;
// 0 when it is not a complete sequence. at is the position of s in the
// whole text, for noEnd.
func sequenceLen(s string, r rune, size int, noEnd *int, at int) int {
	kind, i := r, size
	if r == '\x1b' {
		if i >= len(s) {
			return 0
		}
		switch s[i] {
		case '[':
			kind = 0x9b
		case ']':
			kind = 0x9d
		case 'P':
			kind = 0x90
		case 'X':
			kind = 0x98
		case '^':
			kind = 0x9e
		case '_':
			kind = 0x9f
		default:
			// ESC, intermediates 0x20–0x2F, a final byte 0x30–0x7E.
			for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
				i++
			}
			if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
				return i + 1
			}
			return 0
		}
		i++
	}
	if kind == 0x9b {
		// CSI: parameters 0x30–0x3F, intermediates 0x20–0x2F, a final byte
		// 0x40–0x7E.
		for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
			i++
		}
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
			return i + 1
		}
		return 0
	}
	// A string sequence (OSC, DCS, SOS, PM, APC) runs to BEL, ESC \ or ST.
	if at+i >= *noEnd {
		return 0
	}
	if n := stringEnd(s[i:]); n >= 0 {
		return i + n
	}
	*noEnd = at + i
	return 0
}

// stringEnd returns the length of s up to and including the first
// terminator of a string sequence (BEL, ESC \ or ST U+009C), or -1.
func stringEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\a':
			return i + 1
		case s[i] == '\x1b' && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c:
			return i + 2
		}
	}
	return -1
}

// Writer returns a writer that passes everything written to w through
// String, for a command's printed output (not for JSON). Each Write must
// hold whole characters, as fmt's printing functions write them.
func Writer(w io.Writer) io.Writer { return &writer{w: w} }

type writer struct{ w io.Writer }

func (p *writer) Write(b []byte) (int, error) {
	s := string(b)
	if clean := String(s); clean != s {
		if _, err := io.WriteString(p.w, clean); err != nil {
			return 0, err
		}
		return len(b), nil
	}
	return p.w.Write(b)
}
