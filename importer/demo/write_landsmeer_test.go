package demo

import (
	"github.com/xuri/excelize/v2"
)

// landsmeerHeader is the header of every theme sheet (and the hidden one).
var landsmeerHeader = []any{"Nr", "Afspraak", "Soort afspraak", "Wie", "Wanneer", "Stand van zaken"}

// buildLandsmeer writes the one-sheet-per-theme layout: "Voorblad" and
// "Leeswijzer" without a table, one sheet per theme (a title and an ambition
// line above the header, except "Leefbaarheid" whose header is row 1), and
// the hidden sheet "Oud 2024" with last year's table.
func buildLandsmeer(g Gemeente) (*Built, error) {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", "Voorblad"); err != nil {
		return nil, err
	}
	st, err := newStyles(f, "dd-mm-yyyy")
	if err != nil {
		return nil, err
	}
	if err := writeCover(f, g, st); err != nil {
		return nil, err
	}
	if err := writeProse(f, "Leeswijzer", st, landsmeerLeeswijzer); err != nil {
		return nil, err
	}
	b := &Built{Pos: make([]Pos, len(g.Afspraken))}
	b.Sheets = []SheetInfo{{Name: "Voorblad"}, {Name: "Leeswijzer"}}
	for _, s := range landsmeerSheets {
		if _, err := f.NewSheet(s.Name); err != nil {
			return nil, err
		}
		header := 1
		if s.Ambition != "" {
			header = 4
			if err := firstErr(
				setRow(f, s.Name, 1, s.Name),
				setRow(f, s.Name, 2, s.Ambition),
				f.SetCellStyle(s.Name, "A1", "A1", st.title),
				f.SetCellStyle(s.Name, "A2", "A2", st.italic),
			); err != nil {
				return nil, err
			}
		}
		if err := writeLandsmeerHeader(f, s.Name, header, st); err != nil {
			return nil, err
		}
		row, n := header, 0
		for i, a := range g.Afspraken {
			if a.Theme != s.Name {
				continue
			}
			row++
			n++
			var nr any = a.Number
			if v, ok := atoi(a.Number); ok {
				nr = v // typed as a number, as Excel stores 1, 2, 3
			}
			var due any = a.DueRaw
			if !a.DueDate.IsZero() {
				due = a.DueDate
			}
			vals := []any{nr, a.Text, a.Kind, a.Owner, due, a.Status}
			if a.Status == "" {
				vals[5] = nil
			}
			if err := firstErr(
				setRow(f, s.Name, row, vals...),
				f.SetCellStyle(s.Name, ref(1, row), ref(6, row), st.wrap),
			); err != nil {
				return nil, err
			}
			if !a.DueDate.IsZero() {
				if err := f.SetCellStyle(s.Name, ref(5, row), ref(5, row), st.date); err != nil {
					return nil, err
				}
			}
			b.Pos[i] = Pos{Sheet: s.Name, Row: row}
		}
		b.Sheets = append(b.Sheets, SheetInfo{Name: s.Name, Read: true, HeaderRow: header, Agreements: n})
	}

	const old = "Oud 2024"
	if _, err := f.NewSheet(old); err != nil {
		return nil, err
	}
	if err := writeLandsmeerHeader(f, old, 1, st); err != nil {
		return nil, err
	}
	for i, r := range landsmeerOld {
		vals := make([]any, len(r))
		for j, v := range r {
			vals[j] = v
		}
		if err := setRow(f, old, i+2, vals...); err != nil {
			return nil, err
		}
	}
	if err := f.SetSheetVisible(old, false); err != nil {
		return nil, err
	}
	b.Sheets = append(b.Sheets, SheetInfo{Name: old})
	f.SetActiveSheet(0)
	b.Data, err = saveXLSX(f)
	return b, err
}

// writeLandsmeerHeader writes the table header at row and sets the column
// widths.
func writeLandsmeerHeader(f *excelize.File, sheet string, row int, st *styles) error {
	for i, w := range []float64{7, 70, 20, 22, 14, 30} {
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if err := f.SetColWidth(sheet, col, col, w); err != nil {
			return err
		}
	}
	return firstErr(
		setRow(f, sheet, row, landsmeerHeader...),
		f.SetCellStyle(sheet, ref(1, row), ref(6, row), st.header),
	)
}

// writeCover fills the "Voorblad": title, parties and signing, in two
// label/value columns that are not an agreement table.
func writeCover(f *excelize.File, g Gemeente, st *styles) error {
	const sh = "Voorblad"
	rows := [][]any{
		{"Prestatieafspraken 2025-2028 gemeente " + g.Name},
		{"Wonen in Landsmeer, Den Ilp en Purmerland"},
		nil,
		{"Partijen", "Gemeente " + g.Name},
		{nil, Corporation},
		{nil, g.Tenants},
		nil,
		{"Looptijd", "1 januari 2025 tot en met 31 december 2028"},
		{"Ondertekend", "28 november 2024, in het gemeentehuis van " + g.Name},
		{"Versie", "Definitief, vastgesteld in het bestuurlijk overleg"},
	}
	for i, r := range rows {
		if err := setRow(f, sh, i+1, r...); err != nil {
			return err
		}
	}
	return firstErr(
		f.SetColWidth(sh, "A", "A", 16),
		f.SetColWidth(sh, "B", "B", 70),
		f.SetCellStyle(sh, "A1", "A1", st.title),
		f.SetCellStyle(sh, "A2", "A2", st.subtitle),
	)
}

// atoi parses a plain non-negative integer.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 6 {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, true
}

// landsmeerLeeswijzer is the prose of the reading guide.
var landsmeerLeeswijzer = []string{
	"Leeswijzer",
	"",
	"In dit document staan de prestatieafspraken die gemeente Landsmeer, Woonstichting Amstelland en Huurdersvereniging Landsmeer voor de jaren 2025 tot en met 2028 hebben gemaakt.",
	"Elk thema heeft een eigen tabblad. Per afspraak staat aangegeven om wat voor soort afspraak het gaat, wie de trekker is en wanneer de afspraak klaar moet zijn.",
	"Een resultaatafspraak beschrijft een concreet resultaat. Een procesafspraak of inspanningsafspraak beschrijft hoe partijen samen aan een opgave werken. Een verzoek aan de gemeente is een afspraak waarvoor de gemeente aan zet is.",
	"De nummering begint per tabblad opnieuw. Afspraken over leefbaarheid hebben een code (WL-01 en verder) die aansluit bij het wijkplan.",
	"De kolom 'Stand van zaken' wordt twee keer per jaar bijgewerkt door de corporatie.",
}
