package model

// Agreement is one prestatieafspraak as the spreadsheet states it, plus
// where it was found. Nothing here is interpreted beyond tidying: national
// themes, flags and roles are derived later by package compare, keyed by ID.
//
// The JSON field names are a contract that scripts rely on: add fields,
// never rename these.
type Agreement struct {
	// ID is stable across re-imports: derived from the gemeente and the
	// number (or the normalised text where there is no number), never from
	// the row or the file name.
	ID       string `json:"id"`
	Gemeente string `json:"gemeente"`
	// ThemeRaw is the theme as the document names it (column, section row
	// or sheet name).
	ThemeRaw string `json:"theme_raw"`
	// Number as written, e.g. "2.3" or "WL-04".
	Number string `json:"number"`
	// Text is the agreement itself: multi-line kept, whitespace tidied,
	// leading bullets removed.
	Text string `json:"text"`
	// Owner is the trekker as written.
	Owner string `json:"owner"`
	// Due is the normalised deadline: "2025", "2025-Q2", "2025-07", "2025-07-01"
	// or a range "2025/2027"; empty when DueRaw names no time.
	Due string `json:"due"`
	// DueRaw is the deadline as written.
	DueRaw string `json:"due_raw"`
	// Status as written (normalised later by compare).
	Status string `json:"status"`
	Notes  string `json:"notes"`
	// KindRaw is the document's own label, e.g. "Resultaatafspraak".
	KindRaw string `json:"kind_raw"`
	Source  Source `json:"source"`
	// Year is the jaarschijf or period the agreement belongs to: "2025",
	// "2024-2027"; empty when no year was found.
	Year string `json:"year"`
}

// Source is where an agreement was found. Row is the 1-based row number as
// the spreadsheet program shows it; Sheet is empty for CSV files.
type Source struct {
	File  string `json:"file"`
	Sheet string `json:"sheet"`
	Row   int    `json:"row"`
}
