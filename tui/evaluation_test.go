package tui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pakompas/compare/evaluation"
)

// agreementID returns the id of the agreement of gemeente with number.
func agreementID(t *testing.T, m *Model, gemeente, number string) string {
	t.Helper()
	superseded := m.sess.an.Superseded() // the current jaarschijf's
	for i, a := range m.sess.an.Agreements {
		if a.Gemeente == gemeente && a.Number == number && !superseded(i) {
			return a.ID
		}
	}
	t.Fatalf("no agreement %s %s", gemeente, number)
	return ""
}

// openAgreement goes with key presses from wherever the model is to the
// Afspraak screen of agreement id: back to the overview, to the theme and
// gemeente of the agreement, enter, down to its row, enter.
func openAgreement(t *testing.T, m *Model, id string) {
	t.Helper()
	i, ok := m.sess.an.Index(id)
	if !ok {
		t.Fatalf("no agreement %s", id)
	}
	for range 5 {
		if m.active == screenOverview {
			break
		}
		press(m, "esc")
	}
	wantScreen(t, m, screenOverview)
	a := m.sess.an.Agreements[i]
	mx := m.sess.matrix()
	press(m, "home")
	for range mx.Themes {
		press(m, "k")
	}
	for range m.sess.themeIdx[a.Theme] {
		press(m, "j")
	}
	for range m.sess.gemIdx[a.Gemeente] {
		press(m, "l")
	}
	press(m, "enter")
	wantScreen(t, m, screenTheme)
	tv := th(m)
	if tv.key != a.Theme {
		t.Fatalf("opened theme %q, want %q", tv.key, a.Theme)
	}
	press(m, "home")
	for range tv.visible {
		if cur, ok := tv.current(); ok && cur == i {
			press(m, "enter")
			wantScreen(t, m, screenDetail)
			return
		}
		press(m, "j")
	}
	t.Fatalf("%s not found on the Thema screen", id)
}

// setVerdict opens agreement id and presses v until its verdict is want.
func setVerdict(t *testing.T, m *Model, id string, want evaluation.Verdict) {
	t.Helper()
	openAgreement(t, m, id)
	i := dt(m).idx
	for range evaluation.Verdicts() {
		if m.sess.verdict(i) == want {
			return
		}
		press(m, "v")
	}
	t.Fatalf("v never reached %q", want)
}

// writeNote opens agreement id and writes note (esc saves).
func writeNote(t *testing.T, m *Model, id, note string) {
	t.Helper()
	openAgreement(t, m, id)
	press(m, "n")
	typeText(m, note)
	press(m, "esc")
}

// TestVerdictSurvivesRestart: what is set in the UI is there when the
// program starts again on the same evaluation file.
func TestVerdictSurvivesRestart(t *testing.T) {
	eval := evalFile(t)
	m := newLoaded(t, sharedDemoLoad, eval, 100, 30)
	id := agreementID(t, m, "Uithoorn", "1.2")
	setVerdict(t, m, id, evaluation.NietVaag)
	writeNote(t, m, id, "Volgens de corporatie meetbaar.")
	vague := m.sess.matrix().Total.Vague
	if cmd := press(m, "q"); !isQuit(cmd) {
		t.Fatal("q did not quit")
	}

	m2 := newLoaded(t, sharedDemoLoad, eval, 100, 30)
	i, _ := m2.sess.an.Index(id)
	if m2.sess.verdict(i) != evaluation.NietVaag || m2.sess.note(i) != "Volgens de corporatie meetbaar." {
		t.Fatalf("after restart: verdict %q, note %q", m2.sess.verdict(i), m2.sess.note(i))
	}
	mustContain(t, m2.View(), fmt.Sprintf("· %d vaag", vague))
	openAgreement(t, m2, id)
	mustContain(t, m2.View(), "Oordeel adviseur  ◇ niet vaag", "Volgens de corporatie meetbaar.")
}

// TestEditedWorkbookKeepsVerdicts: the adviser judges agreements, the
// gemeente sends a new version of its workbook (a row inserted at the
// top, one agreement removed), and the adviser imports again: every
// verdict of an agreement that still exists is kept (matched by id, not
// row), and the removed agreement's work is listed as "Verweesd".
func TestEditedWorkbookKeepsVerdicts(t *testing.T) {
	dir := writeDemo(t)
	// One Uithoorn workbook: the Thema screen the test judges on puts
	// Uithoorn's 2024 and 2025 versions of an agreement in one cell.
	if err := os.Remove(filepath.Join(dir, "Uithoorn voortgang 2024.xlsx")); err != nil {
		t.Fatal(err)
	}
	eval := evalFile(t)
	m := newLoaded(t, analyzePaths(dir), eval, 100, 30)
	ids := map[string]string{}
	for _, n := range []string{"1.2", "2.5", "2.6", "3.3", "8.4"} {
		ids[n] = agreementID(t, m, "Uithoorn", n)
	}
	aalsmeer := agreementID(t, m, "Aalsmeer", "1.1")
	want := map[string]evaluation.Verdict{
		ids["1.2"]: evaluation.NietVaag,
		ids["2.5"]: evaluation.Vaag, // removed from the workbook below
		ids["2.6"]: evaluation.Twijfel,
		ids["3.3"]: evaluation.NietVaag,
		ids["8.4"]: evaluation.Vaag,
		aalsmeer:   evaluation.Vaag,
	}
	for id, v := range want {
		setVerdict(t, m, id, v)
	}
	writeNote(t, m, ids["2.5"], "Vragen wat hiermee gebeurt.")
	writeNote(t, m, ids["3.3"], "Zonnepanelen: aantal ontbreekt.")
	i12, _ := m.sess.an.Index(ids["1.2"])
	oldRow := m.sess.an.Agreements[i12].Source.Row
	press(m, "q")

	// The new version: a line above the table, agreement 2.5 gone.
	book := filepath.Join(dir, "uithoorn_prestatieafspraken_2025.xlsx")
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	const sheet = "Afspraken 2025"
	if v, _ := f.GetCellValue(sheet, "A14"); v != "2.5" {
		t.Fatalf("row 14 holds %q, want agreement 2.5", v)
	}
	if err := f.RemoveRow(sheet, 14); err != nil {
		t.Fatal(err)
	}
	if err := f.InsertRows(sheet, 3, 1); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue(sheet, "A3", "Bijgewerkt na het bestuurlijk overleg van 12 november 2025"); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	m2 := newLoaded(t, analyzePaths(dir), eval, 100, 30)
	if n := len(m2.sess.an.Agreements); n != 156 {
		t.Fatalf("%d agreements after the edit, want 156", n)
	}
	if _, ok := m2.sess.an.Index(ids["2.5"]); ok {
		t.Fatal("the removed agreement is still imported")
	}
	i12, _ = m2.sess.an.Index(ids["1.2"])
	if row := m2.sess.an.Agreements[i12].Source.Row; row != oldRow+1 {
		t.Fatalf("1.2 moved from row %d to %d; the edit should have shifted it by one", oldRow, row)
	}
	for id, v := range want {
		if id == ids["2.5"] {
			continue
		}
		i, ok := m2.sess.an.Index(id)
		if !ok {
			t.Fatalf("%s is gone after the edit", id)
		}
		if got := m2.sess.verdict(i); got != v {
			t.Errorf("%s: verdict %q after re-import, want %q", id, got, v)
		}
	}
	i33, _ := m2.sess.an.Index(ids["3.3"])
	if got := m2.sess.note(i33); got != "Zonnepanelen: aantal ontbreekt." {
		t.Errorf("note of 3.3 is %q", got)
	}
	// The screen shows them where the agreement now is.
	openAgreement(t, m2, ids["3.3"])
	mustContain(t, m2.View(), "Oordeel adviseur  ◇ niet vaag", "Zonnepanelen: aantal ontbreekt.", "rij 19")

	// The orphan in the Importverslag.
	if len(m2.sess.ev.Orphans()) != 1 || m2.sess.ev.Orphans()[0].ID != ids["2.5"] {
		t.Fatalf("orphans %+v, want only %s", m2.sess.ev.Orphans(), ids["2.5"])
	}
	press(m2, "esc", "esc", "i")
	wantScreen(t, m2, screenReport)
	var seen strings.Builder
	for range 40 {
		seen.WriteString(m2.View())
		if strings.Contains(seen.String(), "Vragen wat hiermee") {
			break
		}
		press(m2, "pgdown")
	}
	mustContain(t, seen.String(), "Verweesd: 1 oordelen of notities", ids["2.5"], "Uithoorn 2.5",
		"oordeel: vaag", "notitie: Vragen wat hiermee gebeurt.", "Doorstroming van senioren wordt nader uitgewerkt.")

	// Working on in the new session keeps the orphan in the file.
	setVerdict(t, m2, aalsmeer, evaluation.NietVaag)
	orphan := storedEntry(t, eval, ids["2.5"])
	if orphan.Verdict != evaluation.Vaag || orphan.Note != "Vragen wat hiermee gebeurt." {
		t.Fatalf("the orphan in the file is now %+v", orphan)
	}
}

// TestUnreadableEvaluationIsReadOnly: a damaged evaluation file is never
// overwritten; the session says so in Dutch and refuses changes.
func TestUnreadableEvaluationIsReadOnly(t *testing.T) {
	dir := t.TempDir()
	eval := filepath.Join(dir, "evaluatie.json")
	broken := []byte(`{"versie": 1, "afspraken": [{"id": "uithoorn:1.2", "oordeel": "vaag"` + "\n")
	if err := os.WriteFile(eval, broken, 0o644); err != nil {
		t.Fatal(err)
	}
	m := newLoaded(t, sharedDemoLoad, eval, 100, 30)
	if m.sess.readOnly() == "" {
		t.Fatal("the session is not read-only")
	}
	// The status line names the problem (cut to the width: the full text
	// is in the Importverslag).
	mustContain(t, m.View(), "Oordelen en notities worden niet bewaard: evaluatie")
	mustContain(t, m.status, "onleesbaar", "niet overschreven")
	base := m.sess.matrix().Total.Vague

	press(m, "enter")
	i := mustCurrent(t, m)
	press(m, "v")
	if m.sess.verdict(i) != evaluation.None || m.sess.matrix().Total.Vague != base {
		t.Fatalf("a verdict was set in a read-only session: %q", m.sess.verdict(i))
	}
	mustContain(t, m.View(), "Niet bewaard: alleen lezen")
	press(m, "enter", "v", "n")
	typeText(m, "mag niet")
	press(m, "esc")
	mustContain(t, m.View(), "Notitie niet bewaard")
	if m.sess.note(i) != "" {
		t.Fatalf("note %q kept in a read-only session", m.sess.note(i))
	}
	// Nothing the adviser typed is lost: the text stays in the editor.
	if d := dt(m); !d.editing || !strings.Contains(d.note.Value(), "mag niet") {
		t.Fatalf("the unsaved note left the editor (editing %v, %q)", d.editing, d.note.Value())
	}
	mustContain(t, m.View(), "nogmaals esc")
	press(m, "esc") // the adviser has copied it and lets it go
	if dt(m).editing {
		t.Fatal("a second esc did not close the editor")
	}
	press(m, "esc", "esc", "i")
	var seen strings.Builder
	for range 20 {
		seen.WriteString(m.View())
		press(m, "pgdown")
	}
	mustContain(t, seen.String(), "Let op: oordelen en notities worden niet bewaard")
	press(m, "q")

	got, err := os.ReadFile(eval)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, broken) {
		t.Fatalf("the broken file was changed:\n%s", got)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Fatalf("%d files in the folder (temporary files left?)", len(entries))
	}
}
