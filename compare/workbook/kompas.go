package workbook

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"pakompas/compare"
	"pakompas/compare/kompas"
)

// sheetKompas is the sheet of the indicators per gemeente, right after
// Samenvatting.
const sheetKompas = "Kompasscan"

// The layout of Kompasscan: a title and legend, then the indicator table
// with its header on kompasHeaderRow: column A the group (merged over its
// indicators), B the indicator, C its thresholds, from D on one column
// per gemeente. It prints like a theme sheet: up to gapsAlways gemeenten
// one page wide, more gemeentenPerPage to a page with A:C repeated.
const (
	kompasHeaderRow = 3
	kompasColGroup  = 1
	kompasColLabel  = 2
	kompasColLimits = 3
	kompasFirstGem  = 4
	kompasWGroup    = 15.0
	kompasWLabel    = 24.0
	kompasWLimits   = 19.0
	kompasWGemMin   = 14.0
	kompasWGemMax   = 22.0
	// kompasChartMax is the most gemeenten the chart compares: three bars
	// each, beyond it the chart no longer reads (the figures are in the
	// rows under the sentences).
	kompasChartMax = 40
)

// kompasChartRows are the indicators the chart compares, each a row of
// figures under the sentences, and the colour of its bars (dark red,
// light green, dark blue: apart in grey print too).
var kompasChartRows = []struct {
	key    kompas.Key
	label  string
	colour string
}{
	{kompas.KeyVague, "Vaag", "C0504D"},
	{kompas.KeyResult, "Resultaat", "9BBB59"},
	{kompas.KeyRegular, "Regulier werk", "1F4E78"},
}

// kompasStyles are the styles of Kompasscan's cells: one per level, so
// the colour repeats what the word in the cell says.
type kompasStyles struct {
	level       [kompas.Red + 1]int
	group, text int
}

func newKompasStyles(f *excelize.File) (*kompasStyles, error) {
	thin := []excelize.Border{
		{Type: "left", Color: colBorder, Style: 1}, {Type: "right", Color: colBorder, Style: 1},
		{Type: "top", Color: colBorder, Style: 1}, {Type: "bottom", Color: colBorder, Style: 1},
	}
	centre := &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	level := func(fill, font string, bold, italic bool) excelize.Style {
		st := excelize.Style{Font: &excelize.Font{Family: fontFamily, Size: 11, Color: font, Bold: bold, Italic: italic},
			Border: thin, Alignment: centre}
		if fill != "" {
			st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fill}}
		}
		return st
	}
	s := &kompasStyles{}
	defs := []struct {
		id *int
		st excelize.Style
	}{
		{&s.level[kompas.None], level("", colGrey, false, true)},
		{&s.level[kompas.Green], level(colGood, colGoodFont, false, false)},
		{&s.level[kompas.Amber], level(colDoubt, colDoubtFont, false, false)},
		// Red is bold too: printed in grey the fills look alike.
		{&s.level[kompas.Red], level(colVague, colVagueFont, true, false)},
		{&s.group, excelize.Style{Font: &excelize.Font{Family: fontFamily, Size: 11, Bold: true, Color: colHeader},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colBand}}, Border: thin,
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&s.text, excelize.Style{Border: thin, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.st)
		if err != nil {
			return nil, err
		}
		*d.id = id
	}
	return s, nil
}

// kompasCell is what a cell of the indicator table says: the figure and
// the level in words ("45% (rood)"), so the table reads without colour;
// "geen oordeel" where nothing was judged.
func kompasCell(s kompas.Score) string {
	if s.Level == kompas.None && (s.Text == "" || s.Text == "·") {
		return s.Level.Word()
	}
	return s.Text + " (" + s.Level.Word() + ")"
}

// kompasWriter writes Kompasscan.
type kompasWriter struct {
	l    *sheetList
	ks   *kompasStyles
	in   *Input
	r    *kompas.Result
	ng   int
	w    float64 // width of a gemeente column
	span int     // columns the headings and sentences are merged over
}

// writeKompas writes Kompasscan (Input.Kompas): the indicator table, one
// sentence per gemeente naming its two weakest indicators, the thresholds,
// and a chart of the shares vague, resultaat and regular work per
// gemeente with its figures. Normal mode: the sheet is small (13 rows of
// indicators) and AddChart needs it.
func writeKompas(f *excelize.File, st *styles, in *Input) error {
	r := in.Kompas
	ks, err := newKompasStyles(f)
	if err != nil {
		return err
	}
	ng := len(r.Gemeenten)
	w := min(max(float64(int((themePrintWidth-kompasWGroup-kompasWLabel-kompasWLimits)/float64(min(max(ng, 1), gemeentenPerPage)))),
		kompasWGemMin), kompasWGemMax)
	fixed := kompasWGroup + kompasWLabel + kompasWLimits
	span := kompasFirstGem - 1 + ng
	if themePages(ng) > 1 {
		span = kompasFirstGem - 1 + min(ng, int((pageWidth-fixed)/w))
	}
	k := &kompasWriter{l: &sheetList{f: f, st: st, sheet: sheetKompas, row: 1}, ks: ks, in: in, r: r, ng: ng, w: w, span: span}
	widths := []struct {
		from, to int
		w        float64
	}{{kompasColGroup, kompasColGroup, kompasWGroup}, {kompasColLabel, kompasColLabel, kompasWLabel},
		{kompasColLimits, kompasColLimits, kompasWLimits}, {kompasFirstGem, kompasFirstGem + ng - 1, w}}
	for _, c := range widths {
		if c.to < c.from {
			continue
		}
		if err := f.SetColWidth(sheetKompas, colName(c.from), colName(c.to), c.w); err != nil {
			return err
		}
	}
	legend := "Per gemeente het cijfer en het oordeel: groen (in orde), oranje (aandacht), rood (werk aan de winkel), " +
		"naar de drempels in de kolom Drempels. Bij vaag gaat het oordeel van de adviseur voor. De afspraken achter een " +
		"cijfer staan op het blad " + sheetAll + " (filter op gemeente, Vaag, Type, Rol, Status of Regulier werk)."
	if err := k.merged(st.titleWrap, "Kompasscan: de afspraken per gemeente als geheel", titleHeight, 1.3); err != nil {
		return err
	}
	if err := k.merged(st.subtitleWrap, legend, lineHeight, 1); err != nil {
		return err
	}
	if err := k.table(); err != nil {
		return err
	}
	// The table fills the first page; the sentences, thresholds and chart
	// start on the next rather than leaving their heading at its foot.
	k.l.row++
	if err := f.InsertPageBreak(sheetKompas, cell(1, k.l.row)); err != nil {
		return err
	}
	if err := k.sentences(); err != nil {
		return err
	}
	k.l.row++
	if err := k.thresholds(); err != nil {
		return err
	}
	k.l.row++
	if err := k.chart(); err != nil {
		return err
	}
	if err := f.SetPanes(sheetKompas, &excelize.Panes{
		Freeze: true, XSplit: kompasFirstGem - 1, YSplit: kompasHeaderRow, TopLeftCell: cell(kompasFirstGem, kompasHeaderRow+1),
		ActivePane: "bottomRight",
		Selection:  []excelize.Selection{{SQRef: cell(kompasFirstGem, kompasHeaderRow+1), ActiveCell: cell(kompasFirstGem, kompasHeaderRow+1), Pane: "bottomRight"}},
	}); err != nil {
		return err
	}
	if err := setUsedRange(f, sheetKompas, kompasFirstGem-1+ng, k.l.last); err != nil {
		return err
	}
	return printSetup(f, sheetKompas, themePages(ng), fmt.Sprintf("$%d:$%d", kompasHeaderRow, kompasHeaderRow), "$A:$C")
}

// spanWidth is the width of the columns the headings are merged over.
func (k *kompasWriter) spanWidth() float64 {
	return kompasWGroup + kompasWLabel + kompasWLimits + float64(k.span-kompasFirstGem+1)*k.w
}

// merged writes text on its own row, merged over the span and as high as
// its wrapped lines (of perLine points; letters widen times as wide as
// the body text's).
func (k *kompasWriter) merged(style int, text string, perLine, widen float64) error {
	l := k.l
	if err := l.set(1, text, style); err != nil {
		return err
	}
	if k.span > 1 {
		if err := l.f.MergeCell(sheetKompas, cell(1, l.row), cell(k.span, l.row)); err != nil {
			return err
		}
	}
	lines := wrappedLines(text, k.spanWidth()/widen)
	if err := l.f.SetRowHeight(sheetKompas, l.row, max(perLine, float64(lines)*perLine+2)); err != nil {
		return err
	}
	l.row++
	return nil
}

// table writes the header and one row per indicator, the group merged
// over its indicators.
func (k *kompasWriter) table() error {
	l, st := k.l, k.l.st
	l.row = kompasHeaderRow
	for i, h := range []string{"Groep", "Indicator", "Drempels"} {
		if err := l.set(i+1, h, st.headerLeft); err != nil {
			return err
		}
	}
	headerLines := 1
	for g, name := range k.r.Gemeenten {
		if err := l.set(kompasFirstGem+g, name, st.header); err != nil {
			return err
		}
		headerLines = max(headerLines, wrappedLines(name, k.w-2))
	}
	if err := l.f.SetRowHeight(sheetKompas, l.row, max(20, heightFor(headerLines))); err != nil {
		return err
	}
	l.row++
	groupStart := l.row
	for i, ind := range k.r.Indicators {
		if i == 0 || ind.Group != k.r.Indicators[i-1].Group {
			if err := k.closeGroup(groupStart); err != nil {
				return err
			}
			groupStart = l.row
			if err := l.set(kompasColGroup, ind.Group, k.ks.group); err != nil {
				return err
			}
		}
		lines := max(wrappedLines(ind.Label, kompasWLabel), wrappedLines(ind.Limits(), kompasWLimits))
		if err := l.set(kompasColLabel, ind.Label, k.ks.text); err != nil {
			return err
		}
		if err := l.set(kompasColLimits, ind.Limits(), k.ks.text); err != nil {
			return err
		}
		for g := range k.ng {
			s := k.r.Scores[g][i]
			text := kompasCell(s)
			if err := l.set(kompasFirstGem+g, text, k.ks.level[s.Level]); err != nil {
				return err
			}
			lines = max(lines, wrappedLines(text, k.w))
		}
		if err := l.f.SetRowHeight(sheetKompas, l.row, max(lineHeight+3, heightFor(lines))); err != nil {
			return err
		}
		l.row++
	}
	return k.closeGroup(groupStart)
}

// closeGroup merges the group cell from row start down to the row before
// the current one.
func (k *kompasWriter) closeGroup(start int) error {
	end := k.l.row - 1
	if end <= start {
		return nil
	}
	for r := start + 1; r <= end; r++ { // the merged cells keep the border
		if err := k.l.f.SetCellStyle(sheetKompas, cell(kompasColGroup, r), cell(kompasColGroup, r), k.ks.group); err != nil {
			return err
		}
	}
	return k.l.f.MergeCell(sheetKompas, cell(kompasColGroup, start), cell(kompasColGroup, end))
}

// sentences writes one sentence per gemeente naming its two weakest
// indicators (kompas.Result.Sentence).
func (k *kompasWriter) sentences() error {
	lines := make([]string, k.ng)
	for g := range k.ng {
		lines[g] = k.r.Sentence(g)
	}
	return k.section("Zwakste punten per gemeente", lines)
}

// thresholds says whether the thresholds are pakompas's defaults or the
// adviser's, and the one threshold the table has no row for.
func (k *kompasWriter) thresholds() error {
	th := k.r.Thresholds
	origin := "De drempels in de kolom Drempels zijn de standaardwaarden van pakompas."
	if th != compare.DefaultThresholds() {
		origin = "De drempels in de kolom Drempels zijn door de adviseur ingesteld."
		if !k.in.external() {
			origin = "De drempels in de kolom Drempels zijn aangepast in de instellingen ([kompas] in " + compare.DefaultConfigFile + ")."
		}
	}
	mixed := fmt.Sprintf("Gemengd: een thema telt als gemengd als het zowel inspannings- als resultaatafspraken heeft "+
		"en de kleinste van de twee minstens %s%% ervan is.", dutchNumber(th.MixShare))
	return k.section("Drempels", []string{origin, mixed})
}

// section writes a heading and under it each line on its own row,
// merged over the span and wrapped.
func (k *kompasWriter) section(heading string, lines []string) error {
	if err := k.l.title(heading, k.l.st.section); err != nil {
		return err
	}
	for _, line := range lines {
		if err := k.merged(k.l.st.cellWrap, line, lineHeight, 1); err != nil {
			return err
		}
	}
	return nil
}

// chart writes the figures of kompasChartRows, one row each under the
// gemeente columns (numbers, so they chart and sort), and a bar chart
// comparing the gemeenten on them; with more than kompasChartMax
// gemeenten only the figures.
func (k *kompasWriter) chart() error {
	l := k.l
	if err := l.title("Vaag, resultaat en regulier werk per gemeente", l.st.section); err != nil {
		return err
	}
	first := l.row
	for _, c := range kompasChartRows {
		if err := l.set(kompasColLabel, c.label, l.st.label); err != nil {
			return err
		}
		if err := l.set(kompasColLimits, "aandeel", l.st.cellTop); err != nil {
			return err
		}
		i := k.r.Index(c.key)
		for g := range k.ng {
			s := k.r.Scores[g][i]
			var v any
			if s.Of > 0 {
				v = s.Value / 100
			}
			if err := l.set(kompasFirstGem+g, v, l.st.percent); err != nil {
				return err
			}
		}
		l.row++
	}
	if k.ng == 0 {
		return nil
	}
	l.row++
	if k.ng > kompasChartMax {
		return l.title(fmt.Sprintf("Geen grafiek: bij meer dan %d gemeenten is een staaf per gemeente niet meer te lezen; "+
			"de cijfers staan hierboven.", kompasChartMax), l.st.subtitle)
	}
	lastGem := kompasFirstGem + k.ng - 1
	var series []excelize.ChartSeries
	for i, c := range kompasChartRows {
		row := first + i
		series = append(series, excelize.ChartSeries{
			Name:       absRange(sheetKompas, kompasColLabel, row, kompasColLabel, row),
			Categories: absRange(sheetKompas, kompasFirstGem, kompasHeaderRow, lastGem, kompasHeaderRow),
			Values:     absRange(sheetKompas, kompasFirstGem, row, lastGem, row),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.colour}},
		})
	}
	yes, no := true, false
	axisFont := excelize.Font{Family: fontFamily, Color: "404040", Size: 9}
	minZero, maxOne := 0.0, 1.0
	return l.f.AddChart(sheetKompas, cell(1, l.row), &excelize.Chart{
		Type:       excelize.Bar,
		VaryColors: &no,
		Series:     series,
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Kompasscan: aandeel vaag, resultaat en regulier werk per gemeente"}}},
		Legend:     excelize.ChartLegend{Position: "bottom"},
		Dimension:  excelize.ChartDimension{Width: 720, Height: uint(max(320, 110+45*k.ng))},
		XAxis:      excelize.ChartAxis{ReverseOrder: true, Font: axisFont},
		YAxis: excelize.ChartAxis{MajorGridLines: true, Minimum: &minZero, Maximum: &maxOne, Font: axisFont,
			NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}},
		PlotArea: excelize.ChartPlotArea{ShowVal: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}},
		Format:   excelize.GraphicOptions{AltText: "Staafdiagram: aandeel vaag, resultaat en regulier werk per gemeente", PrintObject: &yes},
	})
}

// dutchNumber writes a number with a decimal comma: "25", "12,5".
func dutchNumber(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}
