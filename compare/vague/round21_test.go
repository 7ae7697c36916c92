package vague

import "testing"

// Round 21's kinds, with our own examples and near-misses (never the
// labelled sentences).

// TestModalScopeAcrossEn holds our own examples of kind 40
// (modalscope.go): an "en" inside the clause of a modal (willen, kunnen)
// joins parts that share its verb, so what they name is intended, not
// promised: two objects of one infinitive, two infinitives, two
// complements, and a dependent clause whose verb comes last with its
// objects joined by "en". Near-misses: a part after "en" with a finite
// verb of its own (verb-second, a passive, "gaat"), a modal that is
// verb-second right after "en" (the part before it stands), and a modal
// in a clause of its own after a comma.
func TestModalScopeAcrossEn(t *testing.T) {
	checkKindExamples(t, "40 a modal's scope across en", []kindExample{
		{"De gemeente en woonstichting Vechtdal willen aan de Dorpsstraat 12 seniorenwoningen en 1 ontmoetingsruimte bouwen.", true, "willen"},
		{"De corporatie wil bij de Molenweg 8 tiny houses en 2 gezinswoningen opleveren.", true, "willen"},
		{"In de wijk De Hoven, waar we de komende jaren 40 portiekwoningen en ruim 60 grondgebonden woningen willen isoleren en renoveren, gaan we eerst met de bewoners in gesprek.", true, ""},
		{"Ook willen de partijen de overlast beperken en dat de renovatie van 120 portiekwoningen soepel verloopt.", true, "willen"},
		{"Woonpartners wil de galerijflats aan de Parkweg slopen en 48 nieuwe appartementen realiseren.", true, "willen"},
		// Near-misses: a part with a finite verb of its own stands.
		{"De corporatie wil de wijk opknappen en levert in 2026 30 nieuwe woningen op.", false, ""},
		{"De gemeente wil de procedures versnellen en in 2026 worden 30 woningen opgeleverd.", false, ""},
		{"De corporatie bouwt in 2026 40 sociale huurwoningen en wil daarnaast de bestaande flats verduurzamen.", false, ""},
		{"De corporatie wil graag meer bouwen, en de gemeente levert in 2026 twee bouwlocaties.", false, ""},
	})
}

// TestIntentionWording holds our own examples of kind 41 (rules
// plannen-beschreven, ambitie and willen): an intention in wording the
// rules did not read is no promise, and only a number with a date makes
// it a target: the singular "het plan is om", "gaan ervoor om", and "zou
// … moeten" around a long middle field. Near-misses: the same with a
// number and a date, a plan that is a deliverable ("het plan van
// aanpak"), "ervoor zorgen" (ensuring, not aiming), and a short "zou …
// moeten" as before.
func TestIntentionWording(t *testing.T) {
	checkKindExamples(t, "41 intention wording", []kindExample{
		{"Het plan is om op het voormalige schoolterrein 36 sociale huurwoningen te bouwen.", true, "plannen-beschreven"},
		{"Het plan was dat de corporatie 12 woningen aan de Kerkstraat zou aankopen.", true, "plannen-beschreven"},
		{"Samen met de huurders gaan we ervoor om 300 woningen van een warmtepomp te voorzien.", true, "ambitie"},
		{"Volgens de gemeente zou ruim de helft van alle woningen in het nieuwe plan Hoge Akker sociale huur moeten worden.", true, "willen"},
		// Near-misses: a number with a date makes the intention a target.
		{"Het plan is om in 2026 op het voormalige schoolterrein 36 sociale huurwoningen te bouwen.", false, ""},
		{"We gaan ervoor om in 2027 300 woningen van een warmtepomp te voorzien.", false, ""},
		// Near-misses: no intention.
		{"Het plan van aanpak wordt uiterlijk 1 juli 2026 vastgesteld.", false, ""},
		{"De corporatie gaat ervoor zorgen dat alle 300 woningen in 2027 een warmtepomp hebben.", false, ""},
		{"De gemeente zou de grond moeten leveren.", true, "willen"},
	})
}
