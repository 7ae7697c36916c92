package workbook

import (
	"strings"

	"pakompas/compare/verloop"
)

// verloopHeaders head the table Verloop per gemeente on Samenvatting.
var verloopHeaders = []string{"Gemeente", "Jaren", "Nieuw", "Vervallen", "Doorgeschoven", "Gewijzigd", "Waarvan alleen jaartallen", "Ongewijzigd"}

// verloop writes, from row on, the counts of the sheet Verloop per
// gemeente with more than one year loaded (nieuw, vervallen and
// doorgeschoven first: what an evaluator asks first; then gewijzigd, how
// many of those only moved their years on, and ongewijzigd) and their
// total; it returns the row after the table.
// Nothing without Input.Verloop.
func (w *summaryWriter) verloop(row int) (int, error) {
	v := w.in.Verloop
	if v == nil {
		return row, nil
	}
	if err := w.text(1, row, w.st.section, "Verloop per gemeente (meer dan één jaar ingelezen; zie het blad "+sheetVerloop+")"); err != nil {
		return 0, err
	}
	row++
	hdr := make([]any, len(verloopHeaders))
	for i, h := range verloopHeaders {
		hdr[i] = h
		w.widths[i].see(h + "  ") // bold: the columns of the tables above may be narrower
	}
	if err := w.f.SetSheetRow(sheetSummary, cell(1, row), &hdr); err != nil {
		return 0, err
	}
	if err := w.f.SetCellStyle(sheetSummary, cell(1, row), cell(2, row), w.st.headerLeft); err != nil {
		return 0, err
	}
	if err := w.f.SetCellStyle(sheetSummary, cell(3, row), cell(len(verloopHeaders), row), w.st.header); err != nil {
		return 0, err
	}
	if err := w.f.SetRowHeight(sheetSummary, row, 30); err != nil {
		return 0, err
	}
	row++
	var total verloop.Summary
	for _, s := range v.Gemeenten {
		if err := w.verloopRow(row, s.Gemeente, s, false); err != nil {
			return 0, err
		}
		total.Nieuw += s.Nieuw
		total.Gewijzigd += s.Gewijzigd
		total.YearsOnly += s.YearsOnly
		total.Ongewijzigd += s.Ongewijzigd
		total.Vervallen += s.Vervallen
		total.Doorgeschoven += s.Doorgeschoven
		row++
	}
	if len(v.Gemeenten) > 1 {
		total.Years = v.Years
		if err := w.verloopRow(row, allGemeenten, total, true); err != nil {
			return 0, err
		}
		row++
	}
	return row, nil
}

// verloopRow writes one line of the table Verloop per gemeente.
func (w *summaryWriter) verloopRow(row int, name string, s verloop.Summary, total bool) error {
	if err := rowFits(row); err != nil {
		return err
	}
	years := make([]string, len(s.Years))
	for i, y := range s.Years {
		years[i] = yearLabel(y)
	}
	vals := []any{name, strings.Join(years, ", "), s.Nieuw, s.Vervallen, s.Doorgeschoven, s.Gewijzigd, s.YearsOnly, s.Ongewijzigd}
	w.widths[0].see(name)
	w.widths[1].see(vals[1].(string))
	if err := w.f.SetSheetRow(sheetSummary, cell(1, row), &vals); err != nil {
		return err
	}
	txt, num := w.st.cellTop, w.st.number
	if total {
		txt, num = w.st.totalText, w.st.totalNumber
	}
	if err := w.f.SetCellStyle(sheetSummary, cell(1, row), cell(2, row), txt); err != nil {
		return err
	}
	return w.f.SetCellStyle(sheetSummary, cell(3, row), cell(len(vals), row), num)
}
