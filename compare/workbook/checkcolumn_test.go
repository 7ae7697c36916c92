package workbook

import (
	"github.com/xuri/excelize/v2"
	"slices"
	"testing"
	"time"

	"pakompas/compare"
	"pakompas/compare/evaluation"
)

// TestCheckColumn: the adviser's workbook says in Nakijken "vaag, minder
// zeker: geen vaag woord" for an unsettled automatic vague verdict resting
// only on what is missing and "thema onzeker, misschien …" for an unsure
// theme placed from the text, nothing for the others; the external
// workbook has no such column, and Toelichting explains it in the
// adviser's workbook only.
func TestCheckColumn(t *testing.T) {
	in := demoInput()
	vague := slices.IndexFunc(in.Agreements, func(a Agreement) bool { return a.Vague })
	in.Agreements[vague].VagueUnsettled = true
	in.Agreements[vague].ThemeDoubt = "Kwaliteit en onderhoud"
	f := openFor(t, in, Intern)
	rows, err := f.GetRows(sheetAll)
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], hdrCheck)
	if col < 0 || col != slices.Index(rows[0], "Vaag (automatisch)")+1 {
		t.Fatalf("header %q: Nakijken not right after Vaag (automatisch)", rows[0])
	}
	for i := range in.Agreements {
		want := ""
		if i == vague {
			want = "vaag, minder zeker: geen vaag woord; thema onzeker, misschien Kwaliteit en onderhoud"
		}
		if got := rows[i+1][col]; got != want {
			t.Errorf("row %d (%s): Nakijken %q, want %q", i+2, in.Agreements[i].ID, got, want)
		}
	}

	ext := openFor(t, in, Extern)
	head, err := ext.GetRows(sheetAll)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(head[0], hdrCheck) {
		t.Errorf("the external workbook has %s: %q", hdrCheck, head[0])
	}
	for _, c := range []struct {
		f interface {
			GetRows(string, ...excelize.Options) ([][]string, error)
		}
		want bool
	}{{f, true}, {ext, false}} {
		rows, err := c.f.GetRows(sheetExplain)
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.ContainsFunc(rows, func(r []string) bool { return len(r) > 0 && r[0] == hdrCheck }); got != c.want {
			t.Errorf("Toelichting explains %s: %t, want %t", hdrCheck, got, c.want)
		}
	}
}

// TestCheckColumnFromEvaluation: InputOf asks the evaluation what is
// unsettled (compare.Unsettled), so the demo's one vague verdict resting
// only on what is missing says so in Nakijken until the
// adviser gives it a verdict.
func TestCheckColumnFromEvaluation(t *testing.T) {
	ev := demoEvaluation(t, compare.Config{}, nil)
	an := ev.Analysis()
	target := -1
	for i, a := range an.Agreements {
		if a.LessCertain {
			target = i
		}
	}
	if target < 0 {
		t.Fatal("the demo has no less certain verdict")
	}
	in := InputOf(ev, time.Time{}, "test")
	if !in.Agreements[target].VagueUnsettled || checkNote(&in.Agreements[target]) != "vaag, minder zeker: geen vaag woord" {
		t.Fatalf("unjudged: Nakijken %q", checkNote(&in.Agreements[target]))
	}
	id := an.Agreements[target].ID
	ev = demoEvaluation(t, compare.Config{}, compare.Judgements{id: {Verdict: evaluation.Twijfel}})
	in = InputOf(ev, time.Time{}, "test")
	if note := checkNote(&in.Agreements[target]); note != "" {
		t.Errorf("judged twijfel: Nakijken %q, want empty", note)
	}
}
