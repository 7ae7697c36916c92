package vague

import "testing"

// TestGovernedCancel holds our own examples of round 11's kind 17: a vague
// match cancelled by its number (or number and date) does not make the
// sentence verifiable while other vague language that still stands
// governs it ("wil" over "investeren in 30 woningen", a search over "meer
// locaties om 500 woningen te bouwen"). Near-misses stay not vague: the
// governing word has what it needs too, a hedge cancelled by a number
// with a date hides nothing from the words around it, and vague language
// in a later clause governs no earlier match.
func TestGovernedCancel(t *testing.T) {
	checkKindExamples(t, "17 a cancelled match under live vague language", []kindExample{
		{"De corporatie wil investeren in 30 tijdelijke woningen.", true, "willen"},
		{"Partijen zoeken naar extra locaties om 500 woningen te kunnen bouwen.", true, "zoeken-naar"},
		{"De gemeente werkt toe naar een meer gevarieerde woningvoorraad met 40% sociale huur.", true, "toewerken"},
		{"Gemeente en corporatie werken samen aan 800 nieuwe woningen voor verschillende doelgroepen.", true, ""},
		{"De corporatie is bereid om 10 procent meer statushouders te huisvesten dan de taakstelling vraagt.", true, "willen"},
		// Near-misses.
		{"De corporatie wil in 2026 investeren in 30 tijdelijke woningen.", false, "niet vaag"},
		{"Woonzorg investeert in 2026 naar verwachting circa € 12 miljoen in de sociale huurvoorraad.", false, "niet vaag"},
		{"De corporatie streeft naar 120 extra woningen in 2027.", false, "niet vaag"},
		{"Ymere verbetert in 2026 200 woningen naar label B en besteedt daarbij extra aandacht aan ventilatie.", false, ""},
	})
}

// TestCountedGroups holds our own examples of round 11's kind 18: a
// number that counts parties, places or the topics of the agreements is
// no quantity of a result, also after a name or adjective and in a
// compound ("de zeven regiogemeenten", "vier speerpunten", "drie
// thema's"). Near-misses keep their quantity: a result counted beside the
// parties, a noun of its own after an adjective or a name.
func TestCountedGroups(t *testing.T) {
	checkKindExamples(t, "18 a count of parties, places or topics", []kindExample{
		{"Eén van de drie speerpunten betreft de doorstroming van senioren.", true, ""},
		{"Partijen zien 4 elementen als voorwaarde voor een goede samenwerking.", true, ""},
		{"In 2026 wordt dieper ingegaan op de volgende drie thema's: wonen, zorg en leefbaarheid.", true, ""},
		{"De zeven regiogemeenten en de corporaties werken samen aan een woonzorgvisie.", true, "samenwerken"},
		{"In de vier Kempengemeenten moeten voldoende betaalbare woningen zijn.", true, "vage-hoeveelheid"},
		// Near-misses.
		{"De vier Kempengemeenten bouwen samen 400 sociale huurwoningen.", false, ""},
		{"De corporatie bouwt 30 grondgebonden woningen voor starters.", false, ""},
		{"Woonstad levert 25 Rotterdamse gezinswoningen op.", false, ""},
		{"Elk van de drie corporaties levert jaarlijks 10 woningen aan statushouders.", false, ""},
	})
}

// TestSelectingMeasures holds our own examples of round 11's kind 19: a
// label, a norm or an income that a preposition makes a selection or a
// topic ("met een energielabel A", "aandacht voor E-, F- en G-labels", "een
// plan voor het aardgasvrij maken van", "met een inkomen tussen € 48.000
// en € 60.000") sets no target and cancels no vague word. Near-misses keep
// it: a label to reach ("naar label B"), none allowed ("geen woningen meer
// met"), a verb whose voor-object is the result ("zorgt voor", "kiest …
// voor"), a price besides the selection, a pilot started on it.
func TestSelectingMeasures(t *testing.T) {
	checkKindExamples(t, "19 a label or norm that selects", []kindExample{
		{"Het aandeel woningen met een energielabel A neemt toe.", true, ""},
		{"De corporaties verbeteren hun woningen, met extra aandacht voor E-, F- en G-labels.", true, "verbeteren"},
		{"Partijen stellen een plan op voor het aardgasvrij maken van de wijk Oost.", true, ""},
		{"De corporatie krijgt meer ruimte om woningen toe te wijzen aan middeninkomens. Dat zijn huishoudens met een inkomen tussen € 48.000 en € 60.000.", true, "vage-hoeveelheid"},
		// Near-misses.
		{"De corporatie verbetert in 2026 alle woningen met een energielabel E, F of G naar label B.", false, ""},
		{"In 2028 heeft de corporatie geen woningen meer met een energielabel E, F of G.", false, ""},
		{"De corporatie kiest bij alle nieuwbouw voor nul-op-de-meter.", false, ""},
		{"De corporatie zorgt voor aardgasvrij wonen in de wijk Oost.", false, ""},
		{"De corporatie verhuurt woningen aan huishoudens met een inkomen tussen € 30.000 en € 40.000 voor maximaal € 700 per maand.", false, ""},
		{"De corporatie start een pilot voor nul-op-de-meter-woningen.", false, ""},
	})
}

// kindExample is one own example or near-miss of a kind: the text, the
// verdict it must get, and the rule or message words that must explain it
// (checkKindExample).
type kindExample struct {
	text  string
	vague bool
	want  string
}

// checkKindExamples checks each example of kind with checkKindExample.
func checkKindExamples(t *testing.T, kind string, examples []kindExample) {
	t.Helper()
	c := Default()
	for _, e := range examples {
		checkKindExample(t, c, kind, Input{Text: e.text}, e.vague, e.want)
	}
}
