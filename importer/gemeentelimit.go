package importer

import (
	"fmt"
	"strings"
)

// The number of gemeenten is bounded (maxGemeenten): every gemeente is a
// column in the evaluation workbook's theme sheets and in the overview,
// and Excel stops at 16,384 columns. A file whose gemeente column names
// thousands of different "gemeenten" has no gemeente column (issue 11:
// 16,500 of them ran the export for 92 s into excelize's English error).
// It is refused at once, and so is a file that takes the whole import
// past the limit.

// checkGemeenten refuses a file whose rows name more than maxGemeenten
// different gemeenten in their gemeente column.
func checkGemeenten(path string, rows []pending) *FileError {
	seen := map[string]bool{}
	for _, p := range rows {
		if p.gemeenteRaw == "" {
			continue
		}
		seen[strings.ToLower(strings.TrimSpace(p.gemeenteRaw))] = true
		if len(seen) > maxGemeenten {
			return newFileErrorf(path, ErrTooLarge, nil, "%s (rij %d)", tooManyGemeenten("de gemeentekolom van dit bestand"), p.Source.Row)
		}
	}
	return nil
}

// capGemeenten refuses, in input order, each file that would take the
// import past maxGemeenten different gemeenten; the files before it keep
// their agreements.
func capGemeenten(results []fileResult) {
	seen := map[string]bool{}
	for i := range results {
		r := &results[i]
		added := 0
		for _, g := range r.report.Gemeenten {
			if !seen[g] {
				added++
			}
		}
		if len(seen)+added > maxGemeenten {
			*r = fileResult{report: FileReport{Path: r.report.Path, Format: r.report.Format, FormatNote: r.report.FormatNote,
				Error: tooManyGemeenten("dit bestand samen met de bestanden ervoor"), ErrorKind: ErrTooLarge}}
			continue
		}
		for _, g := range r.report.Gemeenten {
			seen[g] = true
		}
	}
}

// tooManyGemeenten is the message for a file refused by maxGemeenten.
func tooManyGemeenten(who string) string {
	return fmt.Sprintf("bestand geweigerd: %s noemt meer dan %s verschillende gemeenten, de grens van één import (Nederland heeft er 342); "+
		"is de kolom 'Gemeente' wel een gemeentekolom?", who, thousands(maxGemeenten))
}
