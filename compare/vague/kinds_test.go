package vague

import (
	"strings"
	"testing"
)

// TestMissKinds holds our own examples of each kind of miss that real
// published text showed (issue "flags that hold on real published
// agreements"): the classifier must get every one right, and a vague
// verdict must be explained by a non-Info flag whose rule or message
// contains want.
func TestMissKinds(t *testing.T) {
	type ex struct {
		text, due string
		vague     bool
		want      string // vague: rule id or message part of a non-Info flag; else part of an Info flag's reason
	}
	kinds := []struct {
		kind string
		exs  []ex
	}{
		{"1 ambition or goal without commitment", []ex{
			{"Wijken zijn groen, heel en prettig om in te wonen.", "", true, "geen partij"},
			{"Een passende woning voor elke doelgroep.", "", true, ""},
			{"het toekomstbestendig maken van de voorraad;", "", true, "geen toetsbaar resultaat"},
			{"Iedere inwoner van Landsmeer woont prettig en betaalbaar.", "", true, "geen toetsbaar resultaat"},
			{"Een toekomstbestendige en duurzame woningvoorraad.", "", true, "geen termijn"},
		}},
		{"2 process verbs", []ex{
			{"Partijen werken het woonzorgplan verder uit.", "", true, "uitwerken"},
			{"Partijen continueren het overleg over de wijkaanpak.", "", true, ""},
			{"Gemeente en corporatie geven later verder vorm aan de samenwerking.", "", true, ""},
			{"De corporatie volgt de ontwikkelingen en past zo nodig de aanpak aan.", "", true, ""},
			{"Over de toewijzing van de woningen wordt afgestemd.", "", true, "afstemmen"},
			{"Partijen doen hun uiterste best om ontruimingen te voorkomen.", "", true, ""},
			{"Partijen trekken waar zinvol samen op.", "", true, ""},
			{"De gemeente stimuleert het gebruik van de energiebespaarcoach.", "", true, "stimuleren"},
			{"De corporatie zet in op het verduurzamen van haar woningen.", "", true, "inzetten"},
			{"Partijen sturen op een evenwichtige verdeling van de woningen.", "", true, ""},
		}},
		{"3 separable verb after a fronted word", []ex{
			{"Daarnaast zet de corporatie zich in voor de huisvesting van statushouders.", "", true, "inzetten"},
			{"Daarbij spant de gemeente zich in om een locatie te vinden.", "", true, "inspannen"},
			{"Ook maakt de huurdersvereniging zich sterk voor lagere servicekosten.", "", true, "inzetten"},
		}},
		{"4 period-wide planning cell", []ex{
			{"Gemeente en corporatie onderzoeken de mogelijkheden voor een energiefonds.", "2025-2028", true, "onderzoeken"},
			{"Gemeente en corporatie onderzoeken de mogelijkheden voor een energiefonds.", "doorlopend", true, "onderzoeken"},
			{"De corporatie onderzoekt de mogelijkheden voor een energiefonds.", "jaarlijks", true, "onderzoeken"},
			{"De corporatie verduurzaamt woningen.", "2025-2028", true, "geen aantal"},
			{"Partijen onderzoeken de behoefte en stellen een plan van aanpak op.", "2025-2028", true, ""},
			{"Partijen onderzoeken de behoefte en stellen een plan van aanpak op.", "Q3 2025", false, ""},
			{"De corporatie streeft naar 120 sociale huurwoningen.", "2025-2028", false, ""},
		}},
		{"5 real targets are no false alarms", []ex{
			{"Op termijn, en uiterlijk 2035, heeft geen woning meer label E, F of G.", "", false, ""},
			{"Elk kwartaal komt het kernteam bijeen en legt de voortgang vast in de monitor.", "", false, ""},
			{"De corporatie streeft naar hooguit 5 ontruimingen per jaar.", "", false, ""},
			{"Partijen starten in 2026 een proef met 20 woningen.", "", false, ""},
		}},
		{"6 framework clauses", []ex{
			{"Deze overeenkomst kan alleen met instemming van alle partijen worden ontbonden.", "", false, ""},
			{"Deze afspraken gelden vanaf 1 januari na ondertekening.", "", false, ""},
			{"Dit document vervangt de afspraken voor de vorige periode.", "", false, ""},
			{"Tijdens de overleggen in april en oktober wordt de voortgang besproken.", "", false, ""},
			{"Deze prestatieafspraken zijn gemaakt tussen de gemeente Uithoorn, Eigen Haard en HBV Uithoorn en gelden voor de jaren 2025 tot en met 2028.", "", false, ""},
			// Found in the real dev part: the cycle of the agreements themselves.
			{"In oktober 2025 gaan partijen in overleg over de afspraken voor 2026.", "", false, ""},
			{"Gemeente, huurdersvereniging en Eigen Haard overleggen enkele keren per jaar over de voortgang van de afspraken.", "", false, ""},
			{"Deze ambities stellen partijen jaarlijks bij.", "", false, ""},
			{"Aan het meerjarige kader wordt jaarlijks een afsprakenoverzicht toegevoegd.", "", false, ""},
			{"De prestatieafspraken worden gemaakt voor 2025 en 2026.", "", false, ""},
			{"Deze werkwijze vervangt het jaarlijkse bod van de corporatie.", "", false, ""},
			// Found in the second dev batch: more words for the agreements.
			{"Deze meerjarenafspraken lopen van 1 januari 2026 tot en met 31 december 2029.", "", false, ""},
			{"Voor 2026 hebben partijen de werkafspraken verlengd.", "", false, ""},
			{"Jaarlijks worden de kaderafspraken uitgewerkt in een jaarschijf.", "", false, ""},
			{"Met de kaderafspraken als basis doorlopen partijen jaarlijks een vaste cyclus.", "", false, ""},
			{"De afspraken zijn op hoofdlijnen.", "", false, ""},
			{"Partijen hebben afgesproken om vanaf 2027 meerjarige prestatieafspraken te maken.", "", false, ""},
			{"De corporaties werken deze afspraken zo nodig jaarlijks uit in concrete activiteiten.", "", false, ""},
			{"Ieder jaar worden in een addendum de speerpunten voor het komende jaar vastgelegd.", "", false, ""},
			{"In 2026 gaan de partijen verder met het maken van prestatieafspraken voor de komende jaren.", "", false, ""},
			// Exploring how to improve the agreements sets no arrangement.
			{"Partijen verkennen de mogelijkheden om de afspraken meer SMART te maken in 2026.", "", true, "verkennen"},
			// Talk about a topic "in de loop van deze afspraken" stays vague.
			{"Partijen gaan in gesprek over de huisvesting van statushouders in de loop van deze afspraken.", "Q3 2026", true, "in-gesprek"},
		}},
		{"7 effort with a concrete means (found in the real dev part)", []ex{
			{"De corporatie stimuleert de doorstroming van senioren door hen voorrang te geven bij nieuwbouw.", "", false, "concreet middel"},
			{"Partijen zorgen voor voldoende aanbod door de verkoop van sociale huurwoningen in de kernen te stoppen.", "", false, "concreet middel"},
			{"Met het project Langer Thuis stimuleert de corporatie het langer zelfstandig wonen.", "", false, "concreet middel"},
			{"De gemeente zet in op energiebesparing met een energiecoach per wijk.", "", false, "concreet middel"},
			{"Gemeente en corporatie investeren in de inzet van wooncoaches.", "", false, "concreet middel"},
			{"De gemeente stimuleert het langer thuis wonen via het programma Thuis in de Wijk.", "", false, "concreet middel"},
			// A means that is itself vague rescues nothing.
			{"De corporatie stimuleert doorstroming door met senioren in gesprek te gaan.", "", true, "stimuleren"},
			{"De corporatie zet in op doorstroming door waar mogelijk voorrang te geven.", "", true, ""},
			{"De corporatie stimuleert doorstroming door ouderen te informeren.", "", true, "stimuleren"},
			// Talk is not cancelled by a means.
			{"Partijen gaan in gesprek over doorstroming met een verhuismakelaar.", "", true, "in-gesprek"},
		}},
		{"8 a checkable comparison is a norm (found in the real dev part)", []ex{
			{"In Uithoorn komen meer sociale huurwoningen bij dan er worden gesloopt.", "", false, ""},
			{"De corporatie verkoopt niet meer woningen dan zij in dezelfde periode oplevert.", "", false, ""},
			{"De woonlasten van de huurders worden na de renovatie niet hoger dan daarvoor.", "", false, ""},
			{"De sociale huurvoorraad van de corporatie blijft tot en met 2028 ten minste gelijk.", "", false, ""},
			{"Partijen zorgen voor meer sociale huurwoningen.", "", true, "vage-hoeveelheid"},
		}},
		{"9 all or none of something (found in the real dev part)", []ex{
			{"Alle vrijkomende huurwoningen krijgen zonnepanelen.", "", false, ""},
			{"Alle nieuwbouw van de corporatie is levensloopgeschikt.", "", false, ""},
			// An ambition stated for all, or "alle" in a prepositional phrase.
			{"Iedere inwoner van Landsmeer woont prettig en betaalbaar.", "", true, ""},
			{"De gemeente legt de nadruk op betaalbare woningen voor alle doelgroepen.", "", true, ""},
			{"Bij ieder nieuw project zit ook een corporatie aan tafel.", "", true, ""},
		}},
		{"10 a threshold in a condition is no commitment (found in the real dev part)", []ex{
			{"Wanneer het aandeel starters onder de 30% komt, gaan partijen in gesprek over de toewijzing.", "", true, "in-gesprek"},
			{"Zodra meer dan 20 huishoudens op de wachtlijst staan, overleggen gemeente en corporatie.", "", true, "overleggen"},
			// A commitment after the condition still counts.
			{"Als de gemeente de grond vóór 1 juli 2026 levert, bouwt de corporatie 40 woningen.", "", false, ""},
		}},
		{"11 goal statements with a number but no date (found in the real dev part)", []ex{
			{"Voor de komende jaren is het doel dat 30% van de nieuwbouw sociale huur is.", "", true, "ambitie"},
			{"Daarbij is het belangrijk dat minimaal 30% van de woningen sociale huur blijft.", "", true, "ambitie"},
			{"Ook zou ongeveer een kwart van de nieuwe woningen sociale huur moeten zijn.", "", true, "willen"},
			{"De corporatie stuurt bij nieuwbouw aan op energielabel A.", "", true, "streven"},
			// With a date it is a quantified, dated effort.
			{"Het doel is dat in 2027 30% van de nieuwbouw sociale huur is.", "", false, ""},
		}},
		{"12 more process language, plans described and scope hedges (found in the real dev part)", []ex{
			{"Gemeente en corporatie verdiepen zich in circulair bouwen en leren van elkaar.", "", true, "leren"},
			{"Partijen dringen bij de provincie aan op meer bouwlocaties.", "", true, "aandringen"},
			{"Daarnaast zijn er plannen voor de bouw van 120 sociale huurwoningen.", "", true, "plannen-beschreven"},
			{"De gemeente laat de sociale huurwoningen bij voorkeur door de corporatie bouwen.", "", true, "waar-mogelijk"},
			{"Huurders met een laag inkomen krijgen bij de meeste corporaties geen huurverhoging.", "", true, "vage-hoeveelheid"},
			{"De corporatie stelt vóór 1 juli 2026 plannen op voor de bouw van 40 woningen.", "", false, ""},
		}},
		{"13 carrying out a named policy, project or site (found in the real dev part)", []ex{
			{"Handhaven Huisuitzettingsbeleid.", "", false, ""},
			{"Het huidige beleid om ontruimingen te voorkomen wordt voortgezet.", "", false, ""},
			{"De nieuwe woningen worden gebouwd in de projecten Zijdelveld en Dorpshart.", "", false, ""},
			// A place name alone, or a policy still to be made, is no named object.
			{"In Uithoorn verkopen we woningen in mondjesmaat.", "", true, ""},
			{"Partijen stellen een nieuw huurbeleid op.", "", true, ""},
			{"Ook worden er wijkvisies opgesteld voor Thamerdal en Zijdelwaard.", "", true, ""},
		}},
		{"14 the object before a verb-final act (found in the real dev part)", []ex{
			{"Afgesproken is dat gemeente en corporatie een projectteam gaan opzetten dat zich richt op verduurzaming.", "", false, ""},
			{"Partijen spreken af dat de corporatie in de Zijdelflat de liften vervangt.", "", false, ""},
			// An agent is no object; a purpose clause is no commitment.
			{"De corporatie participeert in het overleg dat door de wijkteams wordt georganiseerd.", "", true, ""},
			{"Zo slaan we de handen ineen om het verduurzamen van de woningen te versnellen.", "", true, ""},
		}},
		{"15 a priority rule is a definite arrangement (found in the real dev part)", []ex{
			{"Statushouders krijgen voorrang bij de toewijzing van kleine woningen.", "", false, ""},
			{"Eén van de afspraken in het convenant is dat rolstoelwoningen bij voorrang worden toegewezen aan rolstoelgebruikers.", "", false, ""},
			{"Partijen onderzoeken of senioren voorrang kunnen krijgen.", "", true, "onderzoeken"},
		}},
		{"16 a qualifier is no target (found in the real dev part)", []ex{
			// The label selects the dwellings; "de meeste" stays vague.
			{"Huurders in woningen met energielabel E, F of G krijgen bij de meeste corporaties geen huurverhoging.", "", true, "vage-hoeveelheid"},
			{"Eind 2028 heeft de corporatie geen woningen meer met energielabel E, F of G.", "", false, ""},
			// An act word as the subject of "is" is no act.
			{"Circulair bouwen is een nieuw thema. Gemeente en corporaties verdiepen zich hierin.", "", true, "leren"},
		}},
		{"17 people put to work (found in the real dev part)", []ex{
			{"De corporatie zet twee seniorenadviseurs in voor ouderen in Thamerdal.", "", false, ""},
			{"Eigen Haard zet wooncoaches in om huurders te helpen bij het verhuizen.", "", false, ""},
			{"De corporatie zet in op het helpen van huurders bij het verhuizen.", "", true, "inzetten"},
			{"De inzet van een seniorenmakelaar gaat helpen de doorstroming te bevorderen.", "", false, "concreet middel"},
		}},
		{"18 more verifiable forms (found in the second dev batch)", []ex{
			{"Tot 2030 is ongeveer een derde van alle nieuwbouwwoningen in Uithoorn een sociale huurwoning.", "", false, ""},
			{"De vrijkomende huurwoningen in Zijdelwaard gaan met voorrang naar doorstromers uit de sociale huur.", "", false, ""},
			{"De corporatie gebruikt uitsluitend duurzaam geproduceerd hout bij de bouw van woningen.", "", false, ""},
			{"In het convenant is vastgelegd dat nieuwbouwprojecten energieneutraal worden uitgevoerd.", "", false, ""},
			{"In 2026 komen hier 20 nul-op-de-meterwoningen voor terug.", "", false, ""},
			{"Volgend jaar begint de corporatie met de bouw van het eerste project aan het Dorpsplein.", "2026", false, ""},
			{"Samen met de corporatie organiseert de gemeente onder meer de Energiebus in Thamerdal.", "2026", false, ""},
			{"In 2026 werken partijen aan nieuwe prestatieafspraken die vanaf 2027 gelden.", "", false, ""},
			// Still vague.
			{"Partijen onderzoeken of starters voorrang kunnen krijgen.", "", true, "onderzoeken"},
			{"De focus ligt hierbij op voorrang voor Uithoornse gezinnen.", "", true, "aandacht"},
			{"De corporatie streeft naar minimaal 80% betaalbare woningen; in 2025 was dat 83%.", "", true, "streven"},
			{"De corporatie, Stichting Woningbouw Uithoorn en de gemeente streven in 2026 naar een goede balans.", "", true, "streven"},
			{"De huurverhoging voor huishoudens met een inkomen tot € 40.000 wordt gematigd.", "", true, "vage-graad"},
			// A vague word in a title is no vague language.
			{"Uitgangspunt is minimaal 1.200 sociale nieuwbouwwoningen, zoals vastgelegd in het Woonakkoord Samenwerken aan Wonen.", "", false, ""},
			{"Partijen komen hier later op terug.", "", true, ""},
			{"Een derde partij onderzoekt de mogelijkheden.", "", true, "onderzoeken"},
		}},
		{"19 clauses on the agreements' scope, status and place (kader; found across the real sets)", []ex{
			{"Deze jaarschijf is van toepassing op de werkzaamheden in 2026.", "", false, ""},
			{"Het convenant heeft betrekking op alle sociale huurwoningen van de drie corporaties in Landsmeer.", "", false, ""},
			{"Het zijn afspraken voor de periode 2026 tot en met 2029.", "", false, ""},
			{"De afspraken worden in januari aan de gemeenteraad voorgelegd.", "", false, ""},
			{"De meerjarenafspraken vormen het uitgangspunt voor de jaarschijven.", "", false, ""},
			{"De prestatieafspraken worden gezien als een contract waarop partijen elkaar aanspreken.", "", false, ""},
			{"De prestatieafspraken voor Kudelstaart blijven bestaan.", "", false, ""},
			{"De afspraken worden ieder jaar vertaald naar een uitvoeringsprogramma.", "", false, ""},
			// About the agreements, but setting no arrangement: still vague.
			{"In het kader van de prestatieafspraken wordt de samenwerking voortgezet.", "", true, ""},
			{"De afspraken zijn de basis voor de gezamenlijke inzet om de woningvoorraad te vergroten.", "", true, ""},
		}},
		{"20 a count or price held (a checkable comparison with today)", []ex{
			{"Het aantal sociale huurwoningen in Aalsmeer neemt tot 2029 niet af.", "", false, ""},
			{"De corporaties houden het aantal sociale huurwoningen in Landsmeer gelijk.", "", false, ""},
			{"De omvang van de kernvoorraad blijft minimaal in stand.", "", false, ""},
			{"De huren stijgen niet door de verduurzaming.", "", false, ""},
			// Not held, or not a count: still vague.
			{"Het aantal sociale huurwoningen neemt flink toe.", "", true, ""},
			{"De corporatie neemt niet deel aan het overleg maar volgt de ontwikkelingen.", "", true, ""},
			{"Partijen streven ernaar dat er voldoende sociale huurwoningen blijven.", "", true, "streven"},
		}},
	}
	c := Default()
	for _, k := range kinds {
		for _, e := range k.exs {
			checkKindExample(t, c, k.kind, Input{Text: e.text, Due: dueOf(e.due), DueRaw: e.due}, e.vague, e.want)
		}
	}
}

// checkKindExample classifies one example of a kind: the verdict must be
// vague as given; a vague one must be explained by a non-Info flag whose
// rule or message contains want, and for one that is not vague want (if
// any) is part of an Info flag's reason, when it has flags.
func checkKindExample(t *testing.T, c *Classifier, kind string, in Input, vague bool, want string) {
	t.Helper()
	r := c.Classify(in)
	if r.Vague != vague {
		t.Errorf("%s: %q (planning %q): vague = %v, want %v; flags %+v", kind, in.Text, in.DueRaw, r.Vague, vague, r.Flags)
		return
	}
	if !vague {
		if want != "" && len(r.Flags) > 0 && !infoSays(r.Flags, want) {
			t.Errorf("%s: %q: no Info flag says %q; flags %+v", kind, in.Text, want, r.Flags)
		}
		return
	}
	for _, f := range r.Flags {
		if !f.Info && (want == "" || f.Rule == want || strings.Contains(f.Message, want)) {
			return
		}
	}
	t.Errorf("%s: %q: no non-Info flag explains it with %q; flags %+v", kind, in.Text, want, r.Flags)
}

// infoSays reports an Info flag whose message contains want.
func infoSays(flags []Flag, want string) bool {
	for _, f := range flags {
		if f.Info && strings.Contains(f.Message, want) {
			return true
		}
	}
	return false
}

// TestYearFirst: a text that opens with a year ("2025: …", a cell "2026
// 48 woningen") once indexed the token before the first.
func TestYearFirst(t *testing.T) {
	for _, s := range []string{"2025", "2025: de corporatie levert 48 woningen op.", "2026 start bouw"} {
		Default().Classify(Input{Text: s})
	}
}
