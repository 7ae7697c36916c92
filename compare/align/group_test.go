package align

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"pakompas/importer/corpus"
)

// chain is six texts, each one word away from the next (0.75) and two
// words (never side by side) away from the one after (0.5): union-find
// over similar pairs joins all six, from "renoveert … overleg … bewoners
// … alle … complex" to "verduurzaamt … samenspraak … huurders … enkele …
// blok".
var chain = []string{
	"de corporatie renoveert in overleg met de bewoners alle woningen van het complex",
	"de corporatie verduurzaamt in overleg met de bewoners alle woningen van het complex",
	"de corporatie verduurzaamt in overleg met de huurders alle woningen van het complex",
	"de corporatie verduurzaamt in overleg met de huurders alle woningen van het blok",
	"de corporatie verduurzaamt in samenspraak met de huurders alle woningen van het blok",
	"de corporatie verduurzaamt in samenspraak met de huurders enkele woningen van het blok",
}

func TestChainingGuard(t *testing.T) {
	var items []Item
	for i, text := range chain {
		items = append(items, Item{ID: fmt.Sprint(i), Gemeente: fmt.Sprint("G", i), Text: text})
	}
	// The chain is there: neighbours match, the next but one does not, so
	// the connected components of the similarity graph are one.
	for i := range chain {
		for j := i + 1; j < len(chain); j++ {
			s := Similarity(chain[i], chain[j])
			if (j == i+1) != (s >= DefaultThreshold) {
				t.Fatalf("Similarity(%d, %d) = %.3f", i, j, s)
			}
		}
	}
	groups := GroupItems(items, Options{})
	if len(groups) < 2 {
		t.Fatalf("%d group(s): the chain was merged", len(groups))
	}
	seen := map[int]bool{}
	for _, g := range groups {
		for _, m := range g.Members {
			if seen[m] {
				t.Errorf("item %d in two groups", m)
			}
			seen[m] = true
			if s := Similarity(items[g.Rep].Text, items[m].Text); s < DefaultThreshold {
				t.Errorf("item %d only %.3f similar to its representative %d", m, s, g.Rep)
			}
			if d := m - g.Rep; d > 1 || d < -1 {
				t.Errorf("group %v spans items %d and %d", g.Members, g.Rep, m)
			}
		}
	}
	// The ends never meet.
	for _, g := range groups {
		if slices.Contains(g.Members, 0) && slices.Contains(g.Members, len(chain)-1) {
			t.Errorf("the two ends of the chain in one group: %v", g.Members)
		}
	}
}

func TestStarJoinsClosestRepresentative(t *testing.T) {
	// A heads a heavy family (D, E) and comes first; it covers B. C comes
	// next (B is only covered, not taken) and also neighbours B, more
	// closely: B joins C.
	nodes := []node{{key: "a", count: 1}, {key: "b", count: 1}, {key: "c", count: 3}, {key: "d", count: 5}, {key: "e", count: 5}, {key: "f", count: 3}}
	const a, b, c, d, e, f = 0, 1, 2, 3, 4, 5
	edges := []edge{{a, b, 0.65}, {a, d, 0.9}, {a, e, 0.9}, {b, c, 0.8}, {c, f, 0.7}}
	reps, repOf, simOf := newGraph(len(nodes), edges).stars(nodes)
	if !slices.Equal(reps, []int32{a, c}) {
		t.Fatalf("representatives %v, want [a c]", reps)
	}
	if want := []int32{a, c, c, a, a, c}; !slices.Equal(repOf, want) {
		t.Errorf("repOf %v, want %v", repOf, want)
	}
	if simOf[b] != 0.8 || simOf[a] != 1 {
		t.Errorf("simOf %v", simOf)
	}
}

func TestGraphAdjacency(t *testing.T) {
	g := newGraph(4, []edge{{0, 2, 0.7}, {0, 3, 0.8}, {1, 2, 0.9}, {2, 3, 0.6}})
	want := [][]int32{{2, 3}, {2}, {0, 1, 3}, {0, 2}}
	for u, w := range want {
		if got := g.adj[g.start[u]:g.start[u+1]]; !slices.Equal(got, w) {
			t.Errorf("neighbours of %d: %v, want %v", u, got, w)
		}
	}
	if got := g.sim[g.start[2]:g.start[3]]; !slices.Equal(got, []float64{0.7, 0.9, 0.6}) {
		t.Errorf("similarities of 2: %v", got)
	}
}

// byMembers describes groups independently of the item order: group ID →
// sorted member ids, gemeenten and key. The theme is left out: a tie of
// themes goes to the first member, so it may follow the order.
func byMembers(items []Item, groups []Group) map[string]string {
	out := map[string]string{}
	for _, g := range groups {
		ids := memberIDs(items, g)
		slices.Sort(ids)
		out[g.ID] = strings.Join(ids, ",") + " | " + strings.Join(g.Gemeenten, ",") + " | " + g.Key
	}
	return out
}

// nationalPart is the first n gemeenten of the national corpus as items.
func nationalPart(n int) []Item {
	var items []Item
	for _, s := range corpus.Build(corpus.Options{Gemeenten: n}) {
		for _, it := range s.Items {
			items = append(items, Item{ID: s.Gemeente.Name + ":" + it.Number, Gemeente: s.Gemeente.Name, Theme: it.Theme, Text: it.Text})
		}
	}
	return items
}

func TestDeterministic(t *testing.T) {
	items := nationalPart(30)
	first := GroupItems(items, Options{})
	if len(first) < 50 {
		t.Fatalf("only %d groups", len(first))
	}
	again := GroupItems(items, Options{})
	if !reflect.DeepEqual(first, again) {
		t.Fatal("two runs differ")
	}
	prev := runtime.GOMAXPROCS(1)
	serial := GroupItems(items, Options{})
	runtime.GOMAXPROCS(prev)
	if !reflect.DeepEqual(first, serial) {
		t.Fatal("one CPU and several CPUs differ")
	}
	// The output order: by first member; members ascending.
	for x, g := range first {
		if !slices.IsSorted(g.Members) {
			t.Errorf("group %d: members not in input order", x)
		}
		if x > 0 && first[x-1].Members[0] >= g.Members[0] {
			t.Errorf("groups %d and %d out of order", x-1, x)
		}
		if !slices.IsSorted(g.Gemeenten) || len(slices.Compact(slices.Clone(g.Gemeenten))) != len(g.Gemeenten) {
			t.Errorf("group %d: gemeenten %v not sorted and distinct", x, g.Gemeenten)
		}
		if len(g.Gemeenten) < 2 {
			t.Errorf("group %d spans %v", x, g.Gemeenten)
		}
	}
}

func TestStableUnderReordering(t *testing.T) {
	for name, items := range map[string][]Item{"fixture": fixture, "corpus": nationalPart(20)} {
		want := byMembers(items, GroupItems(items, Options{}))
		rev := slices.Clone(items)
		slices.Reverse(rev)
		shuffled := slices.Clone(items)
		r := rand.New(rand.NewPCG(1, 2))
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		for how, re := range map[string][]Item{"reversed": rev, "shuffled": shuffled} {
			got := byMembers(re, GroupItems(re, Options{}))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s %s: groups differ (%d against %d)", name, how, len(got), len(want))
				for id, g := range want {
					if got[id] != g {
						t.Logf("  %s: %q became %q", id, g, got[id])
					}
				}
			}
		}
	}
}

func TestStableWhenUnrelatedAdded(t *testing.T) {
	base := GroupItems(fixture, Options{})
	want := byMembers(fixture, base)
	themes := map[string]string{}
	for _, g := range base {
		themes[g.ID] = g.Theme
	}
	unrelated := []Item{
		{"X-1", "Diemen", "kwaliteit", "De corporatie vervangt in 2026 alle cv-ketels door warmtepompen."},
		{"X-2", "Amstelveen", "kwaliteit", "De corporatie vervangt in 2027 alle cv-ketels door warmtepompen."},
		{"X-3", "Diemen", "leefbaarheid", "De gemeente plaatst extra verlichting in het park."},
		{"X-4", "Aalsmeer", "", "Jaarlijks overleg over de jaarschijf."},
	}
	for _, items := range [][]Item{
		append(slices.Clone(unrelated), fixture...),
		append(slices.Clone(fixture), unrelated...),
	} {
		groups := GroupItems(items, Options{})
		got := byMembers(items, groups)
		for id, g := range want {
			if got[id] != g {
				t.Errorf("%s: %q became %q", id, g, got[id])
			}
		}
		for _, g := range groups {
			if th, ok := themes[g.ID]; ok && g.Theme != th {
				t.Errorf("%s: theme %q became %q", g.ID, th, g.Theme)
			}
		}
		if len(got) != len(want)+1 { // the warmtepompen pair
			t.Errorf("%d groups, want %d", len(got), len(want)+1)
		}
	}
}

func TestStableWhenCopyAdded(t *testing.T) {
	// A fifth gemeente with a copy of a grouped text: that group grows and
	// keeps its ID; nothing else changes.
	before := GroupItems(fixture, Options{})
	items := append(slices.Clone(fixture), Item{"D-1", "Diemen", "beschikbaarheid", "De corporatie levert in 2028 20 sociale huurwoningen op in plan Holland Park."})
	after := GroupItems(items, Options{})
	if len(after) != len(before) {
		t.Fatalf("%d groups, were %d", len(after), len(before))
	}
	for x := range before {
		if before[x].ID != after[x].ID {
			t.Errorf("group %d: ID %s became %s", x, before[x].ID, after[x].ID)
		}
	}
	if got := memberIDs(items, after[0]); !slices.Equal(got, []string{"U-1", "A-1", "L-1", "D-1"}) {
		t.Errorf("members %v", got)
	}
}

func TestIDs(t *testing.T) {
	groups := GroupItems(nationalPart(30), Options{})
	seen := map[string]bool{}
	for _, g := range groups {
		if len(g.ID) != 2+idLen || !strings.HasPrefix(g.ID, "g-") {
			t.Errorf("ID %q", g.ID)
		}
		if seen[g.ID] {
			t.Errorf("ID %s twice", g.ID)
		}
		seen[g.ID] = true
	}
	// A collision gets a suffix, by key order.
	gs := []Group{{Key: "b"}, {Key: "a"}, {Key: "c"}}
	assignIDs(gs)
	if gs[0].ID == gs[1].ID || gs[0].ID == gs[2].ID {
		t.Errorf("different keys, same IDs: %v", gs)
	}
	gs = []Group{{Key: "same"}, {Key: "same"}}
	assignIDs(gs)
	if gs[0].ID+"-2" != gs[1].ID {
		t.Errorf("collision: %q and %q", gs[0].ID, gs[1].ID)
	}
}

func TestGroupItemsEdges(t *testing.T) {
	if g := GroupItems(nil, Options{}); g != nil {
		t.Errorf("no items: %v", g)
	}
	// One gemeente only: duplicates, but no group.
	one := []Item{{"1", "Uithoorn", "", "Jaarlijks bestuurlijk overleg."}, {"2", "Uithoorn", "", "Jaarlijks bestuurlijk overleg."}}
	if g := GroupItems(one, Options{}); len(g) != 0 {
		t.Errorf("one gemeente: %v", g)
	}
	// Only numbers or nothing: never grouped.
	empty := []Item{{"1", "Uithoorn", "", "2025"}, {"2", "Aalsmeer", "", "2025"}, {"3", "Uithoorn", "", ""}, {"4", "Aalsmeer", "", "  "}}
	if g := GroupItems(empty, Options{}); len(g) != 0 {
		t.Errorf("no words: %v", g)
	}
	// No theme anywhere.
	g := GroupItems([]Item{{"1", "Uithoorn", "", "Jaarlijks overleg."}, {"2", "Aalsmeer", "", "Jaarlijks overleg."}}, Options{})
	if len(g) != 1 || g[0].Theme != "" {
		t.Errorf("no themes: %+v", g)
	}
}

func TestOptions(t *testing.T) {
	// Threshold 1: only texts that normalise alike.
	groups := GroupItems(fixture, Options{Threshold: 1})
	for _, g := range groups {
		for _, s := range g.Scores {
			if s != 1 {
				t.Errorf("threshold 1: %v scores %v", memberIDs(fixture, g), g.Scores)
			}
		}
	}
	// Overleg and gesprek keep their identical pairs (O-1 and O-4 leave),
	// vergunning (one edit) falls apart; the rest is identical.
	if len(groups) != len(fixtureGroups)-1 {
		t.Errorf("threshold 1: %d groups, want %d", len(groups), len(fixtureGroups)-1)
	}
	for _, g := range groups {
		ids := memberIDs(fixture, g)
		if slices.Contains(ids, "O-1") || slices.Contains(ids, "O-4") || slices.Contains(ids, "U-8") {
			t.Errorf("threshold 1: %v grouped", ids)
		}
	}
	if n := len(GroupItems(fixture, Options{Threshold: 2})); n != len(groups) {
		t.Errorf("threshold above 1 is 1: %d groups, want %d", n, len(groups))
	}
	// Single words and triples work, and every member stays within the
	// threshold of its representative under that measure.
	for _, k := range []int{1, 3} {
		o := Options{Shingle: k}
		for _, g := range GroupItems(fixture, o) {
			for _, m := range g.Members {
				if s := ItemSimilarity(fixture[g.Rep], fixture[m], o); s < DefaultThreshold {
					t.Errorf("shingle %d: %s %.3f from its representative", k, fixture[m].ID, s)
				}
			}
		}
	}
	// Another LSH shape and seed find the same groups on the fixture.
	want := byMembers(fixture, GroupItems(fixture, Options{}))
	for _, o := range []Options{{Bands: 20, Rows: 5, Seed: 7}, {Bands: 64, Rows: 2, Seed: 99}} {
		if got := byMembers(fixture, GroupItems(fixture, o)); !reflect.DeepEqual(got, want) {
			t.Errorf("%+v: groups differ", o)
		}
	}
}
