package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"pakompas/compare"
	"pakompas/compare/printable"
	"pakompas/importer/model"
)

// Widths of the Verloop table: the cursor mark, the doorgeschoven mark
// ("↻2 "), the separator between years, the state mark of a cell, and
// the status in a cell (left out below vlStatusFrom cells).
const (
	vlLeadW, vlCarryW, vlSepW, vlMarkW = 2, 3, 3, 2
	vlStatusW, vlStatusFrom            = 13, 40
)

// View shows the gemeente and its counts, the legend, the filter line,
// the table of the rows on view and, under a rule, the cursor row's texts
// year by year.
func (v *verloopScreen) View() string {
	if v.sess == nil || v.an == nil {
		return ""
	}
	s := v.styles
	if len(v.an.Verloop) == 0 {
		return indented(s.Warn.Render("Geen gemeente heeft meer dan één jaarschijf geladen."), v.w, 2)
	}
	var b strings.Builder
	b.WriteString(v.titleLine() + "\n" + v.legend() + "\n" + v.filterLine() + "\n" + v.header() + "\n")
	for p := v.top; p < min(len(v.shown), v.top+v.page); p++ {
		b.WriteString(v.row(p) + "\n")
	}
	for p := len(v.shown) - v.top; p < v.page; p++ {
		b.WriteString("\n")
	}
	b.WriteString(s.Dim.Render(strings.Repeat("─", v.w)) + "\n")
	b.WriteString(v.pane())
	return b.String()
}

// titleLine names the gemeente, its years and which of the gemeenten with
// several years it is.
func (v *verloopScreen) titleLine() string {
	s := v.styles
	line := s.Header.Render(printable.String(v.sum.Gemeente)) + s.Dim.Render(" · "+printable.String(strings.Join(v.yearNames(), " → ")))
	if n := len(v.an.Verloop); n > 1 {
		line += s.Dim.Render(fmt.Sprintf(" · gemeente %d van %d (←/→)", v.g+1, n))
	}
	return truncate(line, v.w)
}

// yearNames are the years as the columns name them.
func (v *verloopScreen) yearNames() []string {
	out := make([]string, len(v.sum.Years))
	for k, y := range v.sum.Years {
		out[k] = model.YearName(y)
	}
	return out
}

// legend gives each state's mark, word and count, and how many of the
// gewijzigd ones only moved their years on; a state being filtered on
// stands out. Where it does not fit, the separators shrink first, then
// the note on the years ("(3 alleen jaartal)", "(3 jaartal)", none), so
// that every count shows.
func (v *verloopScreen) legend() string {
	s := v.styles
	counts := []int{v.sum.Nieuw, v.sum.Gewijzigd, v.sum.Ongewijzigd, v.sum.Vervallen, v.sum.Doorgeschoven}
	notes := []string{""}
	if n := v.sum.YearsOnly; n > 0 {
		notes = []string{fmt.Sprintf(" (%d alleen jaartal)", n), fmt.Sprintf(" (%d jaartal)", n), ""}
	}
	var line string
	for _, note := range notes {
		parts := make([]string, len(vlStates))
		for i, st := range vlStates {
			txt := fmt.Sprintf("%s %s %d", st.mark, st.word, counts[i])
			if st.state == vlGewijzigd {
				txt += note
			}
			parts[i] = v.stateStyle(st.state).Render(txt)
			if v.filter&st.state != 0 {
				parts[i] = s.Selected.Render(txt)
			}
		}
		for _, sep := range []string{s.Dim.Render(" · "), "  "} {
			if line = strings.Join(parts, sep); ansi.StringWidth(line) <= v.w {
				return line
			}
		}
	}
	return truncate(line, v.w)
}

// stateStyle colours a state's mark and word.
func (v *verloopScreen) stateStyle(st vlState) lipgloss.Style {
	s := v.styles
	switch st {
	case vlNieuw:
		return s.VerloopNew
	case vlVervallen:
		return s.VerloopGone
	case vlDoorgeschoven:
		return s.VerloopCarried
	}
	return s.Dim
}

// filterLine counts the rows shown and names the filter, as the
// Afspraken list does.
func (v *verloopScreen) filterLine() string {
	s := v.styles
	parts := []string{s.Dim.Render(fmt.Sprintf("%d van %d afspraken", len(v.shown), len(v.rows)))}
	if v.filter != 0 {
		var on []string
		for _, st := range vlStates {
			if v.filter&st.state != 0 {
				on = append(on, st.word)
			}
		}
		parts = append(parts, s.Warn.Render("alleen "+strings.Join(on, " of ")),
			s.Dim.Render(v.keys.ClearFilters.Help().Key+" wist filters"))
	}
	line := strings.Join(parts, s.Dim.Render(" · "))
	// The filter keys, named when there is room.
	keys := v.stateKeys()
	long, short := make([]string, len(keys)), make([]string, len(keys))
	for i, b := range keys {
		long[i] = s.HelpKey.Render(b.Help().Key) + s.Dim.Render(" "+vlStates[i].word)
		short[i] = s.HelpKey.Render(b.Help().Key)
	}
	for _, ks := range [][]string{long, short} {
		if l := line + s.Dim.Render(" · filter: ") + strings.Join(ks, s.Dim.Render(", ")); ansi.StringWidth(l) <= v.w {
			return l
		}
	}
	return truncate(line, v.w)
}

// cellW is the width of a year's column.
func (v *verloopScreen) cellW() int {
	n := max(1, len(v.sum.Years))
	return max(12, (v.w-vlLeadW-vlCarryW-(n-1)*vlSepW)/n)
}

// numberW is the width of the number in a cell: the gemeente's longest,
// a space, at most 7 (counted when the gemeente is shown).
func (v *verloopScreen) numberW() int { return v.nrW }

// countNumberW counts numberW over the rows.
func (v *verloopScreen) countNumberW() int {
	w := 2
	for _, r := range v.rows {
		for _, i := range r.cells {
			if i >= 0 {
				w = max(w, ansi.StringWidth(printable.String(v.an.Agreements[i].Number))+1)
			}
		}
	}
	return min(7, w)
}

// header names the year columns with the number of agreements in each.
func (v *verloopScreen) header() string {
	s := v.styles
	per := make([]int, len(v.sum.Years))
	for _, r := range v.rows {
		for k, i := range r.cells {
			if i >= 0 {
				per[k]++
			}
		}
	}
	cw := v.cellW()
	cols := make([]string, len(v.sum.Years))
	for k, y := range v.yearNames() {
		cols[k] = pad(fmt.Sprintf("%s (%d)", y, per[k]), cw)
	}
	line := strings.Repeat(" ", vlLeadW+vlCarryW) + strings.Join(cols, " │ ")
	return s.Header.Render(truncate(line, v.w))
}

// row renders shown row p: the cursor, the doorgeschoven mark and a cell
// per year.
func (v *verloopScreen) row(p int) string {
	s := v.styles
	r := v.rows[v.shown[p]]
	lead, carry := "  ", strings.Repeat(" ", vlCarryW)
	if r.carried > 0 {
		carry = s.VerloopCarried.Render(pad(fmt.Sprintf("↻%d", r.carried), vlCarryW))
	}
	cells := make([]string, len(r.cells))
	for k := range r.cells {
		cells[k] = v.cell(r, k)
	}
	line := carry + strings.Join(cells, s.Dim.Render(" │ "))
	if p == v.cursor {
		return s.Selected.Render(cursorMark) + line
	}
	return lead + line
}

// cell renders year k of row r on one line: the state mark, the number,
// the text with its changed words highlighted, and the status when there
// is room; "·" where the agreement is absent that year.
func (v *verloopScreen) cell(r vlRow, k int) string {
	s := v.styles
	cw := v.cellW()
	i := r.cells[k]
	if i < 0 {
		return s.Dim.Render(pad("·", cw))
	}
	a := &v.an.Agreements[i]
	mark := markOf(a.Change)
	head := v.stateStyle(stateOf(a.Change)).Render(pad(mark, vlMarkW)) + pad(printable.String(a.Number), v.numberW())
	statusW := 0
	if cw >= vlStatusFrom {
		statusW = vlStatusW
	}
	textW := max(1, cw-vlMarkW-v.numberW()-statusW)
	text := pad(strings.ReplaceAll(v.changed(r, k, s.Highlight.Render), "\n", " "), textW)
	if statusW > 0 {
		text += " " + v.statusText(a, statusW-1)
	}
	return head + text
}

// statusText is agreement a's status in w cells, dim when unknown.
func (v *verloopScreen) statusText(a *compare.Agreement, w int) string {
	if a.Status == "" {
		return v.styles.Dim.Render(pad("–", w))
	}
	return pad(a.StatusNorm.Label(), w)
}

// changed is the text of year k of row r with the words that changed
// rendered by hl: those added against the year before (ChangeSpans) and
// those removed in the year after (the next year's PreviousSpans).
func (v *verloopScreen) changed(r vlRow, k int, hl func(...string) string) string {
	a := &v.an.Agreements[r.cells[k]]
	spans := append([][2]int(nil), a.ChangeSpans...)
	if k+1 < len(r.cells) && r.cells[k+1] >= 0 {
		spans = append(spans, v.an.Agreements[r.cells[k+1]].PreviousSpans...)
	}
	return printableSpans(a.Text, mergeSpans(spans), hl)
}

// pane shows the cursor row year by year side by side: year, number,
// status and theme on a line, the whole text with the changed words highlighted,
// then what changed and whether it was carried over.
func (v *verloopScreen) pane() string {
	if len(v.shown) == 0 {
		return indented(v.styles.Warn.Render("Geen afspraken met dit filter; "+v.keys.ClearFilters.Help().Key+" wist filters."), v.w, 2)
	}
	s := v.styles
	r := v.rows[v.shown[v.cursor]]
	cw := v.cellW()
	cols := make([]string, 0, 2*len(r.cells))
	names := v.yearNames()
	for k, i := range r.cells {
		if k > 0 {
			cols = append(cols, s.Dim.Render(" │ "))
		}
		if i < 0 {
			cols = append(cols, s.Dim.Render(pad(names[k]+": niet in dit jaar", cw)))
			continue
		}
		a := &v.an.Agreements[i]
		head := s.Label.Render(printable.String(fmt.Sprintf("%s · %s · %s", names[k], orDash(a.Number), a.StatusNorm.Label()))) +
			s.Dim.Render(" · "+printable.String(a.ThemeLabel))
		body := ansi.Wordwrap(v.changed(r, k, s.Highlight.Render), cw, "")
		cols = append(cols, lipgloss.NewStyle().Width(cw).Render(truncate(head, cw)+"\n"+body))
	}
	// The separators run down the whole block.
	height := 0
	for _, c := range cols {
		height = max(height, lipgloss.Height(c))
	}
	for k := range cols {
		if k%2 == 1 {
			cols[k] = strings.TrimSuffix(strings.Repeat(cols[k]+"\n", height), "\n")
		}
	}
	block := lipgloss.JoinHorizontal(lipgloss.Top, cols...)
	lines := strings.Split(block, "\n")
	if about := v.about(r); about != "" {
		lines = append(strings.Split(ansi.Wordwrap(about, v.w, ""), "\n"), lines...)
	}
	if len(lines) > v.paneH {
		lines = append(lines[:v.paneH-1], s.Dim.Render("… (enter opent de afspraak)"))
	}
	return strings.Join(lines, "\n")
}

// about says in one line what happened to the row's agreement: the
// state of its latest year, the years carried over, and the edits.
func (v *verloopScreen) about(r vlRow) string {
	s := v.styles
	a := &v.an.Agreements[r.last()]
	var parts []string
	if a.Change != "" {
		state := string(a.Change)
		if a.YearsOnly {
			state += " (alleen de jaartallen)"
		}
		parts = append(parts, v.stateStyle(stateOf(a.Change)).Render(state))
	}
	if r.carried > 0 {
		years := "jaar"
		if r.carried > 1 {
			years = "jaar op rij"
		}
		parts = append(parts, s.VerloopCarried.Render(fmt.Sprintf("doorgeschoven %d %s (status ervoor: %s)", r.carried, years, a.PreviousStatus.Label())))
	}
	for _, e := range a.Edits {
		parts = append(parts, printable.String(fmt.Sprintf("%q → %q", e.Old, e.New)))
	}
	return strings.Join(parts, s.Dim.Render(" · "))
}

// printableSpans renders text with the byte spans in hl (renderSpans),
// each piece made printable (the spans index the text as read, before the
// stripping).
func printableSpans(text string, spans [][2]int, hl func(...string) string) string {
	plain := func(s ...string) string { return printable.String(strings.Join(s, "")) }
	return renderSpans(text, spans, plain, func(s ...string) string { return hl(plain(s...)) })
}
