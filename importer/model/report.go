package model

// Report is the result of an import: one entry per input file, in the order
// the files were given (folders walked in lexical order), and all agreements
// in that same order.
type Report struct {
	Files      []FileReport `json:"files"`
	Agreements []Agreement  `json:"agreements"`
	// Selection are the gemeenten the report was limited to (importer.Select,
	// pakompas --alleen), as the report names them; nil when it holds every
	// gemeente read. The adviser's work on other gemeenten is out of view,
	// not orphaned.
	Selection []string `json:"selection,omitempty"`
}

// FileReport accounts for one input file: what was read, what was skipped
// and why, and the error if the file could not be read at all.
type FileReport struct {
	Path string `json:"path"`
	// Format is the detected format: "xlsx", "ods", "csv", "docx" or "odt"
	// (empty when unknown).
	Format string `json:"format"`
	// FormatNote says how an xlsx file was read when it was not by the
	// fast reader: "gelezen met excelize (terugval: …)" with the reason.
	// Empty otherwise.
	FormatNote string   `json:"format_note,omitempty"`
	Gemeenten  []string `json:"gemeenten"`
	// Years are the jaarschijven or periods of the file's agreements
	// ("2025", "2024-2027"), in order; empty when none was found
	// ("onbekend"). YearSource says where they came from: "kolom",
	// "blad", "titel", "bestandsnaam", "map" or "--jaar", joined by
	// " en " when rows differ; empty when no year was found.
	Years      []string      `json:"years"`
	YearSource string        `json:"year_source"`
	Agreements int           `json:"agreements"`
	Sheets     []SheetReport `json:"sheets"`
	Skipped    []SkippedRow  `json:"skipped"`
	Warnings   []string      `json:"warnings"`
	// Error is a Dutch message an adviser understands; empty on success.
	Error string `json:"error"`
	// ErrorKind is a stable code for scripts (see ErrorKind constants).
	ErrorKind ErrorKind `json:"error_kind,omitempty"`
	// Ignored is set for a file found in a folder that is not a spreadsheet
	// (a PDF, a Word document, Excel's "~$" lock file): it is listed so the
	// adviser sees it was looked at, but not read and not an error.
	Ignored string `json:"ignored,omitempty"`
}

// SheetReport says how one sheet (or the single table of a CSV file, or a
// Word document's table "tabel N" or heading "§ 3. Duurzaamheid") was
// read.
type SheetReport struct {
	Name string `json:"name"`
	// Read is false when the sheet was skipped; Reason says why.
	Read   bool   `json:"read"`
	Reason string `json:"reason,omitempty"`
	// HeaderRow is the 1-based row of the (last) header row, 0 if none.
	HeaderRow  int             `json:"header_row,omitempty"`
	Columns    []ColumnMapping `json:"columns,omitempty"`
	Agreements int             `json:"agreements"`
}

// ColumnMapping records which field a column was taken for. Field is empty
// for a column that was found but not used.
type ColumnMapping struct {
	Column string `json:"column"`
	Header string `json:"header"`
	Field  Field  `json:"field"`
}

// SkippedRow is a row inside a read sheet that did not become an agreement.
type SkippedRow struct {
	Sheet  string `json:"sheet"`
	Row    int    `json:"row"`
	Reason string `json:"reason"`
}

// Failed reports whether any file could not be read.
func (r *Report) Failed() bool {
	for _, f := range r.Files {
		if f.Error != "" {
			return true
		}
	}
	return false
}
