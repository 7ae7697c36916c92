package tui

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
	"pakompas/compare/kompas"
	"pakompas/importer"
)

func kp(m *Model) *kompasScreen { return m.screens[screenKompas].(*kompasScreen) }

// toCell moves the Kompas cursor to indicator key of gemeente name, by
// keys, from the cursor's place.
func toCell(t *testing.T, m *Model, key kompas.Key, name string) {
	t.Helper()
	k := kp(m)
	row, col := k.res.Index(key), slices.Index(k.res.Gemeenten, name)
	if row < 0 || col < 0 {
		t.Fatalf("no cell %s of %s", key, name)
	}
	for k.row != row {
		if k.row < row {
			press(m, "down")
		} else {
			press(m, "up")
		}
	}
	for k.col != col {
		if k.col < col {
			press(m, "right")
		} else {
			press(m, "left")
		}
	}
}

// The Overzicht's K opens the Kompas on the scan of the session; esc goes
// back, and tab cycles through it as the last of the tab screens.
func TestKompasOpensFromOverview(t *testing.T) {
	m, _ := demoModel(t)
	if kp(m).res != nil {
		t.Fatal("the scan was counted before the screen was shown")
	}
	press(m, "K")
	wantScreen(t, m, screenKompas)
	want := kompas.Scan(m.sess.ev, compare.DefaultThresholds())
	got := kp(m).res
	if !slices.Equal(got.Gemeenten, want.Gemeenten) || got.Scores[0][3].Text != want.Scores[0][3].Text {
		t.Fatalf("the screen's scan differs from kompas.Scan")
	}
	v := m.View()
	for _, ind := range want.Indicators {
		mustContain(t, v, ind.Label, ind.Group)
	}
	press(m, "esc")
	wantScreen(t, m, screenOverview)
	press(m, "tab", "tab", "tab")
	wantScreen(t, m, screenKompas)
	press(m, "tab")
	wantScreen(t, m, screenOverview)
	press(m, "shift+tab")
	wantScreen(t, m, screenKompas)
}

// Every judged cell carries its mark next to the figure, so that the
// judgement reads without colour (the tests render without it), and the
// explanation under the table says the word.
func TestKompasCellsCarryMarks(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "K")
	k := kp(m)
	v := m.View()
	for g, name := range k.res.Gemeenten {
		for row, sc := range k.res.Scores[g] {
			if sc.Level == kompas.None {
				continue
			}
			txt := cellText(sc, k.colW-1)
			if !strings.HasSuffix(txt, " "+sc.Level.Mark()) {
				t.Errorf("%s %s: cell %q lacks the mark %s", name, k.res.Indicators[row].Key, txt, sc.Level.Mark())
			}
			if !strings.Contains(v, txt) {
				t.Errorf("%s %s: %q not on the screen", name, k.res.Indicators[row].Key, txt)
			}
		}
	}
	toCell(t, m, kompas.KeyMixed, "Uithoorn")
	mustContain(t, m.View(), "Uithoorn · Gemengd: ✗ rood", "5 ✗")
}

// A named share narrows to its column: the name to four letters first,
// then the name goes; the figure and the mark stay.
func TestKompasCellText(t *testing.T) {
	sc := kompas.Score{Level: kompas.Green, Text: "corporatie 45%"}
	for _, c := range []struct {
		w    int
		want string
	}{{16, "corporatie 45% ✓"}, {15, "corp. 45% ✓"}, {11, "corp. 45% ✓"}, {10, "cor. 45% ✓"}, {9, "45% ✓"}, {4, "45%…"}} {
		if got := cellText(sc, c.w); got != c.want {
			t.Errorf("width %d: %q, want %q", c.w, got, c.want)
		}
	}
	if got := cellText(kompas.Score{Text: "·"}, 10); got != "·" {
		t.Errorf("not judged: %q", got)
	}
}

// Enter on a red cell lists exactly its agreements in Afspraken, in the
// analysis' order, with the filter named; x shows all again, esc goes
// back to the Kompas.
func TestKompasEnterListsCellAgreements(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "K")
	toCell(t, m, kompas.KeyMixed, "Uithoorn")
	_, sc := kp(m).current()
	if sc.Level != kompas.Red || len(sc.Agreements) == 0 {
		t.Fatalf("Gemengd of Uithoorn is %s with %d agreements; the demo has it red", sc.Level.Word(), len(sc.Agreements))
	}
	press(m, "enter")
	wantScreen(t, m, screenList)
	if got := ls(m).rows; !slices.Equal(got, sc.Agreements) {
		t.Fatalf("the list shows %v, the cell's agreements are %v", got, sc.Agreements)
	}
	v := m.View()
	mustContain(t, v, "kompas: Gemengd in Uithoorn", "x wist filters")
	for _, i := range sc.Agreements {
		if a := m.sess.an.Agreements[i]; a.Gemeente != "Uithoorn" {
			t.Fatalf("agreement %d of %s", i, a.Gemeente)
		}
	}
	// The agreements step in the Afspraak screen as listed.
	press(m, "enter")
	mustContain(t, m.View(), "afspraak 1 van "+strconv.Itoa(len(sc.Agreements)))
	press(m, "esc", "x")
	if n := len(ls(m).rows); n != m.sess.an.CurrentCount() {
		t.Fatalf("after x %d rows, want all %d", n, m.sess.an.CurrentCount())
	}
	mustNotContain(t, m.View(), "kompas:")
	press(m, "esc")
	wantScreen(t, m, screenKompas)
}

// A cell without agreements behind it says so and opens nothing.
func TestKompasEnterOnEmptyCell(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "K")
	k := kp(m)
	for g := range k.res.Gemeenten {
		for row, sc := range k.res.Scores[g] {
			if len(sc.Agreements) > 0 {
				continue
			}
			toCell(t, m, k.res.Indicators[row].Key, k.res.Gemeenten[g])
			press(m, "enter")
			wantScreen(t, m, screenKompas)
			mustContain(t, m.status, "Geen afspraken achter")
			return
		}
	}
	t.Skip("every cell of the demo has agreements behind it")
}

// A verdict given in the list changes the Kompas cell when the screen is
// shown again: the figure, the mark and the explanation; undo on the
// Kompas changes it back at once. Moving the cursor counts nothing again.
func TestKompasVerdictUpdatesCell(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "K")
	toCell(t, m, kompas.KeyVague, "Aalsmeer")
	k := kp(m)
	_, before := k.current()
	if before.Text != "31%" || before.Level != kompas.Amber || before.Count != 9 {
		t.Fatalf("Vaag of Aalsmeer before: %+v", before)
	}
	mustContain(t, m.View(), "31% !")
	res := k.res
	press(m, "down", "up")
	if k.res != res {
		t.Fatal("a cursor move counted the scan again")
	}
	// Two of the nine: niet vaag, from the list enter opens.
	press(m, "enter", "2", "down", "2", "esc")
	wantScreen(t, m, screenKompas)
	_, after := k.current()
	if after.Count != 7 || after.Text != "24%" || after.Level != kompas.Green {
		t.Fatalf("Vaag of Aalsmeer after two verdicts: %+v", after)
	}
	v := m.View()
	mustContain(t, v, "24% ✓", "Aalsmeer · Vaag: ✓ groen", "7 van 29 vaag")
	mustNotContain(t, v, "31% !")
	press(m, "u")
	_, undone := k.current()
	if undone.Count != 8 || undone.Level != kompas.Amber {
		t.Fatalf("after undo: %+v", undone)
	}
	mustContain(t, m.View(), "28% !")
}

// The thresholds are the analysis' ([kompas] in pakompas.toml, set by the
// engine from the config).
func TestKompasThresholdsFromAnalysis(t *testing.T) {
	e, err := compare.NewEngine(compare.Config{Kompas: compare.KompasConfig{"vaag_oranje": 50, "vaag_rood": 60}})
	if err != nil {
		t.Fatal(err)
	}
	load := func(progress func(done, total int, path string), ov compare.Overrides, pw map[string]string) (*compare.Analysis, Reanalyze, error) {
		an, _, err := sharedDemoLoad(progress, ov, pw)
		if err != nil {
			return nil, nil, err
		}
		rep := an.Report
		return e.Analyze(rep, ov), func(ov compare.Overrides) *compare.Analysis { return e.Analyze(rep, ov) }, nil
	}
	m := New(Options{Load: load, Evaluation: evalFile(t)})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	runLoad(t, m)
	press(m, "K")
	toCell(t, m, kompas.KeyVague, "Aalsmeer")
	if _, sc := kp(m).current(); sc.Level != kompas.Green {
		t.Fatalf("31%% vague with amber from 50%%: %s", sc.Level.Word())
	}
	mustContain(t, m.View(), "31% ✓", "oranje vanaf 50%")
}

// When the gemeenten do not fit, the columns page and the legend says
// which show; c picks gemeenten and x shows all again.
func TestKompasColumns(t *testing.T) {
	m := newLoaded(t, sharedDemoLoad, evalFile(t), 60, 24)
	press(m, "K")
	v := m.View()
	mustContain(t, v, "gemeenten 1–3 van 6", "Aalsmeer")
	mustNotContain(t, v, "Uithoorn")
	press(m, "end")
	v = m.View()
	mustContain(t, v, "gemeenten 4–6 van 6", "Uithoorn")
	mustNotContain(t, v, "Aalsmeer")
	// Pick: Aalsmeer, Amstelveen and De Ronde Venen off; the three left fit.
	press(m, "c", " ", "down", " ", "down", " ", "enter")
	v = m.View()
	mustContain(t, v, "[3 van 6 gemeenten]", "Uithoorn")
	mustNotContain(t, v, "Aalsmeer", "gemeenten 1–")
	press(m, "x")
	mustContain(t, m.View(), "gemeenten 4–6 van 6")
	press(m, "x")
	mustContain(t, m.status, "geen filter")
}

// The Afspraak screen names regular work and where it belongs; an
// agreement that is not regular has no such line.
func TestDetailShowsRegularWork(t *testing.T) {
	m, _ := demoModel(t)
	regular, plain := -1, -1
	for i, a := range m.sess.an.Agreements {
		switch {
		case a.Regular && regular < 0:
			regular = i
		case !a.Regular && plain < 0:
			plain = i
		}
	}
	if regular < 0 || plain < 0 {
		t.Fatal("the demo needs a regular and a plain agreement")
	}
	m.handle(openScreenMsg{screenDetail, showAgreementMsg{i: regular}})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 60})
	mustContain(t, m.View(), "  regulier  ", "hoort op een dashboard, niet in de afspraken")
	m.handle(openScreenMsg{screenDetail, showAgreementMsg{i: plain}})
	mustNotContain(t, m.View(), "hoort op een dashboard")
}

// An import without gemeenten leaves nothing to judge: the Kompas says
// so, and keys do nothing but go back.
func TestKompasWithoutGemeenten(t *testing.T) {
	eng, err := compare.NewEngine(compare.Config{})
	if err != nil {
		t.Fatal(err)
	}
	m := newLoaded(t, fixedLoad(eng.Analyze(&importer.Report{}, compare.Overrides{})), evalFile(t), 80, 24)
	press(m, "K", "down", "right", "enter", "c", "end")
	wantScreen(t, m, screenKompas)
	mustContain(t, m.View(), "Geen gemeenten ingelezen")
	press(m, "esc")
	wantScreen(t, m, screenOverview)
}
