package compare

import "pakompas/compare/theme"

// Doubts counts, among the agreements of the gemeenten's current
// versions, what pakompas is unsure of: how many themes were placed from
// the text (no theme column or name placed them), and, of what the
// adviser has not settled with a verdict (Unsettled), how many themes
// placed from the text the scorer was unsure of and how many vague
// verdicts rest only on what is missing: what N in the UI lists. A UI
// says so once, so the adviser knows what to check first.
type Doubts struct {
	// FromText counts every theme placed from the text; ThemeUnsettled
	// and VagueUnsettled only what no verdict settled yet.
	FromText, ThemeUnsettled, VagueUnsettled int
}

// Doubts returns the counts with the adviser's verdicts as they stand.
func (e *Evaluation) Doubts() Doubts {
	var d Doubts
	superseded := e.an.Superseded()
	for i := range e.an.Agreements {
		if superseded(i) {
			continue
		}
		if e.an.Agreements[i].ThemeVia == theme.ViaText {
			d.FromText++
		}
		lessCertain, themeUnsure := e.Unsettled(i)
		if themeUnsure {
			d.ThemeUnsettled++
		}
		if lessCertain {
			d.VagueUnsettled++
		}
	}
	return d
}
