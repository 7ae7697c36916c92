package kompas

import (
	"math"
	"strconv"
	"strings"

	"pakompas/compare"
)

// percent is k of n as a percent; 0 when n is 0.
func percent(k, n int) float64 {
	if n == 0 {
		return 0
	}
	// Rounded to a whole percent, as it is shown: a cell reading "10%"
	// next to "oranje vanaf 10%" must be oranje (3 of 31 is 9.7%).
	return math.Round(float64(100*k) / float64(n))
}

// pctText writes a percent rounded to a whole number: "42%".
func pctText(v float64) string { return strconv.Itoa(int(math.Round(v))) + "%" }

// number writes a number the Dutch way: "12", "12,5".
func number(v float64) string {
	if v == math.Trunc(v) {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strings.Replace(strconv.FormatFloat(v, 'f', 1, 64), ".", ",", 1)
}

// amount writes a threshold or figure with its unit.
func amount(v float64, pct bool) string {
	if pct {
		return number(v) + "%"
	}
	return number(v)
}

// limitPhrase says when a figure is amber and red: "oranje vanaf 25%,
// rood vanaf 40%", "oranje onder 50%, rood onder 25%".
func limitPhrase(l compare.Limit, pct bool) string {
	word := "vanaf"
	if l.LowerWorse {
		word = "onder"
	}
	return "oranje " + word + " " + amount(l.Amber, pct) + ", rood " + word + " " + amount(l.Red, pct)
}

// ofText writes "17 van 40".
func ofText(k, n int) string { return strconv.Itoa(k) + " van " + strconv.Itoa(n) }

// plural writes a count with the singular or plural noun: "1 afspraak",
// "3 afspraken".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
