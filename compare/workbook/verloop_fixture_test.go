package workbook

import (
	"path/filepath"
	"testing"
	"time"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/importer"
)

// yearsAgreement is one agreement of the jaarschijven fixture.
type yearsAgreement struct{ gem, year, nr, theme, text, status string }

// yearsAgreements: Uithoorn in 2024, 2025 and 2026 (reworded,
// carried over, dropped, added), Aalsmeer in 2025 and 2026, Landsmeer in
// 2025 only (not on Verloop).
var yearsAgreements = []yearsAgreement{
	{"Uithoorn", "2024", "1", "Beschikbaarheid", "De corporatie levert ten minste 40 sociale huurwoningen op in 2024.", "loopt"},
	{"Uithoorn", "2024", "2", "Samenwerking", "Partijen komen vier keer per jaar bijeen in een bestuurlijk overleg.", "afgerond"},
	{"Uithoorn", "2024", "3", "Wonen en zorg", "De gemeente stelt een woonzorgvisie op.", "loopt"},
	{"Uithoorn", "2025", "1", "Beschikbaarheid", "De corporatie levert minimaal 60 sociale huurwoningen op in 2025.", "loopt"},
	{"Uithoorn", "2025", "2", "Samenwerking", "Partijen komen vier keer per jaar bijeen in een bestuurlijk overleg.", "loopt"},
	{"Uithoorn", "2025", "3", "Duurzaamheid", "De corporatie plaatst zonnepanelen op 100 woningen.", "niet gestart"},
	{"Uithoorn", "2026", "1", "Beschikbaarheid", "De corporatie levert minimaal 60 sociale huurwoningen op in 2026.", "loopt"},
	{"Uithoorn", "2026", "2", "Samenwerking", "Partijen komen vier keer per jaar bijeen in een bestuurlijk overleg.", "afgerond"},
	{"Uithoorn", "2026", "3", "Leefbaarheid", "De gemeente en de huurdersvereniging organiseren twee wijkschouwen per jaar.", "loopt"},
	{"Aalsmeer", "2025", "4.1", "Duurzaamheid", "De corporatie verduurzaamt 120 woningen naar minimaal label B.", "loopt"},
	{"Aalsmeer", "2026", "4.1", "Duurzaamheid", "De corporatie verduurzaamt 150 woningen naar minimaal label B.", "loopt"},
	{"Landsmeer", "2025", "1", "Nieuwbouw", "De corporatie bouwt 20 woningen aan de Dorpsstraat.", "loopt"},
}

// yearsID is the id of a fixture agreement, as the importer makes it.
func yearsID(a yearsAgreement) string { return a.gem + ":" + a.year + ":" + a.nr }

// yearsReport is the fixture as an import report; keep picks which
// agreements (nil: all).
func yearsReport(keep func(yearsAgreement) bool) *importer.Report {
	rep := &importer.Report{}
	files := map[string]bool{}
	for i, a := range yearsAgreements {
		if keep != nil && !keep(a) {
			continue
		}
		file := a.gem + "-" + a.year + ".xlsx"
		if !files[file] {
			files[file] = true
			rep.Files = append(rep.Files, importer.FileReport{Path: "invoer/" + a.year + "/" + file, Format: "xlsx", Gemeenten: []string{a.gem}})
		}
		rep.Agreements = append(rep.Agreements, importer.Agreement{
			ID: yearsID(a), Gemeente: a.gem, Year: a.year, Number: a.nr, ThemeRaw: a.theme, Text: a.text, Status: a.status,
			Source: importer.Source{File: "invoer/" + a.year + "/" + file, Sheet: "Afspraken", Row: 5 + i},
		})
	}
	return rep
}

// yearsNote is the adviser's note on Uithoorn's 2026 agreement 1: no
// sheet of the external workbook may show it.
const yearsNote = "Navragen bij de corporatie: al drie jaar niet gehaald."

// exportYears analyses the fixture (keep: which agreements) with a
// verdict and note on Uithoorn's 2026 agreement 1, writes the workbook
// for audience a and returns its path and the analysis.
func exportYears(t *testing.T, keep func(yearsAgreement) bool, a Audience) (string, *compare.Analysis) {
	t.Helper()
	e, err := compare.NewEngine(compare.Config{})
	if err != nil {
		t.Fatal(err)
	}
	an := e.Analyze(yearsReport(keep), compare.Overrides{})
	work := compare.Judgements{"Uithoorn:2026:1": {ID: "Uithoorn:2026:1", Verdict: evaluation.Vaag, Note: yearsNote}}
	ev := compare.ReadOnlyEvaluation(an, work, compare.Overrides{})
	path := filepath.Join(t.TempDir(), "jaren-"+a.String()+".xlsx")
	if err := Write(path, InputOf(ev, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), "test"), Options{Audience: a}); err != nil {
		t.Fatal(err)
	}
	return path, an
}
