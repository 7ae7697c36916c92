package model

import (
	"fmt"
	"io"
	"strings"
)

// fieldNames are the Dutch names of the fields in the readable report.
var fieldNames = map[Field]string{
	FieldNone: "niet gebruikt", FieldText: "afspraak", FieldTheme: "thema", FieldNumber: "nummer",
	FieldOwner: "trekker", FieldDue: "termijn", FieldStatus: "status", FieldNotes: "toelichting",
	FieldKind: "soort", FieldGemeente: "gemeente", FieldYear: "planningsjaar",
	FieldJaarschijf: "jaarschijf",
}

// DutchName is the field's name as the adviser sees it.
func (f Field) DutchName() string { return fieldNames[f] }

// WriteText writes the report in readable Dutch: per file the sheets read
// and skipped, the header row and column mapping, the agreements found,
// the skipped rows (consecutive rows with the same reason shown as one
// range), warnings and errors.
func (r *Report) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	failed, ignored := 0, 0
	for _, f := range r.Files {
		switch {
		case f.Error != "":
			failed++
		case f.Ignored != "":
			ignored++
		}
	}
	ew.printf("%d bestand(en): %d gelezen, %d met fout", len(r.Files), len(r.Files)-failed-ignored, failed)
	if ignored > 0 {
		ew.printf(", %d genegeerd", ignored)
	}
	ew.printf("; %d afspraken\n", len(r.Agreements))
	for _, f := range r.Files {
		ew.printf("\n")
		if f.Error != "" {
			ew.printf("FOUT  %s: %s\n", f.Path, f.Error)
			continue
		}
		if f.Ignored != "" {
			ew.printf("NIET  %s: %s\n", f.Path, f.Ignored)
			continue
		}
		gem := strings.Join(f.Gemeenten, ", ")
		if gem == "" {
			gem = "onbekend"
		}
		format := f.Format
		if f.FormatNote != "" {
			format += ", " + f.FormatNote
		}
		ew.printf("OK    %s (%s): gemeente %s, %d afspraken\n", f.Path, format, gem, f.Agreements)
		ew.printf("      %s\n", f.YearText())
		for _, s := range f.Sheets {
			name := s.Name
			if name == "" {
				name = "(csv)"
			}
			what, head, row := partWords(f.Format, name)
			if !s.Read {
				ew.printf("      %s%q: %s\n", what, name, s.Reason)
				continue
			}
			if s.HeaderRow > 0 {
				ew.printf("      %s%q: %s %d, %d afspraken\n", what, name, head, s.HeaderRow, s.Agreements)
			} else { // a text's numbered paragraphs before its first heading
				ew.printf("      %s%q: %d afspraken\n", what, name, s.Agreements)
			}
			for _, c := range s.Columns {
				ew.printf("        kolom %-3s %-28q → %s\n", c.Column, c.Header, c.Field.DutchName())
			}
			for _, g := range groupSkipped(skippedOn(f.Skipped, s.Name), row) {
				ew.printf("        overgeslagen %s\n", g)
			}
		}
		for _, wr := range f.Warnings {
			ew.printf("      let op: %s\n", wr)
		}
	}
	return ew.err
}

// skippedOn returns the skipped rows of one sheet.
func skippedOn(rows []SkippedRow, sheet string) []SkippedRow {
	var out []SkippedRow
	for _, r := range rows {
		if r.Sheet == sheet {
			out = append(out, r)
		}
	}
	return out
}

// partWords are the words the readable report names a part of a file
// with: a sheet ("blad"), a table of a Word or OpenDocument text ("tabel
// 1" says it: no word) and its rows, or a heading of a Word or
// OpenDocument text ("§ 3. Duurzaamheid") and its paragraphs.
func partWords(format, name string) (what, head, row string) {
	switch {
	case (format == "docx" || format == "odt") && strings.HasPrefix(name, "§ "):
		return "", "kop in alinea", "alinea"
	case format == "docx", format == "odt":
		return "", "kopregel", "rij"
	}
	return "blad ", "kopregel", "rij"
}

// groupSkipped renders skipped rows (of one sheet) with consecutive rows of
// the same reason as one range: "rij 1–3: titel ..."; row is the word for
// a row ("rij", or "alinea" for a Word heading's paragraphs).
func groupSkipped(rows []SkippedRow, row string) []string {
	var out []string
	for i := 0; i < len(rows); {
		j := i
		for j+1 < len(rows) && rows[j+1].Sheet == rows[i].Sheet && rows[j+1].Reason == rows[i].Reason && rows[j+1].Row == rows[j].Row+1 {
			j++
		}
		if j > i {
			out = append(out, fmt.Sprintf("%s %d–%d: %s", row, rows[i].Row, rows[j].Row, rows[i].Reason))
		} else {
			out = append(out, fmt.Sprintf("%s %d: %s", row, rows[i].Row, rows[i].Reason))
		}
		i = j + 1
	}
	return out
}

// errWriter keeps the first write error so printing code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
