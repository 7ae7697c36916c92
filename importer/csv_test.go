package importer

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// CSV as Dutch Excel writes it: ';', Windows-1252, CRLF, quoted cells with
// separators, doubled quotes and newlines, an empty line, dd-mm-yyyy dates.
func TestCSVDutchExcel(t *testing.T) {
	text := "Onderwerp;Nr;Omschrijving;Verantwoordelijke partij;Deadline;Voortgang;Opmerkingen\r\n" +
		"Wonen en zorg;4.1;\"De corporatie realiseert 12 zorgwoningen; oplevering in fase 2.\";Corporatie;01-07-2026;loopt;\r\n" +
		"\r\n" +
		"Wonen en zorg;4.2;\"Partijen onderzoeken \"\"langer thuis\"\":\r\n- domotica\r\n- mantelzorgwoningen\";Gemeente;Q4 2025;niet gestart;café-overleg\r\n" +
		"Leefbaarheid;5.1;De corporatie plaatst 3 AED's in de wijk.;Corporatie;31-12-2025;;€ 4.500 uit het leefbaarheidsbudget\r\n"
	enc, err := charmap.Windows1252.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, t.TempDir(), "ouder-amstel_afspraken_2025.csv", []byte(enc))
	rep, fr := importOne(t, path, Options{})
	checkAgreements(t, rep.Agreements, []want{
		{"Ouder-Amstel", "Wonen en zorg", "4.1", "De corporatie realiseert 12 zorgwoningen; oplevering in fase 2.", "Corporatie", "2026-07-01", 2},
		{"Ouder-Amstel", "Wonen en zorg", "4.2", "Partijen onderzoeken \"langer thuis\":\ndomotica\nmantelzorgwoningen", "Gemeente", "2025-Q4", 4},
		{"Ouder-Amstel", "Leefbaarheid", "5.1", "De corporatie plaatst 3 AED's in de wijk.", "Corporatie", "2025-12-31", 5},
	})
	if got := rep.Agreements[1].Notes; got != "café-overleg" {
		t.Errorf("Windows-1252 not decoded: %q", got)
	}
	if got := rep.Agreements[2].Notes; got != "€ 4.500 uit het leefbaarheidsbudget" {
		t.Errorf("euro sign: %q", got)
	}
	if fr.Format != "csv" || fr.Sheets[0].Name != "" || !anyContains(fr.Warnings, "Windows-1252") {
		t.Errorf("format %q, sheet %q, warnings %v", fr.Format, fr.Sheets[0].Name, fr.Warnings)
	}
	checkSkipped(t, fr, map[int]string{1: reasonHeader, 3: reasonEmpty})
}

// Comma and tab separators are sniffed; a UTF-8 BOM is dropped; Excel's
// "sep=" line is honoured.
func TestCSVSeparatorsAndBOM(t *testing.T) {
	cases := map[string]string{
		"comma-bom.csv": "\xEF\xBB\xBFNr,Thema,Afspraak,Trekker\n1,Duurzaamheid,\"De corporatie plaatst, in 2026, 200 zonnepanelen.\",Corporatie\n",
		"tab.txt.csv":   "Nr\tThema\tAfspraak\tTrekker\n1\tDuurzaamheid\tDe corporatie plaatst, in 2026, 200 zonnepanelen.\tCorporatie\n",
		"sep.csv":       "sep=|\nNr|Thema|Afspraak|Trekker\n1|Duurzaamheid|De corporatie plaatst, in 2026, 200 zonnepanelen.|Corporatie\n",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			path := writeFile(t, t.TempDir(), name, []byte(text))
			rep, _ := importOne(t, path, Options{Gemeente: "Uithoorn"})
			row := 2
			if strings.HasPrefix(text, "sep=") {
				row = 3
			}
			checkAgreements(t, rep.Agreements, []want{
				{"Uithoorn", "Duurzaamheid", "1", "De corporatie plaatst, in 2026, 200 zonnepanelen.", "Corporatie", "", row},
			})
		})
	}
}

func TestSniffDelimiter(t *testing.T) {
	cases := []struct {
		text string
		want rune
	}{
		{"a;b;c\n1;2,5;3\n", ';'},
		{"a,b,c\n1,\"2;5\",3\n", ','},
		{"a\tb\tc\n1\t2, 3\t4\n", '\t'},
		{"alleen een kolom\nnog een\n", ';'},
	}
	for _, c := range cases {
		if got := sniffDelimiter(c.text); got != c.want {
			t.Errorf("sniffDelimiter(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
