package evaluation

import "time"

// Verdict is what the adviser decides about an agreement's vagueness; it
// overrides the automatic flag in counts and in the workbook.
type Verdict string

// The verdicts, in the order the v key cycles through them.
const (
	None     Verdict = ""
	Vaag     Verdict = "vaag"
	NietVaag Verdict = "niet vaag"
	Twijfel  Verdict = "twijfel"
)

// Verdicts lists the verdicts in cycle order.
func Verdicts() []Verdict { return []Verdict{None, Vaag, NietVaag, Twijfel} }

// Next is the verdict after v in the cycle vaag → niet vaag → twijfel → none.
func (v Verdict) Next() Verdict {
	all := Verdicts()
	for i, x := range all {
		if x == v {
			return all[(i+1)%len(all)]
		}
	}
	return Vaag
}

// Valid reports whether v is a known verdict.
func (v Verdict) Valid() bool {
	for _, x := range Verdicts() {
		if x == v {
			return true
		}
	}
	return false
}

// Entry is the adviser's work on one agreement: her verdict, note and
// theme move. Gemeente, Number and Text are a snapshot taken when the
// entry was last changed, so an orphaned entry can still be recognised.
// The entries by agreement id are compare.Judgements.
type Entry struct {
	ID       string    `json:"id"`
	Verdict  Verdict   `json:"oordeel,omitempty"`
	Note     string    `json:"notitie,omitempty"`
	Theme    string    `json:"thema,omitempty"`
	Gemeente string    `json:"gemeente,omitempty"`
	Number   string    `json:"nummer,omitempty"`
	Text     string    `json:"tekst,omitempty"`
	Changed  time.Time `json:"gewijzigd"`
}

// empty reports whether the entry holds no work any more.
func (e Entry) empty() bool { return e.Verdict == None && e.Note == "" && e.Theme == "" }

// Snapshot identifies the agreement an entry belongs to, for orphans.
type Snapshot struct{ Gemeente, Number, Text string }
