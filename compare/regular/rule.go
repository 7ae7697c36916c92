package regular

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// Kinds of rule (the TOML key soort).
const (
	// KindRegular marks routine, legal or own-policy work.
	KindRegular = "regulier"
	// KindExtra marks something a party would not do anyway; anywhere in
	// an agreement it cancels every regular match.
	KindExtra = "extra"
)

// Rule is one entry of the rule file. Keys are Dutch, like the rest of
// pakompas.toml; the pattern syntax is compare/vague's (vague.Rule).
type Rule struct {
	// ID names the rule in flags and the workbook.
	ID string `toml:"id"`
	// Kind is KindRegular or KindExtra.
	Kind string `toml:"soort"`
	// Description explains the rule to an adviser.
	Description string `toml:"omschrijving"`
	// Message is the Dutch reason; %s stands for the matched words.
	Message string `toml:"melding"`
	// Patterns are the word patterns; one match is enough.
	Patterns []string `toml:"patronen"`
	// Exceptions cancel a match they overlap.
	Exceptions []string `toml:"uitzonderingen"`
	// Year makes a match count only when its number is a year (1990 to
	// 2099): "vanaf 2025", not "vanaf 1 juli".
	Year bool `toml:"jaartal"`
	// Window is the longest gap "…" spans, in words; 0 means the
	// matcher's default.
	Window int `toml:"venster"`
	// Examples must make a text regular (KindRegular), CounterExamples
	// must not; the tests check both.
	Examples        []string `toml:"voorbeelden"`
	CounterExamples []string `toml:"tegenvoorbeelden"`
}

//go:embed rules.toml
var rulesFile string

// file is the layout of rules.toml.
type file struct {
	Sets  map[string][]string `toml:"woorden"`
	Rules []Rule              `toml:"regel"`
}

var defaults struct {
	once sync.Once
	f    file
	err  error
}

func load() (file, error) {
	defaults.once.Do(func() {
		md, err := toml.Decode(rulesFile, &defaults.f)
		if err != nil {
			defaults.err = fmt.Errorf("regular/rules.toml: %w", err)
			return
		}
		if und := md.Undecoded(); len(und) > 0 {
			defaults.err = fmt.Errorf("regular/rules.toml: onbekende sleutel %s", und[0])
		}
	})
	return defaults.f, defaults.err
}

// DefaultRules returns the embedded rules, a fresh copy.
func DefaultRules() []Rule {
	f, err := load()
	if err != nil {
		panic(err) // the embedded file is tested
	}
	out := make([]Rule, len(f.Rules))
	for i, r := range f.Rules {
		r.Patterns = slices.Clone(r.Patterns)
		r.Exceptions = slices.Clone(r.Exceptions)
		r.Examples = slices.Clone(r.Examples)
		r.CounterExamples = slices.Clone(r.CounterExamples)
		out[i] = r
	}
	return out
}

// check reports the first problem of a rule: no id, an unknown kind, a
// message with more than one %s.
func (r Rule) check() error {
	switch {
	case r.ID == "":
		return fmt.Errorf("regel zonder id")
	case r.Kind != KindRegular && r.Kind != KindExtra:
		return fmt.Errorf("regel %q: soort %q onbekend (%s of %s)", r.ID, r.Kind, KindRegular, KindExtra)
	case strings.Count(r.Message, "%s") > 1:
		return fmt.Errorf("regel %q: melding mag hoogstens één %%s bevatten", r.ID)
	}
	return nil
}
