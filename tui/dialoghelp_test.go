package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// footerLine is the last line of the frame: the keys.
func footerLine(m *Model) string {
	lines := strings.Split(m.View(), "\n")
	return lines[len(lines)-1]
}

// TestDialogKeysInFooterAndHelp: while a dialog is open the footer lists
// the dialog's keys, not those of the screen under it, and ? lists them
// all (unless the dialog takes text, when ? is typed).
func TestDialogKeysInFooterAndHelp(t *testing.T) {
	for _, tc := range []struct {
		name  string
		keys  []string
		title string
		// footer: texts the footer shows; screen: the screen's keys it must
		// not show; full: texts the ? screen shows.
		footer, screen, full []string
	}{
		{"ander-thema", []string{"enter", "enter", "t"}, "Ander thema",
			[]string{"enter verplaatsen", "esc annuleren", "? help"}, []string{"oordeel", "notitie", "stoppen"},
			[]string{"Toetsen: Ander thema", "kiezen", "verplaatsen", "annuleren"}},
		{"ander-thema-bereik", []string{"enter", "enter", "t", "down", "enter"}, "Ander thema",
			[]string{"a alleen deze afspraak", "l alle afspraken onder de lokale themanaam", "esc annuleren"}, []string{"oordeel", "verplaatsen"},
			[]string{"Toetsen: Ander thema", "alleen deze afspraak", "alle afspraken onder de lokale themanaam"}},
		{"gemeenten-kiezen", []string{"enter", "c"}, "Gemeenten kiezen",
			[]string{"spatie aan/uit", "a alle", "n geen", "enter toepassen", "esc annuleren", "? help"}, []string{"oordeel", "volgend thema"},
			[]string{"Toetsen: Gemeenten kiezen", "↑/k", "aan/uit", "toepassen"}},
		{"export-overschrijven", []string{"e"}, "Exporteren",
			[]string{"j overschrijven", "n niet overschrijven", "esc annuleren", "? help"}, []string{"thema openen", "stoppen"},
			[]string{"Toetsen: Exporteren", "overschrijven", "niet overschrijven"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _ := demoModel(t)
			press(m, tc.keys...)
			if tc.name == "export-overschrijven" {
				exportTo(t, m, existingFile(t))
			}
			if m.dialog == nil || m.dialog.Title() != tc.title {
				t.Fatalf("dialog %v, want %q", m.dialog, tc.title)
			}
			f := footerLine(m)
			mustContain(t, f, tc.footer...)
			mustNotContain(t, f, tc.screen...)
			press(m, "?")
			if !m.showHelp || m.dialog == nil {
				t.Fatalf("? over the dialog: help %v, dialog %v", m.showHelp, m.dialog)
			}
			mustContain(t, m.View(), tc.full...)
			// Any key closes the help; the dialog stays as it was.
			press(m, "down")
			if m.showHelp || m.dialog == nil {
				t.Fatalf("after the help: help %v, dialog %v", m.showHelp, m.dialog)
			}
			mustContain(t, footerLine(m), tc.footer...)
		})
	}
}

// TestExportNameTakesQuestionMark: while the file name is typed, ? is
// text and the footer does not offer the help.
func TestExportNameTakesQuestionMark(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "e")
	f := footerLine(m)
	mustContain(t, f, "enter schrijven", "esc annuleren")
	mustNotContain(t, f, "? help", "stoppen", "thema openen")
	press(m, "?")
	if m.showHelp {
		t.Fatal("? opened the help while the file name is typed")
	}
	if d := m.dialog.(*exportDialog); !strings.HasSuffix(d.input.Value(), "?") {
		t.Fatalf("the name is %q, want ? typed", d.input.Value())
	}
}

// existingFile is a file in a temporary folder, for the export to ask
// before overwriting.
func existingFile(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "bestaand.xlsx")
	if err := os.WriteFile(p, []byte("oud"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
