package compare

import "pakompas/compare/theme"

// Doubts counts, among the agreements of the gemeenten's current
// versions, what pakompas is unsure of: how many themes were placed from
// the text (no theme column or name placed them), how many of those the
// scorer was unsure of (Agreement.ThemeUnsure), and how many vague
// verdicts rest only on what is missing (Agreement.LessCertain). A UI
// says so once, so the adviser knows what to check first.
type Doubts struct {
	FromText, ThemeUnsure, LessCertain int
}

// Doubts returns the counts of an.
func (an *Analysis) Doubts() Doubts {
	var d Doubts
	superseded := an.Superseded()
	for i := range an.Agreements {
		a := &an.Agreements[i]
		if superseded(i) {
			continue
		}
		if a.ThemeVia == theme.ViaText {
			d.FromText++
		}
		if a.ThemeUnsure {
			d.ThemeUnsure++
		}
		if a.LessCertain {
			d.LessCertain++
		}
	}
	return d
}
