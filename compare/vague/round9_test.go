package vague

import "testing"

// TestInvertedSubject holds our own examples of round 9's kind (a): after
// a fronted adverbial or clause the finite verb comes second and a name
// right after it is the subject, so it counts as the party (Smart.Who);
// near-misses where the fronting word or the word after the verb is no
// name must not count.
func TestInvertedSubject(t *testing.T) {
	c := Default()
	for _, e := range []struct {
		text       string
		who, vague bool
	}{
		{"Om speculatie tegen te gaan verkoopt Thuisvester de woningen aan de Dorpsstraat met een zelfbewoningsplicht.", true, false},
		{"Om speculatie tegen te gaan, verkoopt Thuisvester de woningen aan de Dorpsstraat met een zelfbewoningsplicht.", true, false},
		{"Om speculatie tegen te gaan legt Thuisvester bij verkoop een zelfbewoningsplicht op.", true, false},
		{"Bij mutatie vervangt Ymere de keukens van de flats.", true, false},
		{"Samen met de gemeente vervangt Thuisvester de liften van de flats.", true, false},
		{"Als de huurder dat wil, vervangt Thuisvester de keuken.", true, false},
		{"Ook de komende jaren vervangt De Woonplaats de kozijnen van de flats.", true, false},
		{"Zo bouwt de Alliantie 162 sociale huurwoningen.", true, false},
		{"Daarnaast zet Thuisvester zich in voor betaalbare huren.", true, true},
		// Near-misses: a fronting word is no name ("Zo", "Daarnaast"), nor a
		// collective, a quoted title, or a name after the verb of a sentence
		// that opens with its subject.
		{"Zo sluiten ze aan op de wijkaanpak.", false, true},
		{"Daarnaast stellen de partijen een plan op.", false, true},
		{"Daarnaast stimuleert ‘Thuis in de Wijk’ de ontmoeting.", false, true},
		{"Een verhuiscoach ondersteunt Thuisvester bij de doorstroming.", false, true},
	} {
		r := c.Classify(Input{Text: e.text})
		if r.Smart.Who != e.who || r.Vague != e.vague {
			t.Errorf("%q: Who %v vague %v, want Who %v vague %v; flags %+v", e.text, r.Smart.Who, r.Vague, e.who, e.vague, r.Flags)
		}
	}
}
