package demo

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

// badDir is where the files the importer must refuse live.
const badDir = "../../testdata/bad"

// badFiles are the files TestGenerateBadFiles makes (made by tools: the
// .xls and .ods, converted by LibreOffice when it is installed).
var badFiles = []string{
	"afgebroken.xlsx", "beveiligd.xlsx", "geen-tabel.xlsx", "leeg.csv",
	"oud-formaat.xls", "rekenblad.ods", "tekst.pdf", "webpagina.xlsx", "zipbom.xlsx",
}

// badPassword opens beveiligd.xlsx.
const badPassword = "geheim"

// TestGenerateBadFiles writes testdata/bad with -update; without it, it
// checks that every bad file is there and still is what it claims to be.
func TestGenerateBadFiles(t *testing.T) {
	if *update {
		generateBadFiles(t)
	}
	for _, name := range badFiles {
		info, err := os.Stat(filepath.Join(badDir, name))
		if err != nil {
			t.Errorf("%v (run with -update)", err)
			continue
		}
		if name != "leeg.csv" && info.Size() == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	if t.Failed() {
		return
	}
	checkProtected(t, filepath.Join(badDir, "beveiligd.xlsx"))
	checkBomb(t, filepath.Join(badDir, "zipbom.xlsx"))
}

func generateBadFiles(t *testing.T) {
	t.Helper()
	small, err := smallWorkbook("")
	if err != nil {
		t.Fatal(err)
	}
	letter, err := letterWorkbook()
	if err != nil {
		t.Fatal(err)
	}
	bomb, err := zipBomb()
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"leeg.csv":        {},
		"tekst.pdf":       []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"),
		"webpagina.xlsx":  []byte(webPage),
		"afgebroken.xlsx": small[:len(small)/2],
		"geen-tabel.xlsx": letter,
		"zipbom.xlsx":     bomb,
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(badDir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Encryption salts and LibreOffice's output differ on every run: these
	// files are only made when missing, so that -update does not churn them.
	// Delete them to make them anew.
	protected := filepath.Join(badDir, "beveiligd.xlsx")
	if !exists(protected) {
		if _, err := smallWorkbook(protected); err != nil {
			t.Fatal(err)
		}
	}
	if !exists(filepath.Join(badDir, "oud-formaat.xls")) || !exists(filepath.Join(badDir, "rekenblad.ods")) {
		convertWithLibreOffice(t, small)
	}
}

func exists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// smallWorkbook builds a valid agreement table (gemeente Uithoorn in the
// title, header Nr | Thema | Afspraak | Trekker, three agreements). With a
// path it saves the workbook there, protected with badPassword.
func smallWorkbook(protectTo string) ([]byte, error) {
	f := excelize.NewFile()
	const sh = "Afspraken"
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		return nil, err
	}
	rows := [][]any{
		{"Prestatieafspraken 2025 gemeente Uithoorn"},
		nil,
		{"Nr", "Thema", "Afspraak", "Trekker"},
		{"1.1", "Betaalbaarheid", "De corporatie verhoogt per 1 juli 2025 de huren met maximaal de inflatie.", Corporation},
		{"2.1", "Nieuwbouw", "De corporatie levert in 2026 48 sociale huurwoningen op in plan Zijdelveld-Noord.", Corporation},
		{"3.1", "Duurzaamheid", "De gemeente stelt in 2025 de Transitievisie Warmte 2.0 vast.", "Gemeente"},
	}
	for i, r := range rows {
		if err := setRow(f, sh, i+1, r...); err != nil {
			return nil, err
		}
	}
	if protectTo != "" {
		err := f.SaveAs(protectTo, excelize.Options{Password: badPassword})
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Chmod(protectTo, 0o644) // SaveAs creates it executable
		}
		return nil, err
	}
	return saveXLSX(f)
}

// letterWorkbook is a workbook holding only a letter: prose, no table.
func letterWorkbook() ([]byte, error) {
	f := excelize.NewFile()
	const sh = "Brief"
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		return nil, err
	}
	lines := []string{
		Corporation,
		"Postbus 123, 1420 AC Uithoorn",
		"",
		"Aan het college van burgemeester en wethouders van de gemeente Uithoorn",
		"",
		"Uithoorn, 27 juni 2025",
		"Betreft: ons bod op de volkshuisvestelijke opgave 2026",
		"",
		"Geacht college,",
		"",
		"Hierbij ontvangt u het bod van " + Corporation + " voor 2026. Wij hebben het bod besproken met Huurdersvereniging Uithoorn.",
		"In de bijlage vindt u per thema wat wij in 2026 willen doen. Wij gaan graag met u en de huurdersvereniging in gesprek om tot prestatieafspraken te komen.",
		"",
		"Met vriendelijke groet,",
		"",
		"J. de Vries, directeur-bestuurder",
	}
	for i, l := range lines {
		if l == "" {
			continue
		}
		if err := f.SetCellValue(sh, ref(1, i+1), l); err != nil {
			return nil, err
		}
	}
	return saveXLSX(f)
}

// convertWithLibreOffice makes oud-formaat.xls and rekenblad.ods from the
// small workbook when soffice is installed; otherwise the committed files
// stay as they are.
func convertWithLibreOffice(t *testing.T, small []byte) {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Log("soffice not found: oud-formaat.xls and rekenblad.ods left as they are")
		return
	}
	tmp := t.TempDir()
	src := filepath.Join(tmp, "afspraken.xlsx")
	if err := os.WriteFile(src, small, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ format, ext, name string }{
		{"xls", ".xls", "oud-formaat.xls"},
		{"ods", ".ods", "rekenblad.ods"},
	} {
		cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(tmp, "profile"),
			"--headless", "--convert-to", c.format, "--outdir", tmp, src)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice --convert-to %s: %v\n%s", c.format, err, out)
		}
		data, err := os.ReadFile(filepath.Join(tmp, "afspraken"+c.ext))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(badDir, c.name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkProtected requires beveiligd.xlsx to refuse opening without the
// password and to hold the three agreements with it.
func checkProtected(t *testing.T, name string) {
	t.Helper()
	if f, err := excelize.OpenFile(name); err == nil {
		f.Close()
		t.Errorf("%s opens without a password", name)
	}
	if f, err := excelize.OpenFile(name, excelize.Options{Password: "fout"}); !errors.Is(err, excelize.ErrWorkbookPassword) {
		if err == nil {
			f.Close()
		}
		t.Errorf("%s with a wrong password: %v, want %v", name, err, excelize.ErrWorkbookPassword)
	}
	f, err := excelize.OpenFile(name, excelize.Options{Password: badPassword})
	if err != nil {
		t.Fatalf("%s with its password: %v", name, err)
	}
	defer f.Close()
	rows, err := f.GetRows("Afspraken")
	if err != nil || len(rows) != 6 || rows[2][2] != "Afspraak" {
		t.Errorf("%s: rows %q, %v", name, rows, err)
	}
}

// checkBomb requires zipbom.xlsx to be small on disk and to declare, honestly
// in its header, a sheet of at least 2 GiB.
func checkBomb(t *testing.T, name string) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > 3<<20 {
		t.Errorf("%s: %d bytes on disk, want at most 3 MiB", name, len(data))
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == "xl/worksheets/sheet1.xml" {
			if zf.UncompressedSize64 < bombSize {
				t.Errorf("%s: sheet1.xml declares %d bytes, want at least %d", name, zf.UncompressedSize64, uint64(bombSize))
			}
			return
		}
	}
	t.Errorf("%s: no xl/worksheets/sheet1.xml", name)
}

// webPage is what a portal returned when its session had expired; saved
// under the name the adviser expected.
const webPage = `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Sessie verlopen – Samenwerkingsportaal Prestatieafspraken</title>
</head>
<body>
<h1>Uw sessie is verlopen</h1>
<p>Log opnieuw in om het bestand <em>prestatieafspraken_2025.xlsx</em> te downloaden.</p>
<form method="post" action="/inloggen">
<label>Gebruikersnaam <input name="gebruiker"></label>
<label>Wachtwoord <input name="wachtwoord" type="password"></label>
<button type="submit">Inloggen</button>
</form>
</body>
</html>
`
