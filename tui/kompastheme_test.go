package tui

import (
	"slices"
	"testing"

	"pakompas/compare/kompas"
)

// t on a gemeente's column shows its themes as rows with the indicators
// judged per theme as columns, each cell the scan's own ThemeScore; only
// the themes with agreements of the gemeente are rows; t (and esc) go
// back to the gemeenten with the cursor where it was.
func TestKompasPerTheme(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "K")
	toCell(t, m, kompas.KeyVague, "Amstelveen")
	k := kp(m)
	row, col := k.row, k.col
	press(m, "t")
	if !k.per.on {
		t.Fatal("t did not open the per-thema view")
	}
	r, g := k.res, slices.Index(k.res.Gemeenten, "Amstelveen")
	if k.per.gemeente != g {
		t.Fatalf("per thema of %s, want Amstelveen", r.Gemeenten[k.per.gemeente])
	}
	// Amstelveen has no agreements under doelgroepen and kwaliteit in the demo.
	var want []int
	for ti := range r.Themes {
		if r.ThemeScore(g, ti, kompas.KeyThemes).Count > 0 {
			want = append(want, ti)
		}
	}
	if !slices.Equal(k.per.themes, want) || len(want) == len(r.Themes) || len(want) == 0 {
		t.Fatalf("rows %v, want the themes with agreements %v of %d", k.per.themes, want, len(r.Themes))
	}
	if got := r.Indicators[r.ThemeRows[k.per.col]].Key; got != kompas.KeyVague {
		t.Errorf("the cursor starts on %s, want the indicator it was on (vaag)", got)
	}
	v := m.View()
	mustContain(t, v, "Amstelveen per thema", "Afspraken", "Resultaat", "Gemengd", "Regulier")
	for _, ti := range want {
		mustContain(t, v, r.ThemeLabels[ti])
	}
	for ti := range r.Themes {
		if !slices.Contains(want, ti) {
			mustNotContain(t, v, r.ThemeLabels[ti])
		}
	}
	// Every cell the cursor visits is the scan's score of that theme.
	for i := range want {
		if i > 0 {
			press(m, "down")
		}
		if k.per.row != i {
			t.Fatalf("down went to row %d, want %d", k.per.row, i)
		}
		for k.per.col != 0 {
			press(m, "left")
		}
		for j := range r.ThemeRows {
			if j > 0 {
				press(m, "right")
			}
			if k.per.col != j {
				t.Fatalf("right went to column %d, want %d", k.per.col, j)
			}
			sc, _, theme := k.perCell()
			exp := r.ThemeScore(g, want[i], r.Indicators[r.ThemeRows[j]].Key)
			if sc.Text != exp.Text || sc.Level != exp.Level || theme != r.ThemeLabels[want[i]] {
				t.Fatalf("cell %s/%d: %q %s, want %q %s", theme, j, sc.Text, sc.Level.Word(), exp.Text, exp.Level.Word())
			}
			mustContain(t, m.View(), "Amstelveen · "+theme+" · ")
		}
	}
	press(m, "t")
	if k.per.on || k.row != row || k.col != col {
		t.Fatalf("after t: per %v, cursor %d,%d, want %d,%d", k.per.on, k.row, k.col, row, col)
	}
	press(m, "t", "esc")
	if k.per.on {
		t.Fatal("esc did not leave the per-thema view")
	}
	wantScreen(t, m, screenKompas)
}

// Enter on a cell of the per-thema view lists exactly its agreements,
// named with gemeente and theme.
func TestKompasPerThemeEnter(t *testing.T) {
	m, k := perThemeOf(t, "Aalsmeer")
	sc, _, theme := k.perCell()
	if len(sc.Agreements) == 0 {
		t.Fatalf("Vaag under %s of Aalsmeer has no agreements; the demo has some", theme)
	}
	press(m, "enter")
	wantScreen(t, m, screenList)
	if got := ls(m).rows; !slices.Equal(got, sc.Agreements) {
		t.Fatalf("the list shows %v, the cell's agreements are %v", got, sc.Agreements)
	}
	mustContain(t, m.View(), "kompas: Vaag in Aalsmeer · "+theme)
	for _, i := range sc.Agreements {
		if a := m.sess.an.Agreements[i]; a.Gemeente != "Aalsmeer" || a.ThemeLabel != theme || !m.sess.ev.Vague(i) {
			t.Fatalf("agreement %s (%s, %s) is not a vague one of Aalsmeer under %s", a.ID, a.Gemeente, a.ThemeLabel, theme)
		}
	}
	press(m, "esc")
	wantScreen(t, m, screenKompas)
	if !k.per.on {
		t.Error("back from the list, the per-thema view is gone")
	}
}

// A scan counted anew (after a change or another import) finds the
// gemeente of the per-thema view again by its name; when it is gone the
// view closes instead of showing another gemeente or indexing past the
// scan.
func TestKompasPerThemeRefresh(t *testing.T) {
	_, k := perThemeOf(t, "Landsmeer")
	r := *k.res
	if !k.per.on || r.Gemeenten[k.per.gemeente] != "Landsmeer" {
		t.Fatalf("per thema of %v", k.per)
	}
	// The same scan with the gemeenten in another order.
	moved := r
	moved.Gemeenten = slices.Clone(r.Gemeenten)
	slices.Reverse(moved.Gemeenten)
	moved.ByTheme = slices.Clone(r.ByTheme)
	slices.Reverse(moved.ByTheme)
	k.per.refresh(&moved)
	if !k.per.on || moved.Gemeenten[k.per.gemeente] != "Landsmeer" {
		t.Errorf("after reordering: on %v, gemeente %d", k.per.on, k.per.gemeente)
	}
	gone := r
	gone.Gemeenten = slices.DeleteFunc(slices.Clone(r.Gemeenten), func(g string) bool { return g == "Landsmeer" })
	k.per.refresh(&gone)
	if k.per.on {
		t.Error("the gemeente is gone, the view stays open")
	}
}

// perThemeOf is the demo with the Kompas open per thema on gemeente, the
// cursor on Vaag.
func perThemeOf(t *testing.T, gemeente string) (*Model, *kompasScreen) {
	t.Helper()
	m, _ := demoModel(t)
	press(m, "K")
	toCell(t, m, kompas.KeyVague, gemeente)
	press(m, "t")
	return m, kp(m)
}
