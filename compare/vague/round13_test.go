package vague

import "testing"

// TestProblemsTackled holds our own examples of round 13's kind 23 (rule
// opgave-aanpakken): tackling, solving or realising problems, bottlenecks
// or tasks names the task, not what happens ("pakken de problemen in de
// wijk aan", "de knelpunten aan te pakken", "deze opgaven realiseren"), so
// the definite article of the task makes no definite object and a date
// does not rescue it. Near-misses stay verifiable: a concrete object, a
// task counted by a number, a concrete means, a named quantity kept.
func TestProblemsTackled(t *testing.T) {
	checkKindExamples(t, "23 a problem or task tackled", []kindExample{
		{"De partijen pakken de problemen in de wijk gezamenlijk aan.", true, "opgave-aanpakken"},
		{"In 2026 pakken gemeente en corporatie de knelpunten in de Bloemenbuurt aan.", true, "opgave-aanpakken"},
		{"Samen de schouders eronder om de knelpunten op de Woerdense woningmarkt aan te pakken.", true, "opgave-aanpakken"},
		{"De corporaties gaan deze opgaven de komende jaren realiseren.", true, "opgave-aanpakken"},
		{"De gemeente lost de problemen rond de doorstroming samen met de corporaties op.", true, "opgave-aanpakken"},
		// Near-misses.
		{"De corporatie pakt de lekkende daken van de flats aan.", false, ""},
		{"De corporatie realiseert de opgave van 120 sociale huurwoningen.", false, ""},
		{"Partijen pakken de problemen in de flat aan door de overlastgevende huurder een gedragsaanwijzing op te leggen.", false, ""},
		{"De corporatie lost in 2026 de 40 openstaande vochtklachten in de flat op.", false, ""},
		{"De gemeente realiseert de taakstelling voor statushouders.", false, ""},
	})
}
