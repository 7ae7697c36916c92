package kompas

import (
	"math"
	"strconv"
	"strings"
)

// Limits says when the indicator is amber and red, with the thresholds in
// force: "oranje vanaf 25%, rood vanaf 40%", "oranje onder 3, rood onder
// 1".
func (ind Indicator) Limits() string { return ind.phrase }

// Sentence says in one plain Dutch sentence what stands out in gemeente
// g: "Uithoorn: 45% van de afspraken is vaag (rood) en de corporatie
// trekt 62% van de afspraken (oranje)." (see Weakness).
func (r *Result) Sentence(g int) string {
	return r.Gemeenten[g] + ": " + r.Weakness(g) + "."
}

// Weakness names gemeente g's two weakest indicators (Weakest), each with
// its figure and level, and how many more are amber or red; without any
// it says so. No gemeente name, no closing full stop.
func (r *Result) Weakness(g int) string {
	weak := r.Weakest(g, 2)
	if len(weak) == 0 {
		if r.Score(g, KeyAgreements).Count == 0 {
			return "geen afspraken om te beoordelen"
		}
		return "geen indicator op oranje of rood"
	}
	parts := make([]string, len(weak))
	for i, k := range weak {
		s := r.Scores[g][k]
		parts[i] = r.finding(g, r.Indicators[k].Key, s) + " (" + s.Level.Word() + ")"
	}
	text := strings.Join(parts, " en ")
	more := 0
	for _, s := range r.Scores[g] {
		if s.Level >= Amber {
			more++
		}
	}
	switch more -= len(weak); {
	case more == 1:
		text += "; nog 1 indicator staat op oranje of rood"
	case more > 1:
		text += "; nog " + strconv.Itoa(more) + " indicatoren staan op oranje of rood"
	case len(weak) == 1:
		text += "; verder geen oranje of rood"
	}
	return text
}

// shareClauses are the clauses of the indicators that are a plain share
// of the gemeente's agreements: after the figure ("45% van de afspraken
// is vaag"), and for those where less is worse the clause when none
// counts ("geen enkele afspraak is volledig SMART"); "maar" then goes
// before the figure.
var shareClauses = map[Key]struct{ some, none string }{
	KeyVague:   {"van de afspraken is vaag", ""},
	KeyRegular: {"van de afspraken is regulier werk", ""},
	KeySmart:   {"van de afspraken is volledig SMART", "geen enkele afspraak is volledig SMART"},
	KeyResult:  {"van de afspraken legt een resultaat vast", "geen enkele afspraak legt een resultaat vast"},
	KeyDue:     {"van de afspraken heeft een termijn", "geen enkele afspraak heeft een termijn"},
	KeyStatus:  {"van de afspraken heeft een ingevulde status", "bij geen enkele afspraak is de status ingevuld"},
}

// finding says what indicator k of gemeente g found, as a clause without
// the level: "45% van de afspraken is vaag".
func (r *Result) finding(g int, k Key, s Score) string {
	if c, ok := shareClauses[k]; ok {
		switch {
		case c.none == "":
			return sharePhrase(s) + " " + c.some
		case s.Count == 0:
			return c.none
		}
		return "maar " + sharePhrase(s) + " " + c.some
	}
	switch k {
	case KeyAgreements:
		return "er zijn " + plural(s.Count, "afspraak", "afspraken")
	case KeyThemes:
		if t := r.largestTheme(g); t >= 0 {
			return "onder " + r.ThemeLabels[t] + " staan " + plural(s.Count, "afspraak", "afspraken")
		}
		return "één thema heeft " + plural(s.Count, "afspraak", "afspraken")
	case KeyMedian:
		return "het aantal afspraken ligt " + pctText(s.Value) + " boven de mediaan van de gemeenten"
	case KeyMixed:
		return "in " + plural(s.Count, "thema", "thema's") + " lopen inspanning en resultaat door elkaar"
	case KeyRole:
		return r.carrier(g, s) + " " + sharePhrase(s) + " van de afspraken"
	case KeyTenants:
		if s.Count == 0 {
			return "de huurders zijn bij geen enkele afspraak trekker of partij"
		}
		return "de huurders zijn maar bij " + plural(s.Count, "afspraak", "afspraken") + " trekker of partij"
	case KeyDone:
		return pctText(s.Value) + " van de afspraken met een status loopt achter"
	case KeyCarried:
		if s.Text == "·" {
			return "doorschuiven is met één jaarschijf niet te zien"
		}
		return plural(s.Count, "afspraak komt", "afspraken komen") + " jaar na jaar terug zonder gereed (" + pctText(s.Value) + ")"
	}
	return strings.ToLower(r.Indicators[r.Index(k)].Label) + " " + s.Text
}

// sharePhrase is the figure of a share score as a sentence writes it:
// "45%", and "minder dan 1%" rather than "0%" when something counts.
func sharePhrase(s Score) string {
	if s.Count > 0 && math.Round(s.Value) == 0 {
		return "minder dan 1%"
	}
	return pctText(s.Value)
}

// largestTheme is the theme with the most agreements of gemeente g (the
// first of equals), -1 without any.
func (r *Result) largestTheme(g int) int {
	best, most := -1, 0
	for t := range r.Themes {
		if n := r.ThemeScore(g, t, KeyThemes).Count; n > most {
			best, most = t, n
		}
	}
	return best
}

// carrier is the subject and verb of the party that carries the largest
// share of gemeente g (score s of KeyRole): "de corporatie trekt", "de
// huurders trekken".
func (r *Result) carrier(g int, s Score) string {
	name := ""
	for _, p := range s.Parts {
		if p.Count == s.Count {
			name = strings.ToLower(p.Label)
			break
		}
	}
	switch name {
	case "corporatie", "gemeente":
		return "de " + name + " trekt"
	case "huurders":
		return "de huurders trekken"
	case "":
		return "één partij trekt"
	}
	return name + " trekt"
}
