package workbook

import (
	"slices"
	"testing"
)

// TestCertaintyColumn: the adviser's workbook says "minder zeker" in
// Zekerheid for an automatic vague verdict resting only on what is
// missing, nothing for the others (a LessCertain flag on an agreement
// that is not vague says nothing); the external workbook has no such
// column.
func TestCertaintyColumn(t *testing.T) {
	in := demoInput()
	var vague, clear = -1, -1
	for i, a := range in.Agreements {
		switch {
		case a.Vague && vague < 0:
			vague = i
		case !a.Vague && clear < 0:
			clear = i
		}
	}
	in.Agreements[vague].LessCertain = true
	in.Agreements[clear].LessCertain = true
	f := openFor(t, in, Intern)
	rows, err := f.GetRows(sheetAll)
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], hdrCertainty)
	if col < 0 || col != slices.Index(rows[0], "Vaag (automatisch)")+1 {
		t.Fatalf("header %q: Zekerheid not right after Vaag (automatisch)", rows[0])
	}
	for i := range in.Agreements {
		want := ""
		if i == vague {
			want = "minder zeker"
		}
		if got := rows[i+1][col]; got != want {
			t.Errorf("row %d (%s): Zekerheid %q, want %q", i+2, in.Agreements[i].ID, got, want)
		}
	}

	ext := openFor(t, in, Extern)
	head, err := ext.GetRows(sheetAll)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(head[0], hdrCertainty) {
		t.Errorf("the external workbook has %s: %q", hdrCertainty, head[0])
	}
}
