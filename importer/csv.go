package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// readCSV reads a delimited text file as Dutch Excel writes it: ';' (or ','
// or tab, sniffed), Windows-1252 or UTF-8 with or without BOM (or UTF-16
// with BOM, Excel's "Unicode text"), quoted cells with newlines inside.
// Row numbers are the rows a spreadsheet program shows, empty lines
// included.
func readCSV(data []byte) (*grid, []string, error) {
	text, enc := decodeText(data)
	var warnings []string
	if enc != "" {
		warnings = append(warnings, "tekstcodering "+enc+" herkend en omgezet")
	}
	g := &grid{}
	row, sepLines := 0, 0
	// Excel's own "sep=;" hint line names the separator.
	var delim rune
	if first, rest, ok := strings.Cut(text, "\n"); ok || strings.HasPrefix(text, "sep=") {
		if l := strings.TrimRight(first, "\r"); strings.HasPrefix(strings.ToLower(l), "sep=") && utf8.RuneCountInString(l) == 5 {
			delim, _ = utf8.DecodeLastRuneInString(l)
			text = rest
			row, sepLines = 1, 1
		}
	}
	if delim == 0 {
		delim = sniffDelimiter(text)
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delim
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	prevEnd := 0 // physical line (in text) where the previous record ended
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				warnings = append(warnings, fmt.Sprintf("CSV onleesbaar vanaf regel %d (%v); de regels daarvoor zijn gelezen", pe.StartLine+sepLines, pe.Err))
				break
			}
			return nil, warnings, err
		}
		// encoding/csv drops empty lines; a spreadsheet program shows each
		// as an empty row, so they become empty rows here (and are reported).
		start, _ := r.FieldPos(0)
		for ; prevEnd+1 < start; prevEnd++ {
			row++
			g.rows = append(g.rows, gridRow{num: row})
		}
		row++
		end, _ := r.FieldPos(len(rec) - 1)
		prevEnd = end + strings.Count(rec[len(rec)-1], "\n")
		g.rows = append(g.rows, gridRow{num: row, cells: rec})
	}
	g.trimTrailing()
	return g, warnings, nil
}

// decodeText returns data as UTF-8 text without BOM, and the name of the
// encoding it was converted from ("" for UTF-8).
func decodeText(data []byte) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		return string(data[3:]), ""
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		if out, err := dec.Bytes(data); err == nil {
			return string(out), "UTF-16"
		}
	case utf8.Valid(data):
		return string(data), ""
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), ""
	}
	return string(out), "Windows-1252"
}

// sniffDelimiter picks the separator from the first lines: the candidate
// that splits the most lines into the same number of fields (more than
// one), counting only separators outside quotes. Ties go to ';', Dutch
// Excel's separator.
func sniffDelimiter(text string) rune {
	lines := sampleLines(text, 30)
	best, bestScore := ';', -1
	for _, d := range []rune{';', '\t', ','} {
		counts := map[int]int{}
		for _, l := range lines {
			if n := countOutsideQuotes(l, d); n > 0 {
				counts[n]++
			}
		}
		score := 0
		for n, lines := range counts {
			// Consistent field counts weigh most; more fields break ties.
			if s := lines*1000 + n; s > score {
				score = s
			}
		}
		if score > bestScore {
			best, bestScore = d, score
		}
	}
	return best
}

// sampleLines returns up to n non-empty physical lines from the start of
// text, joining lines that continue a quoted cell.
func sampleLines(text string, n int) []string {
	var out []string
	var cur strings.Builder
	inQuote := false
	for _, r := range text {
		if r == '"' {
			inQuote = !inQuote
		}
		if r == '\n' && !inQuote {
			if l := strings.TrimSpace(cur.String()); l != "" {
				out = append(out, l)
				if len(out) == n {
					return out
				}
			}
			cur.Reset()
			continue
		}
		cur.WriteRune(r)
	}
	if l := strings.TrimSpace(cur.String()); l != "" {
		out = append(out, l)
	}
	return out
}

// countOutsideQuotes counts d in line outside double-quoted stretches.
func countOutsideQuotes(line string, d rune) int {
	n, inQuote := 0, false
	for _, r := range line {
		switch {
		case r == '"':
			inQuote = !inQuote
		case r == d && !inQuote:
			n++
		}
	}
	return n
}
