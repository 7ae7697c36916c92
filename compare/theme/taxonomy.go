package theme

import (
	_ "embed"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// KeyOverig is the theme of what cannot be placed. Every taxonomy has it,
// always as its last theme.
const KeyOverig = "overig"

// defaultTOML is the default taxonomy: the national themes.
//
//go:embed default.toml
var defaultTOML string

// Theme is one theme of a taxonomy.
type Theme struct {
	// Key is the stable code: lower-case letters, digits and hyphens
	// ("wonen-zorg"). Exports, overrides and the adviser's evaluation use it.
	Key string
	// Label is the Dutch display name ("Wonen en zorg").
	Label string
	// Synonyms are the terms that place a local theme name here.
	Synonyms []string
	// Keywords are the terms that place an agreement here by its text when
	// its theme name says nothing. A theme without keywords uses its
	// synonyms instead.
	Keywords []string
}

// Taxonomy is an ordered list of themes with KeyOverig last, plus the
// local theme names pinned to a theme by the config and the words that
// never count. It is a value: methods never change it, and Apply returns a
// new one. The zero Taxonomy is the default one.
type Taxonomy struct {
	themes []Theme
	ignore []string
	pins   map[string]pin // LocalKey → pin
}

// pin is a local theme name fixed to a theme by the config.
type pin struct {
	name string // as written in [themas.lokaal]
	key  string
}

// taxonomyFile is the shape of default.toml.
type taxonomyFile struct {
	Ignore []string      `toml:"negeer"`
	Themes []ThemeConfig `toml:"thema"`
}

var defaultTaxonomy = sync.OnceValue(func() Taxonomy {
	var f taxonomyFile
	md, err := toml.Decode(defaultTOML, &f)
	if err == nil {
		err = unknownKeys(md, "")
	}
	if err == nil {
		var themes []Theme
		for _, e := range f.Themes {
			themes = append(themes, e.theme())
		}
		err = errors.Join(check(themes, f.Ignore)...)
		if err == nil {
			return Taxonomy{themes: themes, ignore: f.Ignore}
		}
	}
	panic("theme: default.toml: " + err.Error())
})

// Default returns the national taxonomy pakompas starts from: betaalbaarheid,
// beschikbaarheid, duurzaamheid, wonen-zorg, leefbaarheid, doelgroepen,
// kwaliteit, samenwerking and overig, with their synonyms and keywords.
func Default() Taxonomy { return defaultTaxonomy() }

// or returns t, or the default taxonomy when t is the zero value.
func (t Taxonomy) or() Taxonomy {
	if len(t.themes) == 0 {
		return defaultTaxonomy()
	}
	return t
}

// Themes returns the themes in order, KeyOverig last. The result is a
// copy.
func (t Taxonomy) Themes() []Theme {
	src := t.or().themes
	out := make([]Theme, len(src))
	for i, th := range src {
		out[i] = th.clone()
	}
	return out
}

// Keys returns the theme keys in order, KeyOverig last.
func (t Taxonomy) Keys() []string {
	src := t.or().themes
	out := make([]string, len(src))
	for i, th := range src {
		out[i] = th.Key
	}
	return out
}

// Label returns the display name of key, or "" when the taxonomy has no
// such theme.
func (t Taxonomy) Label(key string) string {
	if i := t.index(key); i >= 0 {
		return t.or().themes[i].Label
	}
	return ""
}

// Has reports whether the taxonomy has a theme key.
func (t Taxonomy) Has(key string) bool { return t.index(key) >= 0 }

// Pins returns the local theme names the config pins to a theme, as
// written there, with their keys.
func (t Taxonomy) Pins() map[string]string {
	out := make(map[string]string, len(t.pins))
	for _, p := range t.pins {
		out[p.name] = p.key
	}
	return out
}

// Ignored returns the words that never count as a synonym or keyword.
func (t Taxonomy) Ignored() []string { return slices.Clone(t.or().ignore) }

func (t Taxonomy) index(key string) int { return find(t.or().themes, key) }

// find returns the position of key in themes, or -1.
func find(themes []Theme, key string) int {
	return slices.IndexFunc(themes, func(th Theme) bool { return th.Key == key })
}

// clone returns a copy of t that shares nothing with it.
func (t Taxonomy) clone() Taxonomy {
	t = t.or()
	out := Taxonomy{ignore: slices.Clone(t.ignore), pins: maps.Clone(t.pins)}
	for _, th := range t.themes {
		out.themes = append(out.themes, th.clone())
	}
	return out
}

func (th Theme) clone() Theme {
	th.Synonyms = slices.Clone(th.Synonyms)
	th.Keywords = slices.Clone(th.Keywords)
	return th
}

// check validates a list of themes and ignored words; the errors are Dutch
// and name the theme and the term.
func check(themes []Theme, ignore []string) []error {
	var errs []error
	seen := map[string]bool{}
	for i, th := range themes {
		where := fmt.Sprintf("thema %q", th.Key)
		if msg := keyProblem(th.Key); msg != "" {
			errs = append(errs, fmt.Errorf("thema nr. %d: %s", i+1, msg))
			continue
		}
		if seen[th.Key] {
			errs = append(errs, fmt.Errorf("%s staat twee keer in de indeling", where))
		}
		seen[th.Key] = true
		if strings.TrimSpace(th.Label) == "" {
			errs = append(errs, fmt.Errorf("%s: naam ontbreekt", where))
		}
		errs = append(errs, termProblems(where, th)...)
	}
	if !seen[KeyOverig] || themes[len(themes)-1].Key != KeyOverig {
		errs = append(errs, fmt.Errorf("thema %q ontbreekt of staat niet als laatste", KeyOverig))
	}
	errs = append(errs, ignoreProblems("negeer", ignore)...)
	return errs
}

// termProblems checks the synonyms and keywords of th.
func termProblems(where string, th Theme) []error {
	var errs []error
	for _, list := range []struct {
		name  string
		terms []string
	}{{"synoniem", th.Synonyms}, {"trefwoord", th.Keywords}} {
		for _, s := range list.terms {
			if _, err := parseTerm(s, 0); err != nil {
				errs = append(errs, fmt.Errorf("%s: %s %q: %v", where, list.name, s, err))
			}
		}
	}
	return errs
}

// ignoreProblems checks a list of ignored words: each one word.
func ignoreProblems(where string, words []string) []error {
	var errs []error
	for _, w := range words {
		t, err := parseTerm(w, 0)
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("%s: %q: %v", where, w, err))
		case len(t.words) > 1 || t.whole || t.weak:
			errs = append(errs, fmt.Errorf("%s: %q: één woord per regel, zonder = of ~", where, w))
		}
	}
	return errs
}

// keyProblem says what is wrong with a theme key, or "" when it is fine.
func keyProblem(key string) string {
	switch {
	case key == "":
		return "sleutel ontbreekt"
	case len(key) > 40:
		return fmt.Sprintf("sleutel %q is te lang (hoogstens 40 tekens)", key)
	case key[0] < 'a' || key[0] > 'z':
		return fmt.Sprintf("sleutel %q moet met een kleine letter beginnen", key)
	}
	for _, r := range key {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return fmt.Sprintf("sleutel %q mag alleen kleine letters, cijfers en '-' bevatten", key)
		}
	}
	return ""
}
