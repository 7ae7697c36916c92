// Package status normalises the status cells of agreement monitors. Status
// is written freely: a traffic-light colour (groen, oranje, rood), a word
// (afgerond, loopt, vertraagd, niet gestart, vervallen), a percentage, a
// tick, or a sentence ("Loopt, eerste fase gereed in 2025", "Vertraagd
// door stikstofproblematiek"). Normalise maps all of them to a few
// statuses so that monitors of different gemeenten can be compared.
//
// Decisions:
//
//   - Colours: groen is on track, oranje (and geel, amber) at risk, rood
//     late. The traffic light of a monitor is a three-step scale next to
//     the words: in the gemeenten that write colours, rood stands where
//     others write "vertraagd" or "niet gehaald" (the corpus and the field
//     use "groen / oranje / rood / afgerond" beside "loopt / vertraagd /
//     niet gestart / afgerond"); oranje is the warning before that.
//   - A status word beats a colour it contradicts in the direction of
//     completion ("Groen: afgerond" is done); otherwise the gravest signal
//     wins ("Oranje: loopt" is at risk, "Loopt, maar vertraagd" late).
//     Precedence: vervallen, gereed, vertraagd, risico, niet gestart, op
//     schema.
//   - Negations: "niet gereed", "niet afgerond", "niet gehaald" are late
//     (due, not delivered); with "nog" ("nog niet gereed") the work is
//     under way: on track. "niet gestart", "nog niet begonnen" are not
//     started; "niet op schema", "loopt niet" late; "niet vertraagd",
//     "geen vertraging", "geen risico" on track.
//   - Part done is not done: "deels gereed", "eerste fase gereed",
//     "grotendeels afgerond", "bijna klaar", "40 van 48 opgeleverd",
//     "75% gerealiseerd" and an expected completion ("wordt opgeleverd",
//     "verwacht gereed") are on track.
//   - Percentages: 100% (or more) is done, 0% not started, anything
//     between on track.
//   - Ticks: ✓, ✔, "v" and "ja" are done. "x" (a cross or a planning
//     mark), "nee", "n.v.t.", "?" and "-" say nothing: unknown.
//   - Hedged delay ("mogelijk vertraagd", "dreigt vertraging", "kans op
//     vertraging") is at risk.
package status

// Status is a normalised status. Its values are stable keys used in JSON
// and the evaluation workbook; Unknown is the empty string.
type Status string

// The statuses.
const (
	// Done: delivered, completed.
	Done Status = "done"
	// OnTrack: under way as planned.
	OnTrack Status = "on_track"
	// AtRisk: under way, but the result or the date is in danger.
	AtRisk Status = "at_risk"
	// Late: behind schedule, postponed, or not delivered when due.
	Late Status = "late"
	// NotStarted: planned, not begun.
	NotStarted Status = "not_started"
	// Dropped: cancelled, no longer applies.
	Dropped Status = "dropped"
	// Unknown: empty, or nothing recognisable.
	Unknown Status = ""
)

var all = []Status{Done, OnTrack, AtRisk, Late, NotStarted, Dropped, Unknown}

var labels = map[Status]string{
	Done:       "Gereed",
	OnTrack:    "Op schema",
	AtRisk:     "Risico",
	Late:       "Vertraagd",
	NotStarted: "Niet gestart",
	Dropped:    "Vervallen",
	Unknown:    "Onbekend",
}

// All returns every status in display order, Unknown last.
func All() []Status {
	return append([]Status(nil), all...)
}

// Label returns the Dutch display label of s; an invalid status reads as
// "Onbekend".
func (s Status) Label() string {
	if l, ok := labels[s]; ok {
		return l
	}
	return labels[Unknown]
}

// Valid reports whether s is one of the statuses.
func (s Status) Valid() bool {
	_, ok := labels[s]
	return ok
}
