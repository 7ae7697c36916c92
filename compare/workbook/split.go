package workbook

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// maxSheetRows is the number of rows a sheet holds: Excel's limit of
// 1,048,576. A list that would pass it continues on sheets named "Alle
// afspraken (2)", "Alle afspraken (3)", … each with its own header. A
// variable so that tests can lower it.
var maxSheetRows = excelize.TotalRows

// maxListed is how many lines a listing on Importverslag, and the list of
// input files on Samenvatting, show; the rest is counted on one line that
// says where to find it. It keeps those normal-mode sheets (every cell in
// memory) small whatever the input holds: 1,048,550 orphaned verdicts or
// a million skipped rows would otherwise need gigabytes. A variable so
// that tests can lower it.
var maxListed = 10_000

// span is a range [from, to) of a list's rows that goes on one sheet.
type span struct{ from, to int }

// spans splits n rows, under head rows of headings on every sheet, into
// the pieces that fit on one sheet each: at least one, possibly empty.
func spans(n, head int) []span {
	per := max(1, maxSheetRows-head)
	out := []span{{0, min(n, per)}}
	for from := per; from < n; from += per {
		out = append(out, span{from, min(n, from+per)})
	}
	return out
}

// partNames names the sheets of a list that takes n sheets: base, then
// "base (2)", "base (3)", … each unique among used (and added to it;
// base must be in it already).
func partNames(base string, n int, used map[string]bool) []string {
	names := []string{base}
	for p := 2; p <= n; p++ {
		names = append(names, themeSheetName(fmt.Sprintf("%s (%d)", base, p), used))
	}
	return names
}

// partLabel is " (deel 2 van 3)" for part p (0-based) of n, "" for a list
// on one sheet.
func partLabel(p, n int) string {
	if n <= 1 {
		return ""
	}
	return fmt.Sprintf(" (deel %d van %d)", p+1, n)
}

// tableName is the name of the table on part p (0-based) of a list: base,
// then base2, base3, … (table names are unique in a workbook).
func tableName(base string, p int) string {
	if p == 0 {
		return base
	}
	return fmt.Sprintf("%s%d", base, p+1)
}

// moreLine is the line after a listing cut at maxListed: how many more
// there are and where to find them.
func moreLine(n int, where string) string {
	return fmt.Sprintf("… en nog %d (hier niet getoond: meer dan %d regels; %s)", n-maxListed, maxListed, where)
}

// sheetPlan is the sheets of the lists that may continue on more sheets.
type sheetPlan struct {
	// themes are the parts of each theme sheet, in Input.ThemeSheets
	// order; all and missing those of Alle afspraken and Ontbrekend;
	// verloop those of Verloop (none without Input.Verloop).
	themes                [][]listPart
	all, missing, verloop []listPart
}

// listPart is one sheet of a list: its name, its rows and which part it is.
type listPart struct {
	sheet string
	rows  span
	// index is the 0-based part; label says "(deel 2 van 3)" when the list
	// takes more than one sheet.
	index int
	label string
}

// order is every sheet of the plan in workbook order: Verloop, the
// themes, Alle afspraken, Ontbrekend.
func (p sheetPlan) order() []string {
	var names []string
	lists := append(append([][]listPart{p.verloop}, p.themes...), p.all, p.missing)
	for _, parts := range lists {
		for _, part := range parts {
			names = append(names, part.sheet)
		}
	}
	return names
}

// planSheets names every sheet of the workbook's lists: the fixed sheets
// and the continuations of Alle afspraken and Ontbrekend first (ReadBack
// looks for those names), then the theme sheets and theirs.
func planSheets(in *Input) sheetPlan {
	used := map[string]bool{}
	for _, s := range []string{sheetSummary, sheetKompas, sheetKompasThemes, sheetAll, sheetMissing, sheetVerloop, sheetReport, sheetExplain} {
		used[strings.ToLower(s)] = true
	}
	var p sheetPlan
	p.all = listParts(sheetAll, len(in.Agreements), 1, used)
	p.missing = listParts(sheetMissing, len(in.Missing), 1, used)
	if in.Verloop != nil {
		p.verloop = listParts(sheetVerloop, len(in.Verloop.Chains), verloopHeaderRow, used)
	}
	for _, ts := range in.ThemeSheets {
		label := ts.Label
		if label == "" {
			label = ts.Key
		}
		p.themes = append(p.themes, listParts(themeSheetName(label, used), len(ts.Rows), themeHeaderRow, used))
	}
	return p
}

// listParts splits a list of n rows under head heading rows into the
// sheets it takes, named after base (already in used).
func listParts(base string, n, head int, used map[string]bool) []listPart {
	sp := spans(n, head)
	names := partNames(base, len(sp), used)
	parts := make([]listPart, len(sp))
	for i := range sp {
		parts[i] = listPart{sheet: names[i], rows: sp[i], index: i, label: partLabel(i, len(sp))}
	}
	return parts
}

// rowFits returns an error when row is past the last row a sheet holds: a
// sheet written in normal mode (Samenvatting, Importverslag, Toelichting)
// that the input made too long. Their listings stop at maxListed, so this
// is a last guard: Excel's limit, never lowered.
func rowFits(row int) error {
	if row > excelize.TotalRows {
		return fmt.Errorf("meer dan %d rijen, het maximum van Excel; exporteer minder bestanden tegelijk", excelize.TotalRows)
	}
	return nil
}
