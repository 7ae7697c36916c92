package workbook

import (
	"fmt"
	"time"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/importer"
)

// The demo: one corporation in four gemeenten, as in the source case.
var demoGemeenten = []string{"Uithoorn", "Aalsmeer", "Landsmeer", "Ouder-Amstel"}

var demoThemes = []Theme{
	{"betaalbaarheid", "Betaalbaarheid", []string{"huurbeleid", "betaalbaar wonen", "woonlasten", "huurprijzen"}},
	{"beschikbaarheid", "Beschikbaarheid en nieuwbouw", []string{"nieuwbouw", "voldoende woningen", "woningvoorraad", "doorstroming"}},
	{"duurzaamheid", "Duurzaamheid", []string{"verduurzaming", "energietransitie", "aardgasvrij"}},
	{"wonen-zorg", "Wonen en zorg", []string{"wonen, zorg en welzijn", "ouderen", "langer thuis"}},
	{"leefbaarheid", "Leefbaarheid", []string{"prettig wonen in de wijk", "wijkaanpak"}},
	{"doelgroepen", "Bijzondere doelgroepen", []string{"vergunninghouders", "statushouders", "uitstroom beschermd wonen"}},
	{"kwaliteit", "Kwaliteit en onderhoud", []string{"woningkwaliteit", "onderhoud", "vocht en schimmel"}},
	{"samenwerking", "Samenwerking en proces", []string{"proces", "monitoring", "evaluatie", "overleg"}},
	{"overig", "Overig", nil},
}

var demoRoles = []string{"Corporatie", "Gemeente", "Huurders", "Zorg/welzijn", "Gezamenlijk", "Onbekend"}
var demoStatuses = []string{"Gereed", "Op schema", "Risico", "Vertraagd", "Niet gestart", "Vervallen", "Onbekend"}

// demoItem is a hand-written agreement; group names the alignment group.
type demoItem struct {
	gem, theme, raw, nr, text, owner, role, due, status, typ string
	smart                                                    [4]bool
	vague                                                    bool
	verdict                                                  evaluation.Verdict
	note, group                                              string
	matches, rules                                           []string
}

var (
	smartAll  = [4]bool{true, true, true, true}
	smartNone = [4]bool{}
	smartWho  = [4]bool{true, false, false, false}
)

// Texts that start like a formula: they must stay text.
const (
	formulaText = `=Voorstel: de gemeente stelt uiterlijk 31 december 2025 twee locaties beschikbaar voor flexwoningen.`
	formulaNote = `=HYPERLINK("https://voorbeeld.nl";"zie bijlage")`
	plusText    = `+25 flexwoningen voor spoedzoekers aan de Hornweg, oplevering 2025.`
	minusText   = `- De corporatie spant zich in om huurachterstanden zo veel mogelijk te voorkomen.`
	atOwner     = `@Eigen Haard`
)

var demoItems = []demoItem{
	// Uithoorn
	{gem: "Uithoorn", theme: "betaalbaarheid", raw: "Betaalbaarheid", nr: "1.1", text: "Partijen gaan met elkaar in gesprek over de betaalbaarheid van de woonlasten.",
		owner: "alle partijen", role: "Gezamenlijk", due: "2025", status: "Op schema", typ: "proces", smart: smartNone, vague: true,
		group: "g-gesprek", matches: []string{"gaan met elkaar in gesprek"}, rules: []string{"in-gesprek"}},
	{gem: "Uithoorn", theme: "betaalbaarheid", raw: "Betaalbaarheid", nr: "1.2", text: "De corporatie houdt de huurverhoging per 1 juli 2025 gemiddeld onder de inflatie.",
		owner: "Eigen Haard", role: "Corporatie", due: "1 juli 2025", status: "Gereed", typ: "resultaat", smart: smartAll},
	{gem: "Uithoorn", theme: "beschikbaarheid", raw: "Voldoende woningen", nr: "2.1", text: "De corporatie levert in 2026 48 sociale huurwoningen op in plan Zijdelveld-Noord.",
		owner: "Eigen Haard", role: "Corporatie", due: "2026", status: "Op schema", typ: "resultaat", smart: smartAll},
	{gem: "Uithoorn", theme: "beschikbaarheid", raw: "Voldoende woningen", nr: "2.2", text: "Gemeente en corporatie onderzoeken de mogelijkheden voor nieuwbouw op inbreidingslocaties.",
		owner: "gemeente en corporatie", role: "Gezamenlijk", status: "Niet gestart", typ: "proces", smart: smartWho, vague: true,
		verdict: evaluation.Twijfel, note: "Vragen naar de locatielijst van de gemeente.", matches: []string{"onderzoeken de mogelijkheden"}, rules: []string{"onderzoek"}},
	{gem: "Uithoorn", theme: "duurzaamheid", raw: "Duurzaamheid", nr: "3.1", text: "Eind 2028 heeft geen enkele woning van de corporatie nog een E-, F- of G-label.",
		owner: "Eigen Haard", role: "Corporatie", due: "2028", status: "Op schema", typ: "resultaat", smart: smartAll, group: "g-label"},
	{gem: "Uithoorn", theme: "doelgroepen", raw: "Bijzondere doelgroepen", nr: "4.1", text: "De corporatie wijst jaarlijks minimaal 12 woningen toe aan vergunninghouders.",
		owner: "Eigen Haard", role: "Corporatie", due: "jaarlijks", status: "Op schema", typ: "resultaat", smart: smartAll, group: "g-vergunning"},
	{gem: "Uithoorn", theme: "samenwerking", raw: "Procesafspraken", nr: "5.1", text: "Partijen stellen vóór 1 juli 2025 samen een plan van aanpak doorstroming vast.",
		owner: "alle partijen", role: "Gezamenlijk", due: "1 juli 2025", status: "Risico", typ: "proces", smart: [4]bool{false, true, false, true}, group: "g-doorstroming"},
	{gem: "Uithoorn", theme: "wonen-zorg", raw: "Wonen, zorg en welzijn", nr: "6.1", text: "Doorstroming van senioren wordt nader uitgewerkt.",
		owner: "", role: "Onbekend", status: "Onbekend", typ: "proces", smart: smartNone, vague: true, verdict: evaluation.Vaag,
		matches: []string{"nader uitgewerkt"}, rules: []string{"uitstel", "passief"}},

	// Aalsmeer
	{gem: "Aalsmeer", theme: "betaalbaarheid", raw: "Huurbeleid", nr: "1.1", text: "Partijen gaan met elkaar in gesprek over de betaalbaarheid van de woonlasten.",
		owner: "gemeente, huurdersvereniging en corporatie", role: "Gezamenlijk", status: "Op schema", typ: "proces", smart: smartNone, vague: true,
		group: "g-gesprek", matches: []string{"gaan met elkaar in gesprek"}, rules: []string{"in-gesprek"}},
	{gem: "Aalsmeer", theme: "beschikbaarheid", raw: "Nieuwbouw", nr: "2.1", text: plusText,
		owner: atOwner, role: "Corporatie", due: "2025", status: "Vertraagd", typ: "resultaat", smart: smartAll},
	{gem: "Aalsmeer", theme: "beschikbaarheid", raw: "Nieuwbouw", nr: "2.2", text: "Partijen stellen vóór 1 juli 2025 samen een plan van aanpak doorstroming vast.",
		owner: "alle partijen", role: "Gezamenlijk", due: "1 juli 2025", status: "Op schema", typ: "proces", smart: [4]bool{false, true, false, true}, group: "g-doorstroming"},
	{gem: "Aalsmeer", theme: "duurzaamheid", raw: "Energietransitie", nr: "3.1", text: "Eind 2028 heeft geen enkele woning van de corporatie nog een E-, F- of G-label.",
		owner: "Eigen Haard", role: "Corporatie", due: "eind 2028", status: "Op schema", typ: "resultaat", smart: smartAll, group: "g-label"},
	{gem: "Aalsmeer", theme: "duurzaamheid", raw: "Energietransitie", nr: "3.2", text: "De corporatie streeft ernaar om zoveel mogelijk woningen van zonnepanelen te voorzien.",
		owner: "Eigen Haard", role: "Corporatie", status: "Op schema", typ: "inspanning", smart: smartWho, vague: true,
		verdict: evaluation.NietVaag, note: "In het bod staat 300 woningen in 2026; afspraak aanscherpen.", matches: []string{"streeft ernaar", "zoveel mogelijk"}, rules: []string{"streven", "vage-maat"}},
	{gem: "Aalsmeer", theme: "doelgroepen", raw: "Urgente doelgroepen", nr: "4.1", text: "De corporatie wijst jaarlijks minimaal 12 woningen toe aan vergunninghouders.",
		owner: "Eigen Haard", role: "Corporatie", due: "jaarlijks", status: "Gereed", typ: "resultaat", smart: smartAll, group: "g-vergunning"},
	{gem: "Aalsmeer", theme: "leefbaarheid", raw: "Prettig wonen in de wijk", nr: "5.1", text: "De huurdersvereniging organiseert twee keer per jaar een wijkschouw met de corporatie.",
		owner: "Huurdersvereniging Aalsmeer", role: "Huurders", due: "halfjaarlijks", status: "Op schema", typ: "resultaat", smart: smartAll},

	// Landsmeer
	{gem: "Landsmeer", theme: "betaalbaarheid", raw: "Betaalbaar wonen", nr: "A.1", text: "Partijen gaan met elkaar in gesprek over de betaalbaarheid van de woonlasten in Landsmeer.",
		owner: "partijen", role: "Gezamenlijk", status: "Onbekend", typ: "proces", smart: smartNone, vague: true,
		group: "g-gesprek", matches: []string{"gaan met elkaar in gesprek"}, rules: []string{"in-gesprek"}},
	{gem: "Landsmeer", theme: "betaalbaarheid", raw: "Betaalbaar wonen", nr: "A.2", text: minusText,
		owner: "Eigen Haard", role: "Corporatie", status: "Op schema", typ: "inspanning", smart: smartWho, vague: true,
		matches: []string{"spant zich in", "zo veel mogelijk"}, rules: []string{"inspanning"}},
	{gem: "Landsmeer", theme: "duurzaamheid", raw: "Duurzaamheid", nr: "B.1", text: "Eind 2028 heeft geen enkele woning van de corporatie in Landsmeer nog een E-, F- of G-label.",
		owner: "Eigen Haard", role: "Corporatie", due: "2028", status: "Risico", typ: "resultaat", smart: smartAll, group: "g-label"},
	{gem: "Landsmeer", theme: "kwaliteit", raw: "Woningkwaliteit", nr: "C.1", text: "De corporatie lost meldingen van vocht en schimmel binnen zes weken op.",
		owner: "Eigen Haard", role: "Corporatie", due: "doorlopend", status: "Op schema", typ: "resultaat", smart: smartAll},
	{gem: "Landsmeer", theme: "overig", raw: "Diversen", nr: "D.1", text: "Deze afspraken gelden van 1 januari 2025 tot en met 31 december 2028.",
		owner: "", role: "Onbekend", status: "Onbekend", typ: "kader", smart: [4]bool{false, false, false, true}},

	// Ouder-Amstel
	{gem: "Ouder-Amstel", theme: "betaalbaarheid", raw: "Betaalbaarheid", nr: "1", text: "Partijen gaan met elkaar in gesprek over de betaalbaarheid van de woonlasten.",
		owner: "gemeente", role: "Gemeente", status: "Op schema", typ: "proces", smart: smartNone, vague: true,
		group: "g-gesprek", matches: []string{"gaan met elkaar in gesprek"}, rules: []string{"in-gesprek"}},
	{gem: "Ouder-Amstel", theme: "beschikbaarheid", raw: "Woningbouw", nr: "2", text: formulaText,
		owner: "gemeente", role: "Gemeente", due: "31-12-2025", status: "Op schema", typ: "resultaat", smart: smartAll, note: formulaNote},
	{gem: "Ouder-Amstel", theme: "samenwerking", raw: "Samenwerking", nr: "3", text: "Partijen stellen vóór 1 juli 2025 samen een plan van aanpak doorstroming vast.",
		owner: "alle partijen", role: "Gezamenlijk", due: "1 juli 2025", status: "Op schema", typ: "proces", smart: [4]bool{false, true, false, true}, group: "g-doorstroming"},
	{gem: "Ouder-Amstel", theme: "wonen-zorg", raw: "Langer thuis", nr: "4", text: "De gemeente en de zorgaanbieder spannen zich in voor voldoende zorggeschikte woningen.",
		owner: "Amstelring", role: "Zorg/welzijn", status: "Niet gestart", typ: "inspanning", smart: smartWho, vague: true,
		matches: []string{"spannen zich in", "voldoende"}, rules: []string{"inspanning", "vage-maat"}},
}

// demoInput builds the Input of the demo the way package compare would:
// ids, theme sheets (group rows first, then the rest packed), the gaps and
// the counts with the adviser's verdicts applied.
func demoInput() Input {
	labels := map[string]string{}
	for _, t := range demoThemes {
		labels[t.Key] = t.Label
	}
	in := Input{
		Created:      time.Date(2025, 11, 14, 16, 30, 0, 0, time.UTC),
		Version:      "0.4.0",
		Gemeenten:    demoGemeenten,
		Themes:       demoThemes,
		RoleLabels:   demoRoles,
		StatusLabels: demoStatuses,
	}
	files := map[string]string{
		"Uithoorn": "prestatieafspraken_uithoorn_2025.xlsx", "Aalsmeer": "PA Aalsmeer jaarschijf 2025.xlsx",
		"Landsmeer": "landsmeer_monitor.csv", "Ouder-Amstel": "Ouder-Amstel prestatieafspraken 2025-2028.xlsx",
	}
	for _, g := range demoGemeenten {
		in.Files = append(in.Files, "invoer/"+files[g])
	}
	rowNo := map[string]int{}
	groups := map[string]string{} // agreement id → group
	for _, it := range demoItems {
		rowNo[it.gem]++
		sheet := "Afspraken"
		if it.gem == "Landsmeer" {
			sheet = ""
		}
		a := Agreement{
			ID:       fmt.Sprintf("%s-%s", it.gem[:3], it.nr),
			Gemeente: it.gem, ThemeKey: it.theme, ThemeLabel: labels[it.theme], ThemeRaw: it.raw,
			Number: it.nr, Text: it.text, Owner: it.owner, Role: it.role, Due: it.due, Status: it.status, Type: it.typ,
			Smart: it.smart, Vague: it.vague, Verdict: it.verdict, Note: it.note, Matches: it.matches, RuleIDs: it.rules,
			File: "invoer/" + files[it.gem], Sheet: sheet, Row: 4 + rowNo[it.gem],
		}
		a.CountsVague = compare.EffectiveVague(compare.Agreement{Vague: it.vague}, it.verdict)
		groups[a.ID] = it.group
		in.Agreements = append(in.Agreements, a)
	}
	in.ThemeSheets, in.Missing = alignedRows(&in, groups)
	in.Summary = summarise(&in)
	in.Report = demoReport(&in)
	in.Orphans = []Orphan{{ID: "Uit-7.3", Gemeente: "Uithoorn", Number: "7.3",
		Text: "De corporatie sloopt 40 woningen aan de Prinses Irenelaan.", Verdict: evaluation.NietVaag, Note: "Vervallen in jaarschijf 2025."},
		{ID: "Aal-9.9", Gemeente: "Aalsmeer", Number: "9.9", Text: "=1+1", Note: "@adviseur: nagaan"}}
	in.Rules = []Rule{
		{"in-gesprek", "proces", "procesafspraak zonder resultaat: %s", "in gesprek | gaan … in gesprek | overleg voeren",
			"Partijen spreken af te praten, niet wat het gesprek moet opleveren."},
		{"onderzoek", "onderzoek", "onderzoek zonder termijn of besluit: %s", "onderzoeken | verkennen | bekijken",
			"Een onderzoek zonder einddatum of besluitmoment is niet te controleren."},
		{"inspanning", "inspanning", "inspanningsverplichting: %s", "spant zich … in | zet zich … in | @inspanning", ""},
		{"streven", "inspanning", "streven zonder doel: %s", "streeft | streven naar | ernaar", ""},
		{"vage-maat", "zwak", "vage hoeveelheid: %s", "zoveel mogelijk | voldoende | waar mogelijk", ""},
		{"uitstel", "uitstel", "uitgesteld: %s", "nader uitgewerkt | later bepaald", ""},
		{"passief", "passief", "lijdende vorm zonder trekker: %s", "wordt … $", ""},
	}
	return in
}

// alignedRows lays out the theme sheets and the gaps of in from the
// groups: a group row per group (ordered by first member), then the rest
// of each gemeente packed.
func alignedRows(in *Input, groups map[string]string) ([]ThemeSheet, []MissingRow) {
	gi := map[string]int{}
	for i, g := range in.Gemeenten {
		gi[g] = i
	}
	// Where each group has members, over all themes.
	members := map[string]map[string]bool{}
	for _, a := range in.Agreements {
		if g := groups[a.ID]; g != "" {
			if members[g] == nil {
				members[g] = map[string]bool{}
			}
			members[g][a.Gemeente] = true
		}
	}
	var sheets []ThemeSheet
	var missing []MissingRow
	reported := map[string]bool{}
	for _, t := range in.Themes {
		ts := ThemeSheet{Key: t.Key, Label: t.Label}
		rowOf := map[string]int{}
		rest := make([][]int, len(in.Gemeenten))
		for i, a := range in.Agreements {
			if a.ThemeKey != t.Key {
				continue
			}
			g := gi[a.Gemeente]
			grp := groups[a.ID]
			if grp == "" {
				rest[g] = append(rest[g], i)
				continue
			}
			r, ok := rowOf[grp]
			if !ok {
				r = len(ts.Rows)
				rowOf[grp] = r
				row := AlignedRow{Group: grp, Cells: make([][]int, len(in.Gemeenten)), Missing: make([]bool, len(in.Gemeenten))}
				for k, name := range in.Gemeenten {
					row.Missing[k] = !members[grp][name]
				}
				ts.Rows = append(ts.Rows, row)
				has := make([]string, 0, len(members[grp]))
				lacks := make([]string, 0, len(in.Gemeenten)-len(members[grp]))
				for _, name := range in.Gemeenten {
					if members[grp][name] {
						has = append(has, name)
					} else {
						lacks = append(lacks, name)
					}
				}
				if len(lacks) > 0 && !reported[grp] {
					reported[grp] = true
					missing = append(missing, MissingRow{ThemeLabel: t.Label, Group: grp, Text: a.Text, Has: has, Missing: lacks})
				}
			}
			ts.Rows[r].Cells[g] = append(ts.Rows[r].Cells[g], i)
		}
		depth := 0
		for _, r := range rest {
			depth = max(depth, len(r))
		}
		for k := range depth {
			row := AlignedRow{Cells: make([][]int, len(in.Gemeenten))}
			for g := range rest {
				if k < len(rest[g]) {
					row.Cells[g] = []int{rest[g][k]}
				}
			}
			ts.Rows = append(ts.Rows, row)
		}
		if len(ts.Rows) > 0 {
			sheets = append(sheets, ts)
		}
	}
	return sheets, missing
}

// summarise counts per gemeente × theme, per gemeente, per theme and in
// total, with the verdicts applied.
func summarise(in *Input) []SummaryRow {
	roleIdx, statusIdx := map[string]int{}, map[string]int{}
	for i, l := range in.RoleLabels {
		roleIdx[l] = i
	}
	for i, l := range in.StatusLabels {
		statusIdx[l] = i
	}
	type key struct{ g, t string }
	rows := map[key]*SummaryRow{}
	var order []key
	get := func(k key) *SummaryRow {
		r := rows[k]
		if r == nil {
			r = &SummaryRow{Gemeente: k.g, Theme: k.t, Roles: make([]int, len(in.RoleLabels)), Status: make([]int, len(in.StatusLabels))}
			rows[k] = r
			order = append(order, k)
		}
		return r
	}
	for _, a := range in.Agreements {
		for _, k := range []key{{a.Gemeente, a.ThemeKey}, {a.Gemeente, ""}, {"", a.ThemeKey}, {"", ""}} {
			r := get(k)
			r.N++
			if a.CountsVague {
				r.Vague++
			}
			if a.Type == "resultaat" {
				r.Resultaat++
			}
			r.Roles[roleIdx[a.Role]]++
			r.Status[statusIdx[a.Status]]++
		}
	}
	out := make([]SummaryRow, len(order))
	for i, k := range order {
		out[i] = *rows[k]
	}
	return out
}

// demoReport is an import report like the importer's for the demo files,
// plus a file that failed and one that was ignored.
func demoReport(in *Input) *importer.Report {
	cols := []importer.ColumnMapping{
		{Column: "A", Header: "Nr", Field: importer.FieldNumber},
		{Column: "B", Header: "Thema", Field: importer.FieldTheme},
		{Column: "C", Header: "Afspraak", Field: importer.FieldText},
		{Column: "D", Header: "Trekker", Field: importer.FieldOwner},
		{Column: "E", Header: "Planning", Field: importer.FieldDue},
		{Column: "F", Header: "Status", Field: importer.FieldStatus},
		{Column: "G", Header: "Opmerking", Field: importer.FieldNone},
	}
	r := &importer.Report{}
	counts := map[string]int{}
	for _, a := range in.Agreements {
		counts[a.Gemeente]++
	}
	for i, g := range in.Gemeenten {
		fr := importer.FileReport{Path: in.Files[i], Format: "xlsx", Gemeenten: []string{g}, Agreements: counts[g]}
		sheet := "Afspraken"
		if g == "Landsmeer" {
			fr.Format, sheet = "csv", ""
		}
		fr.Sheets = []importer.SheetReport{{Name: sheet, Read: true, HeaderRow: 4, Columns: cols, Agreements: counts[g]}}
		if g == "Aalsmeer" {
			fr.Sheets = append(fr.Sheets, importer.SheetReport{Name: "Voorblad", Reason: "geen tabel met afspraken"})
			fr.Warnings = []string{"kolom Planning: 2 cellen zijn geen datum of jaar en zijn als tekst overgenomen"}
		}
		fr.Skipped = []importer.SkippedRow{
			{Sheet: sheet, Row: 1, Reason: "titel of tussenkop"}, {Sheet: sheet, Row: 2, Reason: "titel of tussenkop"},
			{Sheet: sheet, Row: 3, Reason: "lege rij"},
		}
		r.Files = append(r.Files, fr)
	}
	r.Files = append(r.Files,
		importer.FileReport{Path: "invoer/oud/Uithoorn 2021.xls", Error: "oud Excel-formaat (.xls): sla het bestand op als .xlsx", ErrorKind: importer.ErrXLS},
		importer.FileReport{Path: "invoer/~$prestatieafspraken_uithoorn_2025.xlsx", Ignored: "tijdelijk bestand van Excel (~$)"},
	)
	for range in.Agreements {
		r.Agreements = append(r.Agreements, importer.Agreement{})
	}
	return r
}
