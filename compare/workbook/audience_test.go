package workbook

import (
	"fmt"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pakompas/compare/evaluation"
	"pakompas/compare/workbook/workbooktest"
	"pakompas/importer"
)

// Paths of the adviser's disk in adviserInput: absolute on Linux and on
// Windows, and relative with folders.
const (
	homeDir = "/home/adviseur/Documenten/PA 2025/"
	winDir  = `C:\Users\adviseur\Prestatieafspraken\`
	relDir  = "invoer/oud/"
)

// adviserInput is the demo input as an adviser's real export has it: a
// development version, input files in folders of the adviser's disk (also
// inside an error message from the system), notes, orphans, rules with
// word patterns and the flags' reasons.
func adviserInput() Input {
	in := demoInput()
	in.Version = "dev"
	dirs := []string{homeDir, winDir, relDir, homeDir}
	base := map[string]string{} // file name → path
	for i, p := range in.Files {
		name := baseName(p)
		in.Files[i] = dirs[i%len(dirs)] + name
		base[name] = in.Files[i]
	}
	for i := range in.Agreements {
		a := &in.Agreements[i]
		a.File = base[baseName(a.File)]
		for _, id := range a.RuleIDs {
			a.Reasons = append(a.Reasons, "geen toetsbaar resultaat ("+strings.ToUpper(id[:1])+")")
		}
	}
	r := in.Report
	for i := range r.Files {
		if i < len(in.Files) {
			r.Files[i].Path = in.Files[i]
		}
	}
	r.Files = append(r.Files, importer.FileReport{Path: homeDir + "kapot.xlsx",
		Error: "beschadigd Excel-bestand: open " + homeDir + "kapot.xlsx: unexpected EOF (afgebroken download of kopie?)"})
	r.Files[0].Warnings = append(r.Files[0].Warnings, "zie ook "+winDir+"toelichting.docx en ../concepten/oud.xlsx")
	return in
}

// writeFor writes in for audience a and returns the path.
func writeFor(t *testing.T, in Input, a Audience) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), a.String()+".xlsx")
	if err := Write(path, in, Options{Audience: a}); err != nil {
		t.Fatal(err)
	}
	return path
}

// openFor writes in for audience a and opens the workbook (closed when
// the test ends).
func openFor(t *testing.T, in Input, a Audience) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(writeFor(t, in, a))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return f
}

// cellsOf reads every cell of the workbook at path.
func cellsOf(t *testing.T, path string) map[string]string {
	t.Helper()
	c, err := workbooktest.Cells(path)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// slashWords are the words of s holding / or \ (punctuation around them
// trimmed).
func slashWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if strings.ContainsAny(w, `/\`) {
			out = append(out, strings.Trim(w, `.,;:()'"…`))
		}
	}
	return out
}

// contentSlashWords are the words with a slash that the input's own
// content holds (an owner "Gemeente / Amstelland", the role
// "Zorg/welzijn"): the only slashes an external workbook may show.
func contentSlashWords(in *Input) map[string]bool {
	var texts []string
	for _, a := range in.Agreements {
		texts = append(texts, a.Gemeente, a.ThemeLabel, a.ThemeRaw, a.Number, a.Text, a.Owner, a.Role, a.Due, a.Status,
			a.Sheet, strings.Join(a.Matches, " "), strings.Join(a.Reasons, " "))
	}
	texts = append(texts, in.RoleLabels...)
	texts = append(texts, in.StatusLabels...)
	for _, t := range in.Themes {
		texts = append(texts, t.Label, strings.Join(t.Synonyms, " "))
	}
	for _, r := range in.Rules {
		texts = append(texts, r.Message, r.Description)
	}
	for _, f := range in.Report.Files {
		for _, s := range f.Sheets {
			for _, c := range s.Columns {
				texts = append(texts, c.Header)
			}
		}
	}
	ok := map[string]bool{}
	for _, t := range texts {
		for _, w := range slashWords(t) {
			ok[w] = true
		}
	}
	return ok
}

// TestExternalWorkbookLeavesOut: the workbook for outside readers, read
// back cell by cell, holds none of the adviser's notes, no folder of the
// adviser's disk (no path separator but those in the agreements' own
// texts, no backslash at all), no "dev" version and no rule ids or word
// patterns; the verdicts and the reasons in words stay. The adviser's
// workbook of the same input still has all of it, and the input given to
// Write is not changed.
func TestExternalWorkbookLeavesOut(t *testing.T) {
	in := adviserInput()
	ext := cellsOf(t, writeFor(t, in, Extern))
	intern := cellsOf(t, writeFor(t, in, Intern))

	var notes []string
	for _, a := range in.Agreements {
		if a.Note != "" {
			notes = append(notes, a.Note)
		}
	}
	for _, o := range in.Orphans {
		notes = append(notes, o.Note)
	}
	if len(notes) < 4 {
		t.Fatalf("the fixture has %d notes; the test needs some", len(notes))
	}
	var patterns, idLists []string
	for _, r := range in.Rules {
		patterns = append(patterns, r.Patterns)
	}
	for _, a := range in.Agreements {
		if len(a.RuleIDs) > 1 {
			idLists = append(idLists, strings.Join(a.RuleIDs, ", "))
		}
	}
	if len(idLists) == 0 {
		t.Fatal("the fixture has no agreement with two rules")
	}
	allowed := contentSlashWords(&in)
	devWord := regexp.MustCompile(`(?i)\bdev\b`)
	forbidden := append([]string{"/home/", `C:\`, "Documenten", "invoer/", "adviseur\\", "../", "Patronen", hdrNote, hdrRules}, notes...)
	forbidden = append(forbidden, patterns...)
	for ref, v := range ext {
		for _, s := range forbidden {
			if strings.Contains(v, s) {
				t.Errorf("extern %s = %q holds %q", ref, v, s)
			}
		}
		if strings.Contains(v, `\`) {
			t.Errorf("extern %s = %q holds a backslash", ref, v)
		}
		for _, w := range slashWords(v) {
			if !allowed[w] {
				t.Errorf("extern %s = %q: %q looks like a path", ref, v, w)
			}
		}
		if devWord.MatchString(v) {
			t.Errorf("extern %s = %q names the development version", ref, v)
		}
		// Ids that are ordinary words (onderzoek) may stand in a text;
		// a list of ids and the ids with a hyphen may not.
		if slices.Contains(idLists, v) || strings.Contains(v, "in-gesprek") || strings.Contains(v, "vage-maat") {
			t.Errorf("extern %s = %q holds rule ids", ref, v)
		}
	}
	// What stays: the verdicts, the reasons in words, the file names.
	joined := strings.Join(slices.Collect(maps.Values(ext)), "\n")
	for _, s := range []string{"twijfel", "niet vaag", "geen toetsbaar resultaat (I)", "Reden",
		"prestatieafspraken_uithoorn_2025.xlsx", "kapot.xlsx"} {
		if !strings.Contains(joined, s) {
			t.Errorf("the external workbook lacks %q", s)
		}
	}
	// The adviser's workbook has it all.
	joined = strings.Join(slices.Collect(maps.Values(intern)), "\n")
	for _, s := range append([]string{homeDir, winDir, patterns[0], hdrNote, idLists[0]}, notes...) {
		if !strings.Contains(joined, s) {
			t.Errorf("the internal workbook lacks %q", s)
		}
	}
	if in2 := adviserInput(); in.Agreements[3].Note != in2.Agreements[3].Note || in.Report.Files[0].Path != in2.Report.Files[0].Path ||
		in.Rules[0].Patterns != in2.Rules[0].Patterns {
		t.Error("Write changed the caller's input")
	}
}

// TestExternalWorkbookDocProps: the file's own properties name no
// development version either, and say whom the workbook is for.
func TestExternalWorkbookDocProps(t *testing.T) {
	f := openFor(t, adviserInput(), Extern)
	// The cells that say when and with what the workbook was made (left
	// out by workbooktest.Cells).
	for sheet, want := range map[string]string{
		sheetSummary: "Gemaakt op 14 november 2025, 16:30 met pakompas.",
		sheetExplain: "pakompas, werkmap gemaakt op 14 november 2025, 16:30.",
	} {
		if v, _ := f.GetCellValue(sheet, "A2"); v != want {
			t.Errorf("%s A2 %q, want %q", sheet, v, want)
		}
	}
	fi := openFor(t, adviserInput(), Intern)
	if v, _ := fi.GetCellValue(sheetSummary, "A2"); v != "Gemaakt op 14 november 2025, 16:30 met pakompas dev." {
		t.Errorf("intern Samenvatting A2 %q: the adviser sees the version as it is", v)
	}
	props, err := f.GetDocProps()
	if err != nil || props.Creator != "pakompas" {
		t.Errorf("creator %q (%v), want pakompas without a version", props.Creator, err)
	}
	custom, _ := f.GetCustomProps()
	if !slices.ContainsFunc(custom, func(p excelize.CustomProperty) bool { return p.Name == audienceProp && p.Value == "extern" }) {
		t.Errorf("custom properties %+v lack %s = extern", custom, audienceProp)
	}
}

// TestExternalWorkbookDoesNotReadBack: reading back the workbook without
// notes would clear every note of the adviser, so ReadBack refuses it and
// says which workbook to read; the internal one reads back.
func TestExternalWorkbookDoesNotReadBack(t *testing.T) {
	in := adviserInput()
	got, err := ReadBack(writeFor(t, in, Extern))
	if got != nil || err == nil || !strings.Contains(err.Error(), "voor extern") || !strings.Contains(err.Error(), "--voor intern") {
		t.Fatalf("ReadBack of the external workbook: %v, %v", got, err)
	}
	got, err = ReadBack(writeFor(t, in, Intern))
	if err != nil || got["Uit-2.2"] != (Judgement{Verdict: evaluation.Twijfel, Note: "Vragen naar de locatielijst van de gemeente."}) {
		t.Fatalf("ReadBack of the internal workbook: %v, %v", got["Uit-2.2"], err)
	}
}

// TestExternalAllAgreementsColumns: the external Alle afspraken has no
// Notitie and Reden instead of Regels, and keeps its table, drop-down and
// formats on the right columns.
func TestExternalAllAgreementsColumns(t *testing.T) {
	f := openFor(t, adviserInput(), Extern)
	rows, _ := f.GetRows(sheetAll)
	want := []string{"Gemeente", "Thema (nationaal)", "Thema (lokaal)", "Nr", "Afspraak", "Trekker", "Rol", "Termijn",
		"Status", "Type", "Regulier werk", "Wie", "Wat", "Hoeveel", "Wanneer", "Vaag (automatisch)", "Oordeel adviseur",
		"Signaalwoorden", "Reden", "Bestand", "Blad", "Rij", "Id"}
	if !slices.Equal(rows[0], want) {
		t.Fatalf("header %q", rows[0])
	}
	tables, _ := f.GetTables(sheetAll)
	if len(tables) != 1 || !strings.HasPrefix(tables[0].Range, "A1:W") {
		t.Errorf("tables %+v, want one over A:W", tables)
	}
	dvs, _ := f.GetDataValidations(sheetAll)
	if len(dvs) != 1 || !strings.HasPrefix(dvs[0].Sqref, "Q2:") {
		t.Errorf("drop-down %+v, want it on Oordeel adviseur (Q)", dvs)
	}
}

// TestFileCountsReadAndFailed: with files read, failed and ignored, both
// workbooks count each kind apart ("24 afspraken … uit 6 bestanden; 7
// bestanden niet gelezen"), list only the files read as sources and the
// failed ones apart, with the reason.
func TestFileCountsReadAndFailed(t *testing.T) {
	in := demoInput()
	r := in.Report
	var read, failed []importer.FileReport
	var ignored importer.FileReport
	for _, f := range r.Files {
		switch {
		case f.Error != "":
			failed = append(failed, f)
		case f.Ignored != "":
			ignored = f
		default:
			read = append(read, f)
		}
	}
	read = append(read, importer.FileReport{Path: "invoer/bijlage/extra 1.xlsx"}, importer.FileReport{Path: "invoer/extra 2.csv"})
	for i := len(failed); i < 7; i++ {
		failed = append(failed, importer.FileReport{Path: fmt.Sprintf("invoer/kapot/kapot %d.xlsx", i), Error: fmt.Sprintf("fout %d", i)})
	}
	r.Files = append(append(append([]importer.FileReport{}, read...), failed...), ignored)

	for _, a := range []Audience{Intern, Extern} {
		t.Run(a.String(), func(t *testing.T) {
			name := func(p string) string {
				if a == Extern {
					return baseName(p)
				}
				return p
			}
			f := openFor(t, in, a)
			rows, _ := f.GetRows(sheetSummary)
			var colA []string
			for _, row := range rows {
				if len(row) > 0 {
					colA = append(colA, row[0])
				}
			}
			if want := "24 afspraken van 4 gemeenten uit 6 bestanden; 7 bestanden niet gelezen; 1 bestand genegeerd (zie Importverslag)."; colA[2] != want {
				t.Errorf("Samenvatting A3 %q, want %q", colA[2], want)
			}
			src := slices.Index(colA, "Bronbestanden")
			bad := slices.Index(colA, "Niet gelezen")
			if src < 0 || bad < src {
				t.Fatalf("sections Bronbestanden %d, Niet gelezen %d in %q", src, bad, colA)
			}
			var wantRead, wantFailed []string
			for _, f := range read {
				wantRead = append(wantRead, name(f.Path))
			}
			for _, f := range failed {
				wantFailed = append(wantFailed, name(f.Path)+": "+f.Error)
			}
			if got := colA[src+1 : bad]; !slices.Equal(got, wantRead) {
				t.Errorf("Bronbestanden:\n got %q\nwant %q", got, wantRead)
			}
			if got := colA[bad+1:]; !slices.Equal(got, wantFailed) {
				t.Errorf("Niet gelezen:\n got %q\nwant %q", got, wantFailed)
			}
			if v, _ := f.GetCellValue(sheetReport, "A2"); v != "14 bestanden: 6 gelezen, 7 niet gelezen (fout), 1 genegeerd; 24 afspraken." {
				t.Errorf("Importverslag A2 %q", v)
			}
		})
	}
}

func TestSourcesSummary(t *testing.T) {
	for _, c := range []struct {
		s                     sources
		n, gemeenten, earlier int
		want                  string
	}{
		{sources{read: []string{"a"}}, 1, 1, 0, "1 afspraak van 1 gemeente uit 1 bestand."},
		{sources{read: []string{"a", "b"}, failed: []failedFile{{"c", "x"}}}, 145, 7, 0,
			"145 afspraken van 7 gemeenten uit 2 bestanden; 1 bestand niet gelezen (zie Importverslag)."},
		{sources{ignored: []string{"a", "b"}}, 0, 0, 0, "0 afspraken van 0 gemeenten uit 0 bestanden; 2 bestanden genegeerd (zie Importverslag)."},
		{sources{read: []string{"a", "b", "c"}}, 60, 2, 25,
			"60 afspraken van 2 gemeenten uit 3 bestanden, waarvan 25 van een eerdere jaarschijf (zie Verloop)."},
	} {
		if got := c.s.summary(c.n, c.gemeenten, c.earlier); got != c.want {
			t.Errorf("summary = %q, want %q", got, c.want)
		}
	}
}

// TestPrintSetupBothAudiences: the page setup of every sheet is the same
// for both audiences (TestPrintSetup checks it on the internal one).
func TestPrintSetupBothAudiences(t *testing.T) {
	in := adviserInput()
	layouts := map[Audience]map[string]string{}
	for _, a := range []Audience{Intern, Extern} {
		f := openFor(t, in, a)
		layouts[a] = map[string]string{}
		for _, sheet := range f.GetSheetList() {
			pl, err := f.GetPageLayout(sheet)
			if err != nil || pl.Orientation == nil || pl.FitToWidth == nil || pl.FitToHeight == nil {
				t.Fatalf("%s %s: page layout %+v, %v", a, sheet, pl, err)
			}
			layouts[a][sheet] = fmt.Sprintf("%s %d×%d", *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
			if layouts[a][sheet] != "landscape 1×0" {
				t.Errorf("%s %s: %s, want landscape, one page wide", a, sheet, layouts[a][sheet])
			}
		}
	}
	if len(layouts[Intern]) != len(layouts[Extern]) {
		t.Errorf("the audiences have different sheets: %v, %v", layouts[Intern], layouts[Extern])
	}
}

func TestPathScrubber(t *testing.T) {
	r := &importer.Report{Files: []importer.FileReport{{Path: "/home/a/PA 2025/Uithoorn.xlsx"}, {Path: `C:\Users\a\Aalsmeer.xlsx`}}}
	scrub := pathScrubber(r)
	for in, want := range map[string]string{
		"open /home/a/PA 2025/Uithoorn.xlsx: unexpected EOF": "open Uithoorn.xlsx: unexpected EOF",
		`kan C:\Users\a\Aalsmeer.xlsx niet openen`:           "kan Aalsmeer.xlsx niet openen",
		"zie /var/tmp/x/kopie.xlsx en ../oud/kopie 2.xlsx":   "zie kopie.xlsx en kopie 2.xlsx",
		"kolom Wie/wat: 2 cellen leeg (\"/tmp/a.csv\")":      "kolom Wie/wat: 2 cellen leeg (\"a.csv\")",
		"geen pad hier":        "geen pad hier",
		"mappen/en/meer namen": "meer namen",
	} {
		if got := scrub(in); got != want {
			t.Errorf("scrub(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReleaseVersionAndBaseName(t *testing.T) {
	for v, want := range map[string]string{"v1.2.3": "v1.2.3", "0.4.0": "0.4.0", "dev": "", "(devel)": "",
		"v0.0.0-20251114163000-abcdef123456": "", "v1.2.3+dirty": "", "": ""} {
		if got := releaseVersion(v); got != want {
			t.Errorf("releaseVersion(%q) = %q, want %q", v, got, want)
		}
	}
	for p, want := range map[string]string{"a.xlsx": "a.xlsx", "/x/y/a.xlsx": "a.xlsx", `C:\x\a.xlsx`: "a.xlsx", "map/": "map"} {
		if got := baseName(p); got != want {
			t.Errorf("baseName(%q) = %q, want %q", p, got, want)
		}
	}
	for s, want := range map[string]Audience{"intern": Intern, " Extern ": Extern} {
		if got, err := ParseAudience(s); err != nil || got != want {
			t.Errorf("ParseAudience(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := ParseAudience("gemeente"); err == nil || !strings.Contains(err.Error(), "intern of extern") {
		t.Errorf("ParseAudience(gemeente): %v", err)
	}
}
