package importer

import "fmt"

// The agreement text of one import is bounded (maxImportText): each file
// is bounded on its own (maxFileText), but a folder of four 60 MB files
// took 3.5 minutes and 3 GB to check (issue 11). Files are counted in
// input order, so which file is refused never depends on which worker
// read it first.

// capImportText refuses, in input order, each file whose agreements would
// take the import past limit bytes of text (maxImportText); the files
// before it keep their agreements. A later, smaller file that still fits
// is kept.
func capImportText(results []fileResult, limit int64) {
	var total int64
	for i := range results {
		r := &results[i]
		var size int64
		for _, a := range r.agreements {
			size += agreementText(a)
		}
		if total+size > limit {
			*r = fileResult{report: FileReport{Path: r.report.Path, Format: r.report.Format, FormatNote: r.report.FormatNote,
				Error: tooMuchImportText(total, size, limit), ErrorKind: ErrTooLarge}}
			continue
		}
		total += size
	}
}

// agreementText is the bytes of text an agreement holds.
func agreementText(a Agreement) int64 {
	return int64(len(a.Gemeente) + len(a.ThemeRaw) + len(a.Number) + len(a.Text) + len(a.Owner) +
		len(a.DueRaw) + len(a.Status) + len(a.Notes) + len(a.KindRaw) + len(a.Source.Sheet))
}

// tooMuchImportText is the message for a file refused by maxImportText.
func tooMuchImportText(before, size, limit int64) string {
	return fmt.Sprintf("bestand geweigerd: de afspraken van dit bestand (%s tekst) brengen de import samen met de bestanden ervoor (%s) boven %s, "+
		"de grens van één import; lees dit bestand apart in, of verdeel de bestanden over meer keren", megabytes(size), megabytes(before), megabytes(limit))
}
