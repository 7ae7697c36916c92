package ods

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// excelEpoch is day 0 of Excel's 1900 date system as it counts from 1
// March 1900 on (it takes 1900 for a leap year, so earlier dates are one
// day less).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// dateSerial returns an office:date-value ("2025-07-01", optionally with
// a time "T10:30:00.5" and a zone) as its serial number in Excel's 1900
// date system, as an xlsx cell holds the date; "" when it cannot be read.
// The zone is ignored: the date is the one written.
func dateSerial(v string) string {
	v = strings.TrimSpace(v)
	day, clock, hasClock := strings.Cut(v, "T")
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	days := float64(d.Sub(excelEpoch) / (24 * time.Hour))
	if d.Before(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)) {
		days--
	}
	if hasClock {
		clock = strings.TrimRight(clock, "Z")
		if i := strings.IndexAny(clock, "+-"); i >= 0 {
			clock = clock[:i]
		}
		secs, ok := clockSeconds(clock)
		if !ok {
			return ""
		}
		days += secs / 86400
	}
	return strconv.FormatFloat(days, 'f', -1, 64)
}

// clockSeconds reads "15:04:05" with an optional fraction of a second.
func clockSeconds(v string) (float64, bool) {
	parts := strings.Split(v, ":")
	if len(parts) != 3 {
		return 0, false
	}
	h, err1 := strconv.Atoi(parts[0])
	m, err2 := strconv.Atoi(parts[1])
	sec, err3 := strconv.ParseFloat(parts[2], 64)
	if err1 != nil || err2 != nil || err3 != nil || h < 0 || h > 24 || m < 0 || m > 59 || sec < 0 || sec >= 61 {
		return 0, false
	}
	return float64(h*3600+m*60) + sec, true
}

// durationRE is an office:time-value: an ISO 8601 duration such as
// "PT10H30M00S" (LibreOffice writes hours past 24 rather than days).
var durationRE = regexp.MustCompile(`^(-)?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?$`)

// timeSerial returns an office:time-value as a fraction of a day (more
// than 1 for a duration past 24 hours), as an xlsx cell holds a time; ""
// when it cannot be read.
func timeSerial(v string) string {
	m := durationRE.FindStringSubmatch(strings.TrimSpace(v))
	if m == nil || m[0] == "P" || m[0] == "PT" {
		return ""
	}
	secs := 0.0
	for i, unit := range []float64{86400, 3600, 60} {
		if m[i+2] != "" {
			n, err := strconv.ParseFloat(m[i+2], 64)
			if err != nil {
				return ""
			}
			secs += n * unit
		}
	}
	if m[5] != "" {
		n, err := strconv.ParseFloat(strings.ReplaceAll(m[5], ",", "."), 64)
		if err != nil {
			return ""
		}
		secs += n
	}
	if m[1] == "-" {
		secs = -secs
	}
	return strconv.FormatFloat(secs/86400, 'f', -1, 64)
}
