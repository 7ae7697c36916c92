package main

import (
	"io"
	"strings"
	"unicode/utf8"

	"pakompas/compare"
	"pakompas/compare/kompas"
)

// writeKompas prints the kompas scan (check --kompas): per gemeente a
// table of the indicators, each with its group, figure, level as a mark
// and a word (✓ groen, ! oranje, ✗ rood, · geen oordeel: it reads without
// colour) and the reason with the thresholds, then the sentence naming
// the two weakest; last the gemeenten with a red indicator, the basis of
// the vague count and where the thresholds come from. It returns whether
// any indicator is red.
func writeKompas(w io.Writer, an *compare.Analysis, r *kompas.Result, basis string) (bool, error) {
	ew := &lineWriter{w: w}
	groupW, labelW, textW, levelW := 0, 0, 0, 0
	for _, ind := range r.Indicators {
		groupW = max(groupW, utf8.RuneCountInString(ind.Group))
		labelW = max(labelW, utf8.RuneCountInString(ind.Label))
	}
	for g := range r.Gemeenten {
		for _, s := range r.Scores[g] {
			textW = max(textW, utf8.RuneCountInString(s.Text))
			levelW = max(levelW, utf8.RuneCountInString(levelText(s.Level)))
		}
	}
	var red []string
	for g, name := range r.Gemeenten {
		ew.printf("%s (%s)\n", name, plural(r.Score(g, kompas.KeyAgreements).Count, "afspraak", "afspraken"))
		var redHere []string
		for k, ind := range r.Indicators {
			s := r.Scores[g][k]
			group := ""
			if k == 0 || r.Indicators[k-1].Group != ind.Group {
				group = ind.Group
			}
			ew.printf("  %-*s  %-*s  %*s  %-*s  %s\n", groupW, group, labelW, ind.Label, textW, s.Text, levelW, levelText(s.Level), s.Reason)
			if s.Level == kompas.Red {
				redHere = append(redHere, ind.Label)
			}
		}
		ew.printf("  Zwakste punten: %s.\n\n", r.Weakness(g))
		if len(redHere) > 0 {
			red = append(red, name+" ("+strings.Join(redHere, ", ")+")")
		}
	}
	ew.printf("Kompasscan van %s", plural(len(r.Gemeenten), "gemeente", "gemeenten"))
	if sel := an.Report.Selection; sel != nil {
		ew.printf(" (alleen %s)", strings.Join(sel, ", "))
	}
	if len(red) == 0 {
		ew.printf(": geen indicator rood\n")
	} else {
		ew.printf(": rood bij %s\n", strings.Join(red, "; "))
	}
	ew.printf("%s\n%s\n", basis, thresholdsOrigin(r.Thresholds))
	return len(red) > 0, ew.err
}

// levelText is a level as a mark and a word: "✗ rood".
func levelText(l kompas.Level) string { return l.Mark() + " " + l.Word() }

// thresholdsOrigin says where the thresholds of the scan come from.
func thresholdsOrigin(th compare.Thresholds) string {
	if th == compare.DefaultThresholds() {
		return "drempels: de standaardwaarden (aan te passen onder [kompas] in " + compare.DefaultConfigFile + ")"
	}
	return "drempels: aangepast in de instellingen ([kompas])"
}
