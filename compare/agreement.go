package compare

import (
	"pakompas/compare/regular"
	"pakompas/compare/role"
	"pakompas/compare/status"
	"pakompas/compare/vague"
	"pakompas/compare/verloop"
	"pakompas/importer/model"
)

// Agreement is an imported agreement with everything derived from it. Its
// JSON extends the importer's contract with the derived fields; like those,
// these names are a contract: add fields, never rename.
type Agreement struct {
	model.Agreement
	// Theme is the national taxonomy key, ThemeLabel its display name.
	Theme      string `json:"theme"`
	ThemeLabel string `json:"theme_label"`
	// ThemeVia says how the theme was placed: "thema" (the local theme
	// name), "tekst" (the agreement text), "config", "adviseur" or "geen".
	ThemeVia string `json:"theme_via"`
	// ThemeAuto is the theme key the agreement has without the adviser's
	// move: set only when ThemeVia is "adviseur".
	ThemeAuto string `json:"theme_auto,omitempty"`
	// ThemeWords are the words of the text that placed it, when ThemeVia
	// is "tekst" ("woningen, nieuwbouw"). ThemeUnsure is set when the
	// scorer was unsure of that theme (about half of these are right on
	// the dev rows' cross-validation, theme.UnsureBelow), and ThemeSecond
	// is then the theme key it scored next.
	ThemeWords  string `json:"theme_words,omitempty"`
	ThemeUnsure bool   `json:"theme_unsure,omitempty"` // set with ThemeSecond, never alone
	ThemeSecond string `json:"theme_second,omitempty"`
	// Vague is the classifier's verdict; Flags explain it.
	Vague bool   `json:"vague"`
	Flags []Flag `json:"flags"`
	// LessCertain marks a vague verdict that rests only on what is
	// missing (the flag geen-toetsbaar-resultaat, no vague word): less
	// often right than one with a vague word (vague.Result.OnlyMissing
	// has the figures). Check these first (Unsettled).
	LessCertain bool  `json:"less_certain,omitempty"`
	Smart       Smart `json:"smart"`
	// Type is resultaat, inspanning, proces or kader.
	Type       string        `json:"type"`
	OwnerRole  role.Role     `json:"owner_role"`
	RoleWhy    string        `json:"owner_role_why"`
	StatusNorm status.Status `json:"status_norm"`
	// Regular is set when the agreement is regular work ("going
	// concern"): it restates what a party does anyway, by law, its own
	// policy or routine (compare/regular). RegularFlag says why: category
	// "regulier", the rule, the matched words and the message ("regulier
	// werk, …; hoort op een dashboard, niet in de afspraken"); nil when
	// the agreement is not regular.
	Regular     bool  `json:"regular"`
	RegularFlag *Flag `json:"regular_flag,omitempty"`
	// Group is the alignment group id: the same agreement in other
	// gemeenten; empty when it stands alone.
	Group string `json:"group"`
	// The fields below follow the agreement over its gemeente's versions
	// (years; package compare/verloop). Change is nieuw, ongewijzigd,
	// gewijzigd or vervallen; empty when the gemeente has one version, and
	// for an agreement of its first version that continues. Previous and
	// Next are the ids of the matched agreements of the version before and
	// after ("" when none). CarriedYears counts the consecutive versions
	// it was carried over without being done (0 when not doorgeschoven).
	Change       verloop.Change `json:"change,omitempty"`
	Previous     string         `json:"previous"`
	Next         string         `json:"next,omitempty"`
	CarriedYears int            `json:"carried_years"`
	// PreviousStatus is the status_norm of the Previous agreement;
	// DueMoved is set when the deadline lies later than the Previous one's
	// and is not that deadline moved on by exactly the years between the
	// versions, as a recurring agreement's is (verloop.Result.DueMoved).
	PreviousStatus status.Status `json:"previous_status,omitempty"`
	DueMoved       bool          `json:"due_moved,omitempty"`
	// Edits are the changed runs of words against the Previous text
	// ("ten minste 40" → "minimaal 60"); ChangeSpans their byte spans in
	// Text, PreviousSpans in the Previous agreement's text (Gewijzigd only).
	Edits         []verloop.Edit `json:"edits,omitempty"`
	ChangeSpans   [][2]int       `json:"change_spans,omitempty"`
	PreviousSpans [][2]int       `json:"previous_spans,omitempty"`
	// YearsOnly is set on a gewijzigd agreement whose only edits move its
	// years on by the years between the versions (rolled over, not
	// changed; verloop.Result.YearsOnly).
	YearsOnly bool `json:"years_only,omitempty"`
}

// Flag is one rule that matched, with the words as they stand in the text
// and their byte spans for highlighting.
type Flag struct {
	Rule     string   `json:"rule"`
	Category string   `json:"category"`
	Match    string   `json:"match"`
	Message  string   `json:"message"`
	Spans    [][2]int `json:"spans,omitempty"`
	// Info marks a flag that explains but does not count: the signal
	// words matched, yet the agreement is verifiable (or the flag only
	// notes a missing SMART element).
	Info bool `json:"info,omitempty"`
}

// Smart holds which SMART elements the agreement has.
type Smart struct {
	Who     bool `json:"who"`
	What    bool `json:"what"`
	HowMuch bool `json:"how_much"`
	When    bool `json:"when"`
}

// setRegular sets the regular-work verdict of an agreement.
func (a *Agreement) setRegular(r regular.Result) {
	a.Regular = r.Regular
	if r.Regular {
		a.RegularFlag = &Flag{Rule: r.Rule, Category: regular.Category, Match: r.Match, Message: r.Message(), Spans: r.Spans, Info: true}
	}
}

func flagsOf(fs []vague.Flag) []Flag {
	out := make([]Flag, len(fs))
	for i, f := range fs {
		out[i] = Flag{Rule: f.Rule, Category: f.Category, Match: f.Match, Message: f.Message, Spans: f.Spans, Info: f.Info}
	}
	return out
}
