package verloop

import (
	"pakompas/compare/align"
	"pakompas/compare/status"
)

// Change is the state of an agreement against the year before (or, for
// Vervallen, against the year after). Its values are JSON keys.
type Change string

// The states.
const (
	// None: the gemeente has one version, or the agreement belongs to its
	// first version and continues in the next.
	None Change = ""
	// Nieuw: no agreement of the year before matches it.
	Nieuw Change = "nieuw"
	// Ongewijzigd: matched, and the same words (case, punctuation and
	// spacing aside).
	Ongewijzigd Change = "ongewijzigd"
	// Gewijzigd: matched, with other words; Result.Edits says which.
	Gewijzigd Change = "gewijzigd"
	// Vervallen: not the gemeente's last version, and no agreement of the
	// next version matches it.
	Vervallen Change = "vervallen"
)

// Item is one agreement to follow over the years.
type Item struct {
	// ID is carried along, never compared.
	ID       string
	Gemeente string
	// Year is the jaarschijf or period ("2025", "2024-2027"); "" is the
	// onbekend version.
	Year string
	// Number as written ("2.3", "WL-04"); "" when none.
	Number string
	// Text is the agreement as written (without an explanation after it).
	Text string
	// Status is the normalised status, Due the normalised deadline
	// ("2025", "2025-Q2", "2025-07", "2025-07-01", "2025/2027").
	Status status.Status
	Due    string
}

// Edit is one changed run of words: Old in the previous text became New
// ("ten minste 40" → "minimaal 60"); Old is "" for added words, New ""
// for removed ones. Both are the text as written, from the run's first
// word to its last.
type Edit struct {
	Old string `json:"old,omitempty"`
	New string `json:"new,omitempty"`
}

// Result is what the matching says about one item.
type Result struct {
	Change Change
	// Previous and Next are the indexes of the matched item of the
	// version before and after, -1 when none.
	Previous, Next int
	// Similarity to the previous item (the measure of compare/align); 0
	// without one.
	Similarity float64
	// ByNumber is set when the match rested on the same number (stable
	// numbering) rather than on the text alone.
	ByNumber bool
	// PreviousStatus is the previous item's status.
	PreviousStatus status.Status
	// DueMoved is set when the deadline lies later than the previous
	// item's and is not that deadline moved on by exactly the years
	// between the two versions (a recurring agreement's): "2025-Q2" →
	// "2025-Q4" moved, "2025-07-01" → "2026-07-01" a year later did not.
	DueMoved bool
	// CarriedYears counts the consecutive steps from version to version
	// this agreement was carried over without being done (see the package
	// doc); 0 when it was not.
	CarriedYears int
	// Edits are the changed runs against the previous text, in text order
	// (only for Gewijzigd). Spans are their byte spans in this item's
	// Text, PreviousSpans those in the previous item's Text (the runs of
	// added and of removed words).
	Edits         []Edit
	Spans         [][2]int
	PreviousSpans [][2]int
	// YearsOnly is set on a Gewijzigd item whose every edit only moves
	// years on by the years between the two versions ("per 1 juli 2024"
	// → "per 1 juli 2025" a year later, "2024-2027" → "2025-2028"): the
	// agreement was rolled over, not changed.
	YearsOnly bool
}

// Options tune the matching. The zero value gives the defaults.
type Options struct {
	// Threshold is the least similarity for two agreements with other
	// numbers (or unstable numbering) to match; 0 means DefaultThreshold.
	Threshold float64
	// NumberThreshold is the least similarity for two agreements with the
	// same number, where the numbering is stable; 0 means
	// DefaultNumberThreshold.
	NumberThreshold float64
	// Align is how texts are normalised (corporation names, extra names).
	Align align.Options
}

// Defaults for Options; see the package doc for how they were tuned.
const (
	DefaultThreshold       = 0.43
	DefaultNumberThreshold = 0.3
	// numberBonus is added to the similarity of a same-number pair when
	// the candidates are ranked, so that with stable numbering a pair of
	// the same number wins from a slightly more similar other one.
	numberBonus = 0.15
)

func (o Options) withDefaults() Options {
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.NumberThreshold <= 0 {
		o.NumberThreshold = DefaultNumberThreshold
	}
	return o
}

// Summary counts the states of one gemeente with more than one version.
type Summary struct {
	Gemeente string
	// Years are the versions in order ("" is onbekend, last).
	Years []string
	// Nieuw, Ongewijzigd, Gewijzigd and Vervallen count the items with
	// that Change; Doorgeschoven counts the carried-over agreements: each
	// chain of carried versions once, at its last version.
	Nieuw, Ongewijzigd, Gewijzigd, Vervallen, Doorgeschoven int
	// YearsOnly counts the Gewijzigd items whose only edits move years
	// on (Result.YearsOnly).
	YearsOnly int
}
