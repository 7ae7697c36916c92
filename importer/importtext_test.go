package importer

import (
	"strings"
	"testing"
)

// TestImportTextCapped: files are counted in input order against the
// import's text limit; the one that passes it is refused with a message
// naming the limit, a later file that still fits is kept.
func TestImportTextCapped(t *testing.T) {
	file := func(path string, n int) fileResult {
		return fileResult{report: FileReport{Path: path, Format: "csv"},
			agreements: []Agreement{{Gemeente: "Uithoorn", Text: strings.Repeat("x", n)}}}
	}
	results := []fileResult{file("a.csv", 600), file("b.csv", 600), file("c.csv", 300)}
	capImportText(results, 1000)
	if len(results[0].agreements) != 1 || results[0].report.Error != "" {
		t.Fatalf("first file refused: %+v", results[0].report)
	}
	if len(results[1].agreements) != 0 || results[1].report.ErrorKind != ErrTooLarge || !strings.Contains(results[1].report.Error, "de grens van één import") {
		t.Fatalf("second file kept or message unclear: %+v", results[1].report)
	}
	if len(results[2].agreements) != 1 {
		t.Fatalf("third file (fits) refused: %+v", results[2].report)
	}
}

// TestImportTextCountsEveryField: text hidden in a side column counts.
func TestImportTextCountsEveryField(t *testing.T) {
	a := Agreement{Text: "ab", Notes: strings.Repeat("n", 10), Owner: "ccc", Source: Source{Sheet: "blad"}}
	if got := agreementText(a); got != 2+10+3+4 {
		t.Fatalf("agreementText = %d", got)
	}
}
