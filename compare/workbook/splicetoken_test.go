package workbook

import (
	"slices"
	"strings"
	"testing"

	"pakompas/importer/corpus"
)

// A text that reads like a placeholder (here a gemeente's name, which
// excelize writes into the theme sheets' headers) is a text: the export
// succeeds ("interne fout: onbekende plaatshouder" when the token had no
// random part), the name stands in the headers and every agreement's
// row is where it belongs.
func TestPlaceholderLookalikeText(t *testing.T) {
	sets := corpus.Build(corpus.Options{Gemeenten: 3})
	// The token as it was before it had a random part, and one with a
	// random part of its own.
	odd := "Noord \uE000pakompas-rijen[1] " + spliceTokenMark + "A[1]"
	for i := range sets {
		if sets[i].Gemeente.Name == sets[0].Gemeente.Name {
			sets[i].Gemeente.Name = odd
		}
	}
	in := setsInput(sets)
	f := openFor(t, in, Intern)
	rows, err := f.GetRows(in.ThemeSheets[0].Label)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < themeHeaderRow || !slices.Contains(rows[themeHeaderRow-1], odd) {
		t.Errorf("the theme sheet's header row lacks %q", odd)
	}
	all, err := f.GetRows(sheetAll)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(in.Agreements)+1 {
		t.Fatalf("%s has %d rows for %d agreements", sheetAll, len(all), len(in.Agreements))
	}
	for i, r := range all[1:] {
		if !strings.Contains(strings.Join(r, "|"), in.Agreements[i].Text) {
			t.Fatalf("row %d does not hold agreement %s", i+2, in.Agreements[i].ID)
		}
	}
}
