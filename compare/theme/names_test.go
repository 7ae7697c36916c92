package theme

import (
	"context"
	"sync"
	"testing"

	"pakompas/importer"
	"pakompas/importer/corpus"
	"pakompas/importer/demo"
)

// nameCases are local theme names as seen (or plausibly seen) in
// prestatieafspraken, with the national theme each belongs to.
var nameCases = []struct{ name, key string }{
	// betaalbaarheid
	{"Betaalbaarheid", "betaalbaarheid"},
	{"Huurbeleid", "betaalbaarheid"},
	{"Betaalbaar wonen", "betaalbaarheid"},
	{"Woonlasten", "betaalbaarheid"},
	{"Betaalbaarheid en huurbeleid", "betaalbaarheid"},
	{"1. Betaalbaarheid en huurbeleid", "betaalbaarheid"},
	{"Huurprijzen en woonlasten", "betaalbaarheid"},
	{"Huren en woonlasten", "betaalbaarheid"},
	{"BETAALBAARHEID & WOONLASTEN", "betaalbaarheid"},
	{"Huurverhoging 2025", "betaalbaarheid"},
	{"Armoede en schulden", "betaalbaarheid"},
	{"Woonlasten en energiearmoede", "betaalbaarheid"},
	{"Huurachterstanden voorkomen", "betaalbaarheid"},
	{"Betaalbare huren", "betaalbaarheid"},
	{"Woon- en energielasten", "betaalbaarheid"},
	// beschikbaarheid
	{"Voldoende woningen", "beschikbaarheid"},
	{"2. Voldoende woningen", "beschikbaarheid"},
	{"Nieuwbouw", "beschikbaarheid"},
	{"Woningbouw", "beschikbaarheid"},
	{"Beschikbaarheid", "beschikbaarheid"},
	{"Thema 2 - Beschikbaarheid", "beschikbaarheid"},
	{"Beschikbaarheid en nieuwbouw", "beschikbaarheid"},
	{"Woningvoorraad en doorstroming", "beschikbaarheid"},
	{"Nieuwbouw en doorstroming", "beschikbaarheid"},
	{"Doorstroming", "beschikbaarheid"},
	{"Woonruimteverdeling en toewijzing", "beschikbaarheid"},
	{"Sociale huurwoningen", "beschikbaarheid"},
	{"Flexwonen", "beschikbaarheid"},
	{"Sloop en nieuwbouw", "beschikbaarheid"},
	{"Bouwen, bouwen, bouwen", "beschikbaarheid"},
	// duurzaamheid
	{"Duurzaamheid", "duurzaamheid"},
	{"Duurzaam", "duurzaamheid"},
	{"Energietransitie", "duurzaamheid"},
	{"Verduurzaming van het bezit", "duurzaamheid"},
	{"3. Verduurzaming van het bezit", "duurzaamheid"},
	{"Duurzaamheid en klimaatadaptatie", "duurzaamheid"},
	{"Klimaatadaptatie", "duurzaamheid"},
	{"Energie en duurzaamheid", "duurzaamheid"},
	{"Duurzaam wonen", "duurzaamheid"},
	{"Warmtetransitie en aardgasvrij", "duurzaamheid"},
	{"CO2-reductie", "duurzaamheid"},
	{"Renovatie en verduurzaming", "duurzaamheid"},
	{"H3. Duurzaamheid", "duurzaamheid"},
	// wonen-zorg
	{"Wonen en zorg", "wonen-zorg"},
	{"Wonen, zorg en welzijn", "wonen-zorg"},
	{"Wonen met zorg", "wonen-zorg"},
	{"Langer thuis", "wonen-zorg"},
	{"Ouderen, zorg en welzijn", "wonen-zorg"},
	{"Zorg & welzijn", "wonen-zorg"},
	{"Wonen-zorg", "wonen-zorg"},
	{"Senioren", "wonen-zorg"},
	{"Ouderenhuisvesting", "wonen-zorg"},
	{"Langer zelfstandig thuis wonen", "wonen-zorg"},
	{"Wonen, welzijn en zorg in de wijk", "wonen-zorg"},
	{"IV. Wonen en zorg", "wonen-zorg"},
	// leefbaarheid
	{"Leefbaarheid", "leefbaarheid"},
	{"Prettig wonen in de wijk", "leefbaarheid"},
	{"Leefbaarheid en veiligheid", "leefbaarheid"},
	{"Wijkaanpak", "leefbaarheid"},
	{"Leefbare buurten", "leefbaarheid"},
	{"Veilig wonen", "leefbaarheid"},
	{"Wijken en buurten", "leefbaarheid"},
	{"Schoon, heel en veilig", "leefbaarheid"},
	{"Overlast en veiligheid", "leefbaarheid"},
	{"Leefbaarheid in dorpen en wijken", "leefbaarheid"},
	{"Sociale cohesie", "leefbaarheid"},
	// doelgroepen
	{"Bijzondere doelgroepen", "doelgroepen"},
	{"Huisvesting kwetsbare groepen", "doelgroepen"},
	{"Urgente doelgroepen", "doelgroepen"},
	{"Huisvesting bijzondere doelgroepen", "doelgroepen"},
	{"Doelgroepen", "doelgroepen"},
	{"Kwetsbare doelgroepen", "doelgroepen"},
	{"Hoofdstuk 4: Kwetsbare groepen", "doelgroepen"},
	{"Statushouders", "doelgroepen"},
	{"Huisvesting vergunninghouders", "doelgroepen"},
	{"Arbeidsmigranten", "doelgroepen"},
	{"Jongeren", "doelgroepen"},
	{"Uitstroom beschermd wonen", "doelgroepen"},
	{"Spoedzoekers en urgenten", "doelgroepen"},
	{"Dak- en thuislozen", "doelgroepen"},
	// kwaliteit
	{"Kwaliteit en onderhoud", "kwaliteit"},
	{"Woningkwaliteit", "kwaliteit"},
	{"Onderhoud en woningkwaliteit", "kwaliteit"},
	{"Onderhoud en woonkwaliteit", "kwaliteit"},
	{"Kwaliteit en dienstverlening", "kwaliteit"},
	{"Woningkwaliteit en dienstverlening", "kwaliteit"},
	{"Onderhoud", "kwaliteit"},
	{"Vocht en schimmel", "kwaliteit"},
	{"Dienstverlening", "kwaliteit"},
	{"Klanttevredenheid", "kwaliteit"},
	{"Renovatie en onderhoud", "kwaliteit"},
	{"Kwaliteit van de woningen", "kwaliteit"},
	// samenwerking
	{"Samenwerking", "samenwerking"},
	{"Proces en monitoring", "samenwerking"},
	{"Samenwerking en proces", "samenwerking"},
	{"Procesafspraken", "samenwerking"},
	{"2.6 Procesafspraken", "samenwerking"},
	{"Monitoring en evaluatie", "samenwerking"},
	{"Proces en samenwerking", "samenwerking"},
	{"Samenwerking en monitoring", "samenwerking"},
	{"Monitoring en overleg", "samenwerking"},
	{"Algemene bepalingen", "samenwerking"},
	{"Huurdersparticipatie", "samenwerking"},
	{"Communicatie en participatie", "samenwerking"},
	{"Governance", "samenwerking"},
	// ties: the first named wins without a text
	{"Betaalbaarheid en beschikbaarheid", "betaalbaarheid"},
	{"Beschikbaarheid en betaalbaarheid", "beschikbaarheid"},
	{"Leefbaarheid en bijzondere doelgroepen", "leefbaarheid"},
}

// silentNames say nothing about a theme.
var silentNames = []string{
	"", "Overige afspraken", "Algemeen", "Jaarschijf 2025", "Afspraken", "Overig",
	"3.", "Thema 5", "Diversen", "   ", "Hoofdstuk 7:",
}

func TestPlaceNames(t *testing.T) {
	if len(nameCases) < 80 {
		t.Fatalf("only %d name cases", len(nameCases))
	}
	p := NewPlacer(Default())
	for _, c := range nameCases {
		got := p.Place(c.name, "")
		if got.Key != c.key || got.Via != ViaTheme || got.Matched == "" || got.Raw != c.name {
			t.Errorf("Place(%q) = %+v, want key %s via thema", c.name, got, c.key)
		}
		if got.Label != Default().Label(c.key) {
			t.Errorf("Place(%q).Label = %q", c.name, got.Label)
		}
	}
}

func TestPlaceSilentNames(t *testing.T) {
	p := NewPlacer(Default())
	for _, name := range silentNames {
		got := p.Place(name, "")
		if got.Key != KeyOverig || got.Via != ViaNone || got.Label != "Overig" || got.Raw != name {
			t.Errorf("Place(%q, \"\") = %+v, want overig via geen with the raw name", name, got)
		}
	}
}

func TestPlaceUnplaceable(t *testing.T) {
	p := NewPlacer(Default())
	const raw = "Dorpsontwikkeling Kudelstaart"
	got := p.Place(raw, "Zie de bijlage bij dit document, pagina 4.")
	if got.Key != KeyOverig || got.Via != ViaNone || got.Raw != raw {
		t.Fatalf("got %+v", got)
	}
}

func TestPlaceTieReportsAlso(t *testing.T) {
	p := NewPlacer(Default())
	got := p.Place("Betaalbaarheid en beschikbaarheid", "")
	if len(got.Also) != 1 || got.Also[0] != "beschikbaarheid" {
		t.Errorf("Also = %v, want [beschikbaarheid]", got.Also)
	}
	if p.Place("Wonen, zorg en welzijn", "").Also != nil {
		t.Error("a clear winner has no Also")
	}
}

func TestPlaceDemoThemeNames(t *testing.T) {
	rep := importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, importer.Options{})
	if len(rep.Agreements) < 100 {
		t.Fatalf("demo import gave %d agreements", len(rep.Agreements))
	}
	want := map[string]string{
		"Algemene bepalingen":                "samenwerking",
		"Betaalbaar wonen":                   "betaalbaarheid",
		"Betaalbaarheid":                     "betaalbaarheid",
		"Betaalbaarheid en huurbeleid":       "betaalbaarheid",
		"Beschikbaarheid en nieuwbouw":       "beschikbaarheid",
		"Doelgroepen":                        "doelgroepen",
		"Duurzaam":                           "duurzaamheid",
		"Duurzaamheid":                       "duurzaamheid",
		"Duurzaamheid en klimaatadaptatie":   "duurzaamheid",
		"Energietransitie":                   "duurzaamheid",
		"Huisvesting kwetsbare groepen":      "doelgroepen",
		"Huurprijzen en woonlasten":          "betaalbaarheid",
		"Kwaliteit en dienstverlening":       "kwaliteit",
		"Kwetsbare doelgroepen":              "doelgroepen",
		"Leefbaarheid":                       "leefbaarheid",
		"Leefbaarheid en veiligheid":         "leefbaarheid",
		"Leefbare buurten":                   "leefbaarheid",
		"Monitoring en overleg":              "samenwerking",
		"Nieuwbouw":                          "beschikbaarheid",
		"Nieuwbouw en doorstroming":          "beschikbaarheid",
		"Onderhoud":                          "kwaliteit",
		"Onderhoud en woonkwaliteit":         "kwaliteit",
		"Ouderen, zorg en welzijn":           "wonen-zorg",
		"Prettig wonen in de wijk":           "leefbaarheid",
		"Proces en samenwerking":             "samenwerking",
		"Samenwerking":                       "samenwerking",
		"Samenwerking en monitoring":         "samenwerking",
		"Urgente doelgroepen":                "doelgroepen",
		"Verduurzaming":                      "duurzaamheid",
		"Verduurzaming van het bezit":        "duurzaamheid",
		"Voldoende woningen":                 "beschikbaarheid",
		"Wonen en zorg":                      "wonen-zorg",
		"Wonen, zorg en welzijn":             "wonen-zorg",
		"Woningbouw":                         "beschikbaarheid",
		"Woningkwaliteit en dienstverlening": "kwaliteit",
	}
	p := NewPlacer(Default())
	seen := map[string]bool{}
	for _, a := range rep.Agreements {
		key, ok := want[a.ThemeRaw]
		if !ok {
			t.Errorf("demo theme name %q (%s) is not in the table", a.ThemeRaw, a.Gemeente)
			continue
		}
		seen[a.ThemeRaw] = true
		if got := p.Place(a.ThemeRaw, a.Text); got.Key != key || got.Via != ViaTheme {
			t.Errorf("%s %q: got %s via %s, want %s", a.Gemeente, a.ThemeRaw, got.Key, got.Via, key)
		}
	}
	if len(seen) != len(want) {
		t.Errorf("the demo used %d of the %d names in the table", len(seen), len(want))
	}
}

func TestPlaceCorpusThemeNames(t *testing.T) {
	p := NewPlacer(Default())
	names := map[string]string{}
	for _, s := range nationalCorpus() {
		for _, it := range s.Items {
			names[it.ThemeRaw] = it.Theme
		}
	}
	if len(names) < 30 {
		t.Fatalf("the corpus has only %d theme names", len(names))
	}
	for raw, key := range names {
		if got := p.Place(raw, ""); got.Key != key || got.Via != ViaTheme {
			t.Errorf("corpus %q: got %s via %s (%q), want %s", raw, got.Key, got.Via, got.Matched, key)
		}
	}
	// Every corpus agreement with its name and text, as the importer
	// delivers it.
	for _, s := range nationalCorpus()[:20] {
		for _, it := range s.Items {
			if got := p.Place(it.ThemeRaw, it.Text); got.Key != it.Theme {
				t.Fatalf("%s %q: got %s, want %s", s.Gemeente.Name, it.ThemeRaw, got.Key, it.Theme)
			}
		}
	}
}

// nationalCorpus is the default corpus, built once per test binary.
var nationalCorpus = sync.OnceValue(func() []corpus.Set { return corpus.Build(corpus.Options{}) })
