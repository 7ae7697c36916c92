package theme

import "testing"

// TestUnsureNamesRunnerUp: a text the scorer places with a probability
// under UnsureBelow is Unsure and names another theme as Second; clear
// texts are sure and name none.
func TestUnsureNamesRunnerUp(t *testing.T) {
	p := NewPlacer(Default())
	for _, text := range []string{
		"De corporatie isoleert in 2026 120 woningen tot ten minste label B.",
		"De corporatie vervangt bij mutatie de keukens en badkamers.",
		"De corporatie bouwt levensloopbestendige woningen bij het gezondheidscentrum.",
	} {
		pl := p.Place("", text)
		if pl.Via != ViaText || pl.Unsure() || pl.Second != "" || pl.Prob < UnsureBelow {
			t.Errorf("%q: %+v, want a sure placement by the text", text, pl)
		}
	}
	// Texts between themes: at least one must be unsure, and every
	// unsure one names a runner-up that is not its own theme.
	unsure := 0
	for _, text := range []string{
		"De gemeente en de corporatie maken afspraken over de woningen aan de Dorpsstraat.",
		"Partijen bespreken de plannen voor de woningen en de buurt rond het station.",
		"De corporatie informeert de huurders over de werkzaamheden aan hun woning.",
	} {
		pl := p.Place("", text)
		if pl.Unsure() != (pl.Prob < UnsureBelow) {
			t.Errorf("%q: Unsure %v with probability %.2f", text, pl.Unsure(), pl.Prob)
		}
		if pl.Unsure() {
			unsure++
			if pl.Second == "" || pl.Second == pl.Key {
				t.Errorf("%q: unsure in %s, runner-up %q", text, pl.Key, pl.Second)
			}
		}
	}
	if unsure == 0 {
		t.Error("no text between themes was unsure")
	}
	// Not by the scorer: a theme name decides, sure.
	if pl := p.Place("Duurzaamheid", "Partijen gaan in gesprek."); pl.Unsure() || pl.Prob != 0 {
		t.Errorf("placed by name: %+v", pl)
	}
}
