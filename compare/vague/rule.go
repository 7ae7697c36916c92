package vague

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// Rule is one entry of the rule file: a set of word patterns with what a
// match means. The TOML keys are Dutch, like the rest of pakompas.toml.
//
// Pattern syntax, one pattern a string, elements separated by spaces:
//
//	woord         the word, folded (case and diacritics ignored)
//	a|b|c         one of these words
//	@naam         every word of the word list [woorden].naam (inflections)
//	voor*  *plan  a word beginning or ending with the given letters
//	#getal        a number in digits or words
//	…  (or ...)   a gap of at most Window words within the sentence, for
//	              separable verbs: "stemt … af", "spant zich … in"
//	x?            an optional element
//	$             after an element: the clause ends there (a comma, the
//	              sentence end, or a word like "en", "om", "te")
type Rule struct {
	// ID names the rule in flags, the workbook and the config.
	ID string `toml:"id"`
	// Category is one of the categories documented in the package doc;
	// it fixes what a match means (Effect, Type, CancelledBy) unless the
	// rule overrides those.
	Category string `toml:"categorie"`
	// Patterns are the word patterns; one match is enough.
	Patterns []string `toml:"patronen"`
	// Exceptions are patterns that cancel a match they overlap:
	// "in overleg met" overlapping "overleg".
	Exceptions []string `toml:"uitzonderingen,omitempty"`
	// Message is the Dutch flag message; %s stands for the matched words.
	// Empty means the category's message.
	Message string `toml:"melding,omitempty"`
	// Description explains the rule to an adviser (the workbook's
	// Toelichting sheet).
	Description string `toml:"omschrijving,omitempty"`
	// Window is the longest gap "…" spans, in words; 0 means 8.
	Window int `toml:"venster,omitempty"`
	// Effect overrides the category's effect (see the package doc).
	Effect string `toml:"effect,omitempty"`
	// Type overrides the agreement type the category points to.
	Type string `toml:"type,omitempty"`
	// CancelledBy overrides what makes a vague match verifiable in its
	// sentence: each entry is one or more of hoeveelheid, termijn,
	// frequentie, jaar, tijd and product joined by "+", all needed
	// ("hoeveelheid+tijd"); an empty list means nothing does.
	CancelledBy []string `toml:"opgeheven_door,omitempty"`
	// Requires names signals a kader match needs in its sentence to count
	// (same words as CancelledBy): "jaarlijks bestuurlijk overleg" sets an
	// arrangement, "wordt te zijner tijd geëvalueerd" does not.
	Requires []string `toml:"vereist,omitempty"`
	// Examples are texts the rule must match, CounterExamples texts it
	// must not; both are checked by the tests.
	Examples        []string `toml:"voorbeelden,omitempty"`
	CounterExamples []string `toml:"tegenvoorbeelden,omitempty"`
}

// effect is what a match of a rule does to the verdict.
type effect uint8

const (
	effNone       effect = iota
	effVague             // vaag: process or effort language; cancelled by what CancelledBy names
	effHedge             // voorbehoud: voids every commitment in its clause and after it
	effWeak              // zwak: voids the bare acts in its clause and after (numbers and dates stay)
	effInfo              // info: shown, no effect
	effResult            // resultaat: a concrete act; verifiable with a named party
	effAction            // actie: an act that is verifiable with a number or a date
	effProduct           // product: a deliverable document or structure (convenant, protocol)
	effOutcome           // uitkomst: the outcome of a study or deferral (advies, plan, uitkomsten)
	effFramework         // kader: a framework clause
	effParty             // partij: a responsible party
	effCollective        // collectief: "partijen", "wij": a party, but no trekker
	effPassive           // passief: a passive without agent
	effFallback          // geen-resultaat: raised by the classifier itself
	effPast              // verleden: the sentence looks back; its numbers commit to nothing
	effTiming            // tijdvoorbehoud: voids acts on an indefinite object ("pakt klachten zo snel mogelijk aan")
)

var effectNames = map[string]effect{
	"vaag": effVague, "voorbehoud": effHedge, "zwak": effWeak, "info": effInfo,
	"resultaat": effResult, "actie": effAction, "product": effProduct, "uitkomst": effOutcome, "kader": effFramework,
	"partij": effParty, "collectief": effCollective, "passief": effPassive,
	"geen-resultaat": effFallback, "verleden": effPast, "tijdvoorbehoud": effTiming,
}

// flags reports whether matches of the effect become flags.
func (e effect) flags() bool {
	switch e {
	case effVague, effHedge, effWeak, effInfo, effPast, effTiming:
		return true
	}
	return false
}

// product reports a deliverable: a product or an outcome.
func (e effect) product() bool { return e == effProduct || e == effOutcome }

// vague reports whether a flag of the effect can make an agreement vague.
func (e effect) vague() bool {
	return e == effVague || e == effHedge || e == effWeak || e == effTiming
}

// voids reports whether the effect can make a commitment unverifiable.
func (e effect) voids() bool {
	return e == effVague || e == effHedge || e == effWeak || e == effPast || e == effTiming
}

// cancelSet is a set of concrete signals that together cancel a vague
// match in its sentence ("hoeveelheid+tijd": a number with its unit and a
// year, date, period or planning).
type cancelSet uint8

const (
	cancelQuantity  cancelSet = 1 << iota // hoeveelheid: a number with its unit
	cancelDeadline                        // termijn: a date, quarter or deadline (text or planning)
	cancelFrequency                       // frequentie: jaarlijks, elk kwartaal
	cancelYear                            // jaar: a year ("in 2026")
	cancelTime                            // tijd: any of termijn, frequentie, jaar, a period or a planning
	cancelProduct                         // product: an outcome (plan, advies, uitkomsten), not any product
	cancelMeans                           // middel: a concrete means ("door … voorrang te geven"), means.go
)

var cancelNames = map[string]cancelSet{
	"hoeveelheid": cancelQuantity, "termijn": cancelDeadline, "frequentie": cancelFrequency,
	"jaar": cancelYear, "tijd": cancelTime, "product": cancelProduct, "middel": cancelMeans,
}

// parseCancel reads one CancelledBy entry: kinds joined by "+".
func parseCancel(s string) (cancelSet, bool) {
	var out cancelSet
	for _, part := range strings.Split(s, "+") {
		v, ok := cancelNames[strings.TrimSpace(part)]
		if !ok {
			return 0, false
		}
		out |= v
	}
	return out, out != 0
}

// category fixes the meaning of its rules' matches.
type category struct {
	effect effect
	typ    Type
	cancel []cancelSet
	label  string // Dutch, for messages on cancelled flags: "procestaal"
	msg    string // default message
}

// categories are the rule categories; the package doc lists them.
var categories = map[string]category{
	"proces": {effVague, TypeProces, nil, "procestaal",
		"procesafspraak zonder toetsbaar resultaat: '%s'"},
	"onderzoek": {effVague, TypeProces, []cancelSet{cancelProduct | cancelTime}, "onderzoekstaal",
		"onderzoek of verkenning zonder toetsbare uitkomst: '%s'"},
	"uitstel": {effVague, TypeProces, []cancelSet{cancelProduct | cancelTime}, "uitstel",
		"uitgestelde afspraak, nog niet concreet: '%s'"},
	"inspanning": {effVague, TypeInspanning, []cancelSet{cancelQuantity | cancelTime, cancelMeans}, "inspanningstaal",
		"inspanningsafspraak zonder meetbaar doel: '%s'"},
	"modaal": {effVague, TypeInspanning, []cancelSet{cancelQuantity | cancelTime}, "modaal werkwoord",
		"alleen een mogelijkheid of bedoeling, geen toezegging: '%s'"},
	"voorbehoud": {effHedge, TypeInspanning, []cancelSet{cancelQuantity | cancelTime}, "voorbehoud",
		"voorbehoud maakt de afspraak vrijblijvend: '%s'"},
	"vage-maat": {effWeak, TypeInspanning, []cancelSet{cancelQuantity | cancelTime, cancelMeans}, "vage maat",
		"vage maat in plaats van een aantal: '%s'"},
	"vage-termijn": {effTiming, TypeInspanning, nil, "vage termijn",
		"vage termijn in plaats van een datum: '%s'"},
	"verleden": {effPast, "", nil, "terugblik",
		"terugblik, geen toezegging: '%s'"},
	"open-einde": {effInfo, "", nil, "open opsomming",
		"open opsomming, niet afgebakend: '%s'"},
	"samenwerking": {effInfo, "", nil, "samenwerking",
		"samenwerking genoemd; zegt niet wie wat levert: '%s'"},
	"verzoek": {effInfo, "", nil, "verzoek",
		"verzoek aan een andere partij, geen toezegging: '%s'"},
	"geen-trekker": {effCollective, "", nil, "geen trekker",
		"geen trekker: alleen '%s' genoemd; wie is verantwoordelijk?"},
	"geen-resultaat": {effFallback, "", nil, "geen resultaat",
		"geen toetsbaar resultaat"}, // flags.go appends what is missing
	"resultaat": {effResult, TypeResultaat, nil, "resultaat", ""},
	"actie":     {effAction, TypeResultaat, nil, "handeling", ""},
	"product":   {effProduct, TypeProces, nil, "product", ""},
	"uitkomst":  {effOutcome, TypeProces, nil, "uitkomst", ""},
	"kader": {effFramework, TypeKader, nil, "kaderafspraak",
		"kaderafspraak (looptijd, evaluatie, bijstelling, geschillen): '%s'"},
	"partij": {effParty, "", nil, "partij", ""},
}

// Category names, for callers that group flags.
const (
	CategoryProces        = "proces"
	CategoryOnderzoek     = "onderzoek"
	CategoryUitstel       = "uitstel"
	CategoryInspanning    = "inspanning"
	CategoryVoorbehoud    = "voorbehoud"
	CategoryGeenTrekker   = "geen-trekker"
	CategoryGeenResultaat = "geen-resultaat"
	categoryModal         = "modaal"
)

//go:embed rules.toml
var rulesFile string

// ruleFile is the layout of rules.toml (and of the rule part of a config).
type ruleFile struct {
	Sets  map[string][]string `toml:"woorden"`
	Rules []Rule              `toml:"regel"`
}

var defaults struct {
	once  sync.Once
	sets  map[string][]string
	rules []Rule
	err   error
}

func loadDefaults() {
	defaults.once.Do(func() {
		var f ruleFile
		md, err := toml.Decode(rulesFile, &f)
		if err != nil {
			defaults.err = fmt.Errorf("rules.toml: %w", err)
			return
		}
		if und := md.Undecoded(); len(und) > 0 {
			defaults.err = fmt.Errorf("rules.toml: onbekende sleutel %s", und[0])
			return
		}
		defaults.sets = f.Sets
		for i := range f.Rules {
			if err := expandSets(&f.Rules[i], f.Sets); err != nil {
				defaults.err = err
				return
			}
		}
		defaults.rules = f.Rules
	})
}

// DefaultRules returns the embedded rules with word lists (@naam)
// expanded. The result is a fresh copy the caller may change.
func DefaultRules() []Rule {
	loadDefaults()
	if defaults.err != nil {
		panic("vague: " + defaults.err.Error()) // the embedded file is tested
	}
	return cloneRules(defaults.rules)
}

// DefaultWordLists returns the embedded word lists ([woorden]) by name.
func DefaultWordLists() map[string][]string {
	loadDefaults()
	out := make(map[string][]string, len(defaults.sets))
	for k, v := range defaults.sets {
		out[k] = slices.Clone(v)
	}
	return out
}

func cloneRules(rs []Rule) []Rule {
	out := make([]Rule, len(rs))
	for i, r := range rs {
		out[i] = r.clone()
	}
	return out
}

func (r Rule) clone() Rule {
	r.Patterns = slices.Clone(r.Patterns)
	r.Exceptions = slices.Clone(r.Exceptions)
	r.CancelledBy = slices.Clone(r.CancelledBy)
	r.Requires = slices.Clone(r.Requires)
	r.Examples = slices.Clone(r.Examples)
	r.CounterExamples = slices.Clone(r.CounterExamples)
	return r
}

// expandSets replaces every @naam alternative in r's patterns and
// exceptions by the words of that list. A list with entries of several
// words ("eigen haard") may only stand alone as a whole pattern, which
// then becomes one pattern per entry.
func expandSets(r *Rule, sets map[string][]string) error {
	for _, list := range []*[]string{&r.Patterns, &r.Exceptions} {
		var out []string
		for _, p := range *list {
			if name, ok := strings.CutPrefix(strings.TrimSpace(p), "@"); ok && !strings.ContainsAny(name, " |?") {
				words, ok := sets[name]
				if !ok {
					return fmt.Errorf("regel %q: patroon %q: onbekende woordenlijst @%s", r.ID, p, name)
				}
				if slices.ContainsFunc(words, func(w string) bool { return strings.Contains(strings.TrimSpace(w), " ") }) {
					for _, w := range words {
						out = append(out, strings.TrimSpace(w))
					}
					continue
				}
			}
			q, err := expandPattern(p, sets)
			if err != nil {
				return fmt.Errorf("regel %q: patroon %q: %w", r.ID, p, err)
			}
			out = append(out, q)
		}
		*list = out
	}
	return nil
}

func expandPattern(p string, sets map[string][]string) (string, error) {
	if !strings.Contains(p, "@") {
		return p, nil
	}
	fields := strings.Fields(p)
	for i, f := range fields {
		if !strings.Contains(f, "@") {
			continue
		}
		opt := strings.HasSuffix(f, "?")
		f = strings.TrimSuffix(f, "?")
		var alts []string
		for _, a := range strings.Split(f, "|") {
			if name, ok := strings.CutPrefix(a, "@"); ok {
				words, ok := sets[name]
				if !ok {
					return "", fmt.Errorf("onbekende woordenlijst @%s", name)
				}
				for _, w := range words {
					if strings.Contains(strings.TrimSpace(w), " ") {
						return "", fmt.Errorf("woordenlijst @%s heeft een item van meer woorden (%q); gebruik hem dan als heel patroon", name, w)
					}
				}
				alts = append(alts, words...)
				continue
			}
			alts = append(alts, a)
		}
		fields[i] = strings.Join(alts, "|")
		if opt {
			fields[i] += "?"
		}
	}
	return strings.Join(fields, " "), nil
}

// resolved is a rule's meaning after category defaults and overrides.
type resolved struct {
	effect  effect
	typ     Type
	cancel  []cancelSet
	require cancelSet
	label   string
	msg     string
	// modal marks category modaal, whose scope crosses "en"
	// (modalscope.go) and which types a verdict last (type.go).
	modal bool
}

// resolve applies the category and the rule's overrides; errors name the
// rule.
func (r Rule) resolve() (resolved, error) {
	cat, ok := categories[r.Category]
	if !ok {
		return resolved{}, fmt.Errorf("regel %q: onbekende categorie %q (bekend: %s)", r.ID, r.Category,
			strings.Join(categoryNames(), ", "))
	}
	out := resolved{effect: cat.effect, typ: cat.typ, cancel: cat.cancel, label: cat.label, msg: cat.msg, modal: r.Category == categoryModal}
	if r.Effect != "" {
		e, ok := effectNames[r.Effect]
		if !ok {
			return resolved{}, fmt.Errorf("regel %q: onbekend effect %q", r.ID, r.Effect)
		}
		out.effect = e
	}
	if r.Type != "" {
		t := Type(r.Type)
		if !t.valid() {
			return resolved{}, fmt.Errorf("regel %q: onbekend type %q (resultaat, inspanning, proces, kader)", r.ID, r.Type)
		}
		out.typ = t
	}
	if r.CancelledBy != nil {
		out.cancel = nil
		for _, c := range r.CancelledBy {
			v, ok := parseCancel(c)
			if !ok {
				return resolved{}, fmt.Errorf("regel %q: opgeheven_door %q onbekend (hoeveelheid, termijn, frequentie, jaar, tijd, product, middel, met + gecombineerd)", r.ID, c)
			}
			out.cancel = append(out.cancel, v)
		}
	}
	for _, c := range r.Requires {
		v, ok := parseCancel(c)
		if !ok {
			return resolved{}, fmt.Errorf("regel %q: vereist %q onbekend (hoeveelheid, termijn, frequentie, jaar, tijd, product)", r.ID, c)
		}
		out.require |= v
	}
	if r.Message != "" {
		out.msg = r.Message
	}
	return out, nil
}

func categoryNames() []string {
	var names []string
	for k := range categories {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}
