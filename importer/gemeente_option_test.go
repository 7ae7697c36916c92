package importer

import (
	"strings"
	"testing"
)

// TestGemeenteOptionOnlyWhereNoneNamed: --gemeente labels only the
// agreements of a file that names no gemeente. A file naming its own in a
// title, in a gemeente column or in both keeps it and says in its report
// which gemeente it names, where, and that the option was not applied;
// a file naming the option's own gemeente gets no warning.
func TestGemeenteOptionOnlyWhereNoneNamed(t *testing.T) {
	dir := t.TempDir()
	text := "De corporatie isoleert in 2026 120 woningen naar label B."
	cases := []struct {
		name       string
		rows       [][]any
		wantGem    string // of the first agreement
		wantNamed  string // the gemeenten the warning names
		wantSource string // "" when no warning is expected
	}{
		{"titel.xlsx", [][]any{{"Prestatieafspraken 2025 gemeente Landsmeer"}, {}, {"Thema", "Afspraak"}, {"Duurzaamheid", text}},
			"Landsmeer", "Landsmeer", "(titel)"},
		{"kolom.xlsx", [][]any{{"Gemeente", "Thema", "Afspraak"}, {"Aalsmeer", "Duurzaamheid", text}},
			"Aalsmeer", "Aalsmeer", "(gemeentekolom)"},
		// The column is filled down, so only rows above its first value
		// take the title's gemeente.
		{"beide.xlsx", [][]any{{"Prestatieafspraken gemeente Landsmeer"}, {}, {"Gemeente", "Thema", "Afspraak"}, {"", "Duurzaamheid", "De gemeente stelt in 2026 twee locaties beschikbaar."}, {"Aalsmeer", "Duurzaamheid", text}},
			"Landsmeer", "Aalsmeer, Landsmeer", "(gemeentekolom en titel)"},
		{"zelfde.xlsx", [][]any{{"Prestatieafspraken gemeente Uithoorn"}, {}, {"Thema", "Afspraak"}, {"Duurzaamheid", text}},
			"Uithoorn", "", ""},
		{"afspraken.xlsx", [][]any{{"Thema", "Afspraak"}, {"Duurzaamheid", text}},
			"Uithoorn", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := book{sheets: []sheetSpec{{name: "Blad1", rows: c.rows}}}.xlsx(t, dir, c.name)
			rep, fr := importOne(t, p, Options{Gemeente: "uithoorn"})
			if len(rep.Agreements) == 0 || rep.Agreements[0].Gemeente != c.wantGem {
				t.Fatalf("agreements %+v, want gemeente %s", rep.Agreements, c.wantGem)
			}
			warned := anyContains(fr.Warnings, "--gemeente Uithoorn niet toegepast")
			if c.wantSource == "" {
				if warned {
					t.Errorf("unexpected warning: %v", fr.Warnings)
				}
				return
			}
			if !warned || !anyContains(fr.Warnings, "bestand noemt zelf gemeente "+c.wantNamed+" ") || !anyContains(fr.Warnings, c.wantSource) {
				t.Errorf("want a warning naming %s %s: %v", c.wantNamed, c.wantSource, fr.Warnings)
			}
		})
	}
	// The report names the file with the warning.
	p := book{sheets: []sheetSpec{{name: "Blad1", rows: cases[0].rows}}}.xlsx(t, dir, cases[0].name)
	rep, _ := importOne(t, p, Options{Gemeente: "Uithoorn"})
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "titel.xlsx") || !strings.Contains(b.String(), "let op: bestand noemt zelf gemeente Landsmeer") {
		t.Errorf("report:\n%s", b.String())
	}
}
