package align

import (
	"slices"
	"testing"
)

// The four gemeenten of the source case, sorted.
var fixtureGemeenten = []string{"Aalsmeer", "Landsmeer", "Ouder-Amstel", "Uithoorn"}

// fixture is one corporation's agreements in four gemeenten, file by file
// as an import gives them. The comment after each item names the group it
// belongs to, or why it stands alone.
var fixture = []Item{
	{"U-1", "Uithoorn", "beschikbaarheid", "De corporatie levert in 2026 48 sociale huurwoningen op in plan Zijdelveld-Noord."},                                   // nieuwbouw
	{"U-2", "Uithoorn", "samenwerking", "Gemeente Uithoorn en Amstelwonen houden jaarlijks een bestuurlijk overleg over de voortgang van de prestatieafspraken."}, // overleg
	{"U-3", "Uithoorn", "samenwerking", "Jaarlijks bestuurlijk overleg."},                                                                                         // kort
	{"U-4", "Uithoorn", "betaalbaarheid", "Partijen gaan met elkaar in gesprek over de betaalbaarheid van de woonlasten."},                                        // gesprek
	{"U-5", "Uithoorn", "duurzaamheid", "De corporatie plaatst in 2025 zonnepanelen op 200 woningen in De Kwakel."},                                               // zon
	{"U-6", "Uithoorn", "kwaliteit", "De corporatie plaatst in 2025 zonnepanelen op 200 woningen in De Kwakel."},                                                  // zon: the same text again, under another theme
	{"U-7", "Uithoorn", "beschikbaarheid", "De gemeente stelt uiterlijk 31 december 2025 twee locaties beschikbaar voor flexwoningen."},                           // flex
	{"U-8", "Uithoorn", "doelgroepen", "De corporatie wijst jaarlijks minimaal 15 woningen toe aan vergunninghouders."},                                           // vergunning
	{"U-9", "Uithoorn", "leefbaarheid", "De corporatie besteedt in 2025 € 45 per woning aan leefbaarheid in Thamerdal."},                                          // alone

	{"A-1", "Aalsmeer", "beschikbaarheid", "De corporatie levert in 2027 30 sociale huurwoningen op in plan Green Park."},                                        // nieuwbouw
	{"A-2", "Aalsmeer", "samenwerking", "Gemeente Aalsmeer en Amstelwonen houden elk jaar een bestuurlijk overleg over de voortgang van de prestatieafspraken."}, // overleg
	{"A-3", "Aalsmeer", "samenwerking", "Jaarlijks bestuurlijk overleg"},                                                                                         // kort
	{"A-4", "Aalsmeer", "betaalbaarheid", "Alle partijen gaan met elkaar in gesprek over de betaalbaarheid van de woonlasten."},                                  // gesprek
	{"A-5", "Aalsmeer", "duurzaamheid", "De corporatie plaatst in 2026 zonnepanelen op 150 woningen in Hornmeer."},                                               // zon
	{"A-6", "Aalsmeer", "beschikbaarheid", "De gemeente stelt vóór 1 juli 2026 drie locaties beschikbaar voor flexwoningen."},                                    // flex
	{"A-7", "Aalsmeer", "wonen-zorg", "De corporatie en de zorgpartij onderzoeken de mogelijkheden voor een woonzorgcomplex."},                                   // alone

	{"L-1", "Landsmeer", "beschikbaarheid", "De corporatie levert in 2026 12 sociale huurwoningen op in plan Scheepsbouwersweg."}, // nieuwbouw
	{"L-2", "Landsmeer", "", "Jaarlijks ambtelijk overleg."},                                                                      // ambtelijk (kort, but ambtelijk)
	{"L-3", "Landsmeer", "betaalbaarheid", "Partijen gaan met elkaar in gesprek over de beschikbaarheid van woningen."},           // alone: same opening, other subject
	{"L-4", "Landsmeer", "leefbaarheid", "Landsmeer en de corporatie pakken samen de overlast in de Dorpskern aan."},              // alone
	{"L-5", "Landsmeer", "duurzaamheid", "€ 50.000"},                                                                              // alone: no word to group on
	{"L-6", "Landsmeer", "doelgroepen", ""},                                                                                       // alone: empty

	{"O-1", "Ouder-Amstel", "samenwerking", "De gemeente Ouder-Amstel en Amstelwonen houden jaarlijks een bestuurlijk overleg over de voortgang van de afspraken."}, // overleg: one word changed
	{"O-2", "Ouder-Amstel", "samenwerking", "Elk jaar ambtelijk overleg."},                                                                                          // ambtelijk
	{"O-3", "Ouder-Amstel", "samenwerking", "Jaarlijks bestuurlijk overleg met de huurdersorganisatie."},                                                            // alone: kort with three words added
	{"O-4", "Ouder-Amstel", "betaalbaarheid", "Partijen gaan met elkaar in gesprek over de betaalbaarheid van de woonlasten van huurders."},                         // gesprek: two words added
	{"O-5", "Ouder-Amstel", "beschikbaarheid", "De corporatie sloopt in 2026 40 sociale huurwoningen in plan De Nieuwe Kern."},                                      // alone: sloopt, not levert … op
	{"O-6", "Ouder-Amstel", "beschikbaarheid", "Amstelwonen wijst jaarlijks ten minste 8 woningen toe aan vergunninghouders."},                                      // vergunning
	{"O-7", "Ouder-Amstel", "duurzaamheid", "€ 75.000"},                                                                                                             // alone: no word to group on
}

// wantGroup is a pinned group: member ids, gemeenten, theme and key.
type wantGroup struct {
	members   []string
	gemeenten []string
	theme     string
	key       string
	missing   []string
}

var fixtureGroups = []wantGroup{
	{
		members: []string{"U-1", "A-1", "L-1"}, gemeenten: []string{"Aalsmeer", "Landsmeer", "Uithoorn"},
		theme:   "beschikbaarheid",
		key:     "de corporatie levert in #getal sociale huurwoningen op in plan #naam",
		missing: []string{"Ouder-Amstel"},
	},
	{
		members: []string{"U-2", "A-2", "O-1"}, gemeenten: []string{"Aalsmeer", "Ouder-Amstel", "Uithoorn"},
		theme:   "samenwerking",
		key:     "de gemeente en #naam houden jaarlijks een bestuurlijk overleg over de voortgang van de prestatieafspraken",
		missing: []string{"Landsmeer"},
	},
	{
		members: []string{"U-3", "A-3"}, gemeenten: []string{"Aalsmeer", "Uithoorn"},
		theme:   "samenwerking",
		key:     "jaarlijks bestuurlijk overleg",
		missing: []string{"Landsmeer", "Ouder-Amstel"},
	},
	{
		members: []string{"U-4", "A-4", "O-4"}, gemeenten: []string{"Aalsmeer", "Ouder-Amstel", "Uithoorn"},
		theme:   "betaalbaarheid",
		key:     "partijen gaan met elkaar in gesprek over de betaalbaarheid van de woonlasten",
		missing: []string{"Landsmeer"},
	},
	{
		// Two members in Uithoorn; the majority theme wins over kwaliteit.
		members: []string{"U-5", "U-6", "A-5"}, gemeenten: []string{"Aalsmeer", "Uithoorn"},
		theme:   "duurzaamheid",
		key:     "de corporatie plaatst in #jaar zonnepanelen op #getal woningen in #naam",
		missing: []string{"Landsmeer", "Ouder-Amstel"},
	},
	{
		members: []string{"U-7", "A-6"}, gemeenten: []string{"Aalsmeer", "Uithoorn"},
		theme:   "beschikbaarheid",
		key:     "de gemeente stelt voor #datum locaties beschikbaar voor flexwoningen",
		missing: []string{"Landsmeer", "Ouder-Amstel"},
	},
	{
		// A tie of themes: the first member's wins. The corporation's
		// name for "De corporatie" is one edit (8/13). Both texts have
		// one item and one neighbour, so the key decides the
		// representative.
		members: []string{"U-8", "O-6"}, gemeenten: []string{"Ouder-Amstel", "Uithoorn"},
		theme:   "doelgroepen",
		key:     "amstelwonen wijst jaarlijks minimaal #getal woningen toe aan vergunninghouders",
		missing: []string{"Aalsmeer", "Landsmeer"},
	},
	{
		// An empty theme does not vote.
		members: []string{"L-2", "O-2"}, gemeenten: []string{"Landsmeer", "Ouder-Amstel"},
		theme:   "samenwerking",
		key:     "jaarlijks ambtelijk overleg",
		missing: []string{"Aalsmeer", "Uithoorn"},
	},
}

// memberIDs returns the item ids of a group's members.
func memberIDs(items []Item, g Group) []string {
	var ids []string
	for _, m := range g.Members {
		ids = append(ids, items[m].ID)
	}
	return ids
}

func TestFixtureGroups(t *testing.T) {
	groups := GroupItems(fixture, Options{})
	if len(groups) != len(fixtureGroups) {
		for _, g := range groups {
			t.Logf("%v %q", memberIDs(fixture, g), g.Key)
		}
		t.Fatalf("%d groups, want %d", len(groups), len(fixtureGroups))
	}
	for x, want := range fixtureGroups {
		g := groups[x]
		if got := memberIDs(fixture, g); !slices.Equal(got, want.members) {
			t.Errorf("group %d: members %v, want %v", x, got, want.members)
		}
		if !slices.Equal(g.Gemeenten, want.gemeenten) {
			t.Errorf("group %d: gemeenten %v, want %v", x, g.Gemeenten, want.gemeenten)
		}
		if g.Theme != want.theme {
			t.Errorf("group %d: theme %q, want %q", x, g.Theme, want.theme)
		}
		if g.Key != want.key {
			t.Errorf("group %d: key %q, want %q", x, g.Key, want.key)
		}
		if Normalise(fixture[g.Rep], Options{}) != g.Key || !slices.Contains(g.Members, g.Rep) {
			t.Errorf("group %d: representative %d does not normalise to the key", x, g.Rep)
		}
		if len(g.Scores) != len(g.Members) {
			t.Fatalf("group %d: %d scores for %d members", x, len(g.Scores), len(g.Members))
		}
		for k, m := range g.Members {
			want := ItemSimilarity(fixture[g.Rep], fixture[m], Options{})
			if g.Scores[k] != want {
				t.Errorf("group %d: score of %s %.4f, similarity to the representative %.4f", x, fixture[m].ID, g.Scores[k], want)
			}
			if g.Scores[k] < DefaultThreshold {
				t.Errorf("group %d: %s only %.3f similar to the representative", x, fixture[m].ID, g.Scores[k])
			}
		}
	}
}

func TestFixtureScores(t *testing.T) {
	groups := GroupItems(fixture, Options{})
	byID := map[string]float64{}
	for _, g := range groups {
		for k, m := range g.Members {
			byID[fixture[m].ID] = g.Scores[k]
		}
	}
	// Pinned: identical after normalising, one word changed in fifteen
	// (14/18), two words added to twelve (12/16), the corporation's name
	// for "de corporatie" (8/13).
	for id, want := range map[string]float64{
		"U-1": 1, "A-1": 1, "L-1": 1, "A-2": 1, "O-1": 14.0 / 18, "A-4": 1, "O-4": 12.0 / 16, "A-6": 1,
		"O-6": 1, "U-8": 8.0 / 13,
	} {
		if byID[id] != want {
			t.Errorf("score of %s = %.4f, want %.4f", id, byID[id], want)
		}
	}
}

func TestFixtureGaps(t *testing.T) {
	groups := GroupItems(fixture, Options{})
	gaps := Gaps(groups, fixtureGemeenten)
	if len(gaps) != len(fixtureGroups) {
		t.Fatalf("%d gaps, want %d", len(gaps), len(fixtureGroups))
	}
	for x, want := range fixtureGroups {
		gap := gaps[x]
		if gap.Group != x {
			t.Errorf("gap %d is of group %d", x, gap.Group)
		}
		if !slices.Equal(gap.Missing, want.missing) {
			t.Errorf("group %d %v: missing %v, want %v", x, want.members, gap.Missing, want.missing)
		}
		if !slices.Equal(gap.Has, want.gemeenten) {
			t.Errorf("group %d: has %v, want %v", x, gap.Has, want.gemeenten)
		}
	}
}

func TestFixtureWithCorporations(t *testing.T) {
	// Knowing the corporation, "Amstelwonen wijst" is "De corporatie wijst".
	groups := GroupItems(fixture, Options{Corporations: []string{"Amstelwonen"}})
	for _, g := range groups {
		ids := memberIDs(fixture, g)
		if slices.Contains(ids, "O-6") {
			if !slices.Equal(g.Scores, []float64{1, 1}) {
				t.Errorf("U-8, O-6 score %v with the corporation known", g.Scores)
			}
		}
		if slices.Contains(ids, "U-2") {
			// The name inside the sentence reads as "de corporatie" too.
			if want := "de gemeente en de corporatie houden jaarlijks een bestuurlijk overleg over de voortgang van de prestatieafspraken"; g.Key != want {
				t.Errorf("key %q, want %q", g.Key, want)
			}
		}
	}
	if len(groups) != len(fixtureGroups) {
		t.Errorf("%d groups with the corporation known, want %d", len(groups), len(fixtureGroups))
	}
}
