package tui

import (
	"os"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"pakompas/compare/printable/printabletest"
)

// Escape sequences, C1 controls and bidi overrides in cells, file names,
// sheet names, notes and ids of the evaluation file never reach the
// terminal on any screen, in colour or not; the visible words stay.
func TestHostileInputNeverReachesTheTerminal(t *testing.T) {
	for _, c := range []struct {
		name    string
		profile termenv.Profile
	}{{"ascii", termenv.Ascii}, {"truecolor", termenv.TrueColor}} {
		t.Run(c.name, func(t *testing.T) {
			lipgloss.SetColorProfile(c.profile)
			t.Cleanup(func() { lipgloss.SetColorProfile(termenv.Ascii) })
			hostileWalk(t, c.profile != termenv.Ascii)
		})
	}
}

// hostileWalk loads the hostile files and checks the view on every screen
// and dialog.
func hostileWalk(t *testing.T, sgr bool) {
	dir := t.TempDir()
	printabletest.Write(t, dir)
	writeHostile2024(t, dir)
	eval := evalFile(t)
	data := `{"versie": 1, "afspraken": [
	  {"id": "uithoorn:1", "notitie": "zie\u001b]52;c;eA==\u0007 bijlage\u202e", "gewijzigd": "2025-01-02T03:04:05Z"},
	  {"id": "weg\u001b[2J:1", "oordeel": "bogus\u001b[2J", "notitie": "oud\u009b2J", "tekst": "verdwenen\u001b]0;x\u0007", "gewijzigd": "2025-01-02T03:04:05Z"}]}`
	if err := os.WriteFile(eval, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	m := newLoaded(t, analyzePaths(dir), eval, 120, 40)
	check := func(what string) {
		t.Helper()
		printabletest.Check(t, what, m.View(), sgr)
	}
	check("Laden (failed files) with the status line")
	mustContain(t, ansi.Strip(m.View()), "kapot-")
	press(m, "enter")
	check("Overzicht")
	press(m, "K")
	wantScreen(t, m, screenKompas)
	for range 14 { // every indicator's explanation line
		check("Kompas")
		press(m, "down")
	}
	press(m, "esc")
	openAgreement(t, m, "uithoorn:1")
	check("Afspraak")
	mustContain(t, ansi.Strip(m.View()), printabletest.Visible, "zie bijlage", "afspraken-")
	press(m, "n")
	check("Afspraak, note editor")
	press(m, "esc")
	press(m, "t")
	check("Ander thema")
	press(m, "esc", "esc")
	wantScreen(t, m, screenTheme)
	check("Thema")
	press(m, "c")
	check("Gemeenten kiezen")
	press(m, "esc")
	openAgreement(t, m, "aalsmeer:1")
	check("Afspraak (xlsx)")
	mustContain(t, ansi.Strip(m.View()), "onderzoeken de mogelijkheden", "kompas-", "Afspraken")
	press(m, "esc", "esc", "/")
	wantScreen(t, m, screenList)
	check("Afspraken")
	typeText(m, "gesprek")
	check("Afspraken, search")
	press(m, "esc")
	wantScreen(t, m, screenList)
	visitHostileVerloop(t, m, check)
	press(m, "tab")
	wantScreen(t, m, screenReport)
	for range 10 {
		check("Importverslag")
		press(m, "pgdown")
	}
	press(m, "e")
	check("Exporteren")
}
