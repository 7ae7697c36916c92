package main

import (
	"slices"
	"strings"

	"pakompas/compare"
	"pakompas/importer/model"
)

// writeCarried prints, per gemeente with more than one year loaded and
// agreements carried over without being done, an info block: the rule
// "doorgeschoven" with the years, and per carried agreement (at its last
// year) its place, how many years and which, its status now and text.
func writeCarried(ew *lineWriter, an *compare.Analysis) {
	// The chain ends per gemeente, found in one pass over the agreements.
	ends := map[string][]int{}
	for i := range an.Agreements {
		if an.EndsCarried(i) {
			ends[an.Agreements[i].Gemeente] = append(ends[an.Agreements[i].Gemeente], i)
		}
	}
	for _, sum := range an.Verloop {
		if sum.Doorgeschoven == 0 {
			continue
		}
		ew.printf("%s: info doorgeschoven (%s): %s\n", sum.Gemeente, yearsText(sum.Years),
			plural(sum.Doorgeschoven, "afspraak", "afspraken")+" jaar na jaar terug zonder gereed")
		for _, i := range ends[sum.Gemeente] {
			a := &an.Agreements[i]
			ew.printf("  %s  %s  doorgeschoven %d× (%s, status nu: %s)  %s\n", location(*a), a.Gemeente,
				a.CarriedYears, yearsText(chainYears(an, i)), a.StatusNorm.Label(), shorten(a.Text, 70))
		}
		ew.printf("\n")
	}
}

// chainYears are the years of a carried agreement's chain up to it,
// oldest first: the CarriedYears versions before it and its own.
func chainYears(an *compare.Analysis, i int) []string {
	chain := an.Chain(i)
	end := slices.Index(chain, i)
	chain = chain[max(0, end-an.Agreements[i].CarriedYears) : end+1]
	years := make([]string, len(chain))
	for k, j := range chain {
		years[k] = an.Agreements[j].Year
	}
	return years
}

// yearsText is "2024 → 2025 → 2026", the version without a year by
// model.YearName.
func yearsText(years []string) string {
	out := make([]string, len(years))
	for i, y := range years {
		out[i] = model.YearName(y)
	}
	return strings.Join(out, " → ")
}
