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

// TestAgreementDocument holds our own examples of round 12's kind 21
// (rule kader-document): clauses about the document of the agreements
// that the labelling rules call kader: what it lays down, named as a
// topic or a question ("In het convenant leggen … de opgaven vast", "In
// de jaarschijf spreken partijen af welke …"), what it is ("zijn een
// uitwerking van", "wordt beschouwd als de prestatieafspraken") and the
// years it covers ("worden voor vier jaar gemaakt", "bestrijken vier
// kalenderjaren"). Near-misses stay vague: what is laid down "dat …" or
// "om …" is judged by its content, a document in a relative or "zoals"
// clause frames another commitment, and a question to agree on without a
// document defers it.
func TestAgreementDocument(t *testing.T) {
	checkKaderExamples(t, "21", []kaderExample{
		{"In het convenant leggen gemeente en corporaties de opgaven voor de sociale huur vast.", false},
		{"In de nieuwe prestatieafspraken zijn afspraken opgenomen over de huisvesting van statushouders en de leefbaarheid.", false},
		{"In de jaarschijf spreken partijen af welke complexen worden verduurzaamd.", false},
		{"In dit document beschrijven we de afspraken voor de komende vier jaar.", false},
		{"De jaarafspraken 2026 zijn een uitwerking van de meerjarenafspraken.", false},
		{"Het bod van de corporatie wordt beschouwd als de prestatieafspraken voor 2026.", false},
		{"De prestatieafspraken worden voor vier jaar gemaakt.", false},
		{"De meerjarenafspraken bestrijken vier kalenderjaren.", false},
		// Near-misses.
		{"In de prestatieafspraken is vastgelegd dat de corporatie zich inzet voor betaalbare huren.", true},
		{"Partijen hebben in de afspraken vastgelegd om samen te zoeken naar nieuwe locaties.", true},
		{"De huurders worden betrokken bij de activiteiten die in de prestatieafspraken zijn vastgelegd.", true},
		{"De corporatie zet zich in voor de huurders voor wie in de prestatieafspraken niets is opgenomen.", true},
		{"Zoals in de prestatieafspraken is opgenomen, zet de corporatie zich in voor doorstroming.", true},
		{"Partijen spreken af welke woningen worden verduurzaamd.", true},
		{"Partijen maken de komende jaren afspraken over de verduurzaming.", true},
	})
}

// TestBenefitGranted holds our own examples of round 12's kind 22
// (benefit.go): a benefit that tenants or another group of residents
// receive or may claim is a yes/no fact, also after "kunnen", which grants
// a right here ("kunnen vanaf 1 juli een huurkorting krijgen", "kunnen
// senioren aanspraak maken op een verhuisvergoeding", "komen in aanmerking
// voor"), and information with a date ("U ontvangt vóór 1 mei een
// brief"). Near-misses stay vague: a party's permission ("De corporatie
// kan huurders … geven"), a vague benefit (ruimte, de kans), information
// without a date, a hedge or a vague quantity, a group in a relative
// clause or after a preposition, and a party that receives.
func TestBenefitGranted(t *testing.T) {
	checkKindExamples(t, "22 a benefit for residents", []kindExample{
		{"Huurders met een laag inkomen kunnen vanaf 1 juli een huurkorting krijgen.", false, ""},
		{"Ook kunnen senioren aanspraak maken op een verhuisvergoeding.", false, "recht of voorziening"},
		{"Vrijwilligers krijgen een cursus tot energiecoach.", false, ""},
		{"U ontvangt vóór 1 mei een brief over de huuraanpassing.", false, ""},
		{"Urgentiehouders komen in aanmerking voor een sociale huurwoning.", false, ""},
		{"Bewoners van de flat krijgen een nieuwe keuken.", false, ""},
		// Near-misses.
		{"De corporatie kan huurders een huurkorting geven.", true, "kunnen"},
		{"Huurders krijgen meer ruimte om mee te denken.", true, "meedenken"},
		{"Jongeren krijgen de kans om door te stromen.", true, ""},
		{"U ontvangt een nieuwsbrief.", true, ""},
		{"Huurders krijgen waar mogelijk een huurkorting.", true, "waar-mogelijk"},
		{"Huurders krijgen een passende woning.", true, "vage-hoeveelheid"},
		{"De corporatie vraagt een huurprijs die past bij de kwaliteit die de huurder ontvangt.", true, ""},
		{"Voor huurders krijgt de leefbaarheid aandacht.", true, "aandacht"},
		{"De corporatie krijgt een subsidie.", true, ""},
	})
}
