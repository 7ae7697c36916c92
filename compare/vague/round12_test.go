package vague

import "testing"

// TestNormKept holds our own examples of round 12's kind 20 (norm.go):
// keeping to a named norm, guideline, advice, policy or taakstelling is a
// yes/no fact ("volgt de richtlijnen van het ministerie", "houden vast aan
// een inkomensafhankelijk huurbeleid", "conformeert zich aan de
// provinciale taakstelling", "blijft binnen de grenzen van het Sociaal
// Huurakkoord"). Near-misses stay vague: following developments, a bare
// plural or an indefinite norm, a norm that comes later rather than is
// kept, a place within borders, and a hedge or a wish over the norm.
func TestNormKept(t *testing.T) {
	checkKindExamples(t, "20 a named norm kept", []kindExample{
		{"Bij de jaarlijkse huuraanpassing volgt de corporatie de richtlijnen van het ministerie.", false, ""},
		{"Portaal volgt het advies van de huurdersraad op.", false, ""},
		{"Wij houden vast aan een inkomensafhankelijk huurbeleid.", false, ""},
		{"De gemeente conformeert zich aan de provinciale taakstelling voor de huisvesting van vergunninghouders.", false, ""},
		{"De huurverhoging blijft binnen de grenzen van het Sociaal Huurakkoord.", false, ""},
		{"Ymere houdt zich aan de Woningwet.", false, ""},
		{"Conform de urgentieregeling krijgen spoedzoekers een woning aangeboden.", false, ""},
		{"De gemeente gaat de rijksnorm volgen.", false, ""},
		// Near-misses.
		{"Partijen volgen de ontwikkelingen op de woningmarkt.", true, "inventariseren"},
		{"Nieuwe woningen moeten voldoen aan strenge duurzaamheidseisen.", true, ""},
		{"De corporatie houdt vast aan regionale afspraken.", true, ""},
		{"De corporatie volgt een advies.", true, ""},
		{"Daarna volgt het advies van de huurdersraad.", true, ""},
		{"De woningen liggen binnen de grenzen van de gemeente.", true, ""},
		{"De corporatie volgt waar mogelijk de richtlijnen van de overheid.", true, "waar-mogelijk"},
		{"De corporatie wil vasthouden aan het huidige huurbeleid.", true, "willen"},
		{"De planning volgt later.", true, "nog-te-bepalen"},
	})
}
