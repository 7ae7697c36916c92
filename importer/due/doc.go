// Package due normalises deadlines ("termijn", "planning", "wanneer") as
// Dutch advisers write them in prestatieafspraken spreadsheets.
//
// Parse turns free text such as "uiterlijk 1 juli 2025", "2e kwartaal 2026",
// "voor de zomer 2025" or "2025 t/m 2027" into one sortable normal form;
// FromSerial does the same for Excel serial dates and FromYearMarks for a
// planning block with one column per year.
//
// # Normal forms
//
//	year        2025
//	half        2025-H1        (H1 = January-June, H2 = July-December)
//	quarter     2025-Q2
//	month       2025-07
//	date        2025-07-01
//	year range  2025/2027      (first year < last year)
//
// As a grammar:
//
//	due   = "" | year [ "-" part ] | year "/" year
//	part  = "Q" ( "1" … "4" ) | "H" ( "1" | "2" ) | month [ "-" day ]
//	year  = four digits
//	month = "01" … "12"
//	day   = "01" … "31" (a real day of that month)
//
// Years written in text are 2000–2099 only, so "artikel 3", "fase 2" and
// "1500 woningen" name no time. Dates that come from Excel serial numbers
// may fall outside that window (FromSerial accepts 1950–2150).
//
// # Reading rules
//
//   - Day-first is the Dutch default: 1-7-2025 is 1 July. Only when the
//     second number cannot be a month (12/31/2025) is the date read
//     month-first. An impossible date (31-2-2025) gives no time at all
//     rather than a guess.
//   - A two-digit year is 20yy, but only in a numeric date with '-' or '/'
//     (1-7-25), in Excel's display formats "jul-25" and "1-jul-25", or
//     after an apostrophe (Q2 '25). "1.7.25" looks too much like a version
//     number and "juli 25" like a day, so neither is read.
//   - A four-digit number is a year only when it stands on its own: not in
//     "wbr2025", "1.2025", "2025,50" or "€ 2025". "2025 woningen" cannot be
//     told from a year and is read as one.
//   - Words that qualify a moment without moving it ("uiterlijk", "eind",
//     "ultimo", "vóór", "in", "jaarschijf") are ignored: "vóór 1 januari
//     2026" is 2026-01-01 and "eind 2025" is 2025. "begin"/"start" directly
//     before a year is its first quarter, "voorjaar" and "voor de zomer" the
//     second, "zomer"/"medio" the third, "najaar" the fourth.
//   - A period without a year ("juni", "Q2") borrows the year of the next
//     expression when only connectors ("en", "of", "t/m", "-", "/", ",")
//     stand between them ("juni en juli 2025", "1 januari t/m 31 maart
//     2025"), failing that the year of the previous one ("2025 Q2-Q3",
//     "2025 (Q2)"). On its own it names no time: "Q2" gives "".
//   - Several expressions in different years give the range from the first
//     to the last year ("start bouw 2026, oplevering 2027" is 2026/2027).
//     Several expressions in one year give the most specific one when it
//     lies inside all the others ("Q2 2025, uiterlijk 30 juni 2025" is
//     2025-06-30), otherwise the smallest month, quarter, half or year that
//     holds them all ("mei en juni 2025" is 2025-Q2, "juni en juli 2025"
//     is 2025 because June and July share no quarter or half).
//   - A bare number of 20000–80000 (optionally with a decimal part, as in
//     "45838.0" or "45838,5") is an Excel serial date in the 1900 date
//     system, but only when it is the whole text: inside a sentence such a
//     number is far more likely an amount. Likewise a whole text "2025.0"
//     is a year that went through a float.
package due
