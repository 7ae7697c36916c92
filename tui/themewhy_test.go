package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A sheet without a theme column: the Afspraak screen says the theme came
// from the text and which words placed it, and for an unsure placement
// the theme scored next and the key that moves it.
func TestThemeFromTextExplained(t *testing.T) {
	path := textOnlyCSV(t)
	m := newLoaded(t, analyzePaths(path), evalFile(t), 100, 30)
	an := m.sess.an
	if len(an.Agreements) != 2 {
		t.Fatalf("%d agreements", len(an.Agreements))
	}
	sure, unsure := an.Agreements[0], an.Agreements[1]
	if sure.ThemeVia != "tekst" || sure.ThemeUnsure || sure.ThemeWords == "" {
		t.Fatalf("first agreement: via %q unsure %v words %q", sure.ThemeVia, sure.ThemeUnsure, sure.ThemeWords)
	}
	if !unsure.ThemeUnsure || unsure.ThemeSecond == "" {
		t.Skipf("the scorer is sure of %q now (%s); pick another text between themes", unsure.Text, unsure.Theme)
	}
	press(m, "tab", "/")
	typeText(m, "isoleert")
	press(m, "enter", "enter")
	mustContain(t, m.View(), "uit de tekst: "+sure.ThemeWords)
	mustNotContain(t, m.View(), "onzeker")

	press(m, "esc", "x", "/")
	typeText(m, "Dorpsstraat")
	press(m, "enter", "enter")
	// The explanation wraps where its words run long: read the view as one line.
	flat := strings.Join(strings.Fields(m.View()), " ")
	mustContain(t, flat, "uit de tekst", "onzeker, misschien "+an.Taxonomy.Label(unsure.ThemeSecond), "verplaatst)")
}

// The Importverslag of a sheet without a theme column says how many
// themes came from the text and how many of those are unsure.
func TestReportCountsThemesFromText(t *testing.T) {
	path := textOnlyCSV(t)
	m := newLoaded(t, analyzePaths(path), evalFile(t), 100, 30)
	d := m.sess.ev.Doubts()
	press(m, "i")
	rp(m).vp.GotoBottom()
	flat := strings.Join(strings.Fields(rp(m).vp.View()), " ")
	mustContain(t, flat, "Nakijken:", fmt.Sprintf("2 afspraken kregen het thema uit de tekst (geen themakolom of -naam); %d daarvan onzeker en nog zonder oordeel", d.ThemeUnsettled))
}

// textOnlyCSV writes a CSV without a theme column: a text the scorer is
// sure of and one between themes; it returns its path.
func textOnlyCSV(t *testing.T) string {
	t.Helper()
	csv := "Nr;Afspraak;Trekker\n" +
		"1;De corporatie isoleert in 2026 120 woningen tot ten minste label B.;Corporatie\n" +
		"2;De gemeente en de corporatie maken afspraken over de woningen aan de Dorpsstraat.;Gemeente\n"
	path := filepath.Join(t.TempDir(), "uithoorn_afspraken_2025.csv")
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// The header counts one gemeente in the singular.
func TestHeaderOneGemeente(t *testing.T) {
	m := newLoaded(t, analyzePaths(textOnlyCSV(t)), evalFile(t), 100, 30)
	mustContain(t, m.View(), "1 gemeente · 2 afspraken")
	mustNotContain(t, m.View(), "1 gemeenten")
}
