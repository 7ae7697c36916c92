package kompas

import "pakompas/compare"

// Key names an indicator. The keys of the thresholds in pakompas.toml are
// the same words (vaag_oranje judges KeyVague); KeyDone is judged by
// achter_oranje and achter_rood.
type Key string

// The indicators.
const (
	KeyAgreements Key = "afspraken"
	KeyThemes     Key = "thema"
	KeyMedian     Key = "mediaan"
	KeyVague      Key = "vaag"
	KeySmart      Key = "smart"
	KeyResult     Key = "resultaat"
	KeyMixed      Key = "gemengd"
	KeyRole       Key = "rol"
	KeyTenants    Key = "huurders"
	KeyRegular    Key = "regulier"
	KeyDue        Key = "termijn"
	KeyStatus     Key = "status"
	KeyDone       Key = "gereed"
	KeyCarried    Key = "doorgeschoven"
)

// The groups of indicators, as the guide names what a set of agreements
// should be.
const (
	GroupFocus       = "Focus"
	GroupConcrete    = "Concreetheid"
	GroupResult      = "Resultaat"
	GroupReciprocity = "Wederkerigheid"
	GroupRegular     = "Regulier werk"
	GroupMonitoring  = "Monitoring"
)

// Indicator describes one row of the scan.
type Indicator struct {
	Key   Key
	Group string
	// Label is the row's short Dutch name ("Vaag", "Met termijn").
	Label string
	// Help says in one Dutch sentence what is counted and when it is
	// amber or red, with the thresholds in force.
	Help string
	// PerTheme is set for the indicators Result.ByTheme fills.
	PerTheme bool
	// limit is the threshold pair that judges it.
	limit compare.Limit
	// percent is set when the figure is a share (else a count).
	percent bool
	// phrase says when the figure is amber and red (limitPhrase).
	phrase string
}

// indicators returns the rows of the scan in display order, with the
// thresholds th.
func indicators(th compare.Thresholds) []Indicator {
	ind := []Indicator{
		{KeyAgreements, GroupFocus, "Aantal afspraken", "aantal afspraken van de gemeente", false, th.Agreements, false, ""},
		{KeyThemes, GroupFocus, "Grootste thema", "het grootste aantal afspraken onder één thema", true, th.Theme, false, ""},
		{KeyMedian, GroupFocus, "T.o.v. mediaan", "hoeveel procent meer afspraken dan de mediaan van de geladen gemeenten", false, th.Median, true, ""},
		{KeyVague, GroupConcrete, "Vaag", "aandeel vage afspraken; uw oordeel telt mee", true, th.Vague, true, ""},
		{KeySmart, GroupConcrete, "Volledig SMART", "aandeel met wie, wat, hoeveel en wanneer", false, th.Smart, true, ""},
		{KeyResult, GroupResult, "Resultaat", "aandeel resultaatafspraken, kaderafspraken niet meegeteld", true, th.Result, true, ""},
		{KeyMixed, GroupResult, "Gemengd", "thema's waarin inspanning en resultaat door elkaar lopen", true, th.Mixed, false, ""},
		{KeyRole, GroupReciprocity, "Eén partij draagt", "het grootste aandeel dat één partij als trekker draagt", false, th.Role, true, ""},
		{KeyTenants, GroupReciprocity, "Huurders trekker of partij", "afspraken met de huurders als trekker of als een van de partijen", false, th.Tenants, false, ""},
		{KeyRegular, GroupRegular, "Regulier werk", "aandeel regulier werk, dat op een dashboard hoort", true, th.Regular, true, ""},
		{KeyDue, GroupMonitoring, "Met termijn", "aandeel met een termijn of planning", false, th.Due, true, ""},
		{KeyStatus, GroupMonitoring, "Met status", "aandeel met een ingevulde status", false, th.Status, true, ""},
		{KeyDone, GroupMonitoring, "Loopt achter", "aandeel met een status dat achter loopt (vertraagd of risico); hoeveel gereed is staat in de toelichting", false, th.Behind, true, ""},
		{KeyCarried, GroupMonitoring, "Doorgeschoven", "aandeel dat uit een eerdere jaarschijf terugkomt zonder gereed te zijn (alleen met meer jaarschijven geladen)", false, th.Carried, true, ""},
	}
	for i := range ind {
		ind[i].phrase = limitPhrase(ind[i].limit, ind[i].percent)
		ind[i].Help += "; " + ind[i].phrase + "."
	}
	return ind
}
