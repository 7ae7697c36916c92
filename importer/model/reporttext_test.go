package model

import (
	"strings"
	"testing"
)

// A Word document's numbered paragraphs before its first heading have no
// heading paragraph: the report says how many agreements, not "kop in
// alinea 0"; a heading's section names its paragraph.
func TestReportTextWordSections(t *testing.T) {
	r := &Report{Files: []FileReport{{Path: "a.docx", Format: "docx", Gemeenten: []string{"Uithoorn"}, Agreements: 3,
		Sheets: []SheetReport{
			{Name: "§ (voor de eerste kop)", Read: true, Agreements: 1},
			{Name: "§ 2. Duurzaamheid", Read: true, HeaderRow: 7, Agreements: 2},
		}}}}
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{`"§ (voor de eerste kop)": 1 afspraken`, `"§ 2. Duurzaamheid": kop in alinea 7, 2 afspraken`} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "alinea 0") {
		t.Errorf("report names paragraph 0:\n%s", out)
	}
}
