package vague

import "testing"

// TestCheckableState holds our own examples of round 15's kind 27
// (state.go): a copula that ascribes to a definite subject a property or
// a role one can check is a yes/no fact. Near-misses stay vague: an
// ambition line with evaluative qualities, a bare plural subject, an
// attitude, a responsibility or a degree, a pronoun subject, a comparison
// without a measure, a predicate with its own article, a state under
// vague language.
func TestCheckableState(t *testing.T) {
	checkKindExamples(t, "27 a definite subject in a checkable state", []kindExample{
		{"Het huurbeleid van Woonzorg is inkomensafhankelijk.", false, "toetsbare eigenschap"},
		{"De buurt Oosterwei wordt aandachtswijk.", false, ""},
		{"Het energieloket blijft in 2026 open op woensdagmiddag.", false, ""},
		{"De huurcommissie blijft aanspreekpunt voor geschillen over servicekosten.", false, ""},
		{"Onze huurcontracten zijn onbepaald van duur.", false, ""},
		// Near-misses.
		{"Buurten zijn groen, heel en veilig.", true, "geen-toetsbaar-resultaat"},
		{"De nieuwe woningen zijn duurzaam en betaalbaar.", true, "geen-toetsbaar-resultaat"},
		{"De huurdersvereniging is nauw betrokken bij de sloopplannen.", true, ""},
		{"De gemeente is verantwoordelijk voor de communicatie met omwonenden.", true, "geen-toetsbaar-resultaat"},
		{"Het is duidelijk wie de trekker is.", true, "geen-toetsbaar-resultaat"},
		{"De dienstverlening aan huurders wordt klantvriendelijker.", true, "geen-toetsbaar-resultaat"},
		{"De corporaties zijn elkaars vaste partner in de regio.", true, "geen-toetsbaar-resultaat"},
		{"De wijkaanpak is een speerpunt.", true, ""},
		{"Partijen streven ernaar dat het huurbeleid inkomensafhankelijk blijft.", true, "streven"},
		{"Als het huurbeleid inkomensafhankelijk is, evalueren partijen de effecten.", true, ""},
	})
}

// TestDescribedDuration holds our own examples of round 15's kind 28
// (describes.go): a number of years that bounds the age of a group of
// people or states the lifetime of a thing in a relative clause is no
// quantity of the commitment, so it cancels no vague word and carries no
// verdict. Near-misses keep their quantity: a share or count beside the
// age bound, the duration of the act itself, a response time, a
// restricted set that carries the act.
func TestDescribedDuration(t *testing.T) {
	checkKindExamples(t, "28 an age or a lifetime is no quantity", []kindExample{
		{"De corporatie vergroot de slaagkans van starters tot 30 jaar.", true, "verbeteren"},
		{"In Zuidwijk komen flexwoningen die maximaal tien jaar blijven staan.", true, "geen-toetsbaar-resultaat"},
		{"Gemeente en corporatie gaan versneld tijdelijke woningen bouwen die 15 jaar mee moeten gaan.", true, ""},
		{"De corporatie verbetert de positie van woningzoekenden van 65 jaar of ouder.", true, "verbeteren"},
		// Near-misses.
		{"De corporatie wijst 30% van de vrijkomende woningen toe aan jongeren tot 27 jaar.", false, ""},
		{"De zorgpartner begeleidt iedere nieuwe huurder uit de uitstroomregeling twaalf maanden lang.", false, ""},
		{"Urgent woningzoekenden krijgen binnen drie maanden een woning aangeboden.", false, ""},
		{"Woonstede voert kleine reparaties uit bij huurders die ouder zijn dan 75 jaar.", false, ""},
		{"De corporatie verhuurt de pauzewoningen voor maximaal twee jaar aan spoedzoekers.", false, ""},
	})
}

// TestUnmeasuredQuality holds our own examples of round 15's kind 29
// (rule vage-hoeveelheid): an object qualified by a quality no one can
// measure ("een bepaald comfort", "vergelijkbare woonlasten", "een
// transparante prijs", "snelle afhandeling") says neither how much nor how
// good, like "voldoende" or "passend". Near-misses stay concrete: the
// contract term "voor bepaalde tijd", the quality with a number, a
// response time.
func TestUnmeasuredQuality(t *testing.T) {
	checkKindExamples(t, "29 a quality no one can measure", []kindExample{
		{"De warmteleverancier rekent een transparante prijs voor de aansluiting op het warmtenet.", true, "vage-hoeveelheid"},
		{"De corporatie garandeert de huurders een bepaald comfort in de zomermaanden.", true, "vage-hoeveelheid"},
		{"De gemeente zorgt voor snelle afhandeling van de omgevingsvergunning voor flexwoningen.", true, "vage-hoeveelheid"},
		{"Na de renovatie betalen de huurders van de Vogelbuurt vergelijkbare woonlasten.", true, "vage-hoeveelheid"},
		// Near-misses.
		{"De corporatie verhuurt de studio's voor bepaalde tijd aan jongeren tot 27 jaar.", false, ""},
		{"De warmteleverancier rekent een transparante prijs van € 25 per maand voor de aansluiting.", false, ""},
		{"De gemeente handelt vergunningaanvragen voor flexwoningen binnen acht weken af.", false, ""},
	})
}
