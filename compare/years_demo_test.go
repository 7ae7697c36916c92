package compare

import (
	"fmt"
	"slices"
	"testing"

	"pakompas/compare/verloop"
)

// TestDemoVerloop pins what the demo's previous jaarschijven (Uithoorn
// and Ouder-Amstel 2024, importer/demo) are written to show: the counts
// per gemeente, the two gemeenten without a second year left out, the
// carried agreements, a rewording, a renumbered match and a theme move.
func TestDemoVerloop(t *testing.T) {
	an := demoAnalysis(t, Config{})
	var got []string
	for _, s := range an.Verloop {
		got = append(got, fmt.Sprintf("%s %v nieuw %d ongewijzigd %d gewijzigd %d vervallen %d doorgeschoven %d",
			s.Gemeente, s.Years, s.Nieuw, s.Ongewijzigd, s.Gewijzigd, s.Vervallen, s.Doorgeschoven))
	}
	want := []string{
		"Ouder-Amstel [2024 2025] nieuw 17 ongewijzigd 4 gewijzigd 8 vervallen 2 doorgeschoven 1",
		"Uithoorn [2024 2025] nieuw 15 ongewijzigd 4 gewijzigd 12 vervallen 4 doorgeschoven 2",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Verloop:\n got %q\nwant %q", got, want)
	}
	byID := map[string]Agreement{}
	var carried []string
	for _, a := range an.Agreements {
		byID[a.ID] = a
		if a.CarriedYears > 0 {
			carried = append(carried, fmt.Sprintf("%s %d %s", a.ID, a.CarriedYears, a.PreviousStatus))
		}
	}
	wantCarried := []string{"ouder-amstel:2025:5 1 late", "uithoorn:2025:2.2 1 on_track", "uithoorn:2025:2.4 1 late"}
	slices.Sort(carried)
	if !slices.Equal(carried, wantCarried) {
		t.Errorf("carried:\n got %q\nwant %q", carried, wantCarried)
	}
	for _, c := range []struct {
		id, previous string
		change       verloop.Change
		edit         verloop.Edit
	}{
		// Reworded, renumbered (4.1 → 4.2).
		{"uithoorn:2025:4.2", "uithoorn:2024:4.1", verloop.Gewijzigd, verloop.Edit{Old: "2024 minimaal 25", New: "2025 ten minste 40"}},
		// Moved from Betaalbaarheid to Nieuwbouw en doorstroming.
		{"uithoorn:2025:2.6", "uithoorn:2024:1.4", verloop.Gewijzigd, verloop.Edit{Old: "2024", New: "2025"}},
		// Another local theme name: Leefbaarheid en veiligheid, now Leefbare buurten.
		{"ouder-amstel:2025:18", "ouder-amstel:2024:8", verloop.Gewijzigd, verloop.Edit{Old: "4", New: "2"}},
		{"uithoorn:2025:3.3", "uithoorn:2024:2.2", verloop.Ongewijzigd, verloop.Edit{}},
		{"uithoorn:2025:3.2", "", verloop.Nieuw, verloop.Edit{}},
		{"uithoorn:2024:1.5", "", verloop.Vervallen, verloop.Edit{}},
	} {
		a, ok := byID[c.id]
		if !ok {
			t.Errorf("%s: not imported", c.id)
			continue
		}
		if a.Change != c.change || a.Previous != c.previous {
			t.Errorf("%s: %q after %q, want %q after %q", c.id, a.Change, a.Previous, c.change, c.previous)
		}
		if c.edit != (verloop.Edit{}) && (len(a.Edits) == 0 || a.Edits[0] != c.edit) {
			t.Errorf("%s: edits %q, want first %q", c.id, a.Edits, c.edit)
		}
	}
	if byID["uithoorn:2025:2.6"].ThemeRaw == byID["uithoorn:2024:1.4"].ThemeRaw {
		t.Errorf("uithoorn 2.6: the theme did not move")
	}
}
