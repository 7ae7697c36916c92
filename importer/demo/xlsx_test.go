package demo

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Shared spreadsheet helpers for the layout writers.

// ref returns the cell name of a 1-based column and row ("C7").
func ref(col, row int) string {
	s, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(err) // only reached through a bug in a writer
	}
	return s
}

// styles are the few cell styles the demo workbooks use.
type styles struct {
	title, subtitle, header, section, wrap, date, italic int
	status                                               map[string]int
}

// newStyles registers the styles in f. dateFmt is the number format of
// real date cells, e.g. "d-m-yyyy".
func newStyles(f *excelize.File, dateFmt string) (*styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "A6A6A6", Style: 1},
		{Type: "right", Color: "A6A6A6", Style: 1},
		{Type: "top", Color: "A6A6A6", Style: 1},
		{Type: "bottom", Color: "A6A6A6", Style: 1},
	}
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	st := &styles{status: map[string]int{}}
	defs := []struct {
		id *int
		s  *excelize.Style
	}{
		{&st.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14, Color: "1F4E79"}}},
		{&st.subtitle, &excelize.Style{Font: &excelize.Font{Size: 11, Color: "595959"}}},
		{&st.header, &excelize.Style{
			Font:      &excelize.Font{Bold: true, Color: "FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E79"}},
			Border:    border,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		}},
		{&st.section, &excelize.Style{
			Font:   &excelize.Font{Bold: true},
			Fill:   excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Border: border,
		}},
		{&st.wrap, &excelize.Style{Border: border, Alignment: top}},
		{&st.date, &excelize.Style{Border: border, Alignment: top, CustomNumFmt: &dateFmt}},
		{&st.italic, &excelize.Style{Font: &excelize.Font{Italic: true, Color: "595959"}}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(d.s)
		if err != nil {
			return nil, err
		}
		*d.id = id
	}
	for _, c := range [][2]string{{"groen", "C6EFCE"}, {"oranje", "FFEB9C"}, {"rood", "FFC7CE"}} {
		id, err := f.NewStyle(&excelize.Style{
			Border: border, Alignment: top,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c[1]}},
		})
		if err != nil {
			return nil, err
		}
		st.status[c[0]] = id
	}
	return st, nil
}

// saveXLSX returns f's bytes and closes it.
func saveXLSX(f *excelize.File) ([]byte, error) {
	buf, err := f.WriteToBuffer()
	if cerr := f.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("write xlsx: %w", err)
	}
	return buf.Bytes(), nil
}

// setRow writes values from column A of row in normal mode; nil leaves a
// cell empty.
func setRow(f *excelize.File, sheet string, row int, values ...any) error {
	for i, v := range values {
		if v == nil {
			continue
		}
		if err := f.SetCellValue(sheet, ref(i+1, row), v); err != nil {
			return err
		}
	}
	return nil
}
