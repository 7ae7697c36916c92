package tui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"pakompas/compare/role"
	"pakompas/compare/status"
	"pakompas/importer/norm"
)

func ls(m *Model) *list { return m.screens[screenList].(*list) }

// listRows returns the agreements the list shows, in order.
func listRows(m *Model) []int { return append([]int(nil), ls(m).rows...) }

func TestTabOpensListAndBack(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "tab")
	wantScreen(t, m, screenList)
	v := m.View()
	l := ls(m)
	if l.searching {
		t.Fatal("tab opened the list with the search focused")
	}
	n := m.sess.an.CurrentCount()
	if len(l.rows) != n {
		t.Fatalf("%d rows without filters, want every agreement (%d)", len(l.rows), n)
	}
	mustContain(t, v, "Overzicht › Afspraken", fmt.Sprintf("%d afspraken", n), "sortering: bron")
	press(m, "esc")
	wantScreen(t, m, screenOverview)
	// shift+tab from the overview wraps to the last tab; tab twice reaches
	// the report.
	press(m, "tab", "tab")
	wantScreen(t, m, screenReport)
	press(m, "shift+tab")
	wantScreen(t, m, screenList)
}

// TestSearchFromEveryScreen: / opens the list with the search focused
// from each screen, and typed keys go into the search (q does not quit).
func TestSearchFromEveryScreen(t *testing.T) {
	for _, sc := range []struct {
		name string
		keys []string
	}{
		{"overzicht", nil},
		{"thema", []string{"enter"}},
		{"afspraak", []string{"enter", "enter"}},
		{"importverslag", []string{"i"}},
	} {
		t.Run(sc.name, func(t *testing.T) {
			m, _ := demoModel(t)
			press(m, sc.keys...)
			press(m, "/")
			wantScreen(t, m, screenList)
			l := ls(m)
			if !l.searching {
				t.Fatal("/ did not focus the search")
			}
			if cmd := press(m, "q"); isQuit(cmd) || m.quitting {
				t.Fatal("q quit while typing a search")
			}
			if got := l.search.Value(); got != "q" {
				t.Fatalf("search %q, want %q", got, "q")
			}
			press(m, "esc")
			wantScreen(t, m, screenList)
			press(m, "esc")
			wantScreen(t, m, screenOverview)
		})
	}
}

// TestListSearch: typing filters live across text, gemeente and theme;
// enter leaves the search with the filter kept, esc in the search clears
// it.
func TestListSearch(t *testing.T) {
	m, _ := demoModel(t)
	all := m.sess.an.CurrentCount()
	press(m, "/")
	l := ls(m)
	typeText(m, "gesprek")
	if len(l.rows) == 0 || len(l.rows) >= all {
		t.Fatalf("\"gesprek\" leaves %d of %d rows", len(l.rows), all)
	}
	want := 0
	for _, a := range m.sess.an.Agreements {
		if strings.Contains(norm.Fold(a.Text+" "+a.Gemeente+" "+a.ThemeLabel+" "+a.ThemeRaw+" "+a.Number), "gesprek") {
			want++
		}
	}
	if len(l.rows) != want {
		t.Fatalf("%d rows for \"gesprek\", want %d", len(l.rows), want)
	}
	for _, i := range l.rows {
		if a := m.sess.an.Agreements[i]; !strings.Contains(strings.ToLower(a.Text), "gesprek") {
			t.Fatalf("row %s %s without \"gesprek\": %q", a.Gemeente, a.Number, a.Text)
		}
	}
	mustContain(t, m.View(), "/gesprek", fmt.Sprintf("%d afspraken", want))

	// enter leaves the search; the filter stays and keys are commands again.
	press(m, "enter")
	if l.searching || len(l.rows) != want {
		t.Fatalf("after enter: searching %v, %d rows, want false, %d", l.searching, len(l.rows), want)
	}
	if cmd := press(m, "?"); cmd != nil || !m.showHelp {
		t.Fatal("? did not open the help after leaving the search")
	}
	press(m, "x")

	// Gemeente and theme are searched too; words combine.
	press(m, "/")
	if !l.searching {
		t.Fatal("/ on the list did not focus the search")
	}
	typeText(m, " uithoorn")
	if len(l.rows) == 0 || len(l.rows) >= want {
		t.Fatalf("\"gesprek uithoorn\" leaves %d rows (gesprek alone %d)", len(l.rows), want)
	}
	for _, i := range l.rows {
		if g := m.sess.an.Agreements[i].Gemeente; g != "Uithoorn" {
			t.Fatalf("row of %s for \"gesprek uithoorn\"", g)
		}
	}

	// esc in the search clears it.
	press(m, "esc")
	if l.searching || l.search.Value() != "" || len(l.rows) != all {
		t.Fatalf("after esc: searching %v, search %q, %d rows, want false, \"\", %d", l.searching, l.search.Value(), len(l.rows), all)
	}
	wantScreen(t, m, screenList)

	// A search by theme label.
	label := m.sess.an.Taxonomy.Label(m.sess.matrix().Themes[0])
	press(m, "/")
	typeText(m, label)
	press(m, "enter")
	if len(l.rows) == 0 {
		t.Fatalf("no rows for theme %q", label)
	}
	for _, i := range l.rows {
		a := m.sess.an.Agreements[i]
		if !strings.Contains(norm.Fold(a.Text+" "+a.ThemeLabel+" "+a.ThemeRaw), norm.Fold(label)) {
			t.Fatalf("row %s %s matches %q nowhere", a.Gemeente, a.Number, label)
		}
	}

	// No match: the list says so.
	press(m, "/")
	typeText(m, "xyzzy-geen-treffer")
	if len(l.rows) != 0 {
		t.Fatalf("%d rows for a search without match", len(l.rows))
	}
	mustContain(t, m.View(), "0 afspraken", "geen afspraken met deze zoekterm; x wist de zoekterm")
}

func TestListVagueOnly(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "tab", "V")
	l := ls(m)
	if len(l.rows) != m.sess.matrix().Total.Vague {
		t.Fatalf("%d vague rows, want %d", len(l.rows), m.sess.matrix().Total.Vague)
	}
	for _, i := range l.rows {
		if !m.sess.vague(i) {
			t.Fatalf("agreement %d is not vague", i)
		}
	}
	v := m.View()
	mustContain(t, v, "· alleen vaag", fmt.Sprintf("%d afspraken", m.sess.matrix().Total.Vague))
	press(m, "V")
	if len(l.rows) != m.sess.an.CurrentCount() {
		t.Fatalf("%d rows after V again", len(l.rows))
	}
	mustNotContain(t, m.View(), "· alleen vaag")
}

func TestListRoleAndStatusFilter(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "tab")
	l := ls(m)
	all := m.sess.an.CurrentCount()
	seen := 0
	for _, r := range role.All() {
		press(m, "r")
		for _, i := range l.rows {
			if got := m.sess.an.Agreements[i].OwnerRole; got != r {
				t.Fatalf("role filter %s shows a row of %s", r, got)
			}
		}
		want := 0
		superseded := m.sess.an.Superseded()
		for i, a := range m.sess.an.Agreements {
			if a.OwnerRole == r && !superseded(i) {
				want++
			}
		}
		if len(l.rows) != want {
			t.Fatalf("role %s: %d rows, want %d", r, len(l.rows), want)
		}
		seen += want
		mustContain(t, m.View(), "rol: "+r.Label())
	}
	if seen != all {
		t.Fatalf("the roles cover %d of %d agreements", seen, all)
	}
	press(m, "r")
	if len(l.rows) != all {
		t.Fatalf("r past the last role: %d rows, want all %d", len(l.rows), all)
	}
	mustNotContain(t, m.View(), "rol: ")

	seen = 0
	for _, st := range status.All() {
		press(m, "s")
		for _, i := range l.rows {
			if got := m.sess.an.Agreements[i].StatusNorm; got != st {
				t.Fatalf("status filter %s shows a row of %s", st, got)
			}
		}
		seen += len(l.rows)
		mustContain(t, m.View(), "status: "+st.Label())
	}
	if seen != all {
		t.Fatalf("the statuses cover %d of %d agreements", seen, all)
	}
	press(m, "s")
	if len(l.rows) != all {
		t.Fatalf("s past the last status: %d rows, want all %d", len(l.rows), all)
	}
}

func TestListSort(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "tab")
	l := ls(m)
	ag := m.sess.an.Agreements
	source := listRows(m)
	for r := 1; r < len(source); r++ {
		if source[r] <= source[r-1] {
			t.Fatalf("sort bron: row %d is agreement %d after %d", r, source[r], source[r-1])
		}
	}
	checks := []struct {
		name    string
		ordered func(a, b int) bool // a may come before b
	}{
		{"gemeente", func(a, b int) bool { return ag[a].Gemeente <= ag[b].Gemeente }},
		{"thema", func(a, b int) bool { return m.sess.themeIdx[ag[a].Theme] <= m.sess.themeIdx[ag[b].Theme] }},
		{"vaag eerst", func(a, b int) bool { return m.sess.vague(a) || !m.sess.vague(b) }},
	}
	for _, c := range checks {
		press(m, "o")
		mustContain(t, m.View(), "sortering: "+c.name)
		if len(l.rows) != m.sess.an.CurrentCount() {
			t.Fatalf("sort %s: %d rows, want %d", c.name, len(l.rows), m.sess.an.CurrentCount())
		}
		for r := 1; r < len(l.rows); r++ {
			if !c.ordered(l.rows[r-1], l.rows[r]) {
				t.Fatalf("sort %s: row %d (agreement %d) before row %d (agreement %d)", c.name, r-1, l.rows[r-1], r, l.rows[r])
			}
		}
	}
	press(m, "o")
	mustContain(t, m.View(), "sortering: bron")
	if got := listRows(m); fmt.Sprint(got) != fmt.Sprint(source) {
		t.Fatal("o back to bron did not restore the source order")
	}
}

// TestListVerdictAndOpen: v judges the row under the cursor and saves it;
// enter opens that agreement; esc returns to the list.
func TestListVerdictAndOpen(t *testing.T) {
	m, eval := demoModel(t)
	press(m, "/")
	typeText(m, "gesprek")
	press(m, "enter", "down")
	l := ls(m)
	i := l.rows[l.cursor]
	a := m.sess.an.Agreements[i]
	before := m.sess.verdict(i)
	press(m, "v")
	if m.sess.verdict(i) == before {
		t.Fatal("v did not change the verdict")
	}
	if got := storedEntry(t, eval, a.ID).Verdict; got != m.sess.verdict(i) {
		t.Fatalf("stored verdict %q, want %q", got, m.sess.verdict(i))
	}
	mustContain(t, m.View(), "bewaard")
	press(m, "enter")
	wantScreen(t, m, screenDetail)
	if dt(m).idx != i {
		t.Fatalf("detail shows agreement %d, want %d", dt(m).idx, i)
	}
	mustContain(t, m.View(), "Afspraken › Afspraak", "Nummer      "+a.Number)
	press(m, "esc")
	wantScreen(t, m, screenList)
	if l.search.Value() != "gesprek" || l.rows[l.cursor] != i {
		t.Fatal("the list lost its search or cursor on the way back")
	}
}

// TestListVerdictUnderVagueOnly: judging a row "niet vaag" with V on
// drops it from the list.
func TestListVerdictUnderVagueOnly(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "tab", "V")
	l := ls(m)
	n := len(l.rows)
	i := l.rows[0]
	for range 4 {
		press(m, "v")
		if !m.sess.vague(i) {
			break
		}
	}
	if m.sess.vague(i) {
		t.Fatal("v never made the agreement not vague")
	}
	if len(l.rows) != n-1 {
		t.Fatalf("%d rows after judging one not vague, want %d", len(l.rows), n-1)
	}
	for _, r := range l.rows {
		if r == i {
			t.Fatal("the agreement judged not vague is still listed")
		}
	}
}

// TestListSearchNarrowsLikeAFullSearch: typing narrows the rows it had
// when the new search only adds to the old one (list.research). After
// every key typed in random sessions of typing, deleting, filters, sorts
// and verdicts, the rows equal those of a search over all agreements.
func TestListSearchNarrowsLikeAFullSearch(t *testing.T) {
	// A verdict, on the list or on the agreement opened from it, makes
	// the last row vague under "vaag eerst": typing must not keep the
	// order from before the verdict.
	for _, verdict := range [][]string{{"v"}, {"enter", "v", "esc"}} {
		m, _ := demoModel(t)
		press(m, "tab", "o", "o", "o", "end")
		press(m, verdict...)
		press(m, "/", "e")
		l := ls(m)
		full := *l
		full.rows = nil
		full.refilter()
		if fmt.Sprint(full.rows) != fmt.Sprint(l.rows) {
			t.Fatalf("after a verdict (%v) and a search: rows %v, a full search gives %v", verdict, l.rows, full.rows)
		}
	}

	const typed = "gespreknaiou 1"
	for seed := range 20 {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(seed), 7))
			m, _ := demoModel(t)
			press(m, "tab")
			l := ls(m)
			narrowed := 0
			for range 300 {
				if !l.searching {
					press(m, []string{"/", "/", "V", "r", "s", "o", "v", "j"}[rng.IntN(8)])
					continue
				}
				switch n := rng.IntN(10); {
				case n == 0:
					press(m, "enter")
					continue
				case n <= 2:
					press(m, "backspace")
				default:
					typeText(m, string(typed[rng.IntN(len(typed))]))
				}
				full := *l
				full.rows = nil
				full.refilter()
				if fmt.Sprint(full.rows) != fmt.Sprint(l.rows) {
					t.Fatalf("search %q: rows %v, a full search gives %v", l.search.Value(), l.rows, full.rows)
				}
				if len(l.query) > 0 {
					narrowed++
				}
			}
			if narrowed == 0 {
				t.Fatal("no search was typed")
			}
		})
	}
}
