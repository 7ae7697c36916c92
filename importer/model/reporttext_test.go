package model

import (
	"strings"
	"testing"
)

// A Word document's (or OpenDocument text's) numbered paragraphs before
// its first heading have no heading paragraph: the report says how many
// agreements, not "kop in alinea 0"; a heading's section names its
// paragraph, and its skipped paragraphs are "alinea", not "rij".
func TestReportTextWordSections(t *testing.T) {
	for _, format := range []string{"docx", "odt"} {
		r := &Report{Files: []FileReport{{Path: "a." + format, Format: format, Gemeenten: []string{"Uithoorn"}, Agreements: 3,
			Sheets: []SheetReport{
				{Name: "§ (voor de eerste kop)", Read: true, Agreements: 1},
				{Name: "§ 2. Duurzaamheid", Read: true, HeaderRow: 7, Agreements: 2},
			},
			Skipped: []SkippedRow{{Sheet: "§ 2. Duurzaamheid", Row: 8, Reason: "lopende tekst (geen genummerde afspraak)"}}}}}
		var b strings.Builder
		if err := r.WriteText(&b); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, want := range []string{`"§ (voor de eerste kop)": 1 afspraken`, `"§ 2. Duurzaamheid": kop in alinea 7, 2 afspraken`,
			"overgeslagen alinea 8: lopende tekst"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: report lacks %q:\n%s", format, want, out)
			}
		}
		if strings.Contains(out, "alinea 0") {
			t.Errorf("%s: report names paragraph 0:\n%s", format, out)
		}
	}
}
