package importer

import (
	"strings"
	"testing"
	"time"
)

// Layout 1: title rows, header in row 4, theme as a column, real Excel
// dates, a formula, multi-line text with bullets, theme filled down.
func TestLayoutThemeColumn(t *testing.T) {
	dir := t.TempDir()
	path := book{sheets: []sheetSpec{{
		name: "Afspraken 2025",
		rows: [][]any{
			{"Prestatieafspraken 2025 gemeente Uithoorn"},
			{"Woonstichting Amstelland, Huurdersvereniging Uithoorn en gemeente Uithoorn"},
			{},
			{"Nr", "Thema", "Afspraak", "Trekker", "Planning", "Status", "Toelichting"},
			{"1.1", "Betaalbaarheid", "De corporatie past in 2025 een  inkomensafhankelijke huurverhoging toe van maximaal 3%.", "Corporatie", "Q2 2025", "groen", "Conform huurbeleid"},
			{"1.2", "", "Partijen gaan in gesprek over de woonlasten\n• van senioren\n• van jongeren", "Alle partijen", time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), "oranje", ""},
			{},
			{"2.1", "Voldoende woningen", "De corporatie levert in 2026 48 sociale huurwoningen op in plan Zijdelveld-Noord.", "Corporatie", "eind 2026", "loopt", ""},
			{"2.2", "Voldoende woningen", "", "Gemeente", "", "", "alleen een toelichting"},
			{"2.3", "Voldoende woningen", "De gemeente stelt uiterlijk 31 december 2025 twee locaties beschikbaar voor flexwoningen.", "placeholder", "doorlopend", "", ""},
		},
		numFmt:   map[string]string{"E6": "d-m-yyyy"},
		formulas: map[string]string{"D10": `"Gemeente"`},
	}}}.xlsx(t, dir, "pa.xlsx")
	rep, fr := importOne(t, path, Options{})
	checkAgreements(t, rep.Agreements, []want{
		{"Uithoorn", "Betaalbaarheid", "1.1", "De corporatie past in 2025 een inkomensafhankelijke huurverhoging toe van maximaal 3%.", "Corporatie", "2025-Q2", 5},
		{"Uithoorn", "Betaalbaarheid", "1.2", "Partijen gaan in gesprek over de woonlasten\nvan senioren\nvan jongeren", "Alle partijen", "2025-07-01", 6},
		{"Uithoorn", "Voldoende woningen", "2.1", "De corporatie levert in 2026 48 sociale huurwoningen op in plan Zijdelveld-Noord.", "Corporatie", "2026", 8},
		{"Uithoorn", "Voldoende woningen", "2.3", "De gemeente stelt uiterlijk 31 december 2025 twee locaties beschikbaar voor flexwoningen.", "placeholder", "", 10},
	})
	a := rep.Agreements[0]
	if a.Status != "groen" || a.Notes != "Conform huurbeleid" || a.DueRaw != "Q2 2025" {
		t.Errorf("status/notes/due_raw = %q %q %q", a.Status, a.Notes, a.DueRaw)
	}
	if got := rep.Agreements[1].DueRaw; got != "1-7-2025" {
		t.Errorf("a date cell's due_raw = %q, want 1-7-2025", got)
	}
	if fr.Sheets[0].HeaderRow != 4 || len(fr.Gemeenten) != 1 || fr.Gemeenten[0] != "Uithoorn" {
		t.Errorf("header row %d, gemeenten %v", fr.Sheets[0].HeaderRow, fr.Gemeenten)
	}
	wantSkipped := map[int]string{1: reasonTitle, 2: reasonTitle, 3: reasonEmpty, 4: reasonHeader, 7: reasonEmpty, 9: reasonNoText}
	checkSkipped(t, fr, wantSkipped)
	if got := mappingOf(fr.Sheets[0]); got != "A=number B=theme C=text D=owner E=due F=status G=notes" {
		t.Errorf("mapping = %s", got)
	}
}

// Layout 2: no theme column; merged section rows "2. Voldoende woningen"
// head numbered rows; a two-row header with "Planning" merged over year
// columns marked x.
func TestLayoutSectionRowsTwoRowHeader(t *testing.T) {
	dir := t.TempDir()
	path := book{sheets: []sheetSpec{{
		name: "Jaarschijf",
		rows: [][]any{
			{"Jaarschijf 2025-2027 Aalsmeer"},
			{"Nr", "Afspraak", "Trekker", "Planning", nil, nil, "Stand van zaken"},
			{nil, nil, nil, 2025, 2026, 2027, nil},
			{"1. Betaalbaarheid en huurbeleid"},
			{"1.1", "De corporatie bevriest in 2025 de huren van woningen met een huur onder de € 500.", "Corporatie", "x", "", "", "afgerond"},
			{"1.2", "Partijen onderzoeken hoe energiearmoede kan worden tegengegaan.", "Gemeente en corporatie", "x", "x", "x", ""},
			{},
			{"2", "Voldoende woningen"},
			{"2.1", "De corporatie start in 2026 met de bouw van 60 woningen aan de Stommeerweg.", "Corporatie", "", "Q2", "", "loopt"},
		},
		merges: [][2]string{{"D2", "F2"}, {"A4", "G4"}, {"A2", "A3"}, {"B2", "B3"}},
	}}}.xlsx(t, dir, "aalsmeer.xlsx")
	rep, fr := importOne(t, path, Options{})
	checkAgreements(t, rep.Agreements, []want{
		{"Aalsmeer", "Betaalbaarheid en huurbeleid", "1.1", "De corporatie bevriest in 2025 de huren van woningen met een huur onder de € 500.", "Corporatie", "2025", 5},
		{"Aalsmeer", "Betaalbaarheid en huurbeleid", "1.2", "Partijen onderzoeken hoe energiearmoede kan worden tegengegaan.", "Gemeente en corporatie", "2025/2027", 6},
		{"Aalsmeer", "Voldoende woningen", "2.1", "De corporatie start in 2026 met de bouw van 60 woningen aan de Stommeerweg.", "Corporatie", "2026-Q2", 9},
	})
	if fr.Sheets[0].HeaderRow != 3 {
		t.Errorf("header row = %d, want 3 (the second header row)", fr.Sheets[0].HeaderRow)
	}
	if got := mappingOf(fr.Sheets[0]); got != "A=number B=text C=owner D=year E=year F=year G=status" {
		t.Errorf("mapping = %s", got)
	}
	if rep.Agreements[0].Status != "afgerond" {
		t.Errorf("status = %q", rep.Agreements[0].Status)
	}
	checkSkipped(t, fr, map[int]string{1: reasonTitle, 2: reasonHeader, 3: reasonHeader,
		4: "sectieregel: thema 'Betaalbaarheid en huurbeleid'", 7: reasonEmpty, 8: "sectieregel: thema 'Voldoende woningen'"})
}

// Layout 3: a cover sheet naming the gemeente, an explanation sheet, one
// sheet per theme, a hidden sheet; numbering restarts per sheet.
func TestLayoutSheetPerTheme(t *testing.T) {
	dir := t.TempDir()
	hdr := []any{"Nr", "Afspraak", "Soort afspraak", "Wie", "Wanneer", "Stand van zaken"}
	path := book{sheets: []sheetSpec{
		{name: "Voorblad", rows: [][]any{{"Prestatieafspraken 2025-2028"}, {"gemeente Landsmeer"}, {"Ondertekend op 12 december 2024"}}},
		{name: "Leeswijzer", rows: [][]any{{"Deze afspraken zijn per thema geordend. Elk blad bevat één thema."}}},
		{name: "Betaalbaar wonen", rows: [][]any{hdr,
			{1, "De corporatie houdt de gemiddelde huur in 2026 onder € 700 per maand.", "Resultaatafspraak", "Corporatie", 2026, "op schema"}}},
		{name: "Nieuwbouw", rows: [][]any{hdr,
			{1, "Partijen verkennen de mogelijkheden voor woningbouw in Landsmeer-Oost.", "Procesafspraak", "Alle partijen", "2025", ""},
			{2, "De gemeente verleent vóór 1 juli 2025 de omgevingsvergunning voor 24 woningen.", "Verzoek aan gemeente", "Gemeente", "1-7-2025", ""}}},
		{name: "Oud 2024", hidden: true, rows: [][]any{hdr, {1, "Een oude afspraak.", "", "", "", ""}}},
	}}.xlsx(t, dir, "PA Landsmeer.xlsx")
	rep, fr := importOne(t, path, Options{})
	checkAgreements(t, rep.Agreements, []want{
		{"Landsmeer", "Betaalbaar wonen", "1", "De corporatie houdt de gemiddelde huur in 2026 onder € 700 per maand.", "Corporatie", "2026", 2},
		{"Landsmeer", "Nieuwbouw", "1", "Partijen verkennen de mogelijkheden voor woningbouw in Landsmeer-Oost.", "Alle partijen", "2025", 2},
		{"Landsmeer", "Nieuwbouw", "2", "De gemeente verleent vóór 1 juli 2025 de omgevingsvergunning voor 24 woningen.", "Gemeente", "2025-07-01", 3},
	})
	if k := rep.Agreements[2].KindRaw; k != "Verzoek aan gemeente" {
		t.Errorf("kind_raw = %q", k)
	}
	var read, skipped []string
	for _, s := range fr.Sheets {
		if s.Read {
			read = append(read, s.Name)
		} else {
			skipped = append(skipped, s.Name+": "+s.Reason)
		}
	}
	if strings.Join(read, "|") != "Betaalbaar wonen|Nieuwbouw" {
		t.Errorf("sheets read = %v", read)
	}
	if len(skipped) != 3 || !strings.Contains(skipped[2], "verborgen") {
		t.Errorf("sheets skipped = %v", skipped)
	}
	// Numbers restart per sheet: ids stay unique by adding the theme.
	if rep.Agreements[0].ID == rep.Agreements[1].ID {
		t.Errorf("duplicate ids %q", rep.Agreements[0].ID)
	}
	if rep.Agreements[1].ID != "landsmeer:2025-2028:nieuwbouw:1" {
		t.Errorf("id = %q", rep.Agreements[1].ID)
	}
}

// Layout 4: a monitor with a gemeente column covering several gemeenten,
// one not on the official list (kept as written, with a warning).
func TestLayoutGemeenteColumn(t *testing.T) {
	dir := t.TempDir()
	path := book{sheets: []sheetSpec{{
		name: "Monitor",
		rows: [][]any{
			{"Gemeente", "Code", "Onderwerp", "Omschrijving", "Eigenaar", "Deadline", "Voortgang"},
			{"Uithoorn", "WL-01", "Leefbaarheid", "De corporatie organiseert twee wijkschouwen per jaar in Thamerdal.", "Corporatie", "2025", "loopt"},
			{"", "WL-02", "Leefbaarheid", "Partijen streven naar een schoon en veilig Thamerdal.", "Alle partijen", "", ""},
			{"GEMEENTE AALSMEER", "WL-01", "Leefbaarheid", "De corporatie organiseert twee wijkschouwen per jaar in Hornmeer.", "Corporatie", "2025", ""},
			{"Amstelveld", "WL-01", "Leefbaarheid", "De corporatie organiseert een wijkschouw.", "Corporatie", "", ""},
		},
	}}}.xlsx(t, dir, "monitor_2025.xlsx")
	rep, fr := importOne(t, path, Options{})
	checkAgreements(t, rep.Agreements, []want{
		{"Uithoorn", "Leefbaarheid", "WL-01", "De corporatie organiseert twee wijkschouwen per jaar in Thamerdal.", "Corporatie", "2025", 2},
		{"Uithoorn", "Leefbaarheid", "WL-02", "Partijen streven naar een schoon en veilig Thamerdal.", "Alle partijen", "", 3},
		{"Aalsmeer", "Leefbaarheid", "WL-01", "De corporatie organiseert twee wijkschouwen per jaar in Hornmeer.", "Corporatie", "2025", 4},
		{"Amstelveld", "Leefbaarheid", "WL-01", "De corporatie organiseert een wijkschouw.", "Corporatie", "", 5},
	})
	if strings.Join(fr.Gemeenten, ",") != "Aalsmeer,Amstelveld,Uithoorn" {
		t.Errorf("gemeenten = %v", fr.Gemeenten)
	}
	if !anyContains(fr.Warnings, "onbekende gemeente 'Amstelveld'") {
		t.Errorf("no warning for the unknown gemeente: %v", fr.Warnings)
	}
	if rep.Agreements[0].ID != "uithoorn:2025:wl-01" || rep.Agreements[2].ID != "aalsmeer:2025:wl-01" {
		t.Errorf("ids %q %q", rep.Agreements[0].ID, rep.Agreements[2].ID)
	}
}

// The gemeente comes from the file name; the --gemeente option does not
// relabel a file that names its own gemeente, and says so.
func TestGemeenteOptionAndFileName(t *testing.T) {
	dir := t.TempDir()
	rows := [][]any{{"Thema", "Afspraak"}, {"Duurzaamheid", "De corporatie isoleert in 2026 120 woningen naar label B."}}
	p := book{sheets: []sheetSpec{{name: "Blad1", rows: rows}}}.xlsx(t, dir, "ouder-amstel_afspraken_2025.xlsx")
	rep, _ := importOne(t, p, Options{})
	if g := rep.Agreements[0].Gemeente; g != "Ouder-Amstel" {
		t.Errorf("from file name: %q", g)
	}
	rep, fr := importOne(t, p, Options{Gemeente: "de ronde venen"})
	if g := rep.Agreements[0].Gemeente; g != "Ouder-Amstel" {
		t.Errorf("the option relabelled the file: %q", g)
	}
	if want := "bestand noemt zelf gemeente Ouder-Amstel (bestandsnaam): --gemeente De Ronde Venen niet toegepast"; !anyContains(fr.Warnings, want) {
		t.Errorf("no warning %q: %v", want, fr.Warnings)
	}
	p2 := book{sheets: []sheetSpec{{name: "Blad1", rows: rows}}}.xlsx(t, dir, "afspraken.xlsx")
	rep, _ = importOne(t, p2, Options{Gemeente: "de ronde venen"})
	if g := rep.Agreements[0].Gemeente; g != "De Ronde Venen" {
		t.Errorf("from option: %q", g)
	}
	rep, fr = importOne(t, p2, Options{})
	if rep.Agreements[0].Gemeente != "" || !anyContains(fr.Warnings, "--gemeente") {
		t.Errorf("no gemeente: got %q, warnings %v", rep.Agreements[0].Gemeente, fr.Warnings)
	}
	if rep.Agreements[0].ID[:9] != "onbekend:" {
		t.Errorf("id without gemeente = %q", rep.Agreements[0].ID)
	}
}

func checkSkipped(t *testing.T, fr FileReport, want map[int]string) {
	t.Helper()
	got := map[int]string{}
	for _, s := range fr.Skipped {
		got[s.Row] = s.Reason
	}
	for row, reason := range want {
		if got[row] != reason {
			t.Errorf("row %d skipped as %q, want %q", row, got[row], reason)
		}
	}
	if len(got) != len(want) {
		t.Errorf("skipped rows %v, want %v", got, want)
	}
}

func mappingOf(s SheetReport) string {
	var parts []string
	for _, c := range s.Columns {
		parts = append(parts, c.Column+"="+string(c.Field))
	}
	return strings.Join(parts, " ")
}

func anyContains(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
