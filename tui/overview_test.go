package tui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
	"pakompas/compare/theme"
	"pakompas/importer"
)

// longThemeLabel is a theme name longer than the overview's theme column
// was (28): an adviser's own name from the config.
const longThemeLabel = "Duurzaamheid en verduurzaming van de voorraad"

// sevenGemeenten writes one CSV with seven gemeenten and loads it with a
// config that gives duurzaamheid a long name.
func sevenGemeenten(t *testing.T) loadFunc {
	t.Helper()
	var b strings.Builder
	b.WriteString("Gemeente;Thema;Nr;Afspraak\n")
	for _, g := range []string{"Aalsmeer", "Amstelveen", "Diemen", "Landsmeer", "Ouder-Amstel", "Uithoorn", "Wormerland"} {
		fmt.Fprintf(&b, "%s;Duurzaamheid;1;De corporatie isoleert in 2025 in %s 40 woningen tot label B.\n", g, g)
		fmt.Fprintf(&b, "%s;Betaalbaarheid;2;Partijen gaan in gesprek over de huren in %s.\n", g, g)
	}
	path := filepath.Join(t.TempDir(), "zeven.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := compare.Config{Themes: theme.Config{Themes: []theme.ThemeConfig{{Key: "duurzaamheid", Label: longThemeLabel}}}}
	return func(progress func(done, total int, path string), ov compare.Overrides, _ map[string]string) (*compare.Analysis, Reanalyze, error) {
		eng, err := compare.NewEngine(cfg)
		if err != nil {
			return nil, nil, err
		}
		rep := importer.Import(context.Background(), []string{path}, importer.Options{Progress: progress})
		return eng.Analyze(rep, ov), func(ov compare.Overrides) *compare.Analysis { return eng.Analyze(rep, ov) }, nil
	}
}

// TestOverviewLegendAndColumns: the overview says what a cell means and,
// when not all gemeenten fit, which columns show ("gemeenten 1–4 van 7",
// following the cursor); a long theme name is whole on a wide screen and
// gives way on a narrow one.
func TestOverviewLegendAndColumns(t *testing.T) {
	m := newLoaded(t, sevenGemeenten(t), evalFile(t), 80, 24)
	wantScreen(t, m, screenOverview)
	if n := len(m.sess.matrix().Gemeenten); n != 7 {
		t.Fatalf("%d gemeenten, want 7", n)
	}
	ov := m.screens[screenOverview].(*overview)
	v := m.View()
	mustContain(t, v, "cel: aantal afspraken, % vaag (met uw oordelen)",
		fmt.Sprintf("gemeenten 1–%d van 7", ov.fit))
	mustNotContain(t, v, "/7", longThemeLabel)
	press(m, "end")
	mustContain(t, m.View(), fmt.Sprintf("gemeenten %d–7 van 7", 7-ov.fit+1), "Wormerland")

	m.Update(tea.WindowSizeMsg{Width: 200, Height: 40})
	v = m.View()
	mustContain(t, v, longThemeLabel, "Aalsmeer", "Wormerland", "per cel:")
	mustNotContain(t, v, "gemeenten 1–")
	assertFits(t, v, 200, 40)
}

// TestOverviewNamesThemesWhole: at 110 columns next to the six demo
// gemeenten, each gemeente column is as wide as its name needs and the
// theme names are whole ("Beschikbaarheid en nieuwbouw" was cut at 18).
func TestOverviewNamesThemesWhole(t *testing.T) {
	m, _ := demoModel(t)
	m.Update(tea.WindowSizeMsg{Width: 110, Height: 24})
	v := m.View()
	for _, th := range m.sess.matrix().Themes {
		mustContain(t, v, m.sess.an.Taxonomy.Label(th))
	}
	mustContain(t, v, "Aalsmeer", "Amstelveen", "De Ronde Venen", "Ouder-Amstel", "Uithoorn")
	mustNotContain(t, v, "gemeenten 1–")
	assertFits(t, v, 110, 24)
}
