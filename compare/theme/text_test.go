package theme

import (
	"context"
	"slices"
	"strings"
	"testing"

	"pakompas/importer"
	"pakompas/importer/demo"
)

// textCases are agreements under a theme name that says nothing; the text
// decides.
var textCases = []struct{ name, text, key, matched string }{
	{"Algemeen", "De corporatie beperkt de huurverhoging in 2025 tot de inflatie.", "betaalbaarheid", "huurverhoging"},
	{"", "Huurders met een betalingsachterstand krijgen binnen twee weken een brief en een gesprek.", "betaalbaarheid", "betalingsachterstand"},
	{"Overige afspraken", "De gemeente verruimt de regeling voor kwijtschelding van de lokale lasten voor minima.", "betaalbaarheid", ""},
	{"Jaarschijf 2025", "In 2026 heeft geen woning van de corporatie nog een energielabel E, F of G.", "duurzaamheid", "energielabel"},
	{"Afspraken", "De corporatie legt zonnepanelen op 120 eengezinswoningen in Noord.", "duurzaamheid", "zonnepanelen"},
	{"", "Bij 300 woningen wordt vóór 2027 de spouwmuur geïsoleerd en komt er een warmtepomp.", "duurzaamheid", ""},
	{"Algemeen", "De corporatie huisvest in 2025 ten minste 24 statushouders.", "doelgroepen", "statushouder"},
	{"", "De gemeente en de corporatie maken afspraken over de uitstroom uit beschermd wonen.", "doelgroepen", ""},
	{"Overig", "Vijf procent van de vrijkomende woningen gaat naar urgente woningzoekenden.", "doelgroepen", ""},
	{"Afspraken", "Meldingen van vocht en schimmel worden binnen vier weken verholpen.", "kwaliteit", ""},
	{"", "De corporatie vervangt in 2026 de keukens en badkamers van het complex aan de Dorpsstraat.", "kwaliteit", ""},
	{"Jaarschijf 2025", "De corporatie stelt een leefbaarheidsbudget van € 15.000 beschikbaar voor bewonersinitiatieven.", "leefbaarheid", "leefbaarheid"},
	{"", "Gemeente en corporatie pakken de overlast rond het winkelcentrum samen aan.", "leefbaarheid", "overlast"},
	{"Algemeen", "De corporatie realiseert 40 zorgwoningen bij het woonzorgcentrum.", "wonen-zorg", ""},
	{"", "Senioren krijgen hulp bij het aanvragen van een traplift via de Wmo.", "wonen-zorg", ""},
	{"Overige afspraken", "De corporatie start in 2026 met de nieuwbouw van 60 appartementen aan de Ringweg.", "beschikbaarheid", ""},
	{"", "De gemeente wijzigt het bestemmingsplan voor de bouwlocatie Zuidrand vóór 1 juli 2025.", "beschikbaarheid", ""},
	{"Afspraken", "Partijen evalueren de prestatieafspraken jaarlijks in een bestuurlijk overleg.", "samenwerking", ""},
	{"", "De huurdersorganisatie krijgt een werkbudget en adviesrecht op het bod.", "samenwerking", ""},
	// keywords added in the second round of issue 9, one per kind of confusion
	{"", "Vrijkomende woningen worden aangeboden in de laagste prijsklasse.", "betaalbaarheid", "prijsklasse"},
	{"", "In 2030 zijn 400 woningen van de corporatie gasloos.", "duurzaamheid", "gasloos"},
	{"", "Gemeente en corporaties leggen hun samenwerking vast in een convenant.", "samenwerking", "samenwerking, convenant"},
	{"", "De corporatie houdt 20 maatwerkwoningen beschikbaar.", "doelgroepen", "maatwerkwoning"},
	{"Jaarschijf 2025", "Geschillen over deze afspraken gaan naar de geschillencommissie.", "samenwerking", ""},
}

func TestPlaceByText(t *testing.T) {
	p := NewPlacer(Default())
	for _, c := range textCases {
		got := p.Place(c.name, c.text)
		if got.Key != c.key || got.Via != ViaText || got.Raw != c.name {
			t.Errorf("Place(%q, %q) = %s via %s (%q), want %s via tekst", c.name, c.text, got.Key, got.Via, got.Matched, c.key)
			continue
		}
		if c.matched != "" && !strings.Contains(got.Matched, c.matched) {
			t.Errorf("Place(%q, %q).Matched = %q, want it to name %q", c.name, c.text, got.Matched, c.matched)
		}
	}
}

func TestNameBeatsText(t *testing.T) {
	p := NewPlacer(Default())
	got := p.Place("Duurzaamheid", "De huurverhoging blijft in 2025 onder de inflatie.")
	if got.Key != "duurzaamheid" || got.Via != ViaTheme {
		t.Errorf("got %+v", got)
	}
}

func TestTieBrokenByText(t *testing.T) {
	p := NewPlacer(Default())
	const name = "Betaalbaarheid en beschikbaarheid"
	got := p.Place(name, "De corporatie bouwt in 2026 40 sociale huurwoningen in plan De Hoef.")
	if got.Key != "beschikbaarheid" || got.Via != ViaTheme || len(got.Also) != 1 || got.Also[0] != "betaalbaarheid" {
		t.Errorf("bouw text: got %+v", got)
	}
	got = p.Place(name, "De huurverhoging blijft onder de inflatie.")
	if got.Key != "betaalbaarheid" || got.Also[0] != "beschikbaarheid" {
		t.Errorf("huur text: got %+v", got)
	}
	// A text that supports neither: the first named.
	if got = p.Place(name, "Partijen spreken elkaar twee keer per jaar."); got.Key != "betaalbaarheid" {
		t.Errorf("neutral text: got %+v", got)
	}
}

// TestTextOnDemo places every demo agreement by its text alone and
// compares with the theme its name gives: the text fallback must agree on
// nearly all of them (these texts were not used to write the keywords).
func TestTextOnDemo(t *testing.T) {
	p := NewPlacer(Default())
	rep := importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, importer.Options{})
	ok := 0
	for _, a := range rep.Agreements {
		want := p.Place(a.ThemeRaw, "").Key
		if got := p.Place("", a.Text); got.Key == want {
			ok++
		} else {
			t.Logf("miss: %s → %s (%q): %s", want, got.Key, got.Matched, a.Text)
		}
	}
	acc := float64(ok) / float64(len(rep.Agreements))
	t.Logf("text fallback on the demo set: %d/%d = %.3f", ok, len(rep.Agreements), acc)
	if acc < 0.9 {
		t.Errorf("accuracy %.3f below 0.9", acc)
	}
}

// TestTextOnCorpus does the same for a sample of the national corpus.
func TestTextOnCorpus(t *testing.T) {
	p := NewPlacer(Default())
	ok, n := 0, 0
	for i, s := range nationalCorpus() {
		if i%7 != 0 {
			continue
		}
		for _, it := range s.Items {
			n++
			if p.Place("", it.Text).Key == it.Theme {
				ok++
			}
		}
	}
	acc := float64(ok) / float64(n)
	t.Logf("text fallback on %d corpus agreements: %.3f", n, acc)
	if acc < 0.85 {
		t.Errorf("accuracy %.3f below 0.85", acc)
	}
}

// TestForWhom: a word right after "voor", "aan" or "naar" names whom a
// thing is for; its keyword counts forWeight, and the scorer sees it as
// such ("v:" features), so a group that is the object of the sentence
// outweighs the dwelling words.
func TestForWhom(t *testing.T) {
	rd := textWords("Woningen voor starters en de doelgroep. Aan statushouders, naar de senioren.", nil)
	if marked := markedWords(rd.words, rd.forWhom); strings.Join(marked, " ") != "starters statushouders" {
		t.Errorf("marked %v, want [starters statushouders]", marked)
	}
	p := NewPlacer(Default())
	doel := p.tax.index("doelgroepen")
	if got := p.textTally("twintig woningen voor statushouders").score[doel]; got != forWeight {
		t.Errorf("doelgroepen scores %v after voor, want %v", got, forWeight)
	}
	if got := p.textTally("statushouders en twintig woningen").score[doel]; got != 1 {
		t.Errorf("doelgroepen scores %v without voor, want 1", got)
	}
	rd = textWords("woningen voor spoedzoekers", nil)
	feats := collectFeatures(p, rd, p.texts.claims(rd.words, rd.proper))
	if !slices.ContainsFunc(feats, func(f feature) bool { return f.key == "v:@groep" && f.word == "spoedzoekers" }) {
		t.Errorf("no v:@groep feature in %v", feats)
	}
	got := p.Place("", "Van de vrijkomende woningen gaat 10% naar vergunninghouders.")
	if got.Key != "doelgroepen" || !strings.Contains(got.Matched, "vergunninghouder") {
		t.Errorf("got %+v, want doelgroepen naming vergunninghouder", got)
	}
}
