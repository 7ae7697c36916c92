package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"pakompas/compare"
	"pakompas/importer/model"
)

// The Afspraak screen names the source as the adviser finds it: a Word
// table's row, a Word paragraph, a sheet's row, a CSV row.
func TestSourceText(t *testing.T) {
	for _, c := range []struct {
		src  model.Source
		want string
	}{
		{model.Source{File: "/m/a.xlsx", Sheet: "Afspraken", Row: 7}, "a.xlsx, blad Afspraken, rij 7"},
		{model.Source{File: "/m/b.csv", Row: 3}, "b.csv, rij 3"},
		{model.Source{File: "/m/c.docx", Sheet: "tabel 2", Row: 4}, "c.docx, tabel 2, rij 4"},
		{model.Source{File: "/m/d.docx", Sheet: "§ 3. Duurzaamheid", Row: 21}, "d.docx, § 3. Duurzaamheid, alinea 21"},
		{model.Source{File: "/m/e.xlsx", Sheet: "tabel 1", Row: 2}, "e.xlsx, blad tabel 1, rij 2"},
	} {
		a := compare.Agreement{Agreement: model.Agreement{Source: c.src}}
		if got := sourceText(&a); got != c.want {
			t.Errorf("%+v: %q, want %q", c.src, got, c.want)
		}
	}
}

// Each demo agreement of a gemeente with two jaarschijven says on the
// Afspraak screen what happened to it over the years; one without a year
// change says only its year.
func TestYearTextOnDemo(t *testing.T) {
	m, _ := demoModel(t)
	an := m.sess.an
	seen := map[string]bool{}
	for i := range an.Agreements {
		a := &an.Agreements[i]
		y := yearText(an, a)
		if a.Year != "" && !strings.HasPrefix(y, a.Year) {
			t.Fatalf("%s: %q does not start with its year", a.ID, y)
		}
		if a.Change != "" {
			seen[string(a.Change)] = true
			if !strings.Contains(y, string(a.Change)) {
				t.Errorf("%s: %q lacks %s", a.ID, y, a.Change)
			}
		}
		if a.CarriedYears > 0 {
			seen["doorgeschoven"] = true
			if !strings.Contains(y, "doorgeschoven") || !strings.Contains(y, a.PreviousStatus.Label()) {
				t.Errorf("%s: %q lacks the carried years or the status before", a.ID, y)
			}
		}
	}
	for _, k := range []string{"nieuw", "gewijzigd", "ongewijzigd", "vervallen", "doorgeschoven"} {
		if !seen[k] {
			t.Errorf("no demo agreement is %s: the test tests less than it says", k)
		}
	}
	id := agreementID(t, m, "Uithoorn", "2.2")
	openAgreement(t, m, id)
	mustContain(t, ansi.Strip(m.View()), "Jaarschijf  2025 · gewijzigd t.o.v. 2024 (3.1) · doorgeschoven 1 jaar (status toen: Op schema)")
}
