package status

// The status words as data: each class lists phrases (folded words
// separated by spaces) separated by "|". A class says what a phrase means
// and what it means when negated or hedged.

// class is the kind of signal a phrase gives.
type class uint8

const (
	clsDone       class = iota + 1 // gereed; negated late, "nog niet" on track, in part on track
	clsStarted                     // gestart; negated not started
	clsSchedule                    // op schema; negated late
	clsRisk                        // risico; negated on track
	clsLate                        // vertraagd; negated on track, hedged at risk
	clsNotStarted                  // gepland; negated nothing
	clsDropped                     // vervallen; negated nothing
	clsPartial                     // deels: on track, and makes a done word partial
)

var lexicon = []struct {
	cls     class
	phrases string
}{
	{clsDone, "afgerond|gereed|klaar|uitgevoerd|gerealiseerd|voltooid|behaald|gehaald|opgeleverd|vastgesteld|" +
		"afgesloten|afgehandeld|nagekomen|bereikt|voldaan|geleverd|geimplementeerd|ingevoerd|ondertekend|" +
		"getekend|verwezenlijkt|gedaan|afgerond en geevalueerd|✓|done|completed|complete|finished|" +
		"is gebeurd|ingesteld|besloten|gepubliceerd|verstuurd|gehouden|georganiseerd"},
	{clsStarted, "gestart|begonnen|opgestart|in uitvoering|in gang|in gang gezet|opgepakt|aan de slag|" +
		"in voorbereiding|in behandeling|in ontwikkeling|in procedure|in onderzoek|onderhanden|bezig|" +
		"in proces|in de maak|in aanbesteding|aanbesteding loopt|in progress|started|ongoing|wip|" +
		"in uitwerking|uitvoering loopt|in bouw|in aanbouw|in realisatie"},
	{clsSchedule, "loopt|lopend|lopende|op schema|op koers|conform planning|volgens planning|volgens plan|" +
		"conform plan|op stoom|op tijd|tijdig|haalbaar|groen|green|doorlopend|continu|structureel|gaat door|" +
		"ok|oke|goed|op orde|on track|on schedule|loopt door|loopt goed|voortgang goed|🟢"},
	{clsRisk, "oranje|geel|amber|orange|yellow|aandacht|aandachtspunt|let op|risico|risicos|onder druk|" +
		"zorgpunt|zorgpunten|zorgen|onzeker|onzekerheid|twijfel|twijfelachtig|kritiek|kritisch|knelpunt|" +
		"knelpunten|lastig|moeizaam|spanning|kwetsbaar|onvoldoende|at risk|risk|mogelijk vertraagd|" +
		"dreigt vertraging|dreigende vertraging|kans op vertraging|risico op vertraging|⚠|🟠|🟡"},
	{clsLate, "rood|red|vertraagd|vertraging|vertragingen|achterstand|achter op schema|achter op planning|" +
		"loopt achter|loopt uit|uitloop|uitgelopen|uitgesteld|uitstel|later|te laat|doorgeschoven|" +
		"verschoven|schuift door|stagneert|stagnatie|stilgelegd|ligt stil|on hold|gepauzeerd|" +
		"geparkeerd|blijft achter|achterblijvend|delayed|late|overdue|behind|behind schedule|vertraagt|🔴"},
	{clsNotStarted, "nog te starten|nog starten|nog op te pakken|nog oppakken|gepland|ingepland|te starten|" +
		"start|nieuw|open|to do|todo|not started|planned|nog te beginnen|nog uit te voeren|nog uitvoeren|" +
		"niet begonnen|niet gestart|nog niet gestart|nog niet begonnen|nog niet opgepakt|nog niet opgestart"},
	{clsDropped, "vervallen|vervalt|komt te vervallen|geschrapt|geannuleerd|annulering|ingetrokken|gestopt|" +
		"stopgezet|afgeblazen|niet meer van toepassing|gaat niet door|niet doorgegaan|afgevoerd|" +
		"niet meer nodig|overbodig|beeindigd|cancelled|canceled|dropped|van de lijst|vervangen door"},
	{clsPartial, "deels|gedeeltelijk|grotendeels|ten dele|merendeels|deels gereed|partly|partially"},
}

// exact are whole cells that are a status by themselves; they are not
// read inside longer text ("v" in "v.d.", "ja" in "ja, maar").
var exact = map[string]Status{
	"v": Done, "ja": Done, "✔": Done, "☑": Done, "✅": Done, "yes": Done,
}

// Modifiers looked for just before a status word.
var (
	negators = wordSet("niet|geen|nooit|nee")
	// partials make a done word partial: "deels gereed", "eerste fase
	// gereed", "bijna klaar".
	partials = wordSet("deels|gedeeltelijk|grotendeels|bijna|nagenoeg|vrijwel|eerste|fase|deel|half|" +
		"merendeels|volledig|helemaal|geheel|gedeelte|ten|dele|sommige|enkele|partly|partially|almost")
	// prospects make a done word expected: "wordt opgeleverd", "verwacht
	// gereed".
	prospects = wordSet("verwacht|verwachting|verwachte|voorzien|streven|streefdatum|wordt|worden|zal|zullen|" +
		"moet|moeten|naar|planning|gepland|beoogd|beoogde|uiterlijk")
	// hedges make a delay a risk: "mogelijk vertraagd", "dreigt vertraging".
	hedges = wordSet("mogelijk|mogelijke|dreigt|dreigen|dreigende|dreigend|kans|eventueel|eventuele|wellicht|" +
		"misschien|verwachte|risico|possible|possibly")
	// wholeWords complete a negation to a partial: "niet volledig gereed".
	wholeWords = wordSet("volledig|helemaal|geheel|compleet|totaal")
)
