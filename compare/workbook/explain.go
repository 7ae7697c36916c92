package workbook

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// explanations are the short Dutch texts of Toelichting: how each derived
// fact is decided. %s in "Rol" and "Status" stands for the labels.
var explanations = []struct{ topic, text string }{
	{"Thema", "Elke afspraak krijgt een landelijk thema. pakompas vergelijkt het thema zoals het in het document " +
		"staat (Thema (lokaal)) met de synoniemen hieronder, en anders de tekst van de afspraak. Wat niet te " +
		"plaatsen is, valt onder Overig. De adviseur kan een thema aanpassen."},
	{topicVague, "Een afspraak is vaag als er achteraf niets te controleren valt: geen aantal, geen datum of termijn en " +
		"geen concrete handeling van een genoemde partij. Signaalwoorden als \"in gesprek gaan\", \"onderzoeken\", " +
		"\"zich inspannen\" of \"streven naar\" maken een afspraak vaag, tenzij in dezelfde zin een aantal, datum of " +
		"vaste frequentie staat (\"streeft naar 120 woningen\", \"overleggen elk kwartaal\"). " + vagueIntern},
	{hdrCheck, "De kolom Nakijken op het blad Alle afspraken noemt wat pakompas minder zeker weet en u nog niet " +
		"beoordeeld hebt. \"vaag, minder zeker: geen vaag woord\": de afspraak heet vaag alleen omdat er geen toetsbaar " +
		"resultaat in staat (geen aantal, termijn of concrete handeling), zonder signaalwoord; zo'n oordeel klopt op " +
		"echte teksten ongeveer 6 op de 10 keer, met een signaalwoord ongeveer 9 op de 10. \"thema onzeker, misschien X\": " +
		"het thema is uit de tekst afgeleid en het tweede thema X scoorde bijna even hoog. Geeft u een oordeel (of " +
		"verplaatst u het thema), dan verdwijnt de opmerking."},
	{"Oordeel adviseur", "De automatische beoordeling is een signaal, geen oordeel. Het oordeel van de adviseur " +
		"(vaag of niet vaag) gaat voor in de tellingen en de kleuren; bij twijfel of zonder oordeel telt de " +
		"automatische beoordeling."},
	{"SMART", "Per afspraak vier vragen: wie (een verantwoordelijke partij wordt genoemd, niet alleen \"partijen\"), " +
		"wat (een concreet resultaat of product), hoeveel (een aantal, percentage, bedrag of energielabel) en " +
		"wanneer (een jaar, datum, kwartaal, termijn of planning)."},
	{"Type", "resultaat (legt een resultaat vast), inspanning (belooft een inspanning), proces (spreekt een proces " +
		"af: overleg, onderzoek, een plan) of kader (looptijd, evaluatie, bijstelling, geschillen: geen toezegging " +
		"en dus ook niet vaag). Een label in het document zelf, zoals \"Resultaatafspraak\", blijft bewaard, maar de " +
		"tekst bepaalt het type: ook een resultaatafspraak kan vaag zijn."},
	{"Regulier werk", "Een afspraak is regulier werk als ze vastlegt wat een partij toch al doet: wat de wet of een " +
		"regeling vraagt, de wettelijke cyclus (bod, jaarverslag), het eigen beleid of plan, of het gewone werk " +
		"(onderhoud, spreekuur, toewijzing). Zulke prestaties horen op een dashboard, niet in de afspraken. De kolom " +
		"Regulier werk op het blad Alle afspraken zegt waarom; los van vaag: ook regulier werk kan concreet zijn."},
	{"Kompasscan", "Het blad Kompasscan beoordeelt per gemeente de afspraken als geheel, zoals de handreiking vraagt: " +
		"focus, concreetheid, resultaat, wederkerigheid, regulier werk en monitoring. Elk cijfer is groen, oranje of " +
		"rood tegen de drempels op dat blad; per gemeente één zin met de twee zwakste punten. Het blad Kompas per " +
		"thema zet per gemeente en thema de indicatoren die per thema tellen op een rij (aantal afspraken, vaag, " +
		"resultaat, gemengd, regulier werk), met dezelfde drempels: daar staat onder welk thema de vage of gemengde " +
		"afspraken zitten."},
	{"Rol", "De trekker (de kolom Trekker, of anders het onderwerp van de zin) wordt herleid tot een rol: %s. " +
		"De verdeling laat de wederkerigheid zien: wie draagt de afspraken?"},
	{"Status", "Statuswoorden uit de monitor (groen, oranje, rood, afgerond, loopt, vertraagd ...) worden " +
		"teruggebracht tot: %s."},
	{"Naast elkaar", "Dezelfde afspraak in verschillende gemeenten (vrijwel dezelfde tekst, met andere getallen, " +
		"jaren en namen) staat op de themabladen op één rij. \"ontbreekt\" betekent dat die gemeente de afspraak " +
		"niet heeft; het blad Ontbrekend zet die verschillen op een rij. De tool groepeert, de adviseur oordeelt."},
	{topicVerloop, "Zijn van een gemeente afspraken uit meer dan één jaar ingelezen (een jaarschijf, of een periode als " +
		"2024-2027), dan koppelt pakompas elk jaar aan het volgende: eerst afspraken met vrijwel dezelfde tekst (getallen, " +
		"jaren en namen tellen niet mee), dan op nummer en gelijkenis. Het blad Verloop zet een afspraak door de jaren op " +
		"één rij. Nieuw: in het jaar ervoor stond geen overeenkomende afspraak. Gewijzigd: de afspraak staat er nog, met " +
		"andere woorden (kolom Wijzigingen: \"40 → 60\"; + toegevoegd, − geschrapt; \"alleen jaartallen\" als alleen de jaartallen " +
		"zijn opgeschoven met de jaren tussen de versies: overgenomen, niet veranderd). Ongewijzigd: dezelfde woorden. " +
		"Vervallen: het jaar erna staat de afspraak er niet meer in. Doorgeschoven: de afspraak komt terug terwijl ze het " +
		"jaar ervoor niet gereed was, of met een latere termijn; de kolom telt hoeveel jaren achter elkaar. Een afspraak " +
		"die jaar na jaar doorschuift, legt weinig vast. De koppeling is een hulpmiddel: de adviseur oordeelt."},
	{topicReadBack, "Vul op het blad Alle afspraken de kolommen Oordeel adviseur (keuzelijst: vaag, niet vaag, " +
		"twijfel) en Notitie in. pakompas leest ze terug via de kolom Id. Sorteren, filteren en kolommen toevoegen " +
		"mag; de kopregel en de kolom Id moeten blijven staan."},
}

// The topics of explanations that differ for outside readers.
const (
	topicVague    = "Vaag"
	topicReadBack = "Terug inlezen"
	// topicVerloop is only explained when the workbook has the sheet
	// Verloop.
	topicVerloop = "Verloop"
)

// vagueIntern ends the explanation of Vaag in the adviser's workbook.
const vagueIntern = "De gevonden woorden staan in de kolom Signaalwoorden, de regels die ze vonden in de kolom Regels; " +
	"alle regels staan hieronder."

// vagueExtern ends the explanation of Vaag in the external workbook,
// which shows the reasons in words instead of the rule ids.
const vagueExtern = "De gevonden woorden staan in de kolom Signaalwoorden, de reden in de kolom Reden; " +
	"de soorten signalen staan hieronder."

// writeExplain writes Toelichting: version and date, how themes, flags,
// SMART, type, role and status are decided, the flag rules and the
// taxonomy with its synonyms.
func writeExplain(f *excelize.File, st *styles, in *Input) error {
	l := &sheetList{f: f, st: st, sheet: sheetExplain, row: 1}
	ws := []float64{22, 80, 14, 64, 40}
	if in.external() {
		ws = ws[:3] // no ids and word patterns: the rules take three columns
	}
	if err := l.widths(ws...); err != nil {
		return err
	}
	if err := l.title("Toelichting", st.title); err != nil {
		return err
	}
	if err := l.title(fmt.Sprintf("%s, werkmap gemaakt op %s.", madeWith(in), dutchDate(in.Created)), st.subtitle); err != nil {
		return err
	}
	l.row++
	if err := l.title("Hoe de beoordeling werkt", st.section); err != nil {
		return err
	}
	for _, e := range explanations {
		text := e.text
		switch e.topic {
		case topicReadBack, hdrCheck:
			if in.external() {
				continue
			}
		case topicVerloop:
			if in.Verloop == nil {
				continue
			}
		case topicVague:
			if in.external() {
				text = strings.Replace(text, vagueIntern, vagueExtern, 1)
			}
		case "Rol":
			text = fmt.Sprintf(text, dutchList(in.RoleLabels))
		case "Status":
			text = fmt.Sprintf(text, dutchList(in.StatusLabels))
		}
		if err := l.set(1, e.topic, st.label); err != nil {
			return err
		}
		if err := l.set(2, text, st.cellWrap); err != nil {
			return err
		}
		if err := l.endRow(wrappedLines(text, l.ws[1])); err != nil {
			return err
		}
	}

	l.row++
	if err := l.title("Signaalregels", st.section); err != nil {
		return err
	}
	if len(in.Rules) == 0 {
		if err := l.line(st.cellTop, "geen regels opgegeven"); err != nil {
			return err
		}
	} else if err := writeRules(l, in); err != nil {
		return err
	}

	l.row++
	if err := l.title("Thema's", st.section); err != nil {
		return err
	}
	if err := l.header("Thema", "Ook geschreven als", "Sleutel"); err != nil {
		return err
	}
	for _, t := range in.Themes {
		syn := strings.Join(t.Synonyms, ", ")
		if syn == "" && t.Key == "overig" {
			syn = "wat niet te plaatsen is (met de eigen naam uit het document)"
		}
		if err := l.line(st.cellWrap, t.Label, syn, t.Key); err != nil {
			return err
		}
	}
	if err := l.usedRange(); err != nil {
		return err
	}
	return printSetup(f, sheetExplain, 1, "$1:$1", "")
}

// writeRules writes the table of flag rules: for the adviser with their
// ids and word patterns, for outside readers only what they say.
func writeRules(l *sheetList, in *Input) error {
	if in.external() {
		if err := l.header("Melding", "Omschrijving", "Categorie"); err != nil {
			return err
		}
		for _, r := range in.Rules {
			// A message's %s stands for the words found.
			if err := l.line(l.st.cellWrap, strings.ReplaceAll(r.Message, "%s", "…"), r.Description, r.Category); err != nil {
				return err
			}
		}
		return nil
	}
	if err := l.header("Regel", "Melding", "Categorie", "Patronen", "Omschrijving"); err != nil {
		return err
	}
	for _, r := range in.Rules {
		if err := l.line(l.st.cellWrap, r.ID, r.Message, r.Category, r.Patterns, r.Description); err != nil {
			return err
		}
	}
	return nil
}

// dutchList joins "a, b en c".
func dutchList(xs []string) string {
	switch len(xs) {
	case 0:
		return "(geen)"
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " en " + xs[len(xs)-1]
}
