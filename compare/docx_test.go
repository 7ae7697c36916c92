package compare

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"

	"pakompas/compare/evaluation"
	"pakompas/importer"
	"pakompas/importer/docx/docxtest"
	"pakompas/importer/ods/odstest"
)

// sameAgreements are one gemeente's agreements: number, theme, text,
// trekker.
var sameAgreements = [][4]string{
	{"1.1", "Betaalbaarheid", "De corporatie verhoogt per 1 juli 2025 de huren met maximaal de inflatie.", "Corporatie"},
	{"1.2", "Betaalbaarheid", "Partijen gaan met elkaar in gesprek over de betaalbaarheid van de woonlasten.", "Allen"},
	{"2.1", "Duurzaamheid", "De corporatie isoleert in 2025 120 woningen in Westwijk naar minimaal label B.", "Corporatie"},
	{"2.2", "Duurzaamheid", "Gemeente en corporatie onderzoeken de mogelijkheden van een warmtenet.", "Gemeente"},
	{"3.1", "Wonen en zorg", "De gemeente stelt uiterlijk 31 december 2025 twee locaties beschikbaar voor flexwoningen.", "Gemeente"},
}

const sameTitle = "Prestatieafspraken 2025 gemeente Amstelveen"

// writeSame writes the agreements as an xlsx table, a Word table, Word
// numbered paragraphs and an OpenDocument spreadsheet, each in a folder of
// its own, and returns the paths.
func writeSame(t *testing.T) (xlsx, docTable, docParas, ods string) {
	t.Helper()
	dir := t.TempDir()
	f := excelize.NewFile()
	rows := [][]any{{sameTitle}, nil, {"Nr", "Thema", "Afspraak", "Trekker"}}
	odsRows := []string{odstest.Row(odstest.Str(sameTitle)), odstest.Row(), odstest.Row(odstest.Str("Nr"), odstest.Str("Thema"), odstest.Str("Afspraak"), odstest.Str("Trekker"))}
	tbl := []string{docxtest.Row("Nr", "Thema", "Afspraak", "Trekker")}
	paras := &docxtest.Doc{}
	paras.Para("Titel", sameTitle)
	for i, a := range sameAgreements {
		rows = append(rows, []any{a[0], a[1], a[2], a[3]})
		odsRows = append(odsRows, odstest.Row(odstest.Str(a[0]), odstest.Str(a[1]), odstest.Str(a[2]), odstest.Str(a[3])))
		tbl = append(tbl, docxtest.Row(a[0], a[1], a[2], a[3]))
		if i == 0 || sameAgreements[i-1][1] != a[1] {
			paras.Para("NumKop1", a[1])
		}
		paras.NumPara(docxtest.ListHeadings, 1, a[2])
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	xlsx = filepath.Join(dir, "x", "afspraken.xlsx")
	docTable = filepath.Join(dir, "t", "afspraken.docx")
	docParas = filepath.Join(dir, "p", "afspraken.docx")
	ods = filepath.Join(dir, "o", "afspraken.ods")
	for _, p := range []string{xlsx, docTable, docParas, ods} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(xlsx); err != nil {
		t.Fatal(err)
	}
	d := &docxtest.Doc{}
	d.Para("Titel", sameTitle).Table(tbl...)
	if err := os.WriteFile(docTable, d.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(docParas, paras.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ods, odstest.Package(odstest.Content("", odstest.Table("Blad1", "", append(odsRows, odstest.Rows(1<<20-len(odsRows)))...))), 0o644); err != nil {
		t.Fatal(err)
	}
	return xlsx, docTable, docParas, ods
}

// TestWordAndODSSameAsXLSX: the same agreements read from an xlsx, a Word table,
// Word numbered paragraphs and an .ods get the same ids, themes and vague
// flags, and a verdict given on the xlsx version holds for the others:
// the matrix with the verdicts applied is the same (for the paragraphs,
// which name no trekker, its counts of agreements and vague ones).
func TestWordAndODSSameAsXLSX(t *testing.T) {
	eng, err := NewEngine(Config{})
	if err != nil {
		t.Fatal(err)
	}
	xlsx, docTable, docParas, ods := writeSame(t)
	analyze := func(path string) *Analysis {
		rep := importer.Import(context.Background(), []string{path}, importer.Options{})
		if rep.Failed() || len(rep.Agreements) != len(sameAgreements) {
			t.Fatalf("%s: %+v", path, rep.Files)
		}
		return eng.Analyze(rep, Overrides{})
	}
	ax := analyze(xlsx)
	store, err := evaluation.Open(filepath.Join(t.TempDir(), "evaluatie.json"))
	if err != nil {
		t.Fatal(err)
	}
	ev := NewEvaluation(ax, store, "", func(ov Overrides) *Analysis { return ax })
	// 2.1 is concrete to the classifier: the adviser disagrees.
	i21 := -1
	for i, a := range ax.Agreements {
		if a.Number == "2.1" {
			i21 = i
		}
	}
	if i21 < 0 || ax.Agreements[i21].Vague {
		t.Fatalf("agreement 2.1 missing or vague already: %+v", ax.Agreements)
	}
	if err := ev.SetVerdict(i21, evaluation.Vaag); err != nil {
		t.Fatal(err)
	}
	reopened, err := evaluation.Open(store.Path())
	if err != nil {
		t.Fatal(err)
	}
	j := JudgementsOf(reopened)
	type key struct {
		ID, Theme string
		Vague     bool
	}
	keys := func(an *Analysis) []key {
		var out []key
		for _, a := range an.Agreements {
			out = append(out, key{a.ID, a.Theme, EffectiveVague(a, j[a.ID].Verdict)})
		}
		return out
	}
	want := keys(ax)
	if want[i21] != (key{"amstelveen:2025:2.1", want[i21].Theme, true}) {
		t.Fatalf("xlsx 2.1: %+v, want id amstelveen:2025:2.1 judged vague", want[i21])
	}
	for _, path := range []string{docTable, docParas, ods} {
		ad := analyze(path)
		if got := keys(ad); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %+v\nwant (xlsx) %+v", path, got, want)
		}
		got, exp := ad.MatrixWith(j), ax.MatrixWith(j)
		if path == docParas {
			// Paragraphs name no trekker: the roles come from the text.
			got, exp = vagueCounts(got), vagueCounts(exp)
		}
		if !reflect.DeepEqual(got, exp) {
			t.Errorf("%s: the matrix with the verdicts differs from the xlsx version's:\n%+v\n%+v", path, got, exp)
		}
	}
}

// vagueCounts keeps of a matrix the agreements and vague ones per cell.
func vagueCounts(m Matrix) Matrix {
	out := Matrix{Themes: m.Themes, Gemeenten: m.Gemeenten}
	for _, row := range m.Cells {
		var r []Cell
		for _, c := range row {
			r = append(r, Cell{N: c.N, Vague: c.Vague})
		}
		out.Cells = append(out.Cells, r)
	}
	return out
}
