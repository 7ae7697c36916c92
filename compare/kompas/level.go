package kompas

import "pakompas/compare"

// Level is the judgement of one figure.
type Level uint8

// The levels, from not judged to worst.
const (
	// None: not judged (no agreements, or nothing to compare with).
	None Level = iota
	Green
	Amber
	Red
)

// Word is the Dutch word of the level: "groen", "oranje", "rood", or
// "geen oordeel".
func (l Level) Word() string {
	switch l {
	case Green:
		return "groen"
	case Amber:
		return "oranje"
	case Red:
		return "rood"
	}
	return "geen oordeel"
}

// Mark is a sign that carries the level without colour (NO_COLOR,
// colour-blind readers): "✓" green, "!" amber, "✗" red, "·" none.
func (l Level) Mark() string {
	switch l {
	case Green:
		return "✓"
	case Amber:
		return "!"
	case Red:
		return "✗"
	}
	return "·"
}

// judge places a figure against a limit: from Amber on amber, from Red on
// red; with LowerWorse below Amber amber, below Red red.
func judge(l compare.Limit, v float64) Level {
	if l.LowerWorse {
		switch {
		case v < l.Red:
			return Red
		case v < l.Amber:
			return Amber
		}
		return Green
	}
	switch {
	case v >= l.Red:
		return Red
	case v >= l.Amber:
		return Amber
	}
	return Green
}

// severity is how far a figure lies past the amber threshold, in units of
// the distance from amber to red (0 at amber, 1 at red); 0 when green.
func severity(l compare.Limit, v float64) float64 {
	span := l.Red - l.Amber
	past := v - l.Amber
	if l.LowerWorse {
		span, past = -span, -past
	}
	if past < 0 {
		return 0
	}
	if span <= 0 {
		span = 1
	}
	return past / span
}
