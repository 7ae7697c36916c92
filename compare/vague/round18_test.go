package vague

import "testing"

// Round 18's kinds, with our own examples and near-misses (never the
// labelled sentences).

// TestPassiveDone holds our own examples of kind 37 (done.go): a passive
// with a definite subject is a yes/no fact also when the rules do not
// know its verb ("in behandeling genomen", "doorberekend") or its
// auxiliary is the "zijn" of a perfect passive in the inverted order.
// Near-misses stay vague: light-verb idioms whose noun carries the
// meaning, an evaluative or comparative predicate, a bare or pronoun
// subject, a subject-first state, the perfect of an active verb, a
// process act with no time, and a vague match that governs the sentence.
func TestPassiveDone(t *testing.T) {
	checkKindExamples(t, "37 a passive read by its form", []kindExample{
		{"Elke melding van geluidsoverlast wordt binnen de corporatie in behandeling genomen door de wijkbeheerder.", false, ""},
		{"De servicekosten van het complex worden aan de huurders doorberekend.", false, ""},
		{"De regels voor woningruil worden uiterlijk in het voorjaar vertaald naar de huisvestingsverordening.", false, ""},
		{"In het convenant zijn de afspraken over de huurachterstanden opgenomen.", false, ""},
		{"Bij de oplevering zijn de rookmelders in de woningen vervangen.", false, ""},
		{"De aanvullende servicekosten worden bij de huurders in rekening gebracht.", false, ""},
		// Near-misses: vague.
		{"Daarbij wordt de nadruk gelegd op preventie.", true, "geen-toetsbaar-resultaat"},
		{"Daarmee is de eerste stap gezet.", true, "geen-toetsbaar-resultaat"},
		{"Hierbij wordt de lat hoog gelegd.", true, "geen-toetsbaar-resultaat"},
		{"De woningen in de wijk worden goed onderhouden.", true, "geen-toetsbaar-resultaat"},
		{"De komende jaren wordt de samenwerking geïntensiveerd.", true, "samenwerken"},
		{"Ook worden er afspraken gemaakt met de zorgpartijen.", true, ""},
		{"De portiekflats in de wijk zijn gedateerd.", true, "geen-toetsbaar-resultaat"},
		{"Ook hebben de partijen elkaar gevonden in de aanpak van overlast.", true, ""},
		{"De huurders worden geïnformeerd over de renovatie.", true, "informeren"},
		{"Ook worden de huurders gehoord over de plannen voor hun complex.", true, "geen-toetsbaar-resultaat"},
		{"Daarnaast wordt de verbinding gezocht met de zorgpartners in de wijk.", true, "geen-toetsbaar-resultaat"},
		{"Ook is de wens uitgesproken om de wijkaanpak voort te zetten.", true, ""},
		{"De inzet van de corporatie is gericht op de doorstroming.", true, ""},
		{"Waar mogelijk worden de tuinen van de seniorenwoningen heringericht.", true, "waar-mogelijk"},
	})
}

// TestPlanDescribed holds our own examples of kind 38 (rule
// plannen-beschreven, match.go): what "staat op stapel", a plan already
// made and "de plannen van … om" in a prepositional phrase describe is an
// intention, which only a number with a date makes a target. Near-misses
// are concrete: a plan on the stack with a number and a year, a plan to
// be drawn up by a date, and a study noun in a prepositional phrase
// without its own "om", which still qualifies the act.
func TestPlanDescribed(t *testing.T) {
	checkKindExamples(t, "38 a plan described", []kindExample{
		{"In Oost staat de renovatie van 60 portiekwoningen op stapel.", true, "plannen-beschreven"},
		{"Verder staat er een nieuwbouwproject in het centrum op stapel, waarin 35 appartementen komen.", true, "plannen-beschreven"},
		{"De corporatie heeft een eerste plan gemaakt voor ongeveer 40 flexwoningen.", true, "plannen-beschreven"},
		{"Dit sluit aan bij de plannen van de gemeente om in 2027 te beginnen met de sloop van de flats.", true, "plannen-beschreven"},
		// Near-misses: concrete.
		{"In 2026 staat de renovatie van 60 portiekwoningen op stapel.", false, ""},
		{"De corporatie stelt vóór 1 juli een plan op voor de bouw van 40 woningen.", false, ""},
		{"Op basis van het onderzoek verkoopt de corporatie geen sociale huurwoningen meer.", false, ""},
	})
}
