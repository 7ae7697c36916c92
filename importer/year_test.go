package importer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pakompas/importer/model"
)

// uithoorn2024CSV is the 2024 jaarschijf of Uithoorn as a tenant
// organisation keeps it: a CSV with the themes as section rows, no year
// inside; its folder says 2024.
const uithoorn2024CSV = "Nr;Afspraak;Trekker;Wanneer;Stand van zaken\n" +
	"1.;Betaalbaarheid;;;\n" +
	"1.1;De corporatie beperkt de huurverhoging voor huishoudens met een laag inkomen tot inflatie.;Corporatie;2024;gereed\n" +
	"1.2;Partijen onderzoeken een woonlastenfonds.;Gemeente;Q3 2024;loopt\n" +
	"2.;Nieuwbouw;;;\n" +
	"2.1;De corporatie start de bouw van ten minste 40 sociale huurwoningen in De Kwakel.;Corporatie;2024;vertraagd\n"

// uithoorn2025 is the 2025 jaarschijf: an xlsx with a theme column and a
// title above the table, the numbers partly the same as in 2024.
func uithoorn2025(t *testing.T, dir, name, title string) string {
	return book{sheets: []sheetSpec{{name: "Blad1", rows: [][]any{
		{title},
		{},
		{"Nr", "Thema", "Afspraak", "Trekker", "Gereed", "Status"},
		{"1.1", "Betaalbaarheid", "De corporatie beperkt de huurverhoging voor huishoudens met een laag inkomen tot inflatie.", "Corporatie", "2025", ""},
		{"2.1", "Nieuwbouw", "De corporatie start de bouw van minimaal 60 sociale huurwoningen in De Kwakel.", "Corporatie", "2026", "loopt"},
		{"2.2", "Nieuwbouw", "De gemeente wijst een locatie aan voor flexwoningen.", "Gemeente", "Q2 2025", ""},
	}}}}.xlsx(t, dir, name)
}

// Two years of one gemeente in two layouts, each year from its own
// source (the folder, the title): every agreement has its year, the
// report says where it came from, and the ids are unique and hold the
// year.
func TestYearsOfOneGemeente(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"2024", "2025-nieuw"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, filepath.Join(dir, "2024"), "uithoorn.csv", []byte(uithoorn2024CSV))
	uithoorn2025(t, filepath.Join(dir, "2025-nieuw"), "uithoorn.xlsx", "Jaarschijf 2025 prestatieafspraken gemeente Uithoorn")
	rep := Import(context.Background(), []string{dir}, Options{})
	if rep.Failed() || len(rep.Agreements) != 6 {
		t.Fatalf("files %+v, %d agreements", rep.Files, len(rep.Agreements))
	}
	wantIDs := []string{"uithoorn:2024:1.1", "uithoorn:2024:1.2", "uithoorn:2024:2.1",
		"uithoorn:2025:1.1", "uithoorn:2025:2.1", "uithoorn:2025:2.2"}
	for i, a := range rep.Agreements {
		if a.ID != wantIDs[i] || a.Year != wantIDs[i][9:13] {
			t.Errorf("agreement %d: id %q year %q, want %q", i, a.ID, a.Year, wantIDs[i])
		}
	}
	// The year does not touch the rest: the deadline is still the row's.
	if a := rep.Agreements[4]; a.Due != "2026" || a.ThemeRaw != "Nieuwbouw" {
		t.Errorf("2025 agreement 2.1: due %q theme %q", a.Due, a.ThemeRaw)
	}
	var text strings.Builder
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"jaarschijf 2024 (uit map)", "jaarschijf 2025 (uit titel)"} {
		if !strings.Contains(text.String(), "      "+want+"\n") {
			t.Errorf("report lacks %q:\n%s", want, text.String())
		}
	}
	if f := rep.Files[0]; strings.Join(f.Years, ",") != "2024" || f.YearSource != "map" {
		t.Errorf("2024 file: years %v from %q", f.Years, f.YearSource)
	}
	// Removing the year gives the id the agreement had before.
	if got := model.LegacyID(&rep.Agreements[3]); got != "uithoorn:1.1" {
		t.Errorf("legacy id %q", got)
	}
}

// Each place a year is found, in its order of trust, and the wording of
// the report.
func TestYearSources(t *testing.T) {
	plain := [][]any{
		{"Nr", "Afspraak", "Trekker", "Gereed"},
		{"1", "De corporatie plaatst zonnepanelen op 200 woningen.", "Corporatie", "2025"},
	}
	cases := []struct {
		name, file string
		rows       [][]any
		sheet      string
		opts       Options
		year, from string
		text       string
	}{
		{"title", "uithoorn.xlsx", append([][]any{{"Monitor 2025 (stand 1 december)"}, {}}, plain...), "Blad1", Options{},
			"2025", "titel", "jaarschijf 2025 (uit titel)"},
		{"title beats file name", "uithoorn 2024.xlsx", append([][]any{{"Prestatieafspraken 2025 gemeente Uithoorn"}}, plain...), "Blad1", Options{},
			"2025", "titel", "jaarschijf 2025 (uit titel)"},
		{"sheet name", "uithoorn.xlsx", plain, "Jaarschijf 2025", Options{},
			"2025", "blad", "jaarschijf 2025 (uit bladnaam)"},
		{"file name", "prestatieafspraken-uithoorn-2025.xlsx", plain, "Blad1", Options{},
			"2025", "bestandsnaam", "jaarschijf 2025 (uit bestandsnaam)"},
		{"file name period", "PA_Uithoorn_2024-2027.xlsx", plain, "Blad1", Options{},
			"2024-2027", "bestandsnaam", "periode 2024-2027 (uit bestandsnaam)"},
		{"a date is no year", "2025-03-14 export uithoorn.xlsx", plain, "Blad1", Options{},
			"", "", "jaarschijf onbekend"},
		{"--jaar", "uithoorn.xlsx", plain, "Blad1", Options{Year: "2025"},
			"2025", "--jaar", "jaarschijf 2025 (--jaar)"},
		{"--jaar written loosely", "uithoorn.xlsx", plain, "Blad1", Options{Year: "2024 t/m 2027"},
			"2024-2027", "--jaar", "periode 2024-2027 (--jaar)"},
		{"--jaar not applied", "uithoorn_2024.xlsx", plain, "Blad1", Options{Year: "2025"},
			"2024", "bestandsnaam", "jaarschijf 2024 (uit bestandsnaam)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := book{sheets: []sheetSpec{{name: c.sheet, rows: c.rows}}}.xlsx(t, t.TempDir(), c.file)
			rep, fr := importOne(t, path, c.opts)
			for _, a := range rep.Agreements {
				if a.Year != c.year {
					t.Errorf("year %q, want %q", a.Year, c.year)
				}
			}
			if fr.YearSource != c.from || fr.YearText() != c.text {
				t.Errorf("source %q, text %q; want %q, %q", fr.YearSource, fr.YearText(), c.from, c.text)
			}
			applied := c.opts.Year == "" || c.from == "--jaar"
			if warned := anyContains(fr.Warnings, "--jaar 2025 niet toegepast"); warned == applied {
				t.Errorf("warnings %v", fr.Warnings)
			}
		})
	}
}

// A file with no year keeps the ids it always had.
func TestNoYearKeepsIDs(t *testing.T) {
	path := writeFile(t, t.TempDir(), "uithoorn.csv", []byte(uithoorn2024CSV))
	rep, fr := importOne(t, path, Options{})
	if rep.Agreements[0].ID != "uithoorn:1.1" || rep.Agreements[0].Year != "" || fr.YearText() != "jaarschijf onbekend" {
		t.Errorf("id %q year %q, report %q", rep.Agreements[0].ID, rep.Agreements[0].Year, fr.YearText())
	}
}

// A monitor listing several jaarschijven in one table: the "Jaarschijf"
// column gives each row its year, the "Gereed" column stays the deadline,
// and the same number in two years gets two ids.
func TestYearColumn(t *testing.T) {
	path := book{sheets: []sheetSpec{{name: "Monitor", rows: [][]any{
		{"Jaarschijf", "Nr", "Afspraak", "Trekker", "Gereed", "Voortgang"},
		{"2024", "3.1", "De corporatie voert 25 woningaanpassingen uit voor ouderen.", "Corporatie", "Q4 2024", "gereed"},
		{"", "3.2", "Partijen maken afspraken over een zorgsteunpunt.", "Gemeente", "2024", "loopt"},
		{"2025", "3.1", "De corporatie voert 30 woningaanpassingen uit voor ouderen.", "Corporatie", "Q4 2025", ""},
	}}}}.xlsx(t, t.TempDir(), "monitor uithoorn 2025.xlsx")
	rep, fr := importOne(t, path, Options{})
	want := []struct{ id, year, due string }{
		{"uithoorn:2024:3.1", "2024", "2024-Q4"}, {"uithoorn:2024:3.2", "2024", "2024"}, {"uithoorn:2025:3.1", "2025", "2025-Q4"},
	}
	for i, w := range want {
		a := rep.Agreements[i]
		if a.ID != w.id || a.Year != w.year || a.Due != w.due {
			t.Errorf("agreement %d: %q %q due %q, want %+v", i, a.ID, a.Year, a.Due, w)
		}
	}
	if fr.YearText() != "jaarschijven 2024, 2025 (uit kolom)" {
		t.Errorf("report %q", fr.YearText())
	}
	if c := fr.Sheets[0].Columns[0]; c.Field != FieldJaarschijf || c.Field.DutchName() != "jaarschijf" {
		t.Errorf("column A mapped to %q", c.Field)
	}
}

// "Jaar" beside another deadline is the jaarschijf; "Jaar" as the only
// deadline column is the deadline, as before.
func TestJaarColumn(t *testing.T) {
	dir := t.TempDir()
	beside := book{sheets: []sheetSpec{{name: "A", rows: [][]any{
		{"Jaar", "Nr", "Afspraak", "Deadline"},
		{"2025", "1", "De gemeente actualiseert de woonvisie.", "1-7-2025"},
	}}}}.xlsx(t, dir, "aalsmeer.xlsx")
	rep, _ := importOne(t, beside, Options{})
	if a := rep.Agreements[0]; a.Year != "2025" || a.Due != "2025-07-01" {
		t.Errorf("beside a deadline: year %q due %q", a.Year, a.Due)
	}
	alone := writeFile(t, dir, "aalsmeer.csv", []byte("Nr;Afspraak;Trekker;Jaar\n1;De gemeente actualiseert de woonvisie.;Gemeente;2025\n2;Partijen evalueren de urgentieregeling.;Gemeente;2026\n"))
	rep, fr := importOne(t, alone, Options{})
	if a := rep.Agreements[1]; a.Year != "" || a.Due != "2026" || len(fr.Years) != 0 {
		t.Errorf("the only deadline: year %q due %q, file years %v", a.Year, a.Due, fr.Years)
	}
}

// A period file whose planning columns are marked "x" belongs to its
// period; the marks stay the deadline.
func TestPeriodWithYearMarks(t *testing.T) {
	path := book{sheets: []sheetSpec{{name: "Afspraken", rows: [][]any{
		{"Prestatieafspraken 2024-2027 gemeente Landsmeer"},
		{"Nr", "Afspraak", "Trekker", "2024", "2025", "2026", "2027"},
		{"1", "De corporatie verduurzaamt 120 woningen naar label B.", "Corporatie", "x", "x", "", ""},
		{"2", "Partijen starten een pilot met tijdelijk verhuren.", "Alle partijen", "", "", "x", ""},
	}}}}.xlsx(t, t.TempDir(), "landsmeer.xlsx")
	rep, fr := importOne(t, path, Options{})
	for _, a := range rep.Agreements {
		if a.Year != "2024-2027" || !strings.HasPrefix(a.ID, "landsmeer:2024-2027:") {
			t.Errorf("%q: year %q", a.ID, a.Year)
		}
	}
	if rep.Agreements[1].Due != "2026" || fr.YearText() != "periode 2024-2027 (uit titel)" {
		t.Errorf("due %q, report %q", rep.Agreements[1].Due, fr.YearText())
	}
}

// TestYearsIn: the years a text names, dates left out, and the one
// nameYear picks (for file and folder names).
func TestYearsIn(t *testing.T) {
	cases := []struct{ in, all, picked string }{
		{"Jaarschijf 2025", "2025", "2025"},
		{"Prestatieafspraken 2024-2027", "2024-2027", "2024-2027"},
		{"Prestatieafspraken 2024 t/m 2027", "2024-2027", "2024-2027"},
		{"Monitor 2025 (stand 1 december)", "2025", "2025"},
		{"stand 1 december 2025", "", ""},
		{"export 2025-03-14", "", ""},
		{"14-03-2025", "", ""},
		{"20250314", "", ""},
		{"monitor_2025_03", "", ""},
		{"visie 2020-2040", "2020|2040", "2020"},
		{"Prestatieafspraken 2024-2027, jaarschijf 2025", "2024-2027|2025", "2025"},
		{"prestatieafspraken-uithoorn-2025-definitief-v2", "2025", "2025"},
	}
	for _, c := range cases {
		all, picked := strings.Join(yearsIn(c.in), "|"), nameYear(c.in)
		if all != c.all || picked != c.picked {
			t.Errorf("%q: years %q, picked %q; want %q, %q", c.in, all, picked, c.all, c.picked)
		}
	}
	if got := titleYear("Prestatieafspraken 2024-2027, jaarschijf 2025"); got != "2025" {
		t.Errorf("the jaarschijf after its word: %q", got)
	}
	if got := titleYear("Ambitie 2030: 500 woningen erbij"); got != "" {
		t.Errorf("a year in other text: %q", got)
	}
	for in, want := range map[string]string{"2025": "2025", " 2024 - 2027 ": "2024-2027", "2025.0": "2025", "2027-2024": "", "20x5": "", "2020-2040": ""} {
		if got, ok := ParseYear(in); got != want || ok != (want != "") {
			t.Errorf("ParseYear(%q) = %q, %v", in, got, ok)
		}
	}
}
