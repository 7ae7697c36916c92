package vague

import "testing"

// TestAgreementClauses holds our own examples of round 10's kinds (issue
// 9), both clauses about the agreements themselves that the labelling
// rules call kader: (14) the cycle of the agreements with a moment or
// frequency in wording the rules did not know (overleg between the
// parties, adjusting the targets, working them out in a yearly plan,
// talks in the form of a bod, arriving at the agreements by a date; "elk
// half jaar" is a schedule), and (15) a reservation on or the status of
// the agreements as a whole. Each has near-misses that must stay vague:
// talk about a topic with a frequency, the cycle without a moment, a
// reservation on one act, statements about the agreements that set no
// arrangement.
func TestAgreementClauses(t *testing.T) {
	checkKaderExamples(t, "14", []kaderExample{
		{"Twee keer per jaar is er overleg tussen de corporatie en de gemeente over de voortgang van de afspraken.", false},
		{"Ieder half jaar worden de prestatieafspraken getoetst en geëvalueerd.", false},
		{"Het is de bedoeling dat de afspraken elk half jaar worden geëvalueerd.", false},
		{"Jaarlijks bekijken partijen of de streefcijfers voor de nieuwbouw bijgesteld moeten worden.", false},
		{"Per jaar worden de ambities uitgewerkt in een jaarplan.", false},
		{"Elk jaar gaan partijen in gesprek in de vorm van een bod.", false},
		{"Vóór 1 november komen partijen tot de prestatieafspraken voor het volgende jaar.", false},
		{"Partijen bespreken jaarlijks de uitkomsten van de huurderstevredenheidsmeting.", true},
		{"Er is overleg tussen de corporatie en de gemeente.", true},
		{"In 2027 wordt gekeken of de toewijzing moet worden bijgesteld.", true},
		{"De prestatieafspraken werken we uit in acties.", true},
		{"Partijen gaan in gesprek over de vorm van de prestatieafspraken.", true},
		{"Het is de bedoeling dat de huurders elk half jaar worden geïnformeerd.", true},
	})
	checkKaderExamples(t, "15", []kaderExample{
		{"Alle afspraken zijn onder voorbehoud van instemming van de toezichthouders.", false},
		{"De afspraken zijn gemaakt onder voorbehoud van de financiële mogelijkheden van de corporatie.", false},
		{"De prestatieafspraken voor 2026 zijn bindend.", false},
		{"De corporatie bouwt onder voorbehoud van financiering nieuwe woningen.", true},
		{"De afspraken zijn de basis voor de gezamenlijke inzet.", true},
		{"De afspraken zijn erop gericht om snel voldoende woningen te bouwen.", true},
		{"De afspraken zijn hard nodig om de wachttijden te verkorten.", true},
	})
}

// kaderExample is an own example or near-miss of a kind about the
// agreements themselves: the text and whether it must be vague; one that
// is not must be a kader clause.
type kaderExample struct {
	text  string
	vague bool
}

// checkKaderExamples checks the verdict of each example of kind, and that
// those that are not vague are kader.
func checkKaderExamples(t *testing.T, kind string, examples []kaderExample) {
	t.Helper()
	c := Default()
	for _, e := range examples {
		r := c.Classify(Input{Text: e.text})
		if r.Vague != e.vague {
			t.Errorf("kind %s %q: vague %v, want %v; flags %+v", kind, e.text, r.Vague, e.vague, r.Flags)
			continue
		}
		if !e.vague && r.Type != TypeKader {
			t.Errorf("kind %s %q: type %s, want kader", kind, e.text, r.Type)
		}
	}
}

// TestDeployed holds our own examples of round 10's kind 16 (deploy.go):
// putting a role or a named instrument to work is a yes/no fact, also in
// the passive and before a verb-final infinitive, where the role or name
// stands before the verb; near-misses without a role or name, under a
// hedge or a wish, and the effort senses of inzetten stay vague.
func TestDeployed(t *testing.T) {
	checkKindExamples(t, "16 deploying a role or named means", []kindExample{
		{"Er worden energiecoaches ingezet.", false, ""},
		{"In de flats aan de Dorpsstraat worden wooncoaches ingezet, bespaartips gedeeld en schulden voorkomen.", false, ""},
		{"De gemeentelijke energieconciërges worden daarbij ook ingezet.", false, ""},
		{"Samen met de corporaties verbeteren we de vroegsignalering en gaan we de Voorzieningenwijzer inzetten.", false, ""},
		{"De gemeente gaat de Voorzieningenwijzer inzetten.", false, ""},
		// Near-misses.
		{"Waar mogelijk worden energiecoaches ingezet.", true, "waar-mogelijk"},
		{"De corporatie wil energiecoaches inzetten.", true, "willen"},
		{"Er worden woningen ingezet voor spoedzoekers.", true, "geen partij"},
		{"Dit geld wordt ingezet voor de leefbaarheid.", true, ""},
		{"Er wordt ingezet op betaalbare huren.", true, "inzetten"},
		{"De corporatie zet zich in voor de Voorzieningenwijzer.", true, "inzetten"},
	})
}
