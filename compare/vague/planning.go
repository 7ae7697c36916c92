package vague

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// dueKind is what the planning column (Input.Due, Input.DueRaw) gives.
type dueKind uint8

const (
	dueNone     dueKind = iota
	duePoint            // a year, half, quarter, month or date: a deadline
	dueSchedule         // "jaarlijks", "elk kwartaal": a routine, no deadline
	dueRange            // "2025/2028": the period, no deadline
)

// dates reports whether the planning dates an act or deliverable: a point
// or a routine does, a range of years does not.
func (d dueKind) dates() bool { return d == duePoint || d == dueSchedule }

// planningOf classifies the planning of in. A range of years ("2025-2028",
// normalised "2025/2028") or a schedule says when work happens, not by when
// it is done: neither rescues talk, study or striving, nor dates a
// deliverable. "doorlopend" and "n.t.b." normalise to "" and give nothing.
func planningOf(in Input) dueKind {
	switch {
	case in.Due == "":
		if dueRawSchedule(in.DueRaw) {
			return dueSchedule
		}
		return dueNone
	case strings.IndexByte(in.Due, '/') >= 0:
		return dueRange
	}
	return duePoint
}

// dueRawSchedule reports a planning cell that names a schedule
// ("jaarlijks", "elk kwartaal") the normaliser left without a date.
func dueRawSchedule(raw string) bool {
	if !mayNameSchedule(raw) {
		return false
	}
	var buf [64]byte
	f := appendFold(buf[:0], raw)
	for _, w := range dueScheduleWords {
		if bytes.Contains(f, w) {
			return true
		}
	}
	return false
}

var dueScheduleWords = [][]byte{[]byte("jaarlijks"), []byte("kwartaal"), []byte("maandelijks"),
	[]byte("per jaar"), []byte("elk jaar"), []byte("ieder jaar"), []byte("wekelijks")}

// mayNameSchedule is a quick test before dueRawSchedule folds raw: every
// word of dueScheduleWords has a 'j' or a 'k', so an ASCII cell without
// one ("doorlopend", "Q4 2025", "2025-2028") names no schedule. Other
// cells are folded ("ĳ" becomes "ij").
func mayNameSchedule(raw string) bool {
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case 'j', 'J', 'k', 'K':
			return true
		}
		if raw[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
