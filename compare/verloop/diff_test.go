package verloop

import (
	"reflect"
	"testing"

	"pakompas/importer/corpus"
)

func TestWordDiff(t *testing.T) {
	prev := "De corporatie levert ten minste 40 sociale huurwoningen op in 2025."
	cur := "De corporatie levert minimaal 60 sociale huurwoningen op in 2026, in Zuid."
	edits, spans, prevSpans := wordDiff(prev, cur)
	want := []Edit{{Old: "ten minste 40", New: "minimaal 60"}, {Old: "2025", New: "2026, in Zuid"}}
	if !reflect.DeepEqual(edits, want) {
		t.Fatalf("edits %+v, want %+v", edits, want)
	}
	for k, s := range spans {
		if cur[s[0]:s[1]] != want[k].New {
			t.Errorf("span %d is %q", k, cur[s[0]:s[1]])
		}
	}
	for k, s := range prevSpans {
		if prev[s[0]:s[1]] != want[k].Old {
			t.Errorf("previous span %d is %q", k, prev[s[0]:s[1]])
		}
	}
	// Case, accents, punctuation and spacing are no change; numbers with
	// a point or comma stay one word.
	if e, _, _ := wordDiff("Vóór 1 juli: € 125.000 voor  de huurders", "voor 1 juli € 125.000, voor de Huurders."); e != nil {
		t.Errorf("same words: %+v", e)
	}
	if e, _, _ := wordDiff("een budget van € 125.000", "een budget van € 150.000"); !reflect.DeepEqual(e, []Edit{{"125.000", "150.000"}}) {
		t.Errorf("amount: %+v", e)
	}
	if e, _, _ := wordDiff("Partijen overleggen", "Partijen overleggen jaarlijks"); !reflect.DeepEqual(e, []Edit{{New: "jaarlijks"}}) {
		t.Errorf("added word: %+v", e)
	}
}

func TestCompareYears(t *testing.T) {
	items := []Item{
		{Gemeente: "A", Year: "2026"}, {Gemeente: "A", Year: ""}, {Gemeente: "A", Year: "2024-2027"},
		{Gemeente: "A", Year: "2024"}, {Gemeente: "A", Year: "2025"}, {Gemeente: "B", Year: "2025"},
	}
	vs := versionsOf(items)
	if len(vs) != 2 || !reflect.DeepEqual(vs[0].years, []string{"2024", "2024-2027", "2025", "2026", ""}) {
		t.Fatalf("versions %+v", vs)
	}
	if !reflect.DeepEqual(vs[0].items, [][]int{{3}, {2}, {4}, {0}, {1}}) {
		t.Errorf("items per version %v", vs[0].items)
	}
	if yearGap("2024-2027", "2026") != 2 || yearGap("", "2025") != 1 {
		t.Error("yearGap")
	}
}

func TestDueMoved(t *testing.T) {
	for _, c := range []struct {
		prev, cur string
		gap       int
		want      bool
	}{
		{"2025-Q2", "2025-Q4", 1, true},        // pushed back within the year
		{"2025-07-01", "2026-07-01", 1, false}, // the same deadline a year on: recurring
		{"2025-07-01", "2026-07-01", 2, true},
		{"2025", "2027", 1, true},
		{"2025/2026", "2026", 1, false},
		{"2026", "2025", 1, false},
		{"", "2026", 1, false},
		{"2025-07", "2025-08-01", 1, true},
		{"doorlopend", "2026", 1, false},
	} {
		if got := dueMoved(c.prev, c.cur, c.gap); got != c.want {
			t.Errorf("dueMoved(%q, %q, %d) = %v", c.prev, c.cur, c.gap, got)
		}
	}
}

// A gemeente with one version gets no states; the summary counts each
// chain of carried versions once.
func TestSummary(t *testing.T) {
	items, _ := readTestSet(t, "testdata/jaarschijven.txt")
	items = append(items, Item{ID: "x", Gemeente: "Ouder-Amstel", Year: "2025", Text: "Partijen overleggen."})
	res, sums := Match(items, Options{})
	if r := res[len(res)-1]; r.Change != None || r.Previous != -1 || r.Next != -1 {
		t.Errorf("one version: %+v", r)
	}
	u := sums[0]
	want := Summary{Gemeente: "Uithoorn", Years: []string{"2024", "2025", "2026"},
		Nieuw: 4, Ongewijzigd: 9, Gewijzigd: 15, Vervallen: 5, Doorgeschoven: 11, // counted by hand from the file
		YearsOnly: 6} // U25-02, U25-07, U26-01, U26-02, U26-06, U26-10: only a year moved on
	if !reflect.DeepEqual(u, want) {
		t.Errorf("summary\n%+v, want\n%+v", u, want)
	}
}

// Splitting only between the common ends gives the edits and spans that
// splitting the whole texts gives: on the corpus's texts and their next
// year's, and on pairs that differ inside a word, in case, in accents and
// in numbers with joiners.
func TestWordDiffEndsAsWhole(t *testing.T) {
	pairs := [][2]string{
		{"De corporatie bouwt 40 woningen.", "De corporatie bouwt 60 woningen."},
		{"woning", "woningen"}, {"Woningen", "woningen"}, {"café in 2025", "cafe in 2026"},
		{"€ 1.250,50 per jaar", "€ 1.300,50 per jaar"}, {"2024-2027", "2025-2027"}, {"a", "ab a"},
		{"Één coöperatie", "Een cooperatie"}, {"x 1.5 y", "x 1,5 y"}, {"", "nieuw"}, {"oud", ""},
	}
	sets := corpus.Build(corpus.Options{Gemeenten: 12})
	next, prev := corpus.NextYear(sets, 3)
	for s := range next {
		for k, it := range next[s].Items {
			if p := prev[s][k]; p >= 0 {
				pairs = append(pairs, [2]string{sets[s].Items[p].Text, it.Text})
			}
		}
	}
	changed := 0
	for _, p := range pairs {
		got1, got2, got3 := wordDiff(p[0], p[1])
		w1, w2, w3 := diffWords(p[0], p[1], splitWords(p[0]), splitWords(p[1]))
		if !reflect.DeepEqual(got1, w1) || !reflect.DeepEqual(got2, w2) || !reflect.DeepEqual(got3, w3) {
			t.Errorf("%q → %q: %v %v %v, whole texts give %v %v %v", p[0], p[1], got1, got2, got3, w1, w2, w3)
		}
		if len(w1) > 0 {
			changed++
		}
	}
	if changed < 50 {
		t.Errorf("only %d changed pairs: the test tests little", changed)
	}
}
