package due

// monthNumber returns the month a folded Dutch or English month name or
// abbreviation stands for, or 0.
func monthNumber(w string) int {
	switch w {
	case "januari", "jan", "january":
		return 1
	case "februari", "feb", "febr", "february":
		return 2
	case "maart", "mrt", "mar", "march":
		return 3
	case "april", "apr":
		return 4
	case "mei", "may":
		return 5
	case "juni", "jun", "june":
		return 6
	case "juli", "jul", "july":
		return 7
	case "augustus", "aug", "august":
		return 8
	case "september", "sep", "sept":
		return 9
	case "oktober", "okt", "oct", "october":
		return 10
	case "november", "nov":
		return 11
	case "december", "dec":
		return 12
	}
	return 0
}

// ordinalWord returns the number of a written-out ordinal ("tweede"), or 0.
func ordinalWord(w string) int {
	switch w {
	case "eerste", "first":
		return 1
	case "tweede", "second":
		return 2
	case "derde", "third":
		return 3
	case "vierde", "fourth":
		return 4
	}
	return 0
}

// isOrdinalSuffix reports whether w turns a digit into an ordinal: the
// "e" of "2e", "de" of "2de", "ste" of "1ste", and English "nd" etc.
func isOrdinalSuffix(w string) bool {
	switch w {
	case "e", "de", "ste", "st", "nd", "rd", "th":
		return true
	}
	return false
}

// isQuarterWord reports whether w means "quarter" after an ordinal
// ("2e kwartaal", "4e kw.") or before a number ("kwartaal 2").
func isQuarterWord(w string) bool {
	switch w {
	case "kwartaal", "kw", "kwart", "quarter", "qtr", "q":
		return true
	}
	return false
}

// isHalfWord reports whether w means "half year" after an ordinal
// ("1e helft", "2e halfjaar"). The two-word "half jaar" is handled by the
// caller.
func isHalfWord(w string) bool {
	switch w {
	case "helft", "halfjaar", "semester", "halfyear":
		return true
	}
	return false
}

// seasonQuarter returns the quarter a season word stands for before a year
// ("voorjaar 2026" is Q2), or 0. startLike is true for "begin" and "start",
// which only count when the year follows at once.
func seasonQuarter(w string) (q int, startLike bool) {
	switch w {
	case "begin", "start", "aanvang", "beginning", "early":
		return 1, true
	case "voorjaar", "lente", "spring":
		return 2, false
	case "zomer", "summer", "medio", "halverwege", "midden", "mid", "zomervakantie", "zomerreces":
		return 3, false
	case "najaar", "herfst", "autumn", "fall":
		return 4, false
	}
	return 0, false
}

// isSummerWord reports whether w completes "voor de zomer" (before summer,
// i.e. the second quarter).
func isSummerWord(w string) bool {
	switch w {
	case "zomer", "zomervakantie", "zomerreces", "summer":
		return true
	}
	return false
}

// isLinkWord reports whether w may stand between a period and its year:
// "helft van 2025", "Q2 in 2025".
func isLinkWord(w string) bool {
	switch w {
	case "van", "in", "of":
		return true
	}
	return false
}

// isConnectorWord reports whether w joins two periods into a list or range
// ("juni en juli 2025", "1 januari t/m 31 maart 2025"), so that the first
// may borrow the year of the second.
func isConnectorWord(w string) bool {
	switch w {
	case "en", "of", "t", "m", "tm", "tot", "met", "and", "or", "to", "through", "till", "until":
		return true
	}
	return false
}
