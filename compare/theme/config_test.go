package theme

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// exampleConfig is the example of the README and the Config doc.
const exampleConfig = `
# pakompas.toml
[import]
wachtwoord = "elders gelezen"

[themas]
vervang = false
[[themas.thema]]
sleutel = "duurzaamheid"
synoniemen = ["warmtetransitie", "klimaat", "groene wijk"]
trefwoorden = ["warmtepomp", "hittekaart"]
[[themas.thema]]
sleutel = "jongeren"
naam = "Jongeren en starters"
synoniemen = ["starters", "jongerenhuisvesting"]
[themas.lokaal]
"Prettig wonen in de wijk" = "leefbaarheid"
"Kernen" = "leefbaarheid"
`

func applyConfig(t *testing.T, src string) Taxonomy {
	t.Helper()
	c, err := ParseConfig([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	tax, err := c.Apply(Default())
	if err != nil {
		t.Fatal(err)
	}
	return tax
}

func TestConfigAddAndPin(t *testing.T) {
	tax := applyConfig(t, exampleConfig)
	wantKeys := []string{"betaalbaarheid", "beschikbaarheid", "duurzaamheid", "wonen-zorg",
		"leefbaarheid", "doelgroepen", "kwaliteit", "samenwerking", "jongeren", "overig"}
	if got := tax.Keys(); !slices.Equal(got, wantKeys) {
		t.Fatalf("keys %v", got)
	}
	if tax.Label("jongeren") != "Jongeren en starters" || tax.Label("duurzaamheid") != "Duurzaamheid" {
		t.Errorf("labels %q %q", tax.Label("jongeren"), tax.Label("duurzaamheid"))
	}
	p := NewPlacer(tax)
	for _, c := range []struct{ name, text, key, via string }{
		{"Starters op de woningmarkt", "", "jongeren", ViaTheme},
		{"Jongerenhuisvesting", "", "jongeren", ViaTheme},
		{"Klimaatbestendig wonen", "", "duurzaamheid", ViaTheme},
		{"Een groene wijk", "", "duurzaamheid", ViaTheme}, // the phrase beats "wijk"
		{"Algemeen", "De gemeente maakt een hittekaart.", "duurzaamheid", ViaText},
		{"Algemeen", "Elke starter krijgt een jongerencontract.", "doelgroepen", ViaText},
		{"3. Prettig wonen in de wijk", "", "leefbaarheid", ViaConfig},
		{"kernen", "", "leefbaarheid", ViaConfig},
		{"Huurbeleid", "", "betaalbaarheid", ViaTheme}, // the defaults still hold
	} {
		got := p.Place(c.name, c.text)
		if got.Key != c.key || got.Via != c.via {
			t.Errorf("Place(%q, %q) = %s via %s (%q), want %s via %s", c.name, c.text, got.Key, got.Via, got.Matched, c.key, c.via)
		}
	}
	if got := p.Place("Prettig wonen in de wijk", ""); got.Matched != "Prettig wonen in de wijk" {
		t.Errorf("a pin names the pinned name: %+v", got)
	}
	if pins := tax.Pins(); len(pins) != 2 || pins["Kernen"] != "leefbaarheid" {
		t.Errorf("Pins() = %v", pins)
	}
	// The base is untouched.
	if Default().Has("jongeren") || slices.Contains(Default().Themes()[2].Synonyms, "groene wijk") {
		t.Error("Apply changed the default taxonomy")
	}
}

func TestConfigRelabelAndIgnore(t *testing.T) {
	tax := applyConfig(t, `
[themas]
negeer = ["huisvesting"]
[[themas.thema]]
sleutel = "doelgroepen"
naam = "Aandachtsgroepen"
[[themas.thema]]
sleutel = "overig"
naam = "Nog te plaatsen"
`)
	if tax.Label("doelgroepen") != "Aandachtsgroepen" || tax.Label(KeyOverig) != "Nog te plaatsen" {
		t.Errorf("labels: %v", tax.Themes())
	}
	p := NewPlacer(tax)
	if got := p.Place("Huisvesting", ""); got.Key != KeyOverig || got.Label != "Nog te plaatsen" {
		t.Errorf("an ignored word still counted: %+v", got)
	}
	if k := tax.Keys(); k[len(k)-1] != KeyOverig {
		t.Errorf("overig is not last: %v", k)
	}
}

func TestConfigReplaceWithSamenwerkingsopgaven(t *testing.T) {
	src, err := os.ReadFile("testdata/samenwerkingsopgaven.toml")
	if err != nil {
		t.Fatal(err)
	}
	tax := applyConfig(t, string(src))
	want := []string{"sociale-opgave", "draagkracht", "doorstroming", "wonen-zorg", "klant-voorop", "verduurzamen", "overig"}
	if got := tax.Keys(); !slices.Equal(got, want) {
		t.Fatalf("keys %v", got)
	}
	p := NewPlacer(tax)
	for _, c := range []struct{ name, text, key string }{
		{"Betaalbaarheid en huurbeleid", "", "draagkracht"},
		{"Voldoende woningen", "", "doorstroming"},
		{"Leefbaarheid en veiligheid", "", "sociale-opgave"},
		{"Huisvesting kwetsbare groepen", "", "sociale-opgave"},
		{"Wonen, zorg en welzijn", "", "wonen-zorg"},
		{"Kwaliteit en dienstverlening", "", "klant-voorop"},
		{"Energietransitie", "", "verduurzamen"},
		{"Algemeen", "De corporatie plaatst zonnepanelen op 200 woningen.", "verduurzamen"},
		{"Proces en monitoring", "", KeyOverig},
	} {
		if got := p.Place(c.name, c.text); got.Key != c.key {
			t.Errorf("Place(%q) = %s (%q), want %s", c.name, got.Key, got.Matched, c.key)
		}
	}
	if tax.Label(KeyOverig) != "Overig (ook proces en samenwerking)" {
		t.Errorf("overig label %q", tax.Label(KeyOverig))
	}
}

func TestConfigReplaceAddsOverig(t *testing.T) {
	tax := applyConfig(t, `
[themas]
vervang = true
[[themas.thema]]
sleutel = "wonen"
naam = "Wonen"
synoniemen = ["wonen", "woningen"]
`)
	if got := tax.Keys(); !slices.Equal(got, []string{"wonen", KeyOverig}) || tax.Label(KeyOverig) != "Overig" {
		t.Fatalf("keys %v, overig %q", got, tax.Label(KeyOverig))
	}
	p := NewPlacer(tax)
	if got := p.Place("Huurbeleid", "De huurverhoging is 3%."); got.Key != KeyOverig || got.Via != ViaNone {
		t.Errorf("the replaced defaults still placed: %+v", got)
	}
	// A theme without keywords uses its synonyms for texts.
	if got := p.Place("", "Er komen 40 woningen bij."); got.Key != "wonen" || got.Via != ViaText {
		t.Errorf("synonyms as keywords: %+v", got)
	}
}

func TestConfigErrors(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      []string // parts of the error message
	}{
		{"new theme without naam", `[[themas.thema]]
sleutel = "jongeren"
synoniemen = ["starters"]`, []string{`[[themas.thema]] nr. 1 (sleutel "jongeren")`, "naam"}},
		{"missing key", `[[themas.thema]]
naam = "Jongeren"`, []string{"[[themas.thema]] nr. 1", "sleutel ontbreekt"}},
		{"bad key", `[[themas.thema]]
sleutel = "Jongeren en starters"
naam = "Jongeren"`, []string{`sleutel "Jongeren en starters"`, "kleine letter"}},
		{"key with a space", `[[themas.thema]]
sleutel = "jong eren"
naam = "Jongeren"`, []string{`sleutel "jong eren" mag alleen`}},
		{"duplicate key", `[[themas.thema]]
sleutel = "duurzaamheid"
synoniemen = ["klimaat"]
[[themas.thema]]
sleutel = "duurzaamheid"
synoniemen = ["warmte"]`, []string{`nr. 2 (sleutel "duurzaamheid")`, "nr. 1"}},
		{"empty synonym", `[[themas.thema]]
sleutel = "duurzaamheid"
synoniemen = ["klimaat", " "]`, []string{`(sleutel "duurzaamheid")`, `synoniem " "`, "leeg"}},
		{"synonym of stop words", `[[themas.thema]]
sleutel = "duurzaamheid"
trefwoorden = ["van de"]`, []string{`trefwoord "van de"`}},
		{"pin to an unknown key", `[themas.lokaal]
"Prettig wonen" = "leefbaarhied"`, []string{`[themas.lokaal] "Prettig wonen" = "leefbaarhied"`, "onbekend thema", "leefbaarheid"}},
		{"pin of a number", `[themas.lokaal]
"3." = "leefbaarheid"`, []string{`"3."`, "leeg of alleen een nummer"}},
		{"conflicting pins", `[themas.lokaal]
"Wonen in de wijk" = "leefbaarheid"
"3. Wonen in de wijk" = "wonen-zorg"`, []string{`"Wonen in de wijk"`, "ander thema"}},
		{"replace without themes", `[themas]
vervang = true`, []string{"vervang = true", "geen enkel"}},
		{"bad ignore word", `[themas]
negeer = ["twee woorden"]`, []string{"negeer", `"twee woorden"`}},
		{"unknown key", `[[themas.thema]]
sleutel = "duurzaamheid"
synonymen = ["klimaat"]`, []string{"onbekende instelling", "synonymen"}},
	} {
		c, src := c, c.src
		t.Run(c.name, func(t *testing.T) {
			cfg, err := ParseConfig([]byte(src))
			if err == nil {
				var tax Taxonomy
				tax, err = cfg.Apply(Default())
				if err != nil && !slices.Equal(tax.Keys(), Default().Keys()) {
					t.Error("a failed Apply must return the base")
				}
			}
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestConfigReportsAllProblems(t *testing.T) {
	cfg, err := ParseConfig([]byte(`
[[themas.thema]]
sleutel = "a b"
[[themas.thema]]
sleutel = "nieuw"
[themas.lokaal]
"X" = "niets"
`))
	if err != nil {
		t.Fatal(err)
	}
	_, err = cfg.Apply(Default())
	if err == nil || strings.Count(err.Error(), "\n") != 2 {
		t.Errorf("want three problems, got %v", err)
	}
}

func TestZeroConfigChangesNothing(t *testing.T) {
	tax, err := Config{}.Apply(Default())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.EqualFunc(tax.Themes(), Default().Themes(), func(a, b Theme) bool {
		return a.Key == b.Key && a.Label == b.Label && slices.Equal(a.Synonyms, b.Synonyms) && slices.Equal(a.Keywords, b.Keywords)
	}) {
		t.Error("the zero Config changed the taxonomy")
	}
}

// TestUnknownKeysForTheLead shows the use by compare.ParseConfig, which
// decodes the whole pakompas.toml into its own struct.
func TestUnknownKeysForTheLead(t *testing.T) {
	var file struct {
		Themas Config `toml:"themas"`
	}
	md, err := toml.Decode("[themas]\nvervangen = true\n", &file)
	if err != nil {
		t.Fatal(err)
	}
	if err := UnknownKeys(md); err == nil || !strings.Contains(err.Error(), "themas.vervangen") {
		t.Errorf("UnknownKeys = %v", err)
	}
}
