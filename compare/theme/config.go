package theme

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// Config is the [themas] table of pakompas.toml: how an adviser extends or
// replaces the taxonomy. The zero Config changes nothing.
//
//	[themas]
//	vervang = false                  # true: the entries below are the whole taxonomy
//	negeer = ["wijkje"]              # words that never count
//	[[themas.thema]]
//	sleutel = "duurzaamheid"         # an existing key: its lists are extended
//	synoniemen = ["warmtetransitie", "klimaat"]
//	trefwoorden = ["warmtepomp"]
//	[[themas.thema]]
//	sleutel = "jongeren"             # a new key: needs a naam
//	naam = "Jongeren en starters"
//	synoniemen = ["starters", "jongerenhuisvesting"]
//	[themas.lokaal]                  # a local theme name pinned to a key
//	"Prettig wonen in de wijk" = "leefbaarheid"
type Config struct {
	// Replace makes Themes the whole taxonomy instead of additions to it.
	Replace bool `toml:"vervang"`
	// Themes extend existing themes (same key) or add new ones.
	Themes []ThemeConfig `toml:"thema"`
	// Local pins local theme names (as written, numbering and case do not
	// matter) to a theme key.
	Local map[string]string `toml:"lokaal"`
	// Ignore are words that never count as a synonym or keyword.
	Ignore []string `toml:"negeer"`
}

// ThemeConfig is one [[themas.thema]] entry.
type ThemeConfig struct {
	Key      string   `toml:"sleutel"`
	Label    string   `toml:"naam"`
	Synonyms []string `toml:"synoniemen"`
	Keywords []string `toml:"trefwoorden"`
}

func (e ThemeConfig) theme() Theme {
	return Theme{
		Key:      strings.TrimSpace(e.Key),
		Label:    strings.TrimSpace(e.Label),
		Synonyms: slices.Clone(e.Synonyms),
		Keywords: slices.Clone(e.Keywords),
	}
}

// UnknownKeys reports the keys under [themas] that a decode into Config
// left unused, naming the keys [themas] knows. The caller decodes the
// whole pakompas.toml itself (compare.ParseConfig, with Config in a field
// tagged "themas") and calls it with the metadata.
func UnknownKeys(md toml.MetaData) error { return unknownKeys(md, "themas") }

func unknownKeys(md toml.MetaData, table string) error {
	var bad []string
	for _, k := range md.Undecoded() {
		if table == "" || len(k) > 0 && k[0] == table {
			bad = append(bad, k.String())
		}
	}
	if len(bad) == 0 {
		return nil
	}
	return fmt.Errorf("onbekende instelling %s (bekend zijn: vervang, negeer, thema met sleutel, naam, synoniemen en trefwoorden, en lokaal)",
		strings.Join(bad, ", "))
}

// Apply returns base changed by the config. Without Replace, an entry with
// an existing key adds its synonyms and keywords (and renames the theme if
// it has a naam); an entry with a new key adds a theme before overig. With
// Replace, the entries are the whole taxonomy and overig is added if they
// lack it. Pins must name a theme of the result. On error Apply returns
// base unchanged and every problem, each naming the bad entry, in Dutch.
func (c Config) Apply(base Taxonomy) (Taxonomy, error) {
	base = base.or()
	out := base.clone()
	var errs []error
	if c.Replace {
		if len(c.Themes) == 0 {
			return base, errors.New("[themas] vervang = true, maar er staat geen enkel [[themas.thema]] onder")
		}
		out.themes = nil
	}
	first := map[string]int{}
	for i, e := range c.Themes {
		th := e.theme()
		where := fmt.Sprintf("[[themas.thema]] nr. %d", i+1)
		if th.Key != "" {
			where += fmt.Sprintf(" (sleutel %q)", th.Key)
		}
		if msg := keyProblem(th.Key); msg != "" {
			errs = append(errs, fmt.Errorf("%s: %s", where, msg))
			continue
		}
		if n, dup := first[th.Key]; dup {
			errs = append(errs, fmt.Errorf("%s: dezelfde sleutel staat al bij nr. %d; voeg ze samen", where, n))
			continue
		}
		first[th.Key] = i + 1
		if probs := termProblems(where, th); len(probs) > 0 {
			errs = append(errs, probs...)
			continue
		}
		if j := find(out.themes, th.Key); j >= 0 {
			out.themes[j] = merge(out.themes[j], th)
			continue
		}
		if th.Label == "" {
			if th.Key != KeyOverig {
				errs = append(errs, fmt.Errorf("%s: een nieuw thema heeft een naam nodig, bijvoorbeeld naam = \"...\"", where))
				continue
			}
			th.Label = base.Label(KeyOverig)
		}
		out.themes = append(out.themes, th)
	}
	out.themes = overigLast(out.themes, base)
	if probs := ignoreProblems("[themas] negeer", c.Ignore); len(probs) > 0 {
		errs = append(errs, probs...)
	} else {
		out.ignore = appendNew(out.ignore, c.Ignore)
	}
	errs = append(errs, out.pin(c.Local)...)
	if len(errs) > 0 {
		return base, errors.Join(errs...)
	}
	return out, nil
}

// merge adds the lists of add to th and takes its label if it has one.
func merge(th, add Theme) Theme {
	if add.Label != "" {
		th.Label = add.Label
	}
	th.Synonyms = appendNew(th.Synonyms, add.Synonyms)
	th.Keywords = appendNew(th.Keywords, add.Keywords)
	return th
}

// appendNew appends the strings of add that list lacks.
func appendNew(list, add []string) []string {
	for _, s := range add {
		if !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}

// overigLast moves KeyOverig to the end, taking it from base when the list
// lacks it.
func overigLast(themes []Theme, base Taxonomy) []Theme {
	i := find(themes, KeyOverig)
	if i < 0 {
		return append(themes, Theme{Key: KeyOverig, Label: or(base.Label(KeyOverig), "Overig")})
	}
	o := themes[i]
	return append(slices.Delete(themes, i, i+1), o)
}

func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// pin adds the [themas.lokaal] entries. Pins of the base whose theme is
// gone (after a replacement) are dropped; a name may be pinned once.
func (t *Taxonomy) pin(local map[string]string) []error {
	pins := map[string]pin{}
	for k, p := range t.pins {
		if t.index(p.key) >= 0 {
			pins[k] = p
		}
	}
	var errs []error
	names := slices.Sorted(maps.Keys(local))
	fromConfig := map[string]string{}
	for _, name := range names {
		key := strings.TrimSpace(local[name])
		where := fmt.Sprintf("[themas.lokaal] %q = %q", name, local[name])
		lk := LocalKey(name)
		switch {
		case lk == "":
			errs = append(errs, fmt.Errorf("%s: de themanaam is leeg of alleen een nummer", where))
		case t.index(key) < 0:
			errs = append(errs, fmt.Errorf("%s: onbekend thema; kies uit %s", where, strings.Join(t.Keys(), ", ")))
		case fromConfig[lk] != "" && pins[lk].key != key:
			errs = append(errs, fmt.Errorf("%s: dezelfde naam als %q, maar een ander thema", where, fromConfig[lk]))
		default:
			pins[lk] = pin{name: name, key: key}
			fromConfig[lk] = name
		}
	}
	t.pins = pins
	return errs
}
