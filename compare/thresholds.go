package compare

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Limit is one pair of thresholds of an indicator (package kompas): a
// figure from Amber on is amber ("oranje"), from Red on red ("rood").
// With LowerWorse the scale turns round: below Amber is amber, below Red
// red. Shares are percents (0–100), counts plain numbers.
type Limit struct {
	Amber, Red float64
	LowerWorse bool
}

// Thresholds are the limits against which package kompas judges each
// gemeente's set of agreements as green, amber or red. The adviser sets
// them in pakompas.toml under [kompas] (Config.Thresholds); each key is
// optional and keeps its default (DefaultThresholds, the table in
// thresholdKeys and the README) when unset.
type Thresholds struct {
	// Focus.
	Agreements Limit // agreements of a gemeente
	Theme      Limit // agreements of a gemeente under one theme
	Median     Limit // percent more agreements than the median of the loaded gemeenten
	// Concreetheid.
	Vague Limit // percent vague (the adviser's verdict wins)
	Smart Limit // percent with all four SMART parts (lower is worse)
	// Resultaat.
	Result Limit // percent resultaat of the agreements that are no kader (lower is worse)
	Mixed  Limit // themes where inspanning and resultaat are mixed
	// MixShare is the percent the smaller of resultaat and inspanning
	// must reach within a theme for it to count as mixed.
	MixShare float64
	// Wederkerigheid.
	Role    Limit // percent carried by one party
	Tenants Limit // agreements with the tenants as trekker or party (lower is worse)
	// Regulier werk.
	Regular Limit // percent regular work
	// Monitoring.
	Due    Limit // percent with a due date (lower is worse)
	Status Limit // percent with a status filled (lower is worse)
	Behind Limit // percent behind schedule (late or at risk) of those with a status
	// Carried is the percent of the agreements carried over from an
	// earlier jaarschijf without being done (judged only with more than
	// one jaarschijf of the gemeente loaded).
	Carried Limit
}

// thresholdKey documents one pair of keys of [kompas]: <name>_oranje and
// <name>_rood.
type thresholdKey struct {
	name    string
	what    string // Dutch, for errors
	percent bool
	limit   func(*Thresholds) *Limit
	def     Limit
}

// thresholdKeys are the keys of [kompas] with their defaults, in the
// order of the indicators. Besides them, gemengd_aandeel sets MixShare
// (default defaultMixShare).
var thresholdKeys = []thresholdKey{
	{"afspraken", "afspraken per gemeente", false, func(t *Thresholds) *Limit { return &t.Agreements }, Limit{Amber: 30, Red: 50}},
	{"thema", "afspraken per thema", false, func(t *Thresholds) *Limit { return &t.Theme }, Limit{Amber: 8, Red: 12}},
	{"mediaan", "procent boven de mediaan", true, func(t *Thresholds) *Limit { return &t.Median }, Limit{Amber: 25, Red: 50}},
	{"vaag", "procent vaag", true, func(t *Thresholds) *Limit { return &t.Vague }, Limit{Amber: 25, Red: 40}},
	{"smart", "procent volledig SMART", true, func(t *Thresholds) *Limit { return &t.Smart }, Limit{Amber: 50, Red: 25, LowerWorse: true}},
	{"resultaat", "procent resultaat", true, func(t *Thresholds) *Limit { return &t.Result }, Limit{Amber: 50, Red: 30, LowerWorse: true}},
	{"gemengd", "thema's met inspanning en resultaat door elkaar", false, func(t *Thresholds) *Limit { return &t.Mixed }, Limit{Amber: 3, Red: 5}},
	{"rol", "procent gedragen door één partij", true, func(t *Thresholds) *Limit { return &t.Role }, Limit{Amber: 60, Red: 75}},
	{"huurders", "afspraken met huurders als trekker of partij", false, func(t *Thresholds) *Limit { return &t.Tenants }, Limit{Amber: 3, Red: 1, LowerWorse: true}},
	{"regulier", "procent regulier werk", true, func(t *Thresholds) *Limit { return &t.Regular }, Limit{Amber: 10, Red: 20}},
	{"termijn", "procent met termijn", true, func(t *Thresholds) *Limit { return &t.Due }, Limit{Amber: 75, Red: 50, LowerWorse: true}},
	{"status", "procent met status", true, func(t *Thresholds) *Limit { return &t.Status }, Limit{Amber: 75, Red: 25, LowerWorse: true}},
	{"achter", "procent achter op schema", true, func(t *Thresholds) *Limit { return &t.Behind }, Limit{Amber: 15, Red: 30}},
	{"doorgeschoven", "procent doorgeschoven", true, func(t *Thresholds) *Limit { return &t.Carried }, Limit{Amber: 10, Red: 25}},
}

const (
	defaultMixShare = 25
	mixShareKey     = "gemengd_aandeel"
)

// DefaultThresholds are the thresholds without configuration.
func DefaultThresholds() Thresholds {
	t := Thresholds{MixShare: defaultMixShare}
	for _, k := range thresholdKeys {
		*k.limit(&t) = k.def
	}
	return t
}

// KompasConfig is the [kompas] table of pakompas.toml: thresholds by
// their Dutch key ("vaag_oranje = 20"), each optional.
type KompasConfig map[string]float64

// Thresholds returns the default thresholds with the configured ones
// applied. An unknown key, a negative value, a percent over 100 or a pair
// whose amber lies past its red is an error that names the key.
func (c Config) Thresholds() (Thresholds, error) {
	t := DefaultThresholds()
	known := map[string]bool{mixShareKey: true}
	var errs []string
	for _, k := range thresholdKeys {
		l := k.limit(&t)
		for _, side := range []struct {
			suffix string
			v      *float64
		}{{"_oranje", &l.Amber}, {"_rood", &l.Red}} {
			key := k.name + side.suffix
			known[key] = true
			v, ok := c.Kompas[key]
			if !ok {
				continue
			}
			if err := checkValue(v, k.percent); err != "" {
				errs = append(errs, fmt.Sprintf("%s = %v: %s", key, v, err))
				continue
			}
			*side.v = v
		}
		if l.LowerWorse && l.Amber < l.Red || !l.LowerWorse && l.Amber > l.Red {
			word := "hoger"
			if l.LowerWorse {
				word = "lager"
			}
			errs = append(errs, fmt.Sprintf("%s_oranje (%v) is %s dan %s_rood (%v): bij %s komt oranje vóór rood",
				k.name, l.Amber, word, k.name, l.Red, k.what))
		}
	}
	if v, ok := c.Kompas[mixShareKey]; ok {
		if err := checkValue(v, true); err != "" {
			errs = append(errs, fmt.Sprintf("%s = %v: %s", mixShareKey, v, err))
		} else {
			t.MixShare = v
		}
	}
	var unknown []string
	for key := range c.Kompas {
		if !known[key] {
			unknown = append(unknown, key)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		errs = append(errs, fmt.Sprintf("onbekende instelling %s (bekend zijn %s)", strings.Join(unknown, ", "), knownThresholdKeys()))
	}
	if len(errs) > 0 {
		return DefaultThresholds(), fmt.Errorf("[kompas]: %s", strings.Join(errs, "; "))
	}
	return t, nil
}

func checkValue(v float64, percent bool) string {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0) || v < 0:
		return "moet een getal van 0 of meer zijn"
	case percent && v > 100:
		return "een percentage is hoogstens 100"
	}
	return ""
}

func knownThresholdKeys() string {
	names := make([]string, 0, len(thresholdKeys)+1)
	for _, k := range thresholdKeys {
		names = append(names, k.name+"_oranje/_rood")
	}
	return strings.Join(append(names, mixShareKey), ", ")
}
