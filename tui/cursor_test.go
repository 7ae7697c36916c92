package tui

import (
	"strings"
	"testing"
)

// TestCursorVisibleWithoutColour: the tests render without colours (as
// NO_COLOR does), so the cursor must show as a character on every screen
// and picker that has one.
func TestCursorVisibleWithoutColour(t *testing.T) {
	m, _ := demoModel(t)
	// The header's breadcrumb ("Overzicht › Thema") is not counted.
	count := func(screen string) int {
		_, body, _ := strings.Cut(m.View(), "\n")
		return strings.Count(body, "›")
	}
	if n := count("overzicht"); n != 1 {
		t.Fatalf("overzicht: %d cursor marks", n)
	}
	press(m, "enter")
	if n := count("thema"); n != 1 {
		t.Fatalf("thema: %d cursor marks", n)
	}
	press(m, "c")
	mustContain(t, m.View(), cursorMark+"[x] ")
	press(m, "esc", "esc", "tab") // picker, Thema, then the list
	lines := strings.Split(m.View(), "\n")
	marked := 0
	for _, l := range lines {
		if strings.HasPrefix(l, "›") {
			marked++
		}
	}
	if marked != 1 {
		t.Fatalf("afspraken: %d rows start with the cursor mark", marked)
	}
	press(m, "enter", "t")
	if n := count("ander thema"); n != 1 {
		t.Fatalf("ander thema: %d cursor marks", n)
	}
}
