package corpus

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestBuildDeterministic(t *testing.T) {
	o := Options{Gemeenten: 20, PerGemeente: 60, Seed: 7}
	a, b := Build(o), Build(o)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same options gave different sets")
	}
	o.Seed = 8
	c := Build(o)
	same := 0
	for i := range a {
		for j := range a[i].Items {
			if a[i].Items[j].Text == c[i].Items[j].Text {
				same++
			}
		}
	}
	if reflect.DeepEqual(a, c) || same > 20*60/4 {
		t.Fatalf("another seed gave (nearly) the same sets: %d of %d texts equal", same, 20*60)
	}
}

func TestBuildPrefixStable(t *testing.T) {
	small := Build(Options{Gemeenten: 5, PerGemeente: 40, Seed: 3})
	big := Build(Options{Gemeenten: 30, PerGemeente: 40, Seed: 3})
	if !reflect.DeepEqual(small, big[:5]) {
		t.Fatal("gemeente content depends on the number of gemeenten")
	}
}

func TestBuildNational(t *testing.T) {
	sets := Build(Options{Seed: 2025})
	if len(sets) != 342 {
		t.Fatalf("got %d sets, want 342", len(sets))
	}
	var items, vague, dates, kolomItems, notes int
	files := map[string]bool{}
	textGemeenten := map[string]map[int]bool{}
	statuses := append(slices.Clone(colourStatus), wordStatus...)
	for gi, s := range sets {
		if len(s.Items) != DefaultPerGemeente {
			t.Fatalf("%s: %d items, want %d", s.Gemeente.Name, len(s.Items), DefaultPerGemeente)
		}
		wantLayout := LayoutKolom
		if gi%2 == 1 {
			wantLayout = LayoutSecties
		}
		if s.Layout != wantLayout {
			t.Errorf("%s: layout %s, want %s", s.Gemeente.Name, s.Layout, wantLayout)
		}
		if files[s.FileName] || !strings.HasSuffix(s.FileName, "_prestatieafspraken_2025.xlsx") {
			t.Errorf("bad or duplicate file name %q", s.FileName)
		}
		files[s.FileName] = true

		themes := map[string]bool{}
		pos, rank := 0, 0
		for i, it := range s.Items {
			if i == 0 || it.Theme != s.Items[i-1].Theme {
				if themes[it.Theme] {
					t.Fatalf("%s: theme %s in two blocks", s.Gemeente.Name, it.Theme)
				}
				themes[it.Theme] = true
				pos, rank = pos+1, 0
			}
			rank++
			if want := strconv.Itoa(pos) + "." + strconv.Itoa(rank); it.Number != want {
				t.Fatalf("%s item %d: number %s, want %s", s.Gemeente.Name, i, it.Number, want)
			}
			if it.Vague != (it.Kind == KindVague) || it.Text == "" || it.ThemeRaw == "" {
				t.Fatalf("%s item %d: inconsistent %+v", s.Gemeente.Name, i, it)
			}
			if strings.ContainsAny(it.Text+it.Notes, "{}") {
				t.Fatalf("unfilled slot in %q / %q", it.Text, it.Notes)
			}
			if it.Status != "" && !slices.Contains(statuses, it.Status) {
				t.Fatalf("unknown status %q", it.Status)
			}
			if it.Planning != "" && !it.PlanningDate.IsZero() {
				t.Fatalf("both planning text and date: %+v", it)
			}
			items++
			if it.Vague {
				vague++
			}
			if !it.PlanningDate.IsZero() {
				dates++
			}
			if s.Layout == LayoutKolom {
				kolomItems++
				if it.Notes != "" {
					notes++
				}
			} else if it.Notes != "" {
				t.Fatalf("notes in the secties layout: %+v", it)
			}
			if textGemeenten[it.Text] == nil {
				textGemeenten[it.Text] = map[int]bool{}
			}
			textGemeenten[it.Text][gi] = true
		}
		if len(themes) != len(Themes) {
			t.Errorf("%s: %d themes, want %d", s.Gemeente.Name, len(themes), len(Themes))
		}
	}
	if items != 342*150 {
		t.Fatalf("got %d items, want %d", items, 342*150)
	}
	shared := 0
	for _, s := range sets {
		for _, it := range s.Items {
			if len(textGemeenten[it.Text]) > 1 {
				shared++
			}
		}
	}
	share := func(n, of int) float64 { return float64(n) / float64(of) }
	checks := []struct {
		name   string
		got    float64
		lo, hi float64
	}{
		{"vague", share(vague, items), 0.25, 0.45},
		{"text shared across gemeenten", share(shared, items), 0.20, 0.75},
		{"date cells", share(dates, items), 0.05, 0.35},
		{"notes (kolom)", share(notes, kolomItems), 0.25, 0.40},
	}
	for _, c := range checks {
		t.Logf("%s: %.1f%%", c.name, 100*c.got)
		if c.got < c.lo || c.got > c.hi {
			t.Errorf("%s share %.3f outside [%.2f, %.2f]", c.name, c.got, c.lo, c.hi)
		}
	}
}

func TestItemRowsSecties(t *testing.T) {
	s := Set{Layout: LayoutSecties, Items: []Item{
		{Theme: "a", ThemeRaw: "Een", Number: "1.1"}, {Theme: "a", ThemeRaw: "Een", Number: "1.2"},
		{Theme: "b", ThemeRaw: "Twee", Number: "2.1"},
	}}
	if got, want := s.ItemRows(), []int{6, 7, 10}; !reflect.DeepEqual(got, want) {
		t.Errorf("ItemRows = %v, want %v", got, want)
	}
	want := []Section{{Row: 5, Label: "1. Een", Theme: "a"}, {Row: 9, Label: "2. Twee", Theme: "b"}}
	if got := s.Sections(); !reflect.DeepEqual(got, want) {
		t.Errorf("Sections = %v, want %v", got, want)
	}
	if s.LastRow() != 10 {
		t.Errorf("LastRow = %d, want 10", s.LastRow())
	}
	s.Layout = LayoutKolom
	if got, want := s.ItemRows(), []int{5, 6, 7}; !reflect.DeepEqual(got, want) || s.Sections() != nil {
		t.Errorf("kolom ItemRows = %v, want %v, no sections", got, want)
	}
}

func TestTemplatesExpand(t *testing.T) {
	e := &expander{r: newTestRand(), names: &names{
		gemeente: "Uithoorn", corp: "Woonpoort", hvo: "Huurdersvereniging Uithoorn", zorg: "Zorggroep X",
		wijken: []string{"Zijdelwaard"}, plans: []string{"Zijdelveld-Noord"}, straten: []string{"Dorpsstraat"},
	}}
	n := 0
	for ti := range templatesByKind {
		for _, ts := range templatesByKind[ti] {
			for _, tp := range ts {
				n++
				got := e.expand(tp.segs, nil)
				if strings.ContainsAny(got, "{}") || !strings.HasSuffix(got, ".") {
					t.Errorf("template expands badly: %q", got)
				}
			}
		}
	}
	if n < 250 {
		t.Errorf("only %d templates", n)
	}
}

func TestSmallHelpers(t *testing.T) {
	nm := &names{gemeente: "Aalsmeer", corp: "Woonpoort"}
	if got := lightEdit(newTestRand(), nm, "Gemeente en corporatie stellen uiterlijk 1 juli een plan vast."); got == "Gemeente en corporatie stellen uiterlijk 1 juli een plan vast." {
		t.Errorf("lightEdit changed nothing: %q", got)
	}
	if got := houseText([][2]string{{"De corporatie ", "Woonpoort "}}, "De corporatie bouwt."); got != "Woonpoort bouwt." {
		t.Errorf("houseText = %q", got)
	}
}

func BenchmarkBuild(b *testing.B) {
	for b.Loop() {
		_ = Build(Options{Seed: 2025})
	}
}
