package vague

import "testing"

// Round 20's kinds, with our own examples and near-misses (never the
// labelled sentences).

// TestKaderNamed holds our own examples of kind 39 (rules kader-benaming
// and kader-benaming-cyclus): a clause about the agreements that names
// them by a word the other kader rules do not know (the singular
// prestatieafspraak or jaarafspraak, a woonakkoord, a raam- or
// samenwerkingsovereenkomst) sets an arrangement like the plural does:
// bijstelling, looptijd, the translation of the bod into yearly
// agreements, and (with a moment or frequency) the making of a new one.
// Near-misses stay vague or concrete by their content: a new agreement
// made with no moment, a prestatieafspraak that is only the subject of
// a vague commitment, work on a woonakkoord, and a tenancy contract
// converted (no agreement between the parties).
func TestKaderNamed(t *testing.T) {
	checkKaderExamples(t, "39 the agreements named otherwise", []kaderExample{
		{"Waar nodig actualiseren de partijen het Woonakkoord Leiden.", false},
		{"Zo nodig wordt het regionale woonakkoord bijgesteld.", false},
		{"De opgaven uit de woonvisie worden vertaald naar een jaarafspraak per kern.", false},
		{"Het bod van de corporatie wordt omgezet in een nieuwe prestatieafspraak.", false},
		{"De raamovereenkomst is gesloten voor de duur van vier jaar.", false},
		{"Ieder jaar stellen partijen een nieuwe jaarafspraak op.", false},
		{"In het najaar van 2026 wordt een nieuwe prestatieafspraak gemaakt.", false},
		// Near-miss: no moment, so vague process language.
		{"Er wordt een nieuwe prestatieafspraak gemaakt.", true},
	})
	checkKindExamples(t, "39 the agreements named otherwise", []kindExample{
		// Near-misses: vague.
		{"Een belangrijke prestatieafspraak is dat partijen de leefbaarheid in de wijk verbeteren.", true, "verbeteren"},
		{"De gemeente en de corporatie werken samen aan een nieuw woonakkoord.", true, "samenwerken"},
		// Near-miss: concrete, and no kader clause.
		{"De tijdelijke huurovereenkomst wordt na twee jaar omgezet naar een reguliere huurovereenkomst.", false, ""},
	})
	c := Default()
	if r := c.Classify(Input{Text: "De tijdelijke huurovereenkomst wordt na twee jaar omgezet naar een reguliere huurovereenkomst."}); r.Type == TypeKader {
		t.Errorf("a tenancy contract converted is read as a kader clause; flags %+v", r.Flags)
	}
}
