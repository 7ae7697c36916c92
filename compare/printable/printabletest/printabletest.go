// Package printabletest writes hostile input for tests of what reaches the
// terminal: file names, sheet names and cells with escape sequences (OSC
// 52 writes the clipboard, ESC [2J clears the screen), C1 controls and
// bidi overrides; and checks that an output holds none of them.
package printabletest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The hostile inputs Write makes. Each visible word survives the
// stripping, so a test can look for it.
const (
	// CSVName is the CSV file's name: a window title, a clear screen and a
	// right-to-left override.
	CSVName = "afspraken-\x1b]0;pwned\x07\x1b[2J\u202evsc.csv"
	// CSVCell is the CSV's vague agreement: a clipboard write and a clear
	// screen, a C1 CSI and a bidi override.
	CSVCell = "Partijen gaan in gesprek\x1b]52;c;aGFjaw==\x07 over de wijk\x1b[2J en \u009b2J\u202eneeb\u202c."
	// XLSXName is the workbook's name; XLSXSheet its sheet (ESC cannot be
	// in XML, but a C1 CSI and a bidi override can).
	XLSXName  = "kompas-\u202ecod.xlsx"
	XLSXSheet = "Afspraken\u009b2J\u202e"
	// XLSXCell is the workbook's vague agreement as Excel stores control
	// characters: _x001B_ is ESC, _x0007_ BEL.
	XLSXCell = "Wij onderzoeken_x001B_]52;c;aGk=_x0007_ de mogelijkheden_x001B_[2J."
	// BadName is a file that is not a spreadsheet, so its error names it.
	BadName = "kapot-\x1b[2J\x1b]52;c;eA==\x07.xlsx"
	// Visible are words of the inputs that must still be shown.
	Visible = "gesprek over de wijk"
)

// Write writes the hostile files into dir and returns their paths: a CSV
// of gemeente Uithoorn, a workbook of gemeente Aalsmeer and a broken file.
func Write(t testing.TB, dir string) []string {
	t.Helper()
	csvPath := filepath.Join(dir, CSVName)
	csv := "Gemeente;Nr;Afspraak;Trekker\r\n" +
		"Uithoorn;1;\"" + CSVCell + "\";Gemeente\x1b[31m\r\n" +
		"Uithoorn;2;De corporatie bouwt in 2026 120 sociale huurwoningen.;Corporatie\r\n"
	if err := os.WriteFile(csvPath, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	xlsxPath := filepath.Join(dir, XLSXName)
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"Gemeente", "Nr", "Afspraak"},
		{"Aalsmeer", "1", XLSXCell},
		{"Aalsmeer", "2", "De gemeente wijst in 2026 twee bouwlocaties aan."},
	}
	if err := f.SetSheetName("Sheet1", XLSXSheet); err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		if err := f.SetSheetRow(XLSXSheet, cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(xlsxPath); err != nil {
		t.Fatal(err)
	}
	badPath := filepath.Join(dir, BadName)
	if err := os.WriteFile(badPath, []byte("<html>geen werkmap</html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{csvPath, xlsxPath, badPath}
}

// Check fails the test when out holds a control character other than
// newline (SGR colour sequences allowed when sgr is set), a C1 control, a
// bidi override or bytes that are not UTF-8. what names the output.
func Check(t testing.TB, what, out string, sgr bool) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s is not UTF-8", what)
	}
	for i := 0; i < len(out); {
		r, size := utf8.DecodeRuneInString(out[i:])
		if r == '\x1b' && sgr {
			if n := sgrLen(out[i:]); n > 0 {
				i += n
				continue
			}
		}
		if r < 0x20 && r != '\n' || r >= 0x7f && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
			lo, hi := max(0, i-40), min(len(out), i+40)
			t.Errorf("%s holds %U at byte %d: %q", what, r, i, out[lo:hi])
			return
		}
		i += size
	}
}

// sgrLen is the length of the SGR sequence (ESC [ digits ; … m) at the
// start of s, or 0.
func sgrLen(s string) int {
	if !strings.HasPrefix(s, "\x1b[") {
		return 0
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c == 'm':
			return i + 1
		case c >= '0' && c <= '9' || c == ';' || c == ':':
		default:
			return 0
		}
	}
	return 0
}
