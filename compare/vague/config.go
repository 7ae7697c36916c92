package vague

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// Config is the [regels] table of pakompas.toml: how an adviser switches
// rules off, changes them or adds her own, like a prose linter's style.
// The zero Config changes nothing.
//
//	[regels]
//	uit = ["open-einde", "vage-frequentie"]   # rules switched off, by id
//
//	[regels.woorden]                          # word lists for @naam in patterns
//	corporaties = ["eigen haard", "ymere", "de alliantie"]
//
//	[[regels.regel]]                          # an existing id: what is given replaces
//	id = "streven"                            # the built-in's fields
//	melding = "streefafspraak: '%s'; noem een aantal en een jaar"
//	extra_patronen = ["streefcijfer|streefcijfers"]
//
//	[[regels.regel]]                          # a new id: a new rule
//	id = "corporatienamen"
//	categorie = "partij"
//	patronen = ["@corporaties"]
type Config struct {
	// Disable lists rule ids to switch off.
	Disable []string `toml:"uit"`
	// WordLists are word lists for @naam in patterns; a name of the
	// embedded rule file replaces that list.
	WordLists map[string][]string `toml:"woorden"`
	// Rules change existing rules (same id) or add new ones.
	Rules []RuleConfig `toml:"regel"`
}

// RuleConfig is one [[regels.regel]] entry: a Rule whose given fields
// replace an existing rule's, plus lists to extend it.
type RuleConfig struct {
	Rule
	// AddPatterns are appended to the rule's patterns.
	AddPatterns []string `toml:"extra_patronen"`
	// AddExceptions are appended to the rule's exceptions.
	AddExceptions []string `toml:"extra_uitzonderingen"`
}

// UnknownKeys reports the keys under [regels] that a decode left unused.
// A caller that decodes the whole pakompas.toml itself (with Config in a
// field tagged "regels") calls it with the metadata.
func UnknownKeys(md toml.MetaData) error {
	var bad []string
	for _, k := range md.Undecoded() {
		if len(k) > 0 && k[0] == "regels" {
			bad = append(bad, k.String())
		}
	}
	if len(bad) == 0 {
		return nil
	}
	return fmt.Errorf("onbekende instelling %s (bekend onder [regels]: uit, woorden en regel met id, categorie, "+
		"patronen, uitzonderingen, melding, omschrijving, venster, effect, type, opgeheven_door, vereist, "+
		"voorbeelden, tegenvoorbeelden, extra_patronen, extra_uitzonderingen)", strings.Join(bad, ", "))
}

// Apply returns base changed by the config: word lists expanded, rules
// changed or added, rules switched off, and the result checked by
// compiling it. On error Apply returns base unchanged and every problem,
// each naming the bad entry, in Dutch.
func (c Config) Apply(base []Rule) ([]Rule, error) {
	out := cloneRules(base)
	sets := DefaultWordLists()
	maps.Copy(sets, c.WordLists)
	var errs []error
	index := map[string]int{}
	for i, r := range out {
		index[r.ID] = i
	}
	seen := map[string]int{}
	for n, rc := range c.Rules {
		where := fmt.Sprintf("[[regels.regel]] nr. %d", n+1)
		id := strings.TrimSpace(rc.ID)
		if id == "" {
			errs = append(errs, fmt.Errorf("%s: id ontbreekt", where))
			continue
		}
		where += fmt.Sprintf(" (id %q)", id)
		if prev, dup := seen[id]; dup {
			errs = append(errs, fmt.Errorf("%s: dezelfde id staat al bij nr. %d; voeg ze samen", where, prev))
			continue
		}
		seen[id] = n + 1
		add := rc.Rule.clone()
		add.ID = id
		add.Patterns = append(add.Patterns, rc.AddPatterns...)
		add.Exceptions = append(add.Exceptions, rc.AddExceptions...)
		if err := expandSets(&add, sets); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", where, err))
			continue
		}
		if i, ok := index[id]; ok {
			out[i] = merge(out[i], add, rc)
			continue
		}
		if add.Category == "" || len(add.Patterns) == 0 {
			errs = append(errs, fmt.Errorf("%s: een nieuwe regel heeft een categorie en patronen nodig", where))
			continue
		}
		index[id] = len(out)
		out = append(out, add)
	}
	if len(c.Disable) > 0 {
		off := map[string]bool{}
		for _, id := range c.Disable {
			if _, ok := index[id]; !ok {
				errs = append(errs, fmt.Errorf("[regels] uit: onbekende regel %q", id))
			}
			off[id] = true
		}
		out = slices.DeleteFunc(out, func(r Rule) bool { return off[r.ID] })
	}
	if len(errs) == 0 {
		if _, err := New(out); err != nil {
			errs = append(errs, fmt.Errorf("[regels]: %w", err))
		}
	}
	if len(errs) > 0 {
		return base, errors.Join(errs...)
	}
	return out, nil
}

// merge returns r with the fields add gives replaced and the extra
// patterns and exceptions of rc appended (they are already in add's
// lists, which replace r's only when the entry gives that list itself).
func merge(r, add Rule, rc RuleConfig) Rule {
	if add.Category != "" {
		r.Category = add.Category
	}
	if len(rc.Rule.Patterns) > 0 {
		r.Patterns = add.Patterns
	} else {
		r.Patterns = append(r.Patterns, add.Patterns...)
	}
	if len(rc.Rule.Exceptions) > 0 {
		r.Exceptions = add.Exceptions
	} else {
		r.Exceptions = append(r.Exceptions, add.Exceptions...)
	}
	if add.Message != "" {
		r.Message = add.Message
	}
	if add.Description != "" {
		r.Description = add.Description
	}
	if add.Window != 0 {
		r.Window = add.Window
	}
	if add.Effect != "" {
		r.Effect = add.Effect
	}
	if add.Type != "" {
		r.Type = add.Type
	}
	if add.CancelledBy != nil {
		r.CancelledBy = add.CancelledBy
	}
	if add.Requires != nil {
		r.Requires = add.Requires
	}
	if add.Examples != nil {
		r.Examples = add.Examples
	}
	if add.CounterExamples != nil {
		r.CounterExamples = add.CounterExamples
	}
	return r
}
