package importer

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestSelect: names match case-, diacritics- and punctuation-blind and by
// official name; the report keeps the selected gemeenten' agreements, the
// files naming them (counts limited to the selection) and the failed
// files; an unknown name is an error listing the gemeenten found.
func TestSelect(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "uithoorn.csv", []byte("Nr;Thema;Afspraak\n1;Wonen;De corporatie bouwt in 2026 48 woningen.\n"))
	writeFile(t, dir, "landsmeer.csv", []byte("Nr;Thema;Afspraak\n1;Wonen;De corporatie bouwt in 2026 12 woningen.\n"))
	writeFile(t, dir, "regio.csv", []byte("Gemeente;Nr;Thema;Afspraak\n's-Gravenhage;1;Wonen;De gemeente wijst in 2026 twee locaties aan.\n"+
		"Ouder-Amstel;1;Wonen;De corporatie isoleert in 2026 120 woningen.\n"))
	writeFile(t, dir, "kapot.xlsx", []byte("<html>geen spreadsheet</html>"))
	rep := Import(context.Background(), []string{dir}, Options{})
	if len(rep.Agreements) != 4 || !rep.Failed() {
		t.Fatalf("import: %d agreements, failed %v", len(rep.Agreements), rep.Failed())
	}

	got, err := Select(rep, []string{"OUDER AMSTEL", "den haag", "ouder-amstel"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Ouder-Amstel,'s-Gravenhage"; strings.Join(got.Selection, ",") != want {
		t.Errorf("selection %v, want %s", got.Selection, want)
	}
	var gems []string
	for _, a := range got.Agreements {
		gems = append(gems, a.Gemeente)
	}
	if strings.Join(gems, ",") != "'s-Gravenhage,Ouder-Amstel" {
		t.Errorf("agreements of %v", gems)
	}
	var files []string
	for _, f := range got.Files {
		files = append(files, f.Path[len(dir)+1:])
		if strings.HasSuffix(f.Path, "regio.csv") && (f.Agreements != 2 || len(f.Gemeenten) != 2) {
			t.Errorf("regio.csv: %d agreements of %v", f.Agreements, f.Gemeenten)
		}
	}
	if strings.Join(files, ",") != "kapot.xlsx,regio.csv" {
		t.Errorf("files %v, want the failed file and the one naming the selection", files)
	}
	if len(rep.Agreements) != 4 || rep.Selection != nil {
		t.Error("Select changed its input")
	}

	// A file of two gemeenten, one selected: its counts follow.
	got, _ = Select(rep, []string{"Ouder-Amstel"})
	for _, f := range got.Files {
		if strings.HasSuffix(f.Path, "regio.csv") && (f.Agreements != 1 || strings.Join(f.Gemeenten, ",") != "Ouder-Amstel") {
			t.Errorf("regio.csv: %d agreements of %v", f.Agreements, f.Gemeenten)
		}
	}

	_, err = Select(rep, []string{"Uithoorn", "Uithoren"})
	var unknown *UnknownGemeenteError
	if !errors.As(err, &unknown) || strings.Join(unknown.Names, ",") != "Uithoren" {
		t.Fatalf("err = %v", err)
	}
	want := "gemeente 'Uithoren' komt niet voor in de ingelezen bestanden; gevonden: 's-Gravenhage, Landsmeer, Ouder-Amstel, Uithoorn"
	if err.Error() != want {
		t.Errorf("error\n%s\nwant\n%s", err, want)
	}
	if got, err := Select(rep, nil); err != nil || got != rep {
		t.Errorf("no names: %v, %v", got, err)
	}
}
