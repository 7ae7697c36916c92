package model

import "strings"

// LegacyID is the id agreement a had before ids held the year: its id
// without ":<year>" after the gemeente ("uithoorn:2025:2.3" →
// "uithoorn:2.3"); its own id when it has no year. Within one year ids
// are assigned as they were for that year's files on their own, so this
// is the id an evaluation file written before years knew it by.
func LegacyID(a *Agreement) string {
	if a.Year == "" {
		return a.ID
	}
	slug, rest, ok := strings.Cut(a.ID, ":")
	if !ok {
		return a.ID
	}
	if rest, ok = strings.CutPrefix(rest, a.Year+":"); !ok {
		return a.ID
	}
	return slug + ":" + rest
}
