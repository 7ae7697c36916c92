package model

// UnknownYear is how the screens, the commands and the workbook name the
// version of a gemeente that no file gave a year ("" as a jaarschijf).
const UnknownYear = "jaar onbekend"

// YearName is a jaarschijf as the adviser reads it: the year or period,
// or UnknownYear.
func YearName(y string) string {
	if y == "" {
		return UnknownYear
	}
	return y
}
