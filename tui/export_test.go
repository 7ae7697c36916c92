package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/xuri/excelize/v2"
)

// exportTo, with the export dialog open, replaces the file name with
// path and presses enter, returning the command.
func exportTo(t *testing.T, m *Model, path string) tea.Cmd {
	t.Helper()
	if _, ok := m.dialog.(*exportDialog); !ok {
		t.Fatalf("the export dialog is not open (dialog %T)", m.dialog)
	}
	m.Update(tea.KeyMsg{Type: tea.KeyCtrlU})
	typeText(m, path)
	return press(m, "enter")
}

// runExport executes the export command and feeds its message back, as
// the program does.
func runExport(t *testing.T, m *Model, cmd tea.Cmd) {
	t.Helper()
	if cmd == nil {
		t.Fatal("no export command")
	}
	msg := cmd()
	if _, ok := msg.(exportedMsg); !ok {
		t.Fatalf("the export command returned %T, want exportedMsg", msg)
	}
	m.Update(msg)
	if m.dialog != nil {
		t.Fatal("the dialog is still open after the export")
	}
}

func TestExportDialog(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "e")
	d, ok := m.dialog.(*exportDialog)
	if !ok {
		t.Fatalf("e opened %T, want the export dialog", m.dialog)
	}
	def := "evaluatie-" + time.Now().Format("2006-01-02") + ".xlsx"
	if got := d.input.Value(); got != def {
		t.Fatalf("default name %q, want %q", got, def)
	}
	mustContain(t, m.View(), "Evaluatiewerkboek exporteren", def, "enter: schrijven")
	// Keys go to the dialog: q types, it does not quit.
	if cmd := press(m, "q"); isQuit(cmd) || m.quitting {
		t.Fatal("q quit with the export dialog open")
	}

	// Without .xlsx the extension is added.
	dir := t.TempDir()
	path := filepath.Join(dir, "werkboek.xlsx")
	cmd := exportTo(t, m, filepath.Join(dir, "werkboek"))
	mustContain(t, m.View(), "Bezig met schrijven")
	// Keys are ignored while writing.
	if c := press(m, "esc"); c != nil || m.dialog == nil {
		t.Fatal("esc closed the dialog while writing")
	}
	runExport(t, m, cmd)
	if m.statusErr {
		t.Fatalf("export failed: %s", m.status)
	}
	if want := "Werkboek geschreven (intern, met notities): " + path; m.status != want {
		t.Fatalf("status %q, want %q", m.status, want)
	}
	mustContain(t, m.View(), "Werkboek geschreven")
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("the workbook does not open: %v", err)
	}
	if len(f.GetSheetList()) == 0 {
		t.Fatal("the workbook has no sheets")
	}
	f.Close()
	first, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	// Judge an agreement so a new export differs from the first one.
	press(m, "enter", "enter", "v", "esc", "esc")
	wantScreen(t, m, screenOverview)

	// Same name again: asks first; n keeps the old file and the dialog.
	press(m, "e")
	if cmd := exportTo(t, m, path); cmd != nil {
		t.Fatal("an existing file was written without asking")
	}
	mustContain(t, m.View(), "bestaat al.", "Overschrijven? (j/n)")
	press(m, "n")
	if m.dialog == nil {
		t.Fatal("n closed the dialog")
	}
	mustNotContain(t, m.View(), "Overschrijven?")
	if now, _ := os.ReadFile(path); !bytes.Equal(now, first) {
		t.Fatal("n changed the file")
	}

	// esc cancels.
	press(m, "esc")
	if m.dialog != nil {
		t.Fatal("esc did not close the dialog")
	}
	mustContain(t, m.View(), "Exporteren geannuleerd")
	if now, _ := os.ReadFile(path); !bytes.Equal(now, first) {
		t.Fatal("cancelling changed the file")
	}

	// j overwrites.
	press(m, "e")
	exportTo(t, m, path)
	mustContain(t, m.View(), "Overschrijven? (j/n)")
	runExport(t, m, press(m, "j"))
	if m.statusErr {
		t.Fatalf("overwrite failed: %s", m.status)
	}
	mustContain(t, m.View(), "Werkboek geschreven")
	if now, _ := os.ReadFile(path); bytes.Equal(now, first) {
		t.Fatal("j did not overwrite the file")
	}
	if _, err := excelize.OpenFile(path); err != nil {
		t.Fatalf("the overwritten workbook does not open: %v", err)
	}
}

// TestExportError: a folder that does not exist gives an error in the
// status line, and the program goes on.
func TestExportError(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "e")
	runExport(t, m, exportTo(t, m, filepath.Join(t.TempDir(), "bestaat-niet", "w.xlsx")))
	if !m.statusErr {
		t.Fatalf("status %q is not an error", m.status)
	}
	mustContain(t, m.View(), "Export mislukt")
	press(m, "down")
	if ov(m).row != 1 {
		t.Fatal("the overview does not take keys after a failed export")
	}
}

// TestExportEmptyName: enter with no name does nothing.
func TestExportEmptyName(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "e")
	if cmd := exportTo(t, m, ""); cmd != nil || m.dialog == nil {
		t.Fatal("enter with an empty name wrote or closed the dialog")
	}
}

// TestExportDialogAudience: tab in the export dialog switches between the
// adviser's workbook (intern, the default) and the one to send (extern);
// the choice and its key are on screen at 80 columns, and the external
// workbook written from the TUI holds no note the adviser typed, while
// the internal one does.
func TestExportDialogAudience(t *testing.T) {
	m := newLoaded(t, analyzePaths(writeDemo(t)), evalFile(t), 80, 24)
	id := m.sess.an.Agreements[3].ID
	const note = "vertrouwelijk: eerst bellen met de wethouder"
	writeNote(t, m, id, note)
	press(m, "esc", "esc")

	dir := t.TempDir()
	for _, c := range []struct {
		tabs      int
		chosen    string
		file      string
		wantNotes bool
		status    string
	}{
		{0, "● intern", "intern.xlsx", true, "(intern, met notities)"},
		{1, "● extern", "extern.xlsx", false, "(extern, zonder notities en mappen)"},
		{2, "● intern", "weer-intern.xlsx", true, "(intern, met notities)"}, // tab again: back to intern
	} {
		press(m, "e")
		for range c.tabs {
			press(m, "tab")
		}
		view := m.View()
		mustContain(t, view, c.chosen, "Voor:", "tab: intern/extern")
		mustContain(t, footerLine(m), "tab intern/extern")
		// The file name is still being typed: tab did not end it.
		if d := m.dialog.(*exportDialog); !d.Capturing() {
			t.Fatalf("%s: the dialog no longer takes the file name", c.file)
		}
		path := filepath.Join(dir, c.file)
		runExport(t, m, exportTo(t, m, path))
		if m.statusErr {
			t.Fatalf("%s: export failed: %s", c.file, m.status)
		}
		if !strings.Contains(m.status, c.status) {
			t.Errorf("%s: status %q does not say %q", c.file, m.status, c.status)
		}
		cells := mustCells(t, path)
		hasNote := strings.Contains(strings.Join(mapValues(cells), "\n"), note)
		if hasNote != c.wantNotes {
			t.Errorf("%s: the adviser's note in the workbook: %v, want %v", c.file, hasNote, c.wantNotes)
		}
	}
}
