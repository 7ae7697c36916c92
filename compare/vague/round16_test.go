package vague

import "testing"

// TestDefiniteFact holds our own examples of round 16's kind 30
// (fact.go): a definite subject that opens its clause with a passive act,
// or with a verb that says it starts, stops, takes place or applies, is a
// yes/no fact, like kind 27's checkable state. Near-misses stay vague: an
// evaluative or comparative predicate, a time or a task as subject, a
// means put to work for a purpose, a process act, a subject with vague
// language in it, starting with something, vague language governing the
// sentence.
func TestDefiniteFact(t *testing.T) {
	checkKindExamples(t, "30 a definite subject with a checkable predicate", []kindExample{
		{"De nieuwe huurcontracten worden direct ingevoerd.", false, ""},
		{"Het jongerencontract wordt voortaan voor bepaalde tijd afgesloten.", false, ""},
		{"De keukens van de seniorenflat worden vervangen.", false, ""},
		{"Het merendeel van de flexwoningen zal worden verhuurd aan spoedzoekers.", false, ""},
		{"De verkoop van eengezinswoningen stopt.", false, "start, stopt"},
		{"De huurverhoging van de seniorenwoningen vervalt.", false, "start, stopt"},
		{"De toewijzing voor de seniorenwoningen geschiedt op basis van inschrijfduur.", false, "start, stopt"},
		{"De spreekuren moeten plaatsvinden in het buurthuis.", false, "plaatsvindt"},
		{"In Zuidwijk gaan de werkzaamheden aan de galerijflats van start.", false, "start, stopt"},
		// Near-misses.
		{"De nieuwe woningen worden duurzaam gebouwd.", true, "geen-toetsbaar-resultaat"},
		{"De woningen in de Vogelbuurt worden energiezuiniger gemaakt.", true, "geen-toetsbaar-resultaat"},
		{"De komende jaren worden buurtavonden gehouden.", true, "geen-toetsbaar-resultaat"},
		{"De leefbaarheidsopgave wordt samen opgepakt.", true, "geen-toetsbaar-resultaat"},
		{"Dit budget wordt ingezet voor de wijken.", true, "geen-toetsbaar-resultaat"},
		{"De afspraken worden continu gemonitord.", true, "geen-toetsbaar-resultaat"},
		{"Partijen streven ernaar dat de huurcontracten worden omgezet.", true, "streven"},
		{"De corporatie start met een onderzoek naar de galerijflats.", true, ""},
		{"De samenwerking met de zorgpartners vindt plaats op basis van gelijkwaardigheid.", true, "samenwerken"},
		{"Het overleg met de huurders vindt plaats in het buurthuis.", true, "overleg"},
		{"De groei van de sociale voorraad gaat door.", true, "geen-toetsbaar-resultaat"},
	})
}

// TestNamedMeans holds our own examples of round 16's kind 31
// (means.go): a named instrument or a person put to work is a definite
// act also where no vague word needed cancelling: a project or programme
// whose name opens with "van", "de" or "het" ("het programma van Huis
// naar Thuis"), a named channel after "via", "gebruik maken van" a role
// written as a hyphenated compound. Near-misses stay vague: no name, a
// party after "via", a sentence that only gives an example, vague
// language that the means does not cancel.
func TestNamedMeans(t *testing.T) {
	checkKindExamples(t, "31 a named instrument or role put to work", []kindExample{
		{"Met het programma van Huis naar Thuis begeleidt de corporatie statushouders.", false, ""},
		{"Statushouders vinden hun weg in de wijk via het programma Samen Thuis.", false, "benoemd middel"},
		{"Het groen in de wijk krijgt een impuls via Operatie Tegelwip.", false, "benoemd middel"},
		{"Er wordt onder andere gebruik gemaakt van een senioren-verhuisadviseur.", false, ""},
		{"De corporatie helpt huurders met betalingsachterstanden via het project Schuldenvrij Wonen.", false, ""},
		// Near-misses.
		{"We helpen huurders met betalingsachterstanden via het project.", true, "geen-toetsbaar-resultaat"},
		{"De corporatie helpt huurders met betalingsachterstanden via de gemeente.", true, "geen-toetsbaar-resultaat"},
		{"Bijvoorbeeld via het project Schuldenvrij Wonen.", true, "geen-toetsbaar-resultaat"},
		{"Er wordt gebruik gemaakt van lokaal maatwerk.", true, "geen-toetsbaar-resultaat"},
		{"Partijen onderzoeken de inzet van een verhuiscoach via het project Langer Thuis.", true, "onderzoeken"},
		{"Ouderen worden waar mogelijk geholpen via het project Langer Thuis.", true, "waar-mogelijk"},
	})
}
