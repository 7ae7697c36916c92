package theme

import (
	"slices"
	"strings"
	"testing"
)

// TestSubClause: the words from "om", "zodat", "mits", "zoals" … to the
// next comma or end of sentence are a purpose, condition or example
// clause (reading.sub); the rest is the main clause.
func TestSubClause(t *testing.T) {
	rd := textWords("De corporatie bouwt 40 woningen om de doorstroming te bevorderen, en sloopt er 10. Zodat huurders blijven: renovatie.", nil)
	if got := strings.Join(markedWords(rd.words, rd.sub), " "); got != "doorstroming bevorderen zodat huurders blijven" {
		t.Errorf("sub clause words %q", got)
	}
	rd = textWords("Door de hoge energiekosten, isoleren zij eerst omdat het moet. Alle woningen (huur én koop) worden door hen gelabeld.", nil)
	if got := strings.Join(markedWords(rd.words, rd.sub), " "); got != "hoge energiekosten omdat moet huur koop" {
		t.Errorf("sub clause words %q", got)
	}
}

// TestDwellingFor: a dwelling word whose first part is a group points at
// that group's theme (rule 2); starters are no group.
func TestDwellingFor(t *testing.T) {
	p := NewPlacer(Default())
	for w, want := range map[string]string{
		"jongerenwoningen": "doelgroepen", "studentenhuisvesting": "doelgroepen",
		"seniorenwoningen": "wonen-zorg", "ouderenwoning": "wonen-zorg",
		"starterswoningen": "", "huurwoningen": "", "woningen": "", "jongeren": "",
	} {
		got := ""
		if i := p.rules.dwellingFor(w); i >= 0 {
			got = p.tax.themes[i].Key
		}
		if got != want {
			t.Errorf("dwellingFor(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestRuleFeatures: the features say which precedence rule fires first,
// whether it decided between several themes, and rule 2's exceptions.
func TestRuleFeatures(t *testing.T) {
	p := NewPlacer(Default())
	feats := func(s string) []string {
		rd := textWords(s, p.ignore)
		var out []string
		for _, f := range collectFeatures(p, rd, p.texts.claims(rd.words, rd.proper)) {
			if strings.HasPrefix(f.key, "r:") {
				out = append(out, f.key)
			}
		}
		return out
	}
	for _, c := range []struct {
		text     string
		has, not []string
	}{
		// A group as the whole target comes before the dwellings (rule 2 before 4).
		{"De corporatie bouwt in 2027 dertig tijdelijke jongerenwoningen.",
			[]string{"r:g:main", "r:first:doelgroepen", "r:decides:doelgroepen"}, nil},
		{"De corporatie levert 30 woningen op voor statushouders.",
			[]string{"r:g:main", "r:first:doelgroepen"}, nil},
		// "ook voor" and several groups are a general count (rule 4).
		{"Er komen 400 nieuwe woningen, ook voor jongeren.",
			[]string{"r:g:ook", "r:first:beschikbaarheid"}, []string{"r:first:doelgroepen"}},
		{"Woningen voor senioren, gezinnen en starters.",
			[]string{"r:g:multi"}, []string{"r:first:wonen-zorg"}},
		// Doorstroming as the object is beschikbaarheid, also of senioren.
		{"De verhuisregeling bevordert de doorstroming van senioren.",
			[]string{"r:g:door"}, []string{"r:first:wonen-zorg"}},
		// Senioren who move (verhuizing, verhuiscoach) are doorstroming too,
		// not wonen-zorg; senioren whose dwelling is adapted stay wonen-zorg.
		{"De corporatie zet een verhuiscoach in voor senioren in een eengezinswoning.",
			[]string{"r:g:door"}, []string{"r:first:wonen-zorg"}},
		{"Ouderen die kleiner willen wonen krijgen voorrang en hulp bij de verhuizing.",
			[]string{"r:g:door"}, []string{"r:first:wonen-zorg"}},
		{"De corporatie past in 2026 de woningen van 40 senioren aan met een traplift.",
			[]string{"r:g:main", "r:first:wonen-zorg"}, []string{"r:g:door"}},
		{"De gemeente helpt senioren met een huis aan huis bezoek.",
			[]string{"r:first:wonen-zorg"}, []string{"r:g:door"}},
		// A theme only in a purpose clause does not fire while the main clause has one.
		{"De corporatie isoleert 200 woningen om de woonlasten te verlagen.",
			[]string{"r:sub:betaalbaarheid", "r:first:duurzaamheid"}, []string{"r:first:betaalbaarheid", "r:decides:duurzaamheid"}},
		// The kader and the collaboration come first (rule 1).
		{"Partijen evalueren de prestatieafspraken jaarlijks en bespreken de nieuwbouw.",
			[]string{"r:first:samenwerking", "r:decides:samenwerking"}, []string{"r:frame"}},
		// A sentence that only reports what the agreements hold takes the
		// theme of what they hold; the collaboration itself stays rule 1.
		{"In de prestatieafspraken 2026 staan afspraken over 120 nieuwe sociale huurwoningen in Kudelstaart.",
			[]string{"r:frame", "r:first:beschikbaarheid"}, []string{"r:first:samenwerking"}},
		{"Het convenant bevat afspraken over de aanpak van woonoverlast in de Bloemenbuurt.",
			[]string{"r:frame", "r:first:leefbaarheid"}, []string{"r:first:samenwerking"}},
		{"Partijen evalueren in 2026 de afspraken over de huurverhoging.",
			[]string{"r:first:samenwerking"}, []string{"r:frame"}},
		{"Partijen ondertekenen de prestatieafspraken op 1 december.",
			[]string{"r:first:samenwerking"}, []string{"r:frame"}},
		// A sentence that names its theme (rule 0).
		{"Op het gebied van leefbaarheid bouwen partijen 20 woningen.",
			[]string{"r:first:leefbaarheid"}, nil},
		// Dwellings named without a word of adding, removing or
		// allocating them (rule 4) are the object of another theme;
		// with such a word, in the main or a sub clause, they are not.
		{"De huismeester loopt elke week langs de woningen aan de Esdoornlaan.",
			[]string{"r:dwelling"}, nil},
		{"Bij 60 woningen in de Vogelbuurt worden de kozijnen vervangen.",
			[]string{"r:dwelling", "r:first:kwaliteit"}, nil},
		{"Nieuwe huurders krijgen binnen zes weken na de sleuteloverdracht een bezoek thuis in hun woning.",
			[]string{"r:dwelling"}, nil},
		{"De corporatie bouwt in 2027 veertig woningen aan de Esdoornlaan.",
			nil, []string{"r:dwelling"}},
		{"De corporatie sloopt de huizen aan de Dorpsstraat.",
			nil, []string{"r:dwelling"}},
		{"De corporatie isoleert 80 woningen, zodat de voorraad toekomstbestendig blijft.",
			nil, []string{"r:dwelling"}},
		{"De corporatie verbetert het onderhoud van de galerijflats.",
			nil, []string{"r:dwelling"}},
		// A text that no keyword or group places has a cue of its own.
		{"Op dinsdagochtend kunnen bewoners zonder afspraak langskomen op het kantoor.",
			[]string{"r:nokw"}, nil},
		{"Partijen spreken elkaar twee keer per jaar.",
			[]string{"r:nokw"}, nil},
		{"Op dinsdagochtend houdt de corporatie een spreekuur op het kantoor.",
			nil, []string{"r:nokw"}},
		{"Op dinsdagochtend kunnen jongerenwoningen worden bezichtigd.",
			nil, []string{"r:nokw"}},
	} {
		got := feats(c.text)
		for _, k := range c.has {
			if !slices.Contains(got, k) {
				t.Errorf("%q: no %s in %v", c.text, k, got)
			}
		}
		for _, k := range c.not {
			if slices.Contains(got, k) {
				t.Errorf("%q: %s in %v", c.text, k, got)
			}
		}
	}
}

// markedWords returns the words whose mark is set.
func markedWords(words []string, marks []bool) []string {
	var out []string
	for i, w := range words {
		if marks[i] {
			out = append(out, w)
		}
	}
	return out
}

// Every frameTerms entry is a samenwerking keyword of the default
// taxonomy, so renaming one in default.toml cannot silently switch r:frame
// off; and a keyword is one however it is capitalised or spaced.
func TestFrameTermsAreKeywords(t *testing.T) {
	var kw []string
	for _, th := range Default().themes {
		if th.Key == "samenwerking" {
			kw = th.Keywords
		}
	}
	compiled := map[string]bool{}
	for _, k := range kw {
		tm, err := parseTerm(k, 0)
		if err != nil {
			t.Fatal(err)
		}
		if tm.frame {
			compiled[strings.Join(tm.words, " ")] = true
		}
	}
	for f := range frameTerms {
		if !compiled[f] {
			t.Errorf("frame term %q is no samenwerking keyword of default.toml", f)
		}
	}
	for _, k := range []string{"Prestatieafspraken", "lokaal  akkoord", "+Convenant"} {
		if tm, err := parseTerm(k, 0); err != nil || !tm.frame {
			t.Errorf("keyword %q: frame %t, %v", k, tm.frame, err)
		}
	}
}
