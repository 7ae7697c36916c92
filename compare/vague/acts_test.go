package vague

import "testing"

// actCase is one own example of an act class: the class (a rule id of
// rules.toml), the sentence, whether it is vague, and for a vague one the
// rule or message part that must explain it.
type actCase struct {
	class, text string
	vague       bool
	want        string
}

// actCases are the eighth round's act classes (issue 9): verbs that denote
// a verifiable act when a named party does them to a definite object,
// grouped by meaning in rules.toml. Each class has sentences that are now
// concrete and near-misses that must stay vague (no party, no definite
// object, vague language over the act).
var actCases = []actCase{
	{"toedelen", "De corporatie verloot de vrijkomende woningen in de flat via Woningnet.", false, ""},
	{"toedelen", "De gemeente draagt de grond aan de Kerkstraat over aan de corporatie.", false, ""},
	{"toedelen", "De gemeente geeft de kavels aan de Dorpsstraat in erfpacht uit.", false, ""},
	{"toedelen", "Bij een klacht over schimmel regelt de corporatie een onafhankelijk expert.", false, ""},
	{"toedelen", "De gemeente draagt de kandidaten voor de woningen aan de Esdoornlaan voor.", false, ""},
	{"toedelen", "De corporatie wil de grond aan de Kerkstraat overdragen.", true, "willen"},
	{"toedelen", "Partijen onderzoeken of de woningen verloot kunnen worden.", true, "onderzoeken"},
	{"toedelen", "De corporatie verdeelt woningen.", true, "geen aantal"},
	{"toedelen", "Woningen worden eerlijk verdeeld.", true, ""},
	{"verbouwen", "De corporatie bouwt het kantoorpand aan de Markt om.", false, ""},
	{"verbouwen", "De corporatie voegt de kleine appartementen aan de Lindelaan samen.", false, ""},
	{"verbouwen", "De corporatie voorziet de woningen aan de Dorpsstraat van zonnepanelen.", false, ""},
	{"verbouwen", "De corporatie hangt de rookmelders in de flat op.", false, ""},
	{"verbouwen", "De corporatie verwijdert het asbest uit de bergingen.", false, ""},
	{"verbouwen", "De corporatie knapt woningen op.", true, "geen aantal"},
	{"verbouwen", "Waar mogelijk voegt de corporatie de kleine appartementen samen.", true, "waar-mogelijk"},
	{"verbouwen", "De corporatie voorziet een groeiende vraag naar kleine woningen in het centrum van het dorp.", true, ""},
	{"verbouwen", "Er wordt voorzien in een goed aanbod van sociale huurwoningen.", true, ""},
	{"verbouwen", "De nieuwbouw sluit aan op de behoefte van senioren.", true, ""},
	// What the classes exposed: a vague degree on a count voids the act.
	{"vage-hoeveelheid", "In 2026 verkoopt de corporatie een groot aantal woningen in de Bloemenbuurt.", true, "vage-hoeveelheid"},
	{"vage-hoeveelheid", "De corporatie verkoopt jaarlijks een klein deel van haar woningen.", true, "vage-hoeveelheid"},
	{"vage-hoeveelheid", "De corporatie verhoogt de huren van de flats in 2026 weinig.", true, "vage-hoeveelheid"},
	{"vage-hoeveelheid", "Omdat er veel vraag is naar huurwoningen, bouwt de corporatie in 2026 40 woningen.", false, ""},
	{"vage-hoeveelheid", "De corporatie verkoopt in 2026 een aantal van 12 woningen.", false, ""},
}

// TestActClasses checks actCases: a vague verdict must be explained by a
// non-Info flag whose rule or message contains want.
func TestActClasses(t *testing.T) {
	c := Default()
	for _, e := range actCases {
		checkKindExample(t, c, e.class, Input{Text: e.text}, e.vague, e.want)
	}
}
