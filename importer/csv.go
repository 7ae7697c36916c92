package importer

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// readCSV reads a delimited text file as Dutch Excel writes it: ';' (or ','
// or tab, sniffed from the first 64 KB; Excel's "sep=" line honoured),
// Windows-1252 or UTF-8 with or without BOM (or UTF-16 with BOM, Excel's
// "Unicode text"), quoted cells with newlines inside. Row numbers are the
// rows a spreadsheet program shows, empty lines included. The file is
// streamed (csvScanner) and held against the file's limits as it is read.
func readCSV(path string, r io.Reader, lim *fileLimits) (*grid, []string, *FileError) {
	text, st := decodeText(r)
	br := bufio.NewReaderSize(text, sniffBytes)
	var warnings []string
	row, line := 0, 1
	delim, sepLine, ok := sepHint(br)
	switch {
	case sepLine != "" && !ok:
		warnings = append(warnings, fmt.Sprintf("%s: regel 1 '%s' noemt geen bruikbaar scheidingsteken; het scheidingsteken is uit de inhoud bepaald",
			baseName(path), strings.TrimSpace(sepLine)))
		fallthrough
	case sepLine != "":
		row, line = 1, 2
	}
	if delim == 0 {
		head, _ := br.Peek(sniffBytes)
		delim = sniffDelimiter(string(head))
	}
	sc := newCSVScanner(br, delim, line)
	g := &grid{}
	for {
		row++
		cells, start, err := sc.next(func(col int) { lim.noteCut("", row, col) })
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, warnings, csvError(path, err, row, start)
		}
		if fe := g.add(row, cells, lim); fe != nil {
			return nil, warnings, fe
		}
	}
	if w := st.warning(); w != "" {
		warnings = append(warnings, w)
	}
	if sc.glued > 0 {
		warnings = append(warnings, fmt.Sprintf("%s: de cel met een aanhalingsteken op regel %d loopt over meerdere regels die op hele rijen lijken: "+
			"waarschijnlijk ontbreekt daar een afsluitend aanhalingsteken (\") en zijn rijen samengevoegd; controleer die afspraak", baseName(path), sc.glued))
	}
	g.trimTrailing()
	if len(g.rows) == 0 {
		return nil, warnings, newFileError(path, ErrEmpty, nil)
	}
	return g, warnings, nil
}

// sepHint reads Excel's "sep=X" hint line, if the file starts with one,
// and returns the separator it names (0 when there is no usable one), the
// line itself and whether it was usable. A quote, a newline or a broken
// character cannot separate cells.
func sepHint(br *bufio.Reader) (rune, string, bool) {
	head, _ := br.Peek(64)
	if len(head) < 4 || !strings.EqualFold(string(head[:4]), "sep=") {
		return 0, "", false
	}
	line := string(head)
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i+1]
	} else if len(head) == 64 {
		return 0, "", false // no short hint line: data that starts with "sep="
	}
	_, _ = br.Discard(len(line))
	hint := strings.TrimRight(line, "\r\n")
	if utf8.RuneCountInString(hint) != 5 {
		return 0, line, false
	}
	d, _ := utf8.DecodeLastRuneInString(hint)
	if d == '"' || d == utf8.RuneError || d == '\r' || d == '\n' || d == 0 {
		return 0, line, false
	}
	return d, line, true
}

// csvError turns the scanner's reason to stop into the file's error.
func csvError(path string, err error, row, line int) *FileError {
	se, ok := err.(*scanError)
	switch {
	case !ok:
		return pathError(path, err)
	case se.kind == ErrNotSheet:
		return newFileErrorf(path, ErrNotSheet, err, "geen tekstbestand: regel %d bevat binaire gegevens (een NUL-teken); is dit wel een CSV-bestand?", se.line)
	case se.columns:
		return newFileErrorf(path, ErrTooLarge, err, "bestand geweigerd: rij %d (regel %d) heeft meer dan %s kolommen, de grens van Excel", row, se.line, thousands(maxColumns))
	case se.text:
		return tooMuchText(path, rowPlace("", row))
	}
	return newFileErrorf(path, ErrCorrupt, err, "CSV-bestand niet ingelezen: het aanhalingsteken (\") aan het begin van een cel op regel %d wordt nergens gesloten, "+
		"zodat de rest van het bestand (tot regel %d) één cel zou worden; voeg het ontbrekende aanhalingsteken toe en probeer het opnieuw", se.quoteLine, se.line)
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
