package workbook

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Columns of the count tables on Samenvatting.
const (
	sumColGemeente = 1
	sumColTheme    = 2
	sumColN        = 3
	sumColVague    = 4
	sumColShare    = 5
	sumColResult   = 6
	sumColRoles    = 7
	// sumFirstTable is the header row of the table per gemeente; its
	// band row is just above.
	sumFirstTable = 8
	allThemes     = "alle thema's"
	allGemeenten  = "Alle gemeenten"
)

// summaryKey finds a SummaryRow by gemeente and theme key.
type summaryKey struct{ gemeente, theme string }

// summaryWriter writes the count tables of Samenvatting.
type summaryWriter struct {
	f      *excelize.File
	st     *styles
	in     *Input
	nr, ns int // number of roles and statuses
	labels map[string]string
	widths []*width
}

func (w *summaryWriter) lastCol() int { return sumColRoles + w.nr + w.ns - 1 }

// writeSummary writes Samenvatting: a title with the date, a table per
// gemeente (the data of the two charts), the charts, a table per gemeente
// and theme (with a subtotal per gemeente and a block for all gemeenten),
// and the input files. Written in normal mode: it is small (a few
// thousand rows nationally) and AddChart needs a normal-mode sheet. Its
// print setup is build's.
func writeSummary(f *excelize.File, st *styles, in *Input) error {
	w := &summaryWriter{f: f, st: st, in: in, nr: len(in.RoleLabels), ns: len(in.StatusLabels),
		labels: make(map[string]string, len(in.Themes))}
	for _, t := range in.Themes {
		w.labels[t.Key] = t.Label
	}
	w.widths = make([]*width, w.lastCol())
	for i, h := range w.headers() {
		w.widths[i] = newWidth(h, 9, 16)
	}
	// The first columns hold the bold total rows: two characters extra.
	w.widths[0], w.widths[1] = newWidth("Gemeente", 16, 32), newWidth("Thema", 16, 32)
	w.widths[0].pad, w.widths[1].pad = 2, 2
	byKey := make(map[summaryKey]*SummaryRow, len(in.Summary))
	for i := range in.Summary {
		r := &in.Summary[i]
		byKey[summaryKey{r.Gemeente, r.Theme}] = r
	}

	src := sourcesOf(in.Report, in.Files)
	if err := w.text(1, 1, st.title, "Evaluatie prestatieafspraken"); err != nil {
		return err
	}
	lines := []string{
		fmt.Sprintf("Gemaakt op %s met %s.", dutchDate(in.Created), madeWith(in)),
		src.summary(len(in.Agreements), len(in.Gemeenten), in.Earlier),
		"Vaag: het oordeel van de adviseur (vaag, niet vaag) gaat voor; bij twijfel of zonder oordeel telt de automatische beoordeling.",
	}
	for i, l := range lines {
		if err := w.text(1, 2+i, st.subtitle, l); err != nil {
			return err
		}
	}

	// Table per gemeente: the totals, the data of the charts.
	row := sumFirstTable - 2
	if err := w.text(1, row, st.section, "Per gemeente"); err != nil {
		return err
	}
	if err := w.header(row + 1); err != nil {
		return err
	}
	row = sumFirstTable + 1
	zero := &SummaryRow{}
	for _, g := range in.Gemeenten {
		r := byKey[summaryKey{g, ""}]
		if r == nil {
			r = zero
		}
		if err := w.row(row, g, allThemes, r, false); err != nil {
			return err
		}
		row++
	}
	if r := byKey[summaryKey{"", ""}]; r != nil {
		if err := w.row(row, allGemeenten, allThemes, r, true); err != nil {
			return err
		}
		row++
	}

	// The counts over the years, when more than one year is loaded.
	if in.Verloop != nil {
		var err error
		if row, err = w.verloop(row + 1); err != nil {
			return err
		}
	}

	// Room for the charts, side by side under the table; they are added
	// at the end, when the column widths are known.
	row += 2
	chartRow := row
	if len(in.Gemeenten) > 0 {
		row += int(w.chartHeight())/20 + 3
	}

	row, err := w.detail(row, byKey)
	if err != nil {
		return err
	}
	end, err := w.files(row+1, src)
	if err != nil {
		return err
	}
	if err := setUsedRange(f, sheetSummary, max(w.lastCol(), len(verloopHeaders)), end-1); err != nil {
		return err
	}

	px := 0.0 // where the second chart starts: the first column right of the first chart
	second := 0
	for i, wd := range w.widths {
		if err := f.SetColWidth(sheetSummary, colName(i+1), colName(i+1), wd.get()); err != nil {
			return err
		}
		if second == 0 && px >= chartWidth+20 {
			second = i + 1
		}
		px += wd.get()*7 + 5
	}
	if second == 0 {
		second = len(w.widths) + 1
	}
	if len(in.Gemeenten) > 0 {
		return w.charts(chartRow, second)
	}
	return nil
}

// detail writes the table per gemeente and theme from row on: per gemeente
// its themes and a subtotal, then the same for all gemeenten together. It
// returns the row after the table.
func (w *summaryWriter) detail(row int, byKey map[summaryKey]*SummaryRow) (int, error) {
	if err := w.text(1, row, w.st.section, "Per gemeente en thema"); err != nil {
		return 0, err
	}
	if err := w.header(row + 1); err != nil {
		return 0, err
	}
	row += 3
	gemeenten := append([]string(nil), w.in.Gemeenten...)
	known := make(map[string]bool, len(gemeenten))
	for _, g := range gemeenten {
		known[g] = true
	}
	for _, r := range w.in.Summary { // gemeenten only in Summary, in its order
		if r.Gemeente != "" && !known[r.Gemeente] {
			known[r.Gemeente] = true
			gemeenten = append(gemeenten, r.Gemeente)
		}
	}
	gemeenten = append(gemeenten, "")
	for _, g := range gemeenten {
		name := g
		if g == "" {
			name = allGemeenten
		}
		for _, r := range w.themeRows(g, byKey) {
			if err := w.row(row, name, w.themeLabel(r.Theme), r, false); err != nil {
				return 0, err
			}
			row++
		}
		if r := byKey[summaryKey{g, ""}]; r != nil {
			if err := w.row(row, name, allThemes, r, true); err != nil {
				return 0, err
			}
			row++
		}
	}
	return row, nil
}

// files lists from row on the files the agreements come from, then the
// files that could not be read, with the reason; it returns the row after
// the lists.
func (w *summaryWriter) files(row int, src sources) (int, error) {
	if err := w.text(1, row, w.st.section, "Bronbestanden"); err != nil {
		return 0, err
	}
	row++
	var err error
	if row, err = list(w, row, src.read, func(p string) string { return p }); err != nil || len(src.failed) == 0 {
		return row, err
	}
	if err := w.text(1, row+1, w.st.section, "Niet gelezen"); err != nil {
		return 0, err
	}
	return list(w, row+2, src.failed, func(f failedFile) string { return f.path + ": " + f.msg })
}

// list writes one line per item from row on, "geen" for none and at most
// maxListed; it returns the row after the list.
func list[T any](w *summaryWriter, row int, items []T, line func(T) string) (int, error) {
	if len(items) == 0 {
		return row + 1, w.text(1, row, w.st.cellTop, "geen")
	}
	for i, it := range items {
		if i == maxListed {
			return row + 1, w.text(1, row, w.st.subtitle, moreLine(len(items), "pakompas import toont alles"))
		}
		if err := w.text(1, row, w.st.cellTop, line(it)); err != nil {
			return 0, err
		}
		row++
	}
	return row, nil
}

// madeWith is "pakompas 0.4.0"; without a version (unknown, or left out
// for outside readers) just "pakompas", or for the adviser "pakompas
// (versie onbekend)".
func madeWith(in *Input) string {
	switch {
	case in.Version != "":
		return "pakompas " + in.Version
	case in.external():
		return "pakompas"
	}
	return "pakompas (versie onbekend)"
}

// themeRows returns the rows of gemeente g per theme: the taxonomy order
// first, then themes the taxonomy does not know in Summary order.
func (w *summaryWriter) themeRows(g string, byKey map[summaryKey]*SummaryRow) []*SummaryRow {
	var out []*SummaryRow
	seen := map[string]bool{"": true}
	for _, t := range w.in.Themes {
		if r := byKey[summaryKey{g, t.Key}]; r != nil {
			out = append(out, r)
		}
		seen[t.Key] = true
	}
	for i := range w.in.Summary {
		r := &w.in.Summary[i]
		if r.Gemeente == g && !seen[r.Theme] {
			seen[r.Theme] = true
			out = append(out, r)
		}
	}
	return out
}

func (w *summaryWriter) themeLabel(key string) string {
	if l, ok := w.labels[key]; ok {
		return l
	}
	return key
}

// text writes one text cell with a style.
func (w *summaryWriter) text(col, row, style int, s string) error {
	if err := rowFits(row); err != nil {
		return err
	}
	ref := cell(col, row)
	if err := w.f.SetCellStr(sheetSummary, ref, s); err != nil {
		return err
	}
	return w.f.SetCellStyle(sheetSummary, ref, ref, style)
}

// header writes the band row (Trekker (rol), Status) at row and the column
// headers below it.
func (w *summaryWriter) header(row int) error {
	f, st := w.f, w.st
	last := w.lastCol()
	if err := f.SetCellStyle(sheetSummary, cell(1, row), cell(last, row), st.band); err != nil {
		return err
	}
	bands := []struct {
		from, n int
		label   string
	}{
		{sumColRoles, w.nr, "Trekker (rol)"},
		{sumColRoles + w.nr, w.ns, "Status"},
	}
	for _, b := range bands {
		if b.n == 0 {
			continue
		}
		if err := f.SetCellStr(sheetSummary, cell(b.from, row), b.label); err != nil {
			return err
		}
		if b.n > 1 {
			if err := f.MergeCell(sheetSummary, cell(b.from, row), cell(b.from+b.n-1, row)); err != nil {
				return err
			}
		}
	}
	var hdr []any
	for _, h := range w.headers() {
		hdr = append(hdr, h)
	}
	if err := f.SetSheetRow(sheetSummary, cell(1, row+1), &hdr); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheetSummary, cell(1, row+1), cell(2, row+1), st.headerLeft); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheetSummary, cell(3, row+1), cell(last, row+1), st.header); err != nil {
		return err
	}
	return f.SetRowHeight(sheetSummary, row+1, 30)
}

// headers are the column headers of the count tables.
func (w *summaryWriter) headers() []string {
	h := []string{"Gemeente", "Thema", "Afspraken", "Vaag", "Vaag %", "Resultaat %"}
	h = append(h, w.in.RoleLabels...)
	return append(h, w.in.StatusLabels...)
}

// row writes one line of counts.
func (w *summaryWriter) row(row int, gemeente, theme string, r *SummaryRow, total bool) error {
	vals := make([]any, 0, w.lastCol())
	vals = append(vals, gemeente, theme, r.N, r.Vague, share(r.Vague, r.N), share(r.Resultaat, r.N))
	for i := range w.nr {
		vals = append(vals, at(r.Roles, i))
	}
	for i := range w.ns {
		vals = append(vals, at(r.Status, i))
	}
	w.widths[0].see(gemeente)
	w.widths[1].see(theme)
	if err := rowFits(row); err != nil {
		return err
	}
	if err := w.f.SetSheetRow(sheetSummary, cell(1, row), &vals); err != nil {
		return err
	}
	txt, num, pct := w.st.cellTop, w.st.number, w.st.percent
	if total {
		txt, num, pct = w.st.totalText, w.st.totalNumber, w.st.totalPercent
	}
	for _, s := range []struct{ from, to, style int }{
		{sumColGemeente, sumColTheme, txt},
		{sumColN, sumColVague, num},
		{sumColShare, sumColResult, pct},
		{sumColRoles, w.lastCol(), num},
	} {
		if s.to < s.from {
			continue
		}
		if err := w.f.SetCellStyle(sheetSummary, cell(s.from, row), cell(s.to, row), s.style); err != nil {
			return err
		}
	}
	return nil
}

// at returns xs[i], or 0 when xs is too short.
func at(xs []int, i int) int {
	if i < len(xs) {
		return xs[i]
	}
	return 0
}

// chartWidth is the width of each chart in pixels.
const chartWidth = 600

// chartHeight is the height of the charts in pixels: room for a bar per
// gemeente.
func (w *summaryWriter) chartHeight() uint {
	ng := uint(len(w.in.Gemeenten))
	bar := uint(26)
	if ng > 20 {
		bar = 16
	}
	return max(300, 90+bar*ng)
}

// charts adds the two charts at row: the share vague per gemeente
// (clustered bars) in column A and the roles per gemeente (stacked bars)
// in column second, both from the table per gemeente.
func (w *summaryWriter) charts(row, second int) error {
	ng := len(w.in.Gemeenten)
	first, last := sumFirstTable+1, sumFirstTable+ng
	cats := absRange(sheetSummary, sumColGemeente, first, sumColGemeente, last)
	height := w.chartHeight()
	yes, no := true, false
	axisFont := excelize.Font{Family: fontFamily, Color: "404040", Size: 9}
	minZero := 0.0

	vague := &excelize.Chart{
		Type:       excelize.Bar,
		VaryColors: &no,
		Series: []excelize.ChartSeries{{
			Name:       absRange(sheetSummary, sumColShare, sumFirstTable, sumColShare, sumFirstTable),
			Categories: cats,
			Values:     absRange(sheetSummary, sumColShare, first, sumColShare, last),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"C0504D"}},
		}},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Aandeel vage afspraken per gemeente"}}},
		Legend:    excelize.ChartLegend{Position: "none"},
		Dimension: excelize.ChartDimension{Width: chartWidth, Height: height},
		XAxis:     excelize.ChartAxis{ReverseOrder: true, Font: axisFont},
		YAxis: excelize.ChartAxis{MajorGridLines: true, Minimum: &minZero, Font: axisFont,
			NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}},
		PlotArea: excelize.ChartPlotArea{ShowVal: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}},
		Format:   excelize.GraphicOptions{AltText: "Staafdiagram: aandeel vage afspraken per gemeente", PrintObject: &yes},
	}
	if err := w.f.AddChart(sheetSummary, cell(1, row), vague); err != nil {
		return err
	}

	if w.nr > 0 {
		roleColours := []string{"4F81BD", "9BBB59", "F79646", "8064A2", "4BACC6", "A5A5A5"}
		var series []excelize.ChartSeries
		for i := range w.nr {
			col := sumColRoles + i
			s := excelize.ChartSeries{
				Name:       absRange(sheetSummary, col, sumFirstTable, col, sumFirstTable),
				Categories: cats,
				Values:     absRange(sheetSummary, col, first, col, last),
			}
			if i < len(roleColours) {
				s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{roleColours[i]}}
			}
			series = append(series, s)
		}
		overlap := 100
		roles := &excelize.Chart{
			Type:       excelize.BarStacked,
			VaryColors: &no,
			Series:     series,
			Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Trekkers per gemeente (aantal afspraken)"}}},
			Legend:     excelize.ChartLegend{Position: "bottom"},
			Dimension:  excelize.ChartDimension{Width: chartWidth, Height: height},
			XAxis:      excelize.ChartAxis{ReverseOrder: true, Font: axisFont},
			YAxis:      excelize.ChartAxis{MajorGridLines: true, Minimum: &minZero, Font: axisFont},
			Overlap:    &overlap,
			Format:     excelize.GraphicOptions{AltText: "Gestapeld staafdiagram: trekkers (rol) per gemeente", PrintObject: &yes},
		}
		if err := w.f.AddChart(sheetSummary, cell(second, row), roles); err != nil {
			return err
		}
	}
	return nil
}
