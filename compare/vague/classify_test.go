package vague

import (
	"strings"
	"sync"
	"testing"
)

// TestClassify covers the verdict logic on examples written for it: the
// domain's own vague and concrete examples, cancellation by a target,
// hedges, negation, deferral, kader, multi-sentence texts and table
// cells.
func TestClassify(t *testing.T) {
	cases := []struct {
		text, owner, due string
		vague            bool
		typ              Type
		rule             string // a rule that must flag, "" for none required
	}{
		// domain.md
		{"Partijen gaan met elkaar in gesprek over de betaalbaarheid van de woonlasten.", "", "", true, TypeProces, "in-gesprek"},
		{"Gemeente en corporatie onderzoeken de mogelijkheden voor nieuwbouw op inbreidingslocaties.", "", "", true, TypeProces, "onderzoeken"},
		{"De corporatie spant zich in om huurachterstanden zo veel mogelijk te voorkomen.", "", "", true, TypeInspanning, "inspannen"},
		{"Doorstroming van senioren wordt nader uitgewerkt.", "", "", true, TypeProces, "nader"},
		{"De corporatie levert in 2026 48 sociale huurwoningen op in plan Zijdelveld-Noord.", "", "", false, TypeResultaat, ""},
		{"De gemeente stelt uiterlijk 31 december 2025 twee locaties beschikbaar voor flexwoningen.", "", "", false, TypeResultaat, ""},
		{"Partijen stellen vóór 1 juli 2025 samen een plan van aanpak doorstroming vast.", "", "", false, TypeProces, ""},
		{"Eind 2028 heeft geen enkele woning van de corporatie nog een E-, F- of G-label.", "", "", false, TypeResultaat, ""},
		// separable verbs across a long middle field
		{"De corporatie stemt de planning van de renovatie in Noord met de huurders af.", "", "", true, TypeProces, "afstemmen"},
		{"Bij mutatie levert de corporatie iedere woning schoon en voorzien van rookmelders op.", "", "", false, TypeResultaat, ""},
		// a target with a date cancels effort language; a target alone does not
		{"De corporatie streeft naar 120 nieuwe sociale huurwoningen in de periode 2025-2028.", "", "", false, TypeInspanning, "streven"},
		{"De corporatie streeft naar 120 nieuwe sociale huurwoningen.", "", "", true, TypeInspanning, "streven"},
		{"De corporatie streeft naar meer sociale huurwoningen in 2026.", "", "", true, TypeInspanning, "streven"},
		// a date does not rescue talk or study, a dated outcome does
		{"Partijen bespreken jaarlijks de uitkomsten van de huurdersenquête.", "", "", true, TypeProces, "bespreken"},
		{"De gemeente onderzoekt in het eerste kwartaal van 2026 of de regeling werkt.", "", "", true, TypeProces, "onderzoeken"},
		{"Het onderzoek naar funderingsherstel is uiterlijk 1 maart 2026 afgerond en de uitkomsten zijn gedeeld met de huurders.", "", "", false, TypeProces, ""},
		{"De aanpak wordt nader uitgewerkt in een plan van aanpak dat uiterlijk 1 juli 2025 klaar is.", "", "", false, TypeProces, ""},
		// numbers that are only the topic of a talk
		{"Partijen gaan in overleg over de 80 overlastmeldingen per jaar in de wijk.", "", "", true, TypeProces, "in-gesprek"},
		// hedges
		{"De corporatie levert waar mogelijk woningen op voor starters.", "", "", true, TypeInspanning, "waar-mogelijk"},
		{"De corporatie levert waar mogelijk 40 woningen op.", "", "", true, TypeInspanning, "waar-mogelijk"},
		{"De corporatie levert in 2026 waar mogelijk 40 woningen op.", "", "", false, TypeInspanning, "waar-mogelijk"},
		{"De corporatie levert in 2026 48 woningen op, waar mogelijk met een tuin.", "", "", false, TypeResultaat, "waar-mogelijk"},
		{"De corporatie zorgt voor voldoende woningen met een huur onder de aftoppingsgrens.", "", "", true, TypeResultaat, "vage-hoeveelheid"},
		{"De corporatie herstelt de liften in de flats aan de Laan zo spoedig mogelijk.", "", "", false, TypeResultaat, "vage-termijn"},
		{"De corporatie pakt vochtklachten zo snel mogelijk aan.", "", "", true, TypeInspanning, "vage-termijn"},
		// negation
		{"Partijen onderzoeken niet langer de mogelijkheden, maar de corporatie bouwt in 2026 40 woningen.", "", "", false, TypeResultaat, ""},
		{"De corporatie verkoopt geen sociale huurwoningen.", "", "", false, TypeResultaat, ""},
		// a concrete act by a named party, and one in a prepositional phrase
		{"De gemeente wijst de corporatie een vaste contactpersoon aan voor vergunningaanvragen.", "", "", false, TypeResultaat, ""},
		{"Bij verduurzaming let de corporatie op de woonlasten.", "", "", true, TypeInspanning, "aandacht"},
		{"Zonder voorafgaand overleg verhoogt de corporatie de huur niet.", "", "", false, TypeResultaat, ""},
		// modals
		{"De huurdersorganisatie wil graag meedenken over nieuwe seniorenwoningen.", "", "", true, TypeProces, "meedenken"},
		{"De corporatie kan huurders een tijdelijke huurverlaging geven.", "", "", true, TypeInspanning, "kunnen"},
		// deferral in time voids an act
		{"De gemeente stelt op termijn een locatie beschikbaar.", "", "", true, TypeProces, "later"},
		// kader
		{"De afspraken gelden voor de periode 2025-2028.", "", "", false, TypeKader, ""},
		{"Bij geschillen treden partijen eerst in overleg.", "", "", false, TypeKader, "in-gesprek"},
		{"Partijen evalueren de prestatieafspraken jaarlijks in het vierde kwartaal.", "", "", false, TypeKader, ""},
		{"Het proces rond de prestatieafspraken wordt te zijner tijd geëvalueerd.", "", "", true, TypeProces, "later"},
		{"Eigen Haard voert gedurende de looptijd van deze afspraken geen inkomensafhankelijke huurverhoging door.", "", "", false, TypeResultaat, ""},
		// multi-sentence and bullets
		{"Partijen zijn tevreden over de 340 woningen die in de vorige periode zijn opgeleverd. Zij bespreken hoe dit tempo kan worden vastgehouden.", "", "", true, TypeProces, "bespreken"},
		{"Partijen gaan in gesprek over doorstroming. De corporatie labelt in 2025 twintig woningen voor senioren.", "", "", false, TypeResultaat, "in-gesprek"},
		{"De corporatie:\n- verkent de mogelijkheden voor woningdelen;\n- houdt aandacht voor eenzaamheid.", "", "", true, TypeProces, "verkennen"},
		// table cells, with the planning column
		{"Start bouw 48 appartementen Zijdelveld fase 2", "", "2027", false, TypeResultaat, ""},
		{"Overleg over doorstroming", "", "", true, TypeProces, "overleg"},
		{"Aantal flexwoningen: n.t.b.", "", "", true, TypeProces, "nog-te-bepalen"},
		{"Pilot woningdelen ouderen (20 woningen)", "", "2026", false, TypeProces, "pilot"},
		{"Wijkschouw Meerwijk 2x per jaar", "", "", false, TypeProces, ""},
		// numbers that are no quantities
		{"Partijen werken volgens hoofdstuk 3 van de Woonvisie 2030.", "", "", true, TypeInspanning, "invulling-geven"},
		// an act without number or date: vague, with the fallback flag
		{"De corporatie organiseert bijeenkomsten voor huurders.", "", "", true, TypeResultaat, "geen-toetsbaar-resultaat"},
		{"De corporatie organiseert bijeenkomsten voor huurders.", "", "2025-Q3", false, TypeResultaat, ""},
	}
	c := Default()
	for _, tc := range cases {
		r := c.Classify(Input{Text: tc.text, Owner: tc.owner, Due: tc.due})
		if r.Vague != tc.vague || r.Type != tc.typ {
			t.Errorf("%q: vague %v type %s, want %v %s (flags %s)", tc.text, r.Vague, r.Type, tc.vague, tc.typ, flagList(r.Flags))
		}
		if tc.rule != "" && !hasFlag(r.Flags, tc.rule) {
			t.Errorf("%q: no %s flag (flags %s)", tc.text, tc.rule, flagList(r.Flags))
		}
		if tc.vague && !hasVagueFlag(r.Flags) {
			t.Errorf("%q: vague without a flag that says why", tc.text)
		}
		if !tc.vague {
			for _, f := range r.Flags {
				if !f.Info {
					t.Errorf("%q: not vague but flag %s is not Info", tc.text, f.Rule)
				}
			}
		}
	}
}

func flagList(fs []Flag) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule+":"+f.Match)
	}
	return strings.Join(out, ", ")
}

func hasFlag(fs []Flag, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

func hasVagueFlag(fs []Flag) bool {
	for _, f := range fs {
		if !f.Info {
			return true
		}
	}
	return false
}

// TestFlagMatchAndSpans checks that every flag's match stands in the text
// as written and that its spans point at it.
func TestFlagMatchAndSpans(t *testing.T) {
	c := Default()
	texts := []string{
		"De Corporatie SPANT zich maximaal IN om Huurachterstanden te voorkomen.",
		"Vóór de zomer stemt de gemeente de planning met Ymere áf; partijen gaan daarna niet meer in gesprek.",
		"Partijen zullen, waar mogelijk, de woningen t.z.t. opleveren.",
		"Wij blijven ons inzetten voor leefbare wijken.",
	}
	for _, text := range texts {
		r := c.Classify(Input{Text: text})
		if len(r.Flags) == 0 {
			t.Errorf("%q: no flags", text)
		}
		for _, f := range r.Flags {
			if len(f.Spans) == 0 {
				if f.Category != CategoryGeenResultaat {
					t.Errorf("%q: flag %s without spans", text, f.Rule)
				}
				continue
			}
			var parts []string
			for _, s := range f.Spans {
				if s[0] < 0 || s[1] > len(text) || s[0] >= s[1] {
					t.Fatalf("%q: flag %s bad span %v", text, f.Rule, s)
				}
				parts = append(parts, text[s[0]:s[1]])
			}
			if got := strings.Join(parts, " "); got != f.Match {
				t.Errorf("%q: flag %s match %q, spans give %q", text, f.Rule, f.Match, got)
			}
			if len(f.Spans) == 1 && !strings.Contains(text, f.Match) {
				t.Errorf("%q: match %q not in text", text, f.Match)
			}
			if !strings.Contains(f.Message, f.Match) {
				t.Errorf("%q: message %q does not quote %q", text, f.Message, f.Match)
			}
		}
	}
	r := c.Classify(Input{Text: texts[0]})
	if !hasFlag(r.Flags, "inspannen") || r.Flags[0].Match != "SPANT zich IN" || len(r.Flags[0].Spans) != 2 {
		t.Errorf("separable verb: %+v", r.Flags)
	}
	r = c.Classify(Input{Text: texts[1]})
	for _, f := range r.Flags {
		if f.Rule == "afstemmen" && f.Match != "stemt áf" {
			t.Errorf("afstemmen match %q, want the original words", f.Match)
		}
		if f.Rule == "in-gesprek" {
			t.Errorf("negated 'niet meer in gesprek' flagged: %+v", f)
		}
	}
}

// TestMessages checks that the message of a vague flag says what is
// missing and the message of a flag on a verifiable agreement says why it
// does not count, without claiming vagueness.
func TestMessages(t *testing.T) {
	c := Default()
	r := c.Classify(Input{Text: "Partijen gaan in gesprek over doorstroming."})
	if !r.Vague || r.Flags[0].Message != "procesafspraak zonder toetsbaar resultaat: 'gaan in gesprek'" {
		t.Errorf("vague message: %+v", r.Flags)
	}
	r = c.Classify(Input{Text: "De corporatie streeft naar 120 woningen in 2026."})
	if r.Vague || len(r.Flags) == 0 {
		t.Fatalf("streven with target: %+v", r)
	}
	m := r.Flags[0].Message
	if !r.Flags[0].Info || !strings.Contains(m, "niet vaag") || !strings.Contains(m, "120 woningen") || strings.Contains(m, "zonder") {
		t.Errorf("cancelled message: %q", m)
	}
	r = c.Classify(Input{Text: "Bij geschillen treden partijen in overleg."})
	if r.Vague || !strings.Contains(r.Flags[0].Message, "kaderafspraak") {
		t.Errorf("kader message: %+v", r.Flags)
	}
	r = c.Classify(Input{Text: "De huurdersorganisatie adviseert over het huurbeleid."})
	last := r.Flags[len(r.Flags)-1]
	if !r.Vague || last.Category != CategoryGeenResultaat || last.Match != "adviseert" {
		t.Errorf("fallback flag: %+v", r.Flags)
	}
}

func TestSmart(t *testing.T) {
	c := Default()
	cases := []struct {
		in   Input
		want Smart
	}{
		{Input{Text: "De corporatie levert in 2026 48 woningen op."}, Smart{true, true, true, true}},
		{Input{Text: "Partijen gaan in gesprek over de woonlasten."}, Smart{}},
		{Input{Text: "Partijen gaan in gesprek over de woonlasten.", Owner: "Gemeente"}, Smart{Who: true}},
		{Input{Text: "Partijen gaan in gesprek over de woonlasten.", Owner: "Alle partijen", Due: "2025"}, Smart{When: true}},
		{Input{Text: "Eigen Haard verkoopt geen woningen."}, Smart{Who: true, What: true, HowMuch: true}},
		{Input{Text: "Ymere bouwt 40 woningen."}, Smart{Who: true, What: true, HowMuch: true}},
		{Input{Text: "Partijen bespreken de 200 woningen in artikel 3 van de Woningwet 2015."}, Smart{}},
		{Input{Text: "Er wordt een plan opgesteld.", DueRaw: "jaarlijks"}, Smart{What: true, When: true}},
		{Input{Text: "De gemeente gaat met de corporatie in gesprek."}, Smart{Who: true}},
		{Input{Text: "Partijen gaan met de gemeente in gesprek."}, Smart{}},
		{Input{Text: "Wij streven naar CO2-neutrale woningen in 2050."}, Smart{When: true}},
	}
	for _, tc := range cases {
		if got := c.Classify(tc.in).Smart; got != tc.want {
			t.Errorf("%+v: Smart %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestWhoFlag(t *testing.T) {
	c := Default()
	r := c.Classify(Input{Text: "Partijen streven naar een passend aanbod."})
	if !hasFlag(r.Flags, "collectief") {
		t.Errorf("no geen-trekker flag for 'Partijen': %s", flagList(r.Flags))
	}
	r = c.Classify(Input{Text: "Partijen streven naar een passend aanbod.", Owner: "Gemeente"})
	if hasFlag(r.Flags, "collectief") {
		t.Errorf("geen-trekker flag despite a trekker: %s", flagList(r.Flags))
	}
	r = c.Classify(Input{Text: "De aanpak wordt nader uitgewerkt."})
	if !hasFlag(r.Flags, "passief") {
		t.Errorf("no geen-trekker flag for a passive: %s", flagList(r.Flags))
	}
}

// TestKindHint checks that the document's own label only chooses among
// types the text supports.
func TestKindHint(t *testing.T) {
	c := Default()
	text := "De corporatie spant zich in om waar mogelijk in overleg te gaan."
	base := c.Classify(Input{Text: text}).Type
	if got := c.Classify(Input{Text: text, KindRaw: "Procesafspraak"}).Type; got != TypeProces {
		t.Errorf("hint proces on %q (base %s): %s", text, base, got)
	}
	if got := c.Classify(Input{Text: text, KindRaw: "Kaderafspraak"}).Type; got != base {
		t.Errorf("hint kader not supported by the text changed the type to %s", got)
	}
	r := c.Classify(Input{Text: "Partijen gaan in gesprek over doorstroming.", KindRaw: "Resultaatafspraak"})
	if !r.Vague || r.Type != TypeProces {
		t.Errorf("a Resultaatafspraak label made a talk agreement %v %s", r.Vague, r.Type)
	}
}

func TestEmpty(t *testing.T) {
	c := Default()
	for _, s := range []string{"", "   ", "\n\t", "…", "-"} {
		if r := c.Classify(Input{Text: s}); r.Vague || r.Flags != nil || r.Type != "" {
			t.Errorf("%q: %+v", s, r)
		}
	}
}

// TestConcurrent classifies from many goroutines (run with -race) and
// checks the results equal the sequential ones.
func TestConcurrent(t *testing.T) {
	c := Default()
	texts := []string{
		"Partijen gaan met elkaar in gesprek over de woonlasten.",
		"De corporatie levert in 2026 48 sociale huurwoningen op.",
		"De corporatie stemt de planning met de huurders af, waar mogelijk in 2025.",
		"Bij geschillen treden partijen in overleg.",
	}
	want := make([]Result, len(texts))
	for i, s := range texts {
		want[i] = c.Classify(Input{Text: s})
	}
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 200; n++ {
				i := n % len(texts)
				got := c.Classify(Input{Text: texts[i]})
				if got.Vague != want[i].Vague || got.Type != want[i].Type || flagList(got.Flags) != flagList(want[i].Flags) {
					errs <- texts[i]
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent result differs for %q", e)
	}
}

// TestEvReasons: every kind of evidence but evNone and evCancelled (which
// has reasons of its own) has the Dutch reason appendReason writes.
func TestEvReasons(t *testing.T) {
	for k := evNone + 1; k < evKinds; k++ {
		if k != evCancelled && evReasons[k] == "" {
			t.Errorf("evidence kind %d has no reason", k)
		}
	}
}
