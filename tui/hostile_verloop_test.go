package tui

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// writeHostile2024 writes a 2024 jaarschijf of Uithoorn beside the
// hostile files (printabletest.Write), with escape sequences, C1
// controls and bidi overrides in its name, texts and statuses, so that
// Uithoorn has two versions and the Verloop screen shows them.
func writeHostile2024(t *testing.T, dir string) {
	t.Helper()
	csv := "Gemeente;Nr;Afspraak;Trekker;Status\r\n" +
		"Uithoorn;1;\"Partijen gaan in gesprek\x1b]52;c;aGFjaw==\x07 over de buurt\x1b[2J en \u009b2J\u202eneeb\u202c.\";Gemeente;loopt\x1b[31m\r\n" +
		"Uithoorn;7;De corporatie sloopt in 2024 40 woningen\x1b]0;x\x07 in\u202e Europarei.;Corporatie;vertraagd\u009b2J\r\n"
	if err := os.WriteFile(filepath.Join(dir, "uithoorn-2024-\x1b]0;t\x07.csv"), []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
}

// visitHostileVerloop goes from the Afspraken list to the overview, opens
// the Verloop screen on Uithoorn and checks it with the cursor on each
// row, filtered, and the agreement enter opens; it ends on the list.
func visitHostileVerloop(t *testing.T, m *Model, check func(string)) {
	t.Helper()
	press(m, "shift+tab")
	wantScreen(t, m, screenOverview)
	for range len(m.sess.matrix().Gemeenten) {
		press(m, "J")
		if m.active == screenVerloop {
			break
		}
		press(m, "right")
	}
	wantScreen(t, m, screenVerloop)
	mustContain(t, ansi.Strip(m.View()), "Uithoorn", "2024", "gesprek")
	for range len(vl(m).shown) {
		check("Verloop")
		press(m, "down")
	}
	press(m, "d")
	check("Verloop, doorgeschoven")
	press(m, "x", "enter")
	wantScreen(t, m, screenDetail)
	check("Afspraak from Verloop")
	press(m, "esc", "?")
	check("Verloop help")
	press(m, "esc", "esc", "tab")
	wantScreen(t, m, screenList)
}
