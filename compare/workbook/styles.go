package workbook

import "github.com/xuri/excelize/v2"

// Colours of the workbook: a dark blue header, light red for vague, grey
// for gaps; the conditional formats use Excel's own "good, bad, neutral"
// pairs so they look familiar.
const (
	colHeader     = "1F4E78"
	colBand       = "DDEBF7"
	colTotal      = "F2F2F2"
	colVague      = "FFC7CE"
	colVagueFont  = "9C0006"
	colGood       = "C6EFCE"
	colGoodFont   = "006100"
	colDoubt      = "FFEB9C"
	colDoubtFont  = "9C5700"
	colGap        = "EDEDED"
	colGrey       = "7F7F7F"
	colBorder     = "BFBFBF"
	colCarried    = "F8CBAD"
	colCarriedFnt = "843C0C"
	numFmtPercent = 9 // built-in "0%"
	// fontFamily is named in every font the workbook sets: a font without a
	// name falls back to the reader's default, a serif in LibreOffice.
	fontFamily = "Calibri"
)

// styles are the style ids of one workbook.
type styles struct {
	title, subtitle, section, label       int
	titleWrap, subtitleWrap, presence     int
	header, headerLeft, band              int
	cellTop, cellWrap, cellCenter         int
	wrap, wrapVague, gap, otherTheme      int
	number, percent, errText              int
	totalText, totalNumber, totalPercent  int
	cfVague, cfGood, cfDoubt, cfVagueText int
	// The sheet Verloop: a cell per state (text and state columns), the
	// year an agreement vanished, and a number of years carried over.
	vlNieuw, vlGewijzigd, vlVervallen, vlGone, vlCarried int
	// Its legend's samples of nieuw and gewijzigd, centred like the others.
	vlNieuwSample, vlGewijzigdSample int
}

// newStyles registers the styles in f.
func newStyles(f *excelize.File) (*styles, error) {
	s := &styles{}
	thin := []excelize.Border{
		{Type: "left", Color: colBorder, Style: 1},
		{Type: "right", Color: colBorder, Style: 1},
		{Type: "top", Color: colBorder, Style: 1},
		{Type: "bottom", Color: colBorder, Style: 1},
	}
	top := &excelize.Alignment{Vertical: "top"}
	wrapTop := &excelize.Alignment{Vertical: "top", WrapText: true}
	fill := func(c string) excelize.Fill {
		return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}}
	}
	defs := []struct {
		id *int
		st excelize.Style
	}{
		{&s.title, excelize.Style{Font: &excelize.Font{Family: fontFamily, Bold: true, Size: 14, Color: colHeader}}},
		{&s.subtitle, excelize.Style{Font: &excelize.Font{Family: fontFamily, Size: 11, Italic: true, Color: colGrey}}},
		// The title and legend of a theme sheet, merged over its width.
		{&s.titleWrap, excelize.Style{Font: &excelize.Font{Family: fontFamily, Bold: true, Size: 14, Color: colHeader}, Alignment: wrapTop}},
		{&s.subtitleWrap, excelize.Style{Font: &excelize.Font{Family: fontFamily, Size: 11, Italic: true, Color: colGrey}, Alignment: wrapTop}},
		// Column Aanwezig of a theme sheet.
		{&s.presence, excelize.Style{Border: thin, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top", WrapText: true}}},
		{&s.section, excelize.Style{Font: &excelize.Font{Family: fontFamily, Bold: true, Size: 12, Color: colHeader}}},
		{&s.label, excelize.Style{Font: &excelize.Font{Family: fontFamily, Size: 11, Bold: true}, Alignment: top}},
		{&s.header, excelize.Style{
			Font:      &excelize.Font{Family: fontFamily, Size: 11, Bold: true, Color: "FFFFFF"},
			Fill:      fill(colHeader),
			Border:    thin,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		}},
		{&s.headerLeft, excelize.Style{
			Font:      &excelize.Font{Family: fontFamily, Size: 11, Bold: true, Color: "FFFFFF"},
			Fill:      fill(colHeader),
			Border:    thin,
			Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true},
		}},
		{&s.band, excelize.Style{
			Font:      &excelize.Font{Family: fontFamily, Size: 11, Bold: true, Color: colHeader},
			Fill:      fill(colBand),
			Border:    thin,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"},
		}},
		{&s.cellTop, excelize.Style{Alignment: top}},
		{&s.cellWrap, excelize.Style{Alignment: wrapTop}},
		{&s.cellCenter, excelize.Style{Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}}},
		{&s.errText, excelize.Style{Font: &excelize.Font{Family: fontFamily, Size: 11, Color: colVagueFont}, Alignment: wrapTop}},
		{&s.wrap, excelize.Style{Alignment: wrapTop, Border: thin}},
		{&s.wrapVague, excelize.Style{Alignment: wrapTop, Border: thin, Fill: fill(colVague)}},
		{&s.gap, excelize.Style{
			Font:      &excelize.Font{Family: fontFamily, Size: 11, Italic: true, Color: colGrey},
			Fill:      fill(colGap),
			Border:    thin,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"},
		}},
		{&s.otherTheme, excelize.Style{
			Font:      &excelize.Font{Family: fontFamily, Size: 11, Italic: true, Color: colGrey},
			Border:    thin,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		}},
		{&s.vlNieuw, excelize.Style{Alignment: wrapTop, Border: thin, Fill: fill(colGood)}},
		{&s.vlGewijzigd, excelize.Style{Alignment: wrapTop, Border: thin, Fill: fill(colDoubt)}},
		{&s.vlVervallen, excelize.Style{Alignment: wrapTop, Border: thin, Fill: fill(colVague)}},
		{&s.vlGone, marked(&excelize.Font{Family: fontFamily, Size: 11, Italic: true, Color: colVagueFont}, fill(colVague), thin)},
		{&s.vlNieuwSample, marked(&excelize.Font{Family: fontFamily, Size: 11, Color: colGoodFont}, fill(colGood), thin)},
		{&s.vlGewijzigdSample, marked(&excelize.Font{Family: fontFamily, Size: 11, Color: colDoubtFont}, fill(colDoubt), thin)},
		{&s.vlCarried, marked(&excelize.Font{Family: fontFamily, Size: 11, Bold: true, Color: colCarriedFnt}, fill(colCarried), thin)},
		{&s.number, excelize.Style{Alignment: top}},
		{&s.percent, excelize.Style{NumFmt: numFmtPercent, Alignment: top}},
		{&s.totalText, excelize.Style{Font: &excelize.Font{Family: fontFamily, Size: 11, Bold: true}, Fill: fill(colTotal),
			Border: []excelize.Border{{Type: "top", Color: colGrey, Style: 1}}}},
		{&s.totalNumber, excelize.Style{Font: &excelize.Font{Family: fontFamily, Size: 11, Bold: true}, Fill: fill(colTotal),
			Border: []excelize.Border{{Type: "top", Color: colGrey, Style: 1}}}},
		{&s.totalPercent, excelize.Style{Font: &excelize.Font{Family: fontFamily, Size: 11, Bold: true}, Fill: fill(colTotal), NumFmt: numFmtPercent,
			Border: []excelize.Border{{Type: "top", Color: colGrey, Style: 1}}}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.st)
		if err != nil {
			return nil, err
		}
		*d.id = id
	}
	conds := []struct {
		id         *int
		fill, font string
	}{
		{&s.cfVague, colVague, colVagueFont},
		{&s.cfGood, colGood, colGoodFont},
		{&s.cfDoubt, colDoubt, colDoubtFont},
	}
	for _, c := range conds {
		id, err := f.NewConditionalStyle(&excelize.Style{
			Font: &excelize.Font{Color: c.font},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.fill}},
		})
		if err != nil {
			return nil, err
		}
		*c.id = id
	}
	id, err := f.NewConditionalStyle(&excelize.Style{
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colVague}},
	})
	if err != nil {
		return nil, err
	}
	s.cfVagueText = id
	return s, nil
}

// marked is the style of a short centred marker on a coloured cell: the
// sheet Verloop's "vervallen" year and its years doorgeschoven.
func marked(font *excelize.Font, fill excelize.Fill, border []excelize.Border) excelize.Style {
	return excelize.Style{Font: font, Fill: fill, Border: border,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top", WrapText: true}}
}
