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
	// Sheet is the sheet: Alle afspraken or a continuation ("Alle
	// afspraken (2)"). Row is the 1-based sheet row; ID the agreement id on
	// it.
	Sheet string
	Row   int
	ID    string
	// Msg says what is wrong, in Dutch.
	Msg string
}

// where is "rij 7", or "blad Alle afspraken (2), rij 7" on a continuation.
func (p Problem) where() string { return place{p.Sheet, p.Row}.String() }

// place is a row of a sheet of Alle afspraken.
type place struct {
	sheet string
	row   int
}

func (p place) String() string {
	if p.sheet == "" || strings.EqualFold(strings.TrimSpace(p.sheet), sheetAll) {
		return fmt.Sprintf("rij %d", p.row)
	}
	return fmt.Sprintf("blad %s, rij %d", p.sheet, p.row)
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
		fmt.Fprintf(&b, "; %s (id %s): %s", p.where(), p.ID, p.Msg)
	}
	return b.String()
}

// ReadBack reads the adviser's verdicts and notes from an exported
// workbook at path. It opens the file read-only, finds the sheet Alle
// afspraken (and its continuations "Alle afspraken (2)", … of a list
// longer than a sheet holds) and on each the header row by the header
// names Id, Oordeel adviseur and Notitie (so added columns, inserted title
// rows, sorted or filtered rows do no harm), and returns a Judgement per
// agreement id. Every row with an id is in the map, also when both cells
// are empty, so a verdict cleared in Excel reads back as cleared. Rows
// without an id are ignored.
//
// The verdict is compared without regard to case and surrounding spaces.
// A verdict it does not know ("misschien"), and an id that occurs twice
// with a different verdict or note, are not taken: ReadBack then returns
// the rows it could read together with an *InvalidError listing the
// rows, so a caller can refuse the whole file or take the rest and show
// the problems. Any other error returns a nil map, as does a workbook
// written for outside readers (Extern: no notes). A workbook that would
// unpack to more than maxReadBackUnzipped is refused before anything is
// inflated (readback_size.go).
func ReadBack(path string) (map[string]Judgement, error) {
	if err := checkUnzipped(path); err != nil {
		return nil, err
	}
	f, err := excelize.OpenFile(path, excelize.Options{UnzipSizeLimit: maxReadBackUnzipped})
	if err != nil {
		return nil, fmt.Errorf("%s: kan de werkmap niet openen: %w", path, err)
	}
	defer func() { _ = f.Close() }()
	if isExternal(f) {
		return nil, fmt.Errorf("%s is een werkmap voor extern: die heeft geen notities, en teruglezen zou de notities van de adviseur wissen; "+
			"lees de interne werkmap terug (pakompas export --voor intern)", path)
	}
	var sheets []string
	for _, s := range f.GetSheetList() {
		if isAllSheet(s) {
			sheets = append(sheets, s)
		}
	}
	if len(sheets) == 0 {
		return nil, fmt.Errorf("%s: geen blad %q gevonden; is dit een evaluatiewerkmap van pakompas?", path, sheetAll)
	}
	r := &reader{path: path, out: map[string]Judgement{}, first: map[string]place{}}
	for _, s := range sheets {
		if err := r.sheet(f, s); err != nil {
			return nil, err
		}
	}
	if len(r.problems) > 0 {
		return r.out, &InvalidError{Path: path, Problems: r.problems}
	}
	return r.out, nil
}

// isExternal reports whether f was written for outside readers
// (Options.Audience Extern).
func isExternal(f *excelize.File) bool {
	props, err := f.GetCustomProps()
	if err != nil {
		return false
	}
	for _, p := range props {
		if p.Name == audienceProp && fmt.Sprint(p.Value) == Extern.String() {
			return true
		}
	}
	return false
}

// isAllSheet reports whether a sheet is Alle afspraken or one of its
// continuations ("Alle afspraken (2)"), as an adviser may have respaced
// or recased it.
func isAllSheet(name string) bool {
	name = strings.ToLower(strings.Join(strings.Fields(name), " "))
	base := strings.ToLower(sheetAll)
	if name == base {
		return true
	}
	n, ok := strings.CutPrefix(name, base+" (")
	if n, ok = strings.CutSuffix(n, ")"); !ok || n == "" {
		return false
	}
	return strings.Trim(n, "0123456789") == ""
}

// reader collects the judgements of the sheets of Alle afspraken.
type reader struct {
	path     string
	out      map[string]Judgement
	first    map[string]place // where each id was first read
	problems []Problem
}

// sheet reads one sheet of Alle afspraken.
func (r *reader) sheet(f *excelize.File, sheet string) error {
	rows, err := f.Rows(sheet)
	if err != nil {
		return fmt.Errorf("%s: blad %s: %w", r.path, sheet, err)
	}
	defer func() { _ = rows.Close() }()
	idCol, verdictCol, noteCol := -1, -1, -1
	for n := 1; rows.Next(); n++ {
		cols, err := rows.Columns()
		if err != nil {
			return fmt.Errorf("%s: blad %s, rij %d: %w", r.path, sheet, n, err)
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
			r.problems = append(r.problems, Problem{Sheet: sheet, Row: n, ID: id,
				Msg: fmt.Sprintf("onbekend oordeel %q (kies vaag, niet vaag of twijfel)", strings.TrimSpace(raw))})
			continue
		}
		j := Judgement{Verdict: v, Note: strings.TrimSpace(get(cols, noteCol))}
		if prev, dup := r.out[id]; dup {
			if prev != j {
				at := r.first[id]
				r.problems = append(r.problems, Problem{Sheet: sheet, Row: n, ID: id,
					Msg: fmt.Sprintf("id staat ook in %s, met een ander oordeel of andere notitie; %s telt", at, at)})
			}
			continue
		}
		r.out[id], r.first[id] = j, place{sheet, n}
	}
	if err := rows.Error(); err != nil {
		return fmt.Errorf("%s: blad %s: %w", r.path, sheet, err)
	}
	if idCol < 0 {
		return fmt.Errorf("%s: blad %s heeft geen kopregel met de kolommen %q en %q", r.path, sheet, hdrID, hdrVerdict)
	}
	return nil
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
