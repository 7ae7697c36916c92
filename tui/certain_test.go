package tui

import (
	"strings"
	"testing"
)

// A vague verdict resting only on "geen toetsbaar resultaat" is marked ○
// in the list (● for one with a vague word) and says "minder zeker" on
// the Afspraak screen; once the adviser judges it the adviser's mark
// shows.
func TestLessCertainMarked(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "tab", "o", "/")
	typeText(m, "sierteelt")
	press(m, "enter")
	rows := listRows(m)
	if len(rows) != 1 || !m.sess.an.Agreements[rows[0]].LessCertain {
		t.Fatalf("search 'sierteelt': rows %v, want the one less certain demo agreement", rows)
	}
	mustContain(t, m.View(), "○")
	press(m, "enter")
	mustContain(t, m.View(), "automatisch: vaag, minder zeker")
	press(m, "1", "esc")
	if v := m.View(); strings.Contains(v, "○") || !strings.Contains(v, "◆") {
		t.Errorf("after the adviser's vaag the list still shows ○:\n%s", v)
	}

	// An agreement with a vague word: ●, and no doubt on its screen.
	m, _ = demoModel(t)
	press(m, "tab", "o", "/")
	typeText(m, "in gesprek")
	press(m, "enter")
	rows = listRows(m)
	if len(rows) == 0 || m.sess.an.Agreements[rows[0]].LessCertain {
		t.Fatalf("search 'in gesprek': rows %v", rows)
	}
	press(m, "enter")
	if v := m.View(); !strings.Contains(v, "automatisch: vaag)") || strings.Contains(v, "minder zeker") {
		t.Errorf("a verdict with a vague word:\n%s", v)
	}
}

// N keeps the agreements pakompas is unsure of; once the adviser judges
// one it leaves the list, and x clears the filter.
func TestCheckOnlyFilter(t *testing.T) {
	m, _ := demoModel(t)
	press(m, "tab", "o", "N")
	rows := listRows(m)
	want := 0
	an := m.sess.an
	superseded := an.Superseded()
	for i, a := range an.Agreements {
		if !superseded(i) && (a.LessCertain || a.ThemeUnsure) {
			want++
		}
	}
	if want == 0 || len(rows) != want {
		t.Fatalf("N: %d rows, want the %d agreements pakompas is unsure of", len(rows), want)
	}
	for _, i := range rows {
		if a := an.Agreements[i]; !a.LessCertain && !a.ThemeUnsure {
			t.Errorf("N shows %s, of which pakompas is sure", a.ID)
		}
	}
	mustContain(t, m.View(), "alleen nakijken")
	press(m, "1")
	if got := len(listRows(m)); got != want-1 {
		t.Errorf("after a verdict %d rows, want %d", got, want-1)
	}
	press(m, "x")
	mustNotContain(t, m.View(), "alleen nakijken")
}

// The Importverslag says what pakompas is unsure of and which key lists it.
func TestReportSaysWhatToCheck(t *testing.T) {
	m, _ := demoModel(t)
	d := m.sess.ev.Doubts()
	if d.VagueUnsettled != 1 || d.FromText != 0 {
		t.Fatalf("demo doubts %+v, want one less certain verdict and no theme from the text", d)
	}
	press(m, "i")
	rp(m).vp.GotoBottom()
	full := strings.Join(strings.Fields(rp(m).vp.View()), " ")
	for _, want := range []string{"Nakijken:", "1 afspraak is vaag zonder vaag woord", "N in Afspraken toont wat nog nagekeken moet worden"} {
		if !strings.Contains(full, want) {
			t.Errorf("Importverslag lacks %q", want)
		}
	}

	// Judged, the agreement is settled: the report, shown again, says so.
	press(m, "esc", "tab", "o", "N", "1", "esc", "i")
	rp(m).vp.GotoBottom()
	if full := strings.Join(strings.Fields(rp(m).vp.View()), " "); strings.Contains(full, "vaag zonder vaag woord") {
		t.Errorf("after the verdict the Importverslag still counts it: %s", full)
	}
}
