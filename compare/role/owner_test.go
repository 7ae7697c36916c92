package role

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// ownerCases are owner cells as spreadsheets have them, with no text.
var ownerCases = []struct {
	owner string
	want  Role
}{
	// Corporations: generic words, known names, name shapes.
	{"Corporatie", Corporatie},
	{"corporatie", Corporatie},
	{"Corp.", Corporatie},
	{"Woningcorporatie", Corporatie},
	{"De corporaties", Corporatie},
	{"Eigen Haard", Corporatie},
	{"Ymere", Corporatie},
	{"Stadgenoot", Corporatie},
	{"Rochdale", Corporatie},
	{"De Alliantie", Corporatie},
	{"Lieven de Key", Corporatie},
	{"Woonstad Rotterdam", Corporatie},
	{"Havensteder", Corporatie},
	{"Com.wonen", Corporatie},
	{"Woonzorg Nederland", Corporatie},
	{"Wierden en Borgen", Corporatie},
	{"Wold & Waard", Corporatie},
	{"Woonstichting Amstelland", Corporatie},
	{"Woningstichting De Vaart", Corporatie},
	{"Woningbouwvereniging Samen", Corporatie},
	{"Dudok Wonen", Corporatie},
	{"Heuvelland Wonen", Corporatie},
	{"Kustwonen", Corporatie},
	{"Woonkracht Oost", Corporatie},
	{"Verhuurder", Corporatie},
	{"Huismeester", Corporatie},
	{"Team Vastgoed", Corporatie},
	{"Eigen Haard, Ymere", Corporatie},
	{"Corporatie i.s.m. gemeente", Corporatie},
	{"Corporatie (ondersteuning gemeente)", Corporatie},
	{"Directeur-bestuurder", Corporatie},

	// Gemeente.
	{"Gemeente", Gemeente},
	{"gemeente", Gemeente},
	{"Gem.", Gemeente},
	{"Gemeente Uithoorn", Gemeente},
	{"Gemeente Ouder-Amstel", Gemeente},
	{"Gemeente Aa en Hunze", Gemeente},
	{"Uithoorn", Gemeente},
	{"Wethouder Wonen", Gemeente},
	{"College van B&W", Gemeente},
	{"College van burgemeester en wethouders", Gemeente},
	{"Afdeling Wonen", Gemeente},
	{"Team Ruimte", Gemeente},
	{"Gemeente, afdeling Wonen", Gemeente},
	{"Gemeente (trekker), corporatie", Gemeente},
	{"Corporatie, gemeente (trekker)", Gemeente},
	{"Trekker: gemeente", Gemeente},
	{"Gemeente (Wmo)", Gemeente},
	{"J. de Vries (gemeente)", Gemeente},
	{"Beleidsadviseur wonen gemeente", Gemeente},
	{"Gemeente, corporatie (ondersteunend)", Gemeente},

	// Tenants.
	{"Huurdersvereniging", Huurders},
	{"Huurdersorganisatie", Huurders},
	{"HBV Uithoorn", Huurders},
	{"HO", Huurders},
	{"Bewonerscommissie", Huurders},
	{"Huurdersbelang Woonkracht Oost", Huurders},
	{"Huurdersvereniging Eigen Haard", Huurders},
	{"Huurdersraad", Huurders},
	{"Huurders", Huurders},
	{"Klantenraad", Huurders},

	// Care and welfare.
	{"Zorgpartners", ZorgWelzijn},
	{"Welzijn Amstelland", ZorgWelzijn},
	{"Zorgaanbieders", ZorgWelzijn},
	{"GGD", ZorgWelzijn},
	{"Zorgkantoor", ZorgWelzijn},
	{"Thuiszorg", ZorgWelzijn},
	{"Maatschappelijke opvang", ZorgWelzijn},
	{"Leger des Heils", ZorgWelzijn},
	{"Stichting Leger des Heils Wonen", ZorgWelzijn},
	{"Stichting Beschermd Wonen Noord", ZorgWelzijn},
	{"Cordaan Thuiszorg", ZorgWelzijn},
	{"Zorggroep Amstelstede", ZorgWelzijn},
	{"Stichting Welzijn en Zorg", ZorgWelzijn},
	{"Welzijnsorganisatie", ZorgWelzijn},
	{"Wijkteam", ZorgWelzijn},

	// Several parties.
	{"Alle partijen", Gezamenlijk},
	{"Partijen", Gezamenlijk},
	{"partijen", Gezamenlijk},
	{"gemeente en corporatie", Gezamenlijk},
	{"Gemeente / corporatie", Gezamenlijk},
	{"Corporatie, gemeente", Gezamenlijk},
	{"gemeente + HBV", Gezamenlijk},
	{"Gemeente & Eigen Haard", Gezamenlijk},
	{"allen", Gezamenlijk},
	{"samen", Gezamenlijk},
	{"Gemeente, corporatie, huurders", Gezamenlijk},
	{"Corporatie en huurdersorganisatie", Gezamenlijk},
	{"Gemeente en Stichting Thuisbaken", Gezamenlijk},
	{"Thuiskracht en Huurdersorganisatie Brunssum", Gezamenlijk},
	{"Gemeente en zorgpartners", Gezamenlijk},
	{"Gemeente of corporatie", Gezamenlijk},
	{"Stuurgroep", Gezamenlijk},
	{"Werkgroep wonen en zorg", Gezamenlijk},
	{"Gemeente samen met corporatie", Gezamenlijk},
	{"Gemeente Landsmeer en Eigen Haard", Gezamenlijk},

	// Nobody, or nobody recognised.
	{"Wonen", Onbekend},
	{"Stichting De Zonnehof", Onbekend},
	{"Jan Jansen", Onbekend},
	{"Wij", Onbekend},
	{"n.v.t.", Onbekend},
	{"-", Onbekend},
	{"?", Onbekend},
	{"nader te bepalen", Onbekend},
}

func TestResolveOwner(t *testing.T) {
	r := NewResolver([]string{"Stichting Thuisbaken"})
	for _, c := range ownerCases {
		got, why := r.Resolve(c.owner, "")
		if got != c.want {
			t.Errorf("Resolve(%q) = %s (%s), want %s", c.owner, got, why, c.want)
		}
	}
}

// TestResolveOwnerWhy checks the explanations.
func TestResolveOwnerWhy(t *testing.T) {
	r := NewResolver(nil)
	cases := []struct{ owner, text, want string }{
		{"HBV Uithoorn", "De gemeente stelt grond beschikbaar.", "trekker: 'HBV Uithoorn'"},
		{"  Gemeente \n Uithoorn ", "", "trekker: 'Gemeente Uithoorn'"},
		{"", "De gemeente stelt grond beschikbaar.", "onderwerp: 'De gemeente'"},
		{"n.t.b.", "Er worden woningen gebouwd.", "geen trekker en geen partij als onderwerp van de tekst"},
		{"Jan Jansen", "", "trekker: 'Jan Jansen' niet herkend"},
		{"Jan Jansen", "De corporatie bouwt 40 woningen.", "onderwerp: 'De corporatie' (trekker: 'Jan Jansen' niet herkend)"},
	}
	for _, c := range cases {
		if _, why := r.Resolve(c.owner, c.text); why != c.want {
			t.Errorf("Resolve(%q, %q) why = %q, want %q", c.owner, c.text, why, c.want)
		}
	}
}

// TestOwnerBeatsText: the trekker decides even when the text names
// another party.
func TestOwnerBeatsText(t *testing.T) {
	r := NewResolver(nil)
	if got, _ := r.Resolve("Gemeente", "Partijen gaan met elkaar in gesprek."); got != Gemeente {
		t.Errorf("got %s, want gemeente", got)
	}
	if got, _ := r.Resolve("Huurdersraad", "Er worden twee bijeenkomsten georganiseerd."); got != Huurders {
		t.Errorf("got %s, want huurders", got)
	}
}

// TestExtraCorporations: configured names and their short forms are
// corporations; without them they are not.
func TestExtraCorporations(t *testing.T) {
	plain := NewResolver(nil)
	conf := NewResolver([]string{"Woonstichting De Kernen", "Thuisbaken", "Gemeente"})
	for _, owner := range []string{"De Kernen", "Thuisbaken"} {
		if got, _ := plain.Resolve(owner, ""); got != Onbekend {
			t.Errorf("plain %q = %s, want onbekend", owner, got)
		}
		if got, _ := conf.Resolve(owner, ""); got != Corporatie {
			t.Errorf("configured %q = %s, want corporatie", owner, got)
		}
	}
	// A configured name cannot redefine a word of the lexicon.
	if got, _ := conf.Resolve("Gemeente", ""); got != Gemeente {
		t.Errorf(`configured "Gemeente" = %s, want gemeente`, got)
	}
	if got, _ := conf.Resolve("", "Thuisbaken levert in 2026 veertig woningen op."); got != Corporatie {
		t.Errorf("text with configured name = %s, want corporatie", got)
	}
	// A short form that is a gemeente stays the gemeente.
	withGem := NewResolver([]string{"Woningstichting Uithoorn"})
	if got, _ := withGem.Resolve("Uithoorn", ""); got != Gemeente {
		t.Errorf("Uithoorn = %s, want gemeente", got)
	}
}

func TestDiscoverCorporations(t *testing.T) {
	got := DiscoverCorporations([]string{
		"Woonstichting Amstelland", "Amstelland", "Gemeente en Woningstichting De Vaart",
		"woonstichting amstelland", "Corporatie", "Woonstichting", "Woningbouwvereniging 't Goede Doel (trekker)",
	})
	want := []string{"Woonstichting Amstelland", "Woningstichting De Vaart", "Woningbouwvereniging 't Goede Doel"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("DiscoverCorporations = %q, want %q", got, want)
	}
	r := NewResolver(got)
	if role, _ := r.Resolve("Amstelland", ""); role != Corporatie {
		t.Errorf("Amstelland = %s after discovery", role)
	}
}

// Read in chunks on all cores, the owner cells give the names one pass
// gives: each once (case aside), in the order first seen, also when a
// name recurs in later chunks in other capitals.
func TestDiscoverCorporationsInChunks(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	var owners []string
	for i := range 10_000 {
		switch {
		case i%997 == 0:
			owners = append(owners, fmt.Sprintf("Woonstichting Nummer%d", i/997))
		case i%1500 == 0:
			owners = append(owners, "WOONSTICHTING NUMMER1 en gemeente")
		default:
			owners = append(owners, "Gemeente")
		}
	}
	got, want := DiscoverCorporations(owners), discoverCorporations(owners)
	if len(want) != 11 || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("in chunks %q, in one pass %q", got, want)
	}
}
