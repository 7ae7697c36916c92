package tui

import (
	"fmt"
	"testing"
)

// TestListFilterLineAndClear: every filter that is on stands in the
// filter line (alleen vaag, gemeenten, rol, status, zoekterm); no rows say
// which filters hide them; x turns them all off and the line says nothing
// more.
func TestListFilterLineAndClear(t *testing.T) {
	m, _ := demoModel(t)
	all := m.sess.an.CurrentCount()
	gems := m.sess.matrix().Gemeenten
	press(m, "tab", "V", "r", "s")
	l := ls(m)
	// Only the second gemeente.
	press(m, "c", "n", "down", " ", "enter")
	if len(l.gems) != 1 || l.gems[0] != 1 {
		t.Fatalf("gemeente filter %v", l.gems)
	}
	for _, i := range l.rows {
		if g := m.sess.an.Agreements[i].Gemeente; g != gems[1] {
			t.Fatalf("a row of %s under the filter on %s", g, gems[1])
		}
	}
	press(m, "/")
	typeText(m, "de")
	press(m, "enter")
	v := m.View()
	mustContain(t, v, "alleen vaag", "gemeente: "+gems[1], "rol: ", "status: ", "zoek: 'de'", "x wist filters")

	// A search that finds nothing under "alleen vaag" says why.
	press(m, "x")
	if l.filtering() || len(l.rows) != all {
		t.Fatalf("after x: filtering %v, %d rows of %d", l.filtering(), len(l.rows), all)
	}
	mustContain(t, m.View(), "Filters gewist", fmt.Sprintf("%d afspraken", all))
	mustNotContain(t, m.View(), "x wist filters", "alleen vaag ·")
	concrete := ""
	for _, a := range m.sess.an.Agreements {
		if !a.Vague && a.Number != "" {
			concrete = a.Text
			break
		}
	}
	press(m, "V", "/")
	typeText(m, concrete)
	if len(l.rows) != 0 {
		t.Fatalf("%d vague rows for the text of a concrete agreement", len(l.rows))
	}
	mustContain(t, m.View(), "0 afspraken", "— filter 'alleen vaag' staat aan; x wist filters")
	press(m, "enter", "x")
	if len(l.rows) != all {
		t.Fatalf("x after a search without result: %d rows", len(l.rows))
	}
	press(m, "x")
	mustContain(t, m.View(), "Er staat geen filter aan")
}

// TestThemeFiltersBelongToTheTheme: "alleen vaag" and the gemeente columns
// do not follow into another theme opened from the overview; tab to the
// next theme keeps them and says so; x clears them.
func TestThemeFiltersBelongToTheTheme(t *testing.T) {
	m, _ := demoModel(t)
	n := len(m.sess.matrix().Gemeenten)
	press(m, "enter", "V", "c", " ", "enter")
	tv := th(m)
	if !tv.vagueOnly || len(m.sess.shown) != n-1 {
		t.Fatalf("filters not on: vague only %v, %d columns", tv.vagueOnly, len(m.sess.shown))
	}
	mustContain(t, m.View(), "[alleen vaag]", "x wist")

	press(m, "tab")
	if !th(m).vagueOnly || len(m.sess.shown) != n-1 {
		t.Fatal("tab dropped the filters")
	}
	mustContain(t, m.View(), fmt.Sprintf("Filters blijven aan: alleen vaag, %d van %d gemeenten · x wist ze", n-1, n))

	press(m, "esc", "down", "down", "enter")
	if th(m).vagueOnly || len(m.sess.shown) != n {
		t.Fatalf("another theme from the overview: vague only %v, %d of %d columns", th(m).vagueOnly, len(m.sess.shown), n)
	}
	mustNotContain(t, m.View(), "[alleen vaag]", "gemeenten]", "x wist")

	press(m, "V", "c", " ", "enter", "x")
	if th(m).vagueOnly || len(m.sess.shown) != n {
		t.Fatal("x left a filter on")
	}
	mustContain(t, m.View(), "Filters gewist")
	mustContain(t, fullHelp(m), "filters wissen")
}

// TestThemeCountsFollowShownGemeenten: with one gemeente shown, the Thema
// header counts that gemeente's agreements, not the whole theme's.
func TestThemeCountsFollowShownGemeenten(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "enter")
	mx := m.sess.matrix()
	ti := m.sess.themeIdx[th(m).key]
	total, first := mx.RowTotals[ti], mx.Cells[ti][0]
	mustContain(t, m.View(), fmt.Sprintf("%d afspraken, %d vaag", total.N, total.Vague))
	press(m, "c", "n", " ", "enter") // only the first gemeente
	if len(m.sess.shown) != 1 {
		t.Fatalf("%d columns shown", len(m.sess.shown))
	}
	mustContain(t, m.View(), fmt.Sprintf("%d van %d afspraken, %d vaag", first.N, total.N, first.Vague))
}
