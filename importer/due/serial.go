package due

import (
	"math"

	"github.com/xuri/excelize/v2"
)

// Years FromSerial accepts; anything else is more likely a number that is
// not a date at all.
const (
	minSerialYear = 1950
	maxSerialYear = 2150
)

// FromSerial returns the date (yyyy-mm-dd) of the Excel serial date v, in
// the 1904 date system when date1904 is set (the workbook's setting). A
// time part is ignored: 45839.75 is still 2025-07-01. The boolean is false
// for dates outside 1950–2150 and for values that are no number (NaN).
func FromSerial(v float64, date1904 bool) (string, bool) {
	y, m, d, ok := serialDate(v, date1904)
	if !ok {
		return "", false
	}
	return formatDate(y, m, d), true
}

// serialDate converts an Excel serial date with excelize.
func serialDate(v float64, date1904 bool) (y, m, d int, ok bool) {
	// Guard before converting: NaN, infinities and huge values would
	// overflow excelize's day arithmetic. 200000 is far beyond 2150.
	if math.IsNaN(v) || v < 0 || v > 200000 {
		return 0, 0, 0, false
	}
	t, err := excelize.ExcelDateToTime(v, date1904)
	if err != nil {
		return 0, 0, 0, false
	}
	y, mon, d := t.Date()
	if y < minSerialYear || y > maxSerialYear {
		return 0, 0, 0, false
	}
	return y, int(mon), d, true
}
