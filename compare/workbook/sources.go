package workbook

import (
	"fmt"
	"strings"

	"pakompas/importer"
)

// sources sorts the input files by what became of them: read (the
// sources of the agreements), failed (with the reason) and ignored (not
// a spreadsheet, looked at but not read).
type sources struct {
	read    []string
	failed  []failedFile
	ignored []string
}

// failedFile is an input file that could not be read, and why.
type failedFile struct{ path, msg string }

// sourcesOf sorts the files of report r; without a report every file in
// files counts as read.
func sourcesOf(r *importer.Report, files []string) sources {
	if r == nil {
		return sources{read: files}
	}
	var s sources
	for _, f := range r.Files {
		switch {
		case f.Error != "":
			s.failed = append(s.failed, failedFile{f.Path, f.Error})
		case f.Ignored != "":
			s.ignored = append(s.ignored, f.Path)
		default:
			s.read = append(s.read, f.Path)
		}
	}
	return s
}

// summary is the sentence about the files: "145 afspraken van 7
// gemeenten uit 6 bestanden; 7 bestanden niet gelezen; 1 bestand
// genegeerd (zie Importverslag)." With earlier agreements of an earlier
// jaarschijf it says how many: "…uit 8 bestanden, waarvan 34 van een
// eerdere jaarschijf (zie Verloop); …".
func (s sources) summary(agreements, gemeenten, earlier int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s van %s uit %s", count(agreements, "afspraak", "afspraken"),
		count(gemeenten, "gemeente", "gemeenten"), count(len(s.read), "bestand", "bestanden"))
	if earlier > 0 {
		fmt.Fprintf(&b, ", waarvan %d van een eerdere jaarschijf (zie %s)", earlier, sheetVerloop)
	}
	if len(s.failed) > 0 {
		fmt.Fprintf(&b, "; %s niet gelezen", count(len(s.failed), "bestand", "bestanden"))
	}
	if len(s.ignored) > 0 {
		fmt.Fprintf(&b, "; %s genegeerd", count(len(s.ignored), "bestand", "bestanden"))
	}
	if len(s.failed) > 0 || len(s.ignored) > 0 {
		fmt.Fprintf(&b, " (zie %s)", sheetReport)
	}
	b.WriteByte('.')
	return b.String()
}

// count is "1 bestand" or "6 bestanden".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
