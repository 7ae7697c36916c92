package role

import (
	"strings"
	"testing"
)

// subjectCases are agreement texts with an empty owner cell.
var subjectCases = []struct {
	text string
	want Role
	why  string // the expected explanation, when given
}{
	{"De gemeente stelt uiterlijk 31 december 2025 twee locaties beschikbaar voor flexwoningen.", Gemeente, "onderwerp: 'De gemeente'"},
	{"Woonstichting Amstelland levert in 2026 48 woningen op.", Corporatie, "onderwerp: 'Woonstichting Amstelland'"},
	{"Partijen gaan met elkaar in gesprek over de betaalbaarheid van de woonlasten.", Gezamenlijk, "onderwerp: 'Partijen'"},
	{"Gemeente en corporatie onderzoeken de mogelijkheden voor nieuwbouw.", Gezamenlijk, "onderwerp: 'Gemeente en corporatie'"},
	{"De huurdersorganisatie adviseert over het huurbeleid.", Huurders, "onderwerp: 'De huurdersorganisatie'"},
	{"Wij leveren in 2026 veertig woningen op.", Onbekend, "onderwerp: 'Wij' (niet te bepalen wie)"},
	{"In 2026 bouwen we dertig woningen.", Onbekend, "onderwerp: 'we' (niet te bepalen wie)"},
	{"Wij, de corporatie, leveren 40 woningen op.", Corporatie, "onderwerp: 'Wij, de corporatie'"},
	{"Wij als gemeente stellen grond beschikbaar.", Gemeente, ""},
	{"Er worden in 2026 40 woningen opgeleverd.", Onbekend, "geen trekker en geen partij als onderwerp van de tekst"},
	{"In 2026 worden 40 woningen door de corporatie opgeleverd.", Corporatie, "onderwerp: 'door de corporatie'"},
	{"De woonvisie wordt vóór 1 juli vastgesteld door de gemeenteraad.", Gemeente, "onderwerp: 'door de gemeenteraad'"},
	{"In 2026 levert de corporatie 48 sociale huurwoningen op.", Corporatie, "onderwerp: 'de corporatie'"},
	{"Jaarlijks rapporteert Eigen Haard de voortgang aan de gemeente.", Corporatie, "onderwerp: 'Eigen Haard'"},
	{"Samen met de huurdersorganisatie organiseert de corporatie twee bewonersavonden.", Corporatie, ""},
	{"Op verzoek van de gemeente onderzoekt de corporatie de splitsing van woningen.", Corporatie, ""},
	{"Als de gemeente grond levert, bouwt de corporatie 40 woningen.", Corporatie, ""},
	{"Zowel de gemeente als de corporatie dragen bij aan het fonds.", Gezamenlijk, ""},
	{"De gemeente, de corporatie en de huurdersorganisatie evalueren de afspraken.", Gezamenlijk, ""},
	{"Gemeente Uithoorn en Eigen Haard ondertekenen het convenant.", Gezamenlijk, "onderwerp: 'Gemeente Uithoorn en Eigen Haard'"},
	{"Veste Wonen levert veertig woningen op.", Corporatie, "onderwerp: 'Veste Wonen'"},
	{"Het college stelt het uitvoeringsplan vast.", Gemeente, ""},
	{"De GGD en het wijkteam signaleren problemen vroegtijdig.", ZorgWelzijn, ""},
	{"Zorgaanbieders melden vrijkomende plekken bij de gemeente.", ZorgWelzijn, ""},
	{"Stichting Welzijn Amstelland organiseert buurtavonden.", ZorgWelzijn, "onderwerp: 'Stichting Welzijn Amstelland'"},
	{"De bewonerscommissie schouwt twee keer per jaar de wijk.", Huurders, ""},
	{"Huurders denken mee over het huurbeleid.", Huurders, "onderwerp: 'Huurders'"},
	{"Huurders met een laag inkomen krijgen voorrang bij toewijzing.", Onbekend, ""},
	{"Elke huurder kan reparatieverzoeken online melden.", Onbekend, ""},
	{"Doorstroming van senioren wordt nader uitgewerkt.", Onbekend, ""},
	{"Eind 2028 heeft geen enkele woning van de corporatie nog een E-, F- of G-label.", Corporatie, "onderwerp: 'van de corporatie'"},
	{"In 2026 wordt het kantoor van de corporatie verkocht.", Onbekend, ""},
	{"2.1 De gemeente stelt grond beschikbaar.", Gemeente, "onderwerp: 'De gemeente'"},
	{"- Partijen stellen een plan van aanpak vast.", Gezamenlijk, ""},
	{"Corporatie: levert in 2026 veertig woningen op.", Corporatie, "onderwerp: 'Corporatie'"},
	{"Resultaatafspraak: de gemeente verleent de vergunning binnen acht weken.", Gemeente, "onderwerp: 'de gemeente'"},
	{"Bestuurlijk overleg: twee keer per jaar.", Onbekend, ""},
	{"Partijen komen overeen dat Ymere jaarlijks 6% van de woningen toewijst aan urgenten.", Corporatie, "onderwerp: 'Ymere'"},
	{"Partijen spreken af dat zij elk jaar evalueren.", Gezamenlijk, "onderwerp: 'Partijen'"},
	{"Bij een geschil kan ieder van de partijen de minister om advies vragen.", Gezamenlijk, "onderwerp: 'ieder van de partijen'"},
	{"Deze prestatieafspraken gelden van 1 januari 2025 tot en met 31 december 2028.", Gezamenlijk, ""},
	{"In 2024 zijn 412 woningen verhuurd. De corporatie wijst er in 2025 ten minste 60 toe aan starters.", Corporatie, ""},
	{"Bij renovatie gaat de huur niet omhoog, tenzij ten minste 70 procent van de bewoners instemt.", Onbekend, ""},
	{"Woonlasten van huurders worden jaarlijks gemonitord.", Onbekend, ""},
	{"Wonen in de wijk moet prettig blijven.", Onbekend, ""},
	{"De woningcorporatie en de huurders stellen samen een sociaal plan op.", Gezamenlijk, ""},
	{"Uitstroom beschermd wonen: 15 woningen per jaar.", Onbekend, ""},
	{"", Onbekend, "geen trekker en geen partij als onderwerp van de tekst"},
}

func TestResolveSubject(t *testing.T) {
	r := NewResolver([]string{"Veste Wonen"})
	for _, c := range subjectCases {
		got, why := r.Resolve("", c.text)
		if got != c.want {
			t.Errorf("Resolve(%q) = %s (%s), want %s", c.text, got, why, c.want)
			continue
		}
		if c.why != "" && why != c.why {
			t.Errorf("Resolve(%q) why = %q, want %q", c.text, why, c.why)
		}
	}
}

// TestUnknownOwnerFallsBackToText: an owner cell that names nobody known
// leaves the decision to the text.
func TestUnknownOwnerFallsBackToText(t *testing.T) {
	r := NewResolver(nil)
	for _, owner := range []string{"", "n.t.b.", "-", "Jan Jansen", "Wij"} {
		if got, _ := r.Resolve(owner, "De gemeente stelt grond beschikbaar."); got != Gemeente {
			t.Errorf("owner %q: got %s, want gemeente", owner, got)
		}
	}
}

func TestTokenize(t *testing.T) {
	toks := tokenize("Corp. i.s.m. Gemeente Ouder-Amstel (trekker) & 'thuis; B&W")
	var got []string
	for _, tk := range toks {
		if tk.isWord() {
			got = append(got, tk.word)
		} else {
			got = append(got, string(tk.sep))
		}
	}
	want := "corp ism gemeente ouder amstel ( trekker ) & thuis ; b & w"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("tokenize = %q, want %q", s, want)
	}
	if !toks[4].hyph || !toks[2].cap || toks[1].cap {
		t.Errorf("flags wrong: %+v", toks[:5])
	}
}

func TestFoldWord(t *testing.T) {
	for in, want := range map[string]string{
		"Vóór": "voor", "ÉÉN": "een", "geïnformeerd": "geinformeerd", "Mozaïek": "mozaiek", "i.s.m": "ism",
		"'t": "t", "Ĳsselstein": "ijsselstein", "Súdwest": "sudwest", "gemeente": "gemeente", "HBV": "hbv",
	} {
		if got := foldWord(in); got != want {
			t.Errorf("foldWord(%q) = %q, want %q", in, got, want)
		}
	}
}
