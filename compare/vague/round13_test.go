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

// TestFurtherAgreements holds our own examples of round 13's kind 24:
// making more, further or better agreements ("meer concrete afspraken",
// "nadere afspraken", "betere afspraken … tussen") defers their content;
// it is no clause about the agreements themselves (kader), also with a
// year, a frequency or the parties named. Near-misses stay kader: the
// agreements themselves made with a moment or frequency, the parties that
// make them, a document that frames further agreements.
func TestFurtherAgreements(t *testing.T) {
	checkKaderExamples(t, "24", []kaderExample{
		{"Voor de uitvoering worden in het komende jaar meer concrete afspraken gemaakt.", true},
		{"In 2026 wil de gemeente nog meer afspraken maken met de corporaties wat betreft het tempo van de verduurzaming.", true},
		{"Er worden betere afspraken gemaakt tussen de corporaties en de zorgpartijen.", true},
		{"Partijen maken jaarlijks aanvullende afspraken over de huisvesting van statushouders.", true},
		{"In 2026 maken partijen verdere afspraken over de toewijzing.", true},
		// Near-misses.
		{"Partijen maken jaarlijks prestatieafspraken met elkaar.", false},
		{"In 2026 maken partijen nieuwe prestatieafspraken voor de periode 2027-2030.", false},
		{"De afspraken zijn gemaakt tussen de gemeente, de corporatie en de huurdersvereniging.", false},
		{"Deze overeenkomst vormt het kader voor de wijkovereenkomsten, waarin nadere afspraken worden gemaakt.", false},
	})
}

// TestReferenceNumbers holds our own examples of round 13's kind 25: a
// number or date that is a reference is no quantity and no deadline: the
// code of a standard ("NEN 7120"), a reference date or price level
// ("peildatum 01-01-2026", "prijspeil 2026"), a number with a letter that
// codes a section ("afspraak 4 B", "- 3 B"). Near-misses keep their
// quantity or date: a norm with its price level beside it, a real date, a
// number with a unit, an energy label.
func TestReferenceNumbers(t *testing.T) {
	checkKindExamples(t, "25 a reference number or date", []kindExample{
		{"De corporatie zorgt voor betaalbaar wonen voor huishoudens met een inkomen tot € 40.000 (peildatum 01-01-2026).", true, ""},
		{"Informatie wordt verstrekt zodra de energieprestatie van de woningen is vastgesteld volgens NEN 7120 NV.", true, ""},
		{"De corporatie meet haar woningen op volgens NEN 2580 normen.", true, ""},
		{"In de prestatieafspraken - 3 B staat dat de corporatie samen met de gemeente de mogelijkheden voor woningdelen verkent.", true, "verkennen"},
		{"De gemeente zorgt voor betaalbare huren voor starters (prijspeil 2026).", true, ""},
		// Near-misses.
		{"Minimaal 80% van de woningen blijft onder de € 700 per maand (prijspeil 2026).", false, ""},
		{"De corporatie levert uiterlijk 01-07-2026 de monitor over het afgelopen jaar aan.", false, ""},
		{"De corporatie verbetert 30 woningen naar label A.", false, ""},
		{"De corporatie bouwt in 2027 4 woningen aan de Dorpsstraat.", false, ""},
	})
}
