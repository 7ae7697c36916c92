package vague

import (
	"slices"
	"testing"
)

// Round 17's kinds, with our own examples and near-misses (never the
// labelled sentences).

// TestIntendedAgreements holds our own examples of kind 32 (intended.go):
// making or signing the agreements under an intention (hopen, willen,
// ambitie) sets no arrangement, so it is a vague intention, not a kader
// clause. Near-misses stay kader: signing or making them with a moment,
// an evaluation under an intention, a dissolution under a possibility.
func TestIntendedAgreements(t *testing.T) {
	checkKindExamples(t, "32 making the agreements under an intention", []kindExample{
		{"De gemeente en de corporatie hopen in het najaar de nieuwe prestatieafspraken te ondertekenen.", true, "willen"},
		{"Partijen hebben de ambitie om volgend jaar opnieuw meerjarenafspraken te maken.", true, "ambitie"},
		{"We willen dit jaar het woononderzoek afronden en in het najaar meerjarenafspraken te maken.", true, "willen"},
		{"De gemeente wil de woonvisie in 2026 vaststellen en daarna met de corporaties nieuwe prestatieafspraken ondertekenen.", true, "willen"},
		// Near-misses: kader.
		{"Partijen ondertekenen de prestatieafspraken vóór 15 december.", false, ""},
		{"In november maken partijen de jaarafspraken voor het volgende jaar.", false, ""},
		{"Het is de bedoeling dat de afspraken elk half jaar worden getoetst.", false, ""},
		{"Deze overeenkomst kan alleen met instemming van alle partijen worden ontbonden.", false, ""},
	})
	c := Default()
	for _, s := range []string{
		"Partijen ondertekenen de prestatieafspraken vóór 15 december.",
		"Het is de bedoeling dat de afspraken elk half jaar worden getoetst.",
	} {
		if r := c.Classify(Input{Text: s}); r.Type != TypeKader {
			t.Errorf("32: %q: type %q, want kader", s, r.Type)
		}
	}
}

// TestDegreeWithoutMeasure holds our own examples of kind 33 (degree.go,
// rule vage-graad): a degree or growth with no number ("flink", "op kleine
// schaal", "neemt toe", "gematigd") leaves open how much, also when a
// means says how. Near-misses are concrete: a number with the degree, a
// means with a number and no degree.
func TestDegreeWithoutMeasure(t *testing.T) {
	checkKindExamples(t, "33 a degree or growth with no measure", []kindExample{
		{"De corporatie investeert de komende jaren flink in haar bezit door woningen te isoleren.", true, "vage-graad"},
		{"Woonstad investeert de komende jaren flink in de kwaliteit van haar flats door deze te isoleren.", true, "vage-graad"},
		{"In de dorpskernen wordt op kleine schaal bijgebouwd.", true, "vage-graad"},
		{"Gemeente en corporatie zorgen ervoor dat het aantal betaalbare huurwoningen toeneemt door nieuwbouw.", true, "vage-graad"},
		{"Het aantal sociale huurwoningen in Oost neemt de komende jaren toe.", true, "vage-graad"},
		{"De huren van de seniorenwoningen worden in 2026 gematigd verhoogd.", true, "vage-graad"},
		// Near-misses.
		{"De sociale voorraad groeit tot 2028 met 250 woningen.", false, ""},
		{"De corporatie investeert in 2026 in haar bezit door 120 woningen te isoleren.", false, ""},
		{"De huren worden in 2026 gematigd verhoogd, met maximaal 2%.", false, ""},
	})
}

// TestCompoundNumeral holds our own examples of kind 34 (numeral.go): a
// numeral written as one word ("vierhonderdvijftig", "eenendertig", "een
// dertigtal") and a number whose noun was just named ("en nog 120
// andere") are quantities. Near-misses stay vague: plurals that count
// nothing ("duizenden", "tientallen"), words that only begin like a
// numeral ("achten"), "andere" without a number.
func TestCompoundNumeral(t *testing.T) {
	checkKindExamples(t, "34 a count the signals did not read", []kindExample{
		{"De corporatie renoveert de komende vier jaar zo'n vierhonderdvijftig woningen.", false, ""},
		{"Woonstede biedt een dertigtal statushouders een woning in de Vlinderbuurt.", false, ""},
		{"In de Bomenbuurt worden eenendertig eengezinswoningen gesloopt.", false, ""},
		{"Deze flats, en nog 120 andere, krijgen nieuwe kozijnen.", false, ""},
		// Near-misses.
		{"De corporatie wil duizenden woningen renoveren.", true, "willen"},
		{"Tientallen huurders worden geholpen.", true, ""},
		{"Partijen achten een evenwichtige verdeling van de voorraad wenselijk.", true, ""},
		{"De corporatie stelt woningen beschikbaar voor andere doelgroepen.", true, ""},
	})
	for w, want := range map[string]bool{
		"zesduizend": true, "eenendertig": true, "tweeentwintig": true, "veertigtal": true, "tweetal": true,
		"vierhonderdvijftig": true, "honderdtal": true,
		"duizenden": false, "honderden": false, "tientallen": false, "achten": false, "vieren": false,
		"eenheid": false, "aantal": false, "getal": false, "achterstand": false, "zeventien": false,
	} {
		if got := compoundNumeral([]byte(w)); got != want {
			t.Errorf("compoundNumeral(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestMeansExample holds our own examples of kind 35 (example.go): a
// means given as an example ("Bijvoorbeeld door …", "Denk aan …", "door
// … bijvoorbeeld …") commits to nothing, whatever act, rule or label it
// names. Near-misses are concrete: an example of where (an instance of
// the commitment), a means that is no example, an example after a
// commitment that stands on its own.
func TestMeansExample(t *testing.T) {
	checkKindExamples(t, "35 a means given as an example", []kindExample{
		{"Partijen willen dat senioren langer thuis kunnen wonen. Bijvoorbeeld door het aanpassen van 40 woningen met een traplift.", true, "willen"},
		{"De corporatie bevordert de doorstroming. Denk aan voorrang voor huurders die een eengezinswoning achterlaten.", true, ""},
		{"Huurwoningen worden energiezuiniger door ze bijvoorbeeld naar label B te brengen.", true, ""},
		// Near-misses.
		{"Bijvoorbeeld in Zuidwijk worden in 2026 40 woningen gesloopt.", false, ""},
		{"De corporatie verduurzaamt haar bezit door in 2026 200 woningen naar label B te brengen.", false, ""},
		{"De corporatie isoleert in 2026 alle galerijflats in Noord, bijvoorbeeld met HR++-glas.", false, ""},
	})
	// The example is read from the word, not from the information rule
	// open-einde that also matches it: switched off, the verdict stays.
	rules := slices.DeleteFunc(DefaultRules(), func(r Rule) bool { return r.ID == "open-einde" })
	c, err := New(rules)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Huurwoningen worden energiezuiniger door ze bijvoorbeeld naar label B te brengen.",
		"Partijen willen dat senioren langer thuis kunnen wonen. Bijv. door het aanpassen van 40 woningen met een traplift.",
	} {
		if r := c.Classify(Input{Text: text}); !r.Vague {
			t.Errorf("open-einde off: %q not vague; flags %+v", text, r.Flags)
		}
	}
}

// TestNotTheObject holds our own examples of kind 36 (verdict.go,
// inversion.go): a definite word that is not the act's object does not
// make the object definite: "voor alle …" names whom the act is for, and
// a name right after the verb of an inverted sentence is its subject.
// Near-misses are concrete: "alle" in a place, a definite object after
// the inverted subject, "alle" as the object itself.
func TestNotTheObject(t *testing.T) {
	checkKindExamples(t, "36 a definite word that is not the object", []kindExample{
		{"Voor alle leeftijdsgroepen worden huurwoningen gebouwd.", true, ""},
		{"Woonwaard bouwt huurwoningen voor alle doelgroepen.", true, ""},
		{"Daarnaast bouwen Woonwaard en Intermaris huurwoningen voor starters.", true, ""},
		// Near-misses.
		{"Woonwaard hangt in alle woningen rookmelders op.", false, ""},
		{"Daarnaast sloopt Woonwaard de Hortensiaflat.", false, ""},
		{"Woonwaard biedt alle nieuwe huurders een welkomstgesprek aan.", false, ""},
	})
}
