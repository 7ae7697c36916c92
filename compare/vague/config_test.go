package vague

import (
	"strings"
	"testing"
)

const exampleConfig = `
[regels]
uit = ["open-einde"]

[regels.woorden]
corporaties = ["woonstichting de kernen", "thuisvester"]

[[regels.regel]]
id = "streven"
melding = "streefafspraak: '%s'; noem een aantal en een jaar"
extra_patronen = ["streefcijfer|streefcijfers"]

[[regels.regel]]
id = "in-gesprek"
extra_uitzonderingen = ["in gesprek met de huurder"]

[[regels.regel]]
id = "corporatienamen"
categorie = "partij"
omschrijving = "De corporaties in onze regio."
patronen = ["@corporaties"]

[[regels.regel]]
id = "koffie"
categorie = "proces"
omschrijving = "Koffie drinken."
patronen = ["drinken … koffie"]
`

func TestConfigApply(t *testing.T) {
	cfg, err := ParseConfig([]byte(exampleConfig))
	if err != nil {
		t.Fatal(err)
	}
	base := DefaultRules()
	rules, err := cfg.Apply(base)
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(rules)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]Rule{}
	for _, r := range c.Rules() {
		byID[r.ID] = r
	}
	if _, ok := byID["open-einde"]; ok {
		t.Error("open-einde not switched off")
	}
	if len(rules) != len(base)+1 {
		t.Errorf("%d rules, want %d (one off, two added)", len(rules), len(base)+1)
	}
	r := c.Classify(Input{Text: "Er komt een streefcijfer voor doorstroming."})
	if !r.Vague || !hasFlag(r.Flags, "streven") || !strings.HasPrefix(r.Flags[0].Message, "streefafspraak: 'streefcijfer'") {
		t.Errorf("changed streven: %+v", r)
	}
	if got := byID["streven"].Category; got != "inspanning" {
		t.Errorf("streven category %q changed", got)
	}
	if r := c.Classify(Input{Text: "Partijen drinken samen koffie."}); !hasFlag(r.Flags, "koffie") {
		t.Errorf("new rule does not flag: %+v", r.Flags)
	}
	if r := c.Classify(Input{Text: "Thuisvester gaat in gesprek met de huurder."}); hasFlag(r.Flags, "in-gesprek") || !r.Smart.Who {
		t.Errorf("extra exception or word list: %+v", r)
	}
	if r := c.Classify(Input{Text: "Partijen vragen woonstichting De Kernen om een voorstel."}); !r.Smart.Who {
		t.Errorf("a name of several words from a word list: %+v", r)
	}
	if r := c.Classify(Input{Text: "Partijen gaan in gesprek met de gemeente."}); !hasFlag(r.Flags, "in-gesprek") {
		t.Error("in-gesprek lost its patterns")
	}
	// base is not changed
	for _, b := range base {
		if b.ID == "streven" && b.Message != "" {
			t.Error("Apply changed its input")
		}
	}
}

func TestConfigErrors(t *testing.T) {
	cases := map[string]string{
		`[regels]
uit = ["bestaat-niet"]`: `"bestaat-niet"`,
		`[[regels.regel]]
id = "nieuw"
patronen = ["x"]`: `"nieuw"`,
		`[[regels.regel]]
id = "nieuw"
categorie = "onzin"
patronen = ["x"]`: `"nieuw"`,
		`[[regels.regel]]
id = "streven"
patronen = ["@geenlijst"]`: `"streven"`,
		`[[regels.regel]]
id = "streven"
opgeheven_door = ["hoeveelheid+maan"]`: `"streven"`,
		`[[regels.regel]]
id = "a"
categorie = "proces"
patronen = ["x"]
[[regels.regel]]
id = "a"
categorie = "proces"
patronen = ["y"]`: "nr. 2",
	}
	for src, want := range cases {
		cfg, err := ParseConfig([]byte(src))
		if err != nil {
			t.Errorf("%s: parse: %v", src, err)
			continue
		}
		base := DefaultRules()
		out, err := cfg.Apply(base)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want one naming %s", src, err, want)
		}
		if len(out) != len(base) {
			t.Errorf("%s: on error Apply must return base", src)
		}
	}
	if _, err := ParseConfig([]byte("[regels]\nuitt = [\"x\"]")); err == nil || !strings.Contains(err.Error(), "uitt") {
		t.Errorf("unknown key: %v", err)
	}
	if _, err := ParseConfig([]byte("[[regels.regel]]\nid = \"x\"\npatroon = [\"y\"]")); err == nil || !strings.Contains(err.Error(), "patroon") {
		t.Errorf("unknown rule key: %v", err)
	}
	var zero Config
	if out, err := zero.Apply(DefaultRules()); err != nil || len(out) != len(DefaultRules()) {
		t.Errorf("zero config: %v", err)
	}
}
