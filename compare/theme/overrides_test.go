package theme

import (
	"sync"
	"testing"
)

func TestOverrides(t *testing.T) {
	p := NewPlacer(Default())
	var ov Overrides
	ov.MoveLocal("Prettig wonen in de wijk", "wonen-zorg")
	ov.MoveID("uithoorn-5.2", "doelgroepen")

	got := p.PlaceWith(ov, "uithoorn-5.1", "5. Prettig wonen in de wijk", "Overlast wordt aangepakt.")
	if got.Key != "wonen-zorg" || got.Via != ViaAdviser || got.Label != "Wonen en zorg" || got.Raw != "5. Prettig wonen in de wijk" {
		t.Errorf("moved name: %+v", got)
	}
	got = p.PlaceWith(ov, "uithoorn-5.2", "Prettig wonen in de wijk", "")
	if got.Key != "doelgroepen" || got.Via != ViaAdviser || got.Matched != "uithoorn-5.2" {
		t.Errorf("an id move must win over a name move: %+v", got)
	}
	// A name as written works too, and other agreements are untouched.
	got = p.PlaceWith(Overrides{ByLocal: map[string]string{"Huurbeleid": "kwaliteit"}}, "x", "Huurbeleid", "")
	if got.Key != "kwaliteit" {
		t.Errorf("ByLocal as written: %+v", got)
	}
	if got = p.PlaceWith(ov, "x", "Huurbeleid", ""); got.Key != "betaalbaarheid" || got.Via != ViaTheme {
		t.Errorf("no move: %+v", got)
	}
	// A key the taxonomy lacks stays visible under its own name.
	got = p.PlaceWith(Overrides{ByID: map[string]string{"x": "sociale-opgave"}}, "x", "Huurbeleid", "")
	if got.Key != "sociale-opgave" || got.Label != "sociale-opgave" {
		t.Errorf("stale key: %+v", got)
	}
	// Undo.
	ov.MoveLocal("prettig wonen in de wijk", "")
	if got = p.PlaceWith(ov, "y", "Prettig wonen in de wijk", ""); got.Key != "leefbaarheid" {
		t.Errorf("undo: %+v", got)
	}
	var empty Overrides
	if got = p.PlaceWith(empty, "", "Nieuwbouw", ""); got.Key != "beschikbaarheid" {
		t.Errorf("zero overrides: %+v", got)
	}
}

func TestPlacerConcurrent(t *testing.T) {
	p := NewPlacer(Default())
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				c := nameCases[(g*31+i)%len(nameCases)]
				if got := p.Place(c.name, ""); got.Key != c.key {
					t.Errorf("%q: %s", c.name, got.Key)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestCacheIsBounded(t *testing.T) {
	p := NewPlacer(Default())
	for i := range cacheLimit + 10 {
		p.Place(string(rune('a'+i%26))+string(rune(i)), "")
	}
	if n := len(p.cache); n > cacheLimit {
		t.Errorf("cache holds %d names", n)
	}
}
