package workbook

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"pakompas/compare/evaluation"
)

// headerScanRows is how far down ReadBack looks for the header row (the
// adviser may have inserted title rows above it).
const headerScanRows = 50

// Problem is a row of Alle afspraken that ReadBack could not take.
type Problem struct {
	// Row is the 1-based sheet row; ID the agreement id on it.
	Row int
	ID  string
	// Msg says what is wrong, in Dutch.
	Msg string
}

// InvalidError lists the rows ReadBack skipped: an unknown verdict, or
// an id that occurs twice with a different verdict or note.
type InvalidError struct {
	Path     string
	Problems []Problem
}

func (e *InvalidError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d rij(en) niet overgenomen:", e.Path, len(e.Problems))
	for i, p := range e.Problems {
		if i == 5 {
			fmt.Fprintf(&b, "; en %d meer", len(e.Problems)-i)
			break
		}
		fmt.Fprintf(&b, "; rij %d (id %s): %s", p.Row, p.ID, p.Msg)
	}
	return b.String()
}

// ReadBack reads the adviser's verdicts and notes from an exported
// workbook at path. It opens the file read-only, finds the sheet Alle
// afspraken and its header row by the header names Id, Oordeel adviseur
// and Notitie (so added columns, inserted title rows, sorted or filtered
// rows do no harm), and returns a Judgement per agreement id. Every row
// with an id is in the map, also when both cells are empty, so a verdict
// cleared in Excel reads back as cleared. Rows without an id are ignored.
//
// The verdict is compared without regard to case and surrounding spaces.
// A verdict it does not know ("misschien"), and an id that occurs twice
// with a different verdict or note, are not taken: ReadBack then returns
// the rows it could read together with an *InvalidError listing the
// rows, so a caller can refuse the whole file or take the rest and show
// the problems. Any other error returns a nil map.
func ReadBack(path string) (map[string]Judgement, error) {
	f, err := excelize.OpenFile(path, excelize.Options{UnzipSizeLimit: 1 << 30})
	if err != nil {
		return nil, fmt.Errorf("%s: kan de werkmap niet openen: %w", path, err)
	}
	defer func() { _ = f.Close() }()
	sheet := ""
	for _, s := range f.GetSheetList() {
		if strings.EqualFold(strings.TrimSpace(s), sheetAll) {
			sheet = s
			break
		}
	}
	if sheet == "" {
		return nil, fmt.Errorf("%s: geen blad %q gevonden; is dit een evaluatiewerkmap van pakompas?", path, sheetAll)
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, fmt.Errorf("%s: blad %s: %w", path, sheet, err)
	}
	defer func() { _ = rows.Close() }()

	idCol, verdictCol, noteCol := -1, -1, -1
	out := map[string]Judgement{}
	firstRow := map[string]int{}
	var problems []Problem
	for n := 1; rows.Next(); n++ {
		cols, err := rows.Columns()
		if err != nil {
			return nil, fmt.Errorf("%s: blad %s, rij %d: %w", path, sheet, n, err)
		}
		if idCol < 0 {
			if n > headerScanRows {
				break
			}
			idCol, verdictCol, noteCol = findColumns(cols)
			continue
		}
		id := strings.TrimSpace(get(cols, idCol))
		if id == "" {
			continue
		}
		raw := get(cols, verdictCol)
		v, ok := evaluation.ParseVerdict(raw)
		if !ok {
			problems = append(problems, Problem{Row: n, ID: id,
				Msg: fmt.Sprintf("onbekend oordeel %q (kies vaag, niet vaag of twijfel)", strings.TrimSpace(raw))})
			continue
		}
		j := Judgement{Verdict: v, Note: strings.TrimSpace(get(cols, noteCol))}
		if prev, dup := out[id]; dup {
			if prev != j {
				problems = append(problems, Problem{Row: n, ID: id,
					Msg: fmt.Sprintf("id staat ook in rij %d, met een ander oordeel of andere notitie; rij %d telt", firstRow[id], firstRow[id])})
			}
			continue
		}
		out[id], firstRow[id] = j, n
	}
	if err := rows.Error(); err != nil {
		return nil, fmt.Errorf("%s: blad %s: %w", path, sheet, err)
	}
	if idCol < 0 {
		return nil, fmt.Errorf("%s: blad %s heeft geen kopregel met de kolommen %q en %q", path, sheet, hdrID, hdrVerdict)
	}
	if len(problems) > 0 {
		return out, &InvalidError{Path: path, Problems: problems}
	}
	return out, nil
}

// findColumns returns the 0-based columns of Id, Oordeel adviseur and
// Notitie in a header row, or -1 for id when the row is no header (it
// needs both Id and Oordeel adviseur; Notitie is optional).
func findColumns(cols []string) (id, verdict, note int) {
	id, verdict, note = -1, -1, -1
	for i, c := range cols {
		switch strings.ToLower(strings.Join(strings.Fields(c), " ")) {
		case strings.ToLower(hdrID):
			id = i
		case strings.ToLower(hdrVerdict):
			verdict = i
		case strings.ToLower(hdrNote):
			note = i
		}
	}
	if id < 0 || verdict < 0 {
		return -1, -1, -1
	}
	return id, verdict, note
}

// get returns cols[i], or "" when the row is shorter or i < 0.
func get(cols []string, i int) string {
	if i < 0 || i >= len(cols) {
		return ""
	}
	return cols[i]
}
