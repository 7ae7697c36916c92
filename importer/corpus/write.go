package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/xuri/excelize/v2"
)

// DateFormat is the number format of the planning date cells.
const DateFormat = "d-m-yyyy"

// Write writes one .xlsx file per set into dir (created if needed), using
// up to runtime.NumCPU() files at a time. It returns the paths in the order
// of sets, or the error of the first set that failed.
func Write(dir string, sets []Set) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	paths := make([]string, len(sets))
	for i, s := range sets {
		paths[i] = filepath.Join(dir, s.FileName)
	}
	errs := make([]error, len(sets))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), len(sets)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(sets) {
					return
				}
				errs[i] = writeFile(paths[i], sets[i])
			}
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("corpus: write %s: %w", paths[i], err)
		}
	}
	return paths, nil
}

// styles are the cell styles of one workbook.
type styles struct {
	title, subtitle, header, section, text, date int
}

// newStyles registers the styles in f.
func newStyles(f *excelize.File) (styles, error) {
	var st styles
	top := &excelize.Alignment{Vertical: "top"}
	defs := []struct {
		id *int
		s  *excelize.Style
	}{
		{&st.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
		{&st.subtitle, &excelize.Style{Font: &excelize.Font{Italic: true}}},
		{&st.header, &excelize.Style{
			Font:   &excelize.Font{Bold: true},
			Fill:   excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Border: []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}},
		}},
		{&st.section, &excelize.Style{
			Font: &excelize.Font{Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E2EFDA"}},
		}},
		{&st.text, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.date, &excelize.Style{CustomNumFmt: ptr(DateFormat), Alignment: top}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(d.s)
		if err != nil {
			return st, err
		}
		*d.id = id
	}
	return st, nil
}

// ptr returns a pointer to a copy of v.
func ptr[T any](v T) *T { return &v }

// columns gives the header and widths of each layout.
var columns = map[string]struct {
	header []string
	widths []float64
}{
	LayoutKolom: {
		[]string{"Nr", "Thema", "Afspraak", "Trekker", "Planning", "Status", "Toelichting"},
		[]float64{6, 24, 70, 26, 12, 12, 40},
	},
	LayoutSecties: {
		[]string{"Nr", "Afspraak", "Trekker", "Gereed", "Stand van zaken"},
		[]float64{6, 70, 26, 12, 16},
	},
}

// writeFile writes the workbook of one set with a stream writer.
func writeFile(path string, s Set) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", s.Sheet); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(s.Sheet)
	if err != nil {
		return err
	}
	cols := columns[s.Layout]
	for i, w := range cols.widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: HeaderRow, TopLeftCell: "A" + strconv.Itoa(HeaderRow+1), ActivePane: "bottomLeft",
	}); err != nil {
		return err
	}
	header := make([]any, len(cols.header))
	for i, h := range cols.header {
		header[i] = excelize.Cell{StyleID: st.header, Value: h}
	}
	head := []struct {
		row    int
		values []any
	}{
		{1, []any{excelize.Cell{StyleID: st.title, Value: s.Title}}},
		{2, []any{excelize.Cell{StyleID: st.subtitle, Value: s.Subtitle}}},
		{HeaderRow, header},
	}
	for _, h := range head {
		if err := sw.SetRow("A"+strconv.Itoa(h.row), h.values); err != nil {
			return err
		}
	}
	rows, secs := s.rows()
	last := "E"
	if s.Layout == LayoutKolom {
		last = "G"
	}
	for i, it := range s.Items {
		for len(secs) > 0 && secs[0].Row < rows[i] {
			r := strconv.Itoa(secs[0].Row)
			if err := sw.SetRow("A"+r, []any{excelize.Cell{StyleID: st.section, Value: secs[0].Label}}); err != nil {
				return err
			}
			if err := sw.MergeCell("A"+r, last+r); err != nil {
				return err
			}
			secs = secs[1:]
		}
		if err := sw.SetRow("A"+strconv.Itoa(rows[i]), rowValues(s.Layout, it, st)); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}

// rowValues are the cells of one agreement row; nil leaves a cell empty.
func rowValues(layout string, it Item, st styles) []any {
	var planning any
	switch {
	case !it.PlanningDate.IsZero():
		planning = excelize.Cell{StyleID: st.date, Value: it.PlanningDate}
	case it.Planning != "":
		planning = it.Planning
	}
	text := excelize.Cell{StyleID: st.text, Value: it.Text}
	if layout == LayoutKolom {
		return []any{it.Number, it.ThemeRaw, text, orNil(it.Owner), planning, orNil(it.Status), orNil(it.Notes)}
	}
	return []any{it.Number, text, orNil(it.Owner), planning, orNil(it.Status)}
}

// orNil returns nil for an empty string, so no empty cell is written.
func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}
