package vague

import "testing"

// Round 19's change, with our own examples and near-misses (never the
// labelled sentences).

// TestInfinitiveAfterAux holds our own examples of the act that gaan or
// zullen put at the end of a main clause (regions.go, auxHeads): its
// object stands between the auxiliary and the infinitive, so "gaat de
// flats slopen" commits to what "sloopt de flats" does. Near-misses stay
// vague: a bare object, vague or process verbs, a problem tackled
// ("overlast", now in the word list opgaven), a hedge, an auxiliary that
// is part of talk ("gaan in gesprek"), and an infinitive followed by more
// of its clause.
func TestInfinitiveAfterAux(t *testing.T) {
	checkKindExamples(t, "round 19 an act after gaan or zullen", []kindExample{
		{"Woonbedrijf Zuid gaat de flats aan de Parklaan slopen.", false, ""},
		{"De corporatie zal de liften in de seniorenflats vervangen.", false, ""},
		{"De drie corporaties gaan dezelfde toewijzingsregels hanteren.", false, ""},
		{"Woningstichting Rijnland gaat de portiekflats renoveren, isoleren en schilderen.", false, ""},
		{"Stichting Woonzorg zal de gemeenschappelijke ruimtes opknappen.", false, ""},
		// Near-misses: vague.
		{"De corporatie gaat woningen bouwen.", true, "geen-toetsbaar-resultaat"},
		{"De gemeente gaat de leefbaarheid in de wijk verbeteren.", true, ""},
		{"De gemeente gaat samen met de corporatie de overlast in de buurt aanpakken.", true, "opgave-aanpakken"},
		{"De corporatie gaat de woonoverlast in de flats aanpakken.", true, "opgave-aanpakken"},
		{"De corporatie zal de woningen waar mogelijk verduurzamen.", true, "waar-mogelijk"},
		{"Partijen gaan in gesprek over de woningen.", true, ""},
		{"De gemeente zal de mogelijkheden voor de locatie onderzoeken.", true, ""},
	})
}

// TestObjectBeforePartyAfterPreposition: a party after a preposition
// between the object and a verb-final act is no subject, so the object
// before it still counts ("gaat haar woningen in de gemeente Assen
// verkopen"); a party that is the subject still hides what precedes it.
func TestObjectBeforePartyAfterPreposition(t *testing.T) {
	checkKindExamples(t, "object before a party after a preposition", []kindExample{
		{"Woonstichting De Kern gaat haar woningen in de gemeente Assen verkopen.", false, ""},
		{"Afgesproken is dat de corporatie de flats samen met de gemeente Emmen gaat slopen.", false, ""},
		// Near-misses: vague.
		{"De corporatie gaat woningen in de gemeente Assen verkopen.", true, "geen-toetsbaar-resultaat"},
		{"De corporatie gaat in de gemeente Assen de mogelijkheden onderzoeken.", true, ""},
	})
}
