package status

import "testing"

func TestAllAndLabels(t *testing.T) {
	want := []Status{Done, OnTrack, AtRisk, Late, NotStarted, Dropped, Unknown}
	got := All()
	if len(got) != len(want) {
		t.Fatalf("All() = %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("All()[%d] = %q, want %q", i, got[i], want[i])
		}
	}
	labels := map[Status]string{
		Done: "Gereed", OnTrack: "Op schema", AtRisk: "Risico", Late: "Vertraagd", NotStarted: "Niet gestart",
		Dropped: "Vervallen", Unknown: "Onbekend", "rommel": "Onbekend",
	}
	for s, l := range labels {
		if s.Label() != l {
			t.Errorf("%q.Label() = %q, want %q", s, s.Label(), l)
		}
	}
	keys := map[Status]string{Done: "done", OnTrack: "on_track", AtRisk: "at_risk", Late: "late",
		NotStarted: "not_started", Dropped: "dropped", Unknown: ""}
	for s, k := range keys {
		if string(s) != k || !s.Valid() {
			t.Errorf("key of %q", s)
		}
	}
}

// cases are status cells as monitors have them.
var cases = []struct {
	in   string
	want Status
}{
	// Colours.
	{"groen", OnTrack},
	{"Groen", OnTrack},
	{"oranje", AtRisk},
	{"geel", AtRisk},
	{"rood", Late},
	{"ROOD", Late},
	{"🟢", OnTrack},
	{"🔴", Late},
	{"Oranje/rood", Late},
	{"Groen: afgerond", Done},
	{"Oranje: loopt", AtRisk},
	{"Rood: nog geen locatie", Late},
	{"Groen (op schema)", OnTrack},

	// Done.
	{"afgerond", Done},
	{"Afgerond.", Done},
	{"gereed", Done},
	{"klaar", Done},
	{"uitgevoerd", Done},
	{"gerealiseerd", Done},
	{"Opgeleverd", Done},
	{"Voltooid", Done},
	{"100%", Done},
	{"100 %", Done},
	{"110%", Done},
	{"✓", Done},
	{"✔", Done},
	{"v", Done},
	{"Ja", Done},
	{"Gereed (opgeleverd juni 2025)", Done},
	{"Gereed, evaluatie volgt", Done},
	{"Afgerond, later dan gepland", Done},
	{"Met vertraging afgerond", Done},
	{"48 van 48 woningen opgeleverd", Done},
	{"Is uitgevoerd", Done},

	// Not done after all.
	{"niet gereed", Late},
	{"Niet afgerond", Late},
	{"niet gehaald", Late},
	{"Niet gerealiseerd", Late},
	{"Gereed: nee", Late},
	{"nog niet gereed", OnTrack},
	{"Nog niet afgerond, loopt", OnTrack},
	{"niet volledig gereed", OnTrack},
	{"deels gereed", OnTrack},
	{"Gedeeltelijk uitgevoerd", OnTrack},
	{"Grotendeels afgerond", OnTrack},
	{"Bijna klaar", OnTrack},
	{"Loopt, eerste fase gereed in 2025", OnTrack},
	{"40 van 48 woningen opgeleverd", OnTrack},
	{"75% gerealiseerd", OnTrack},
	{"Wordt in 2026 opgeleverd", OnTrack},
	{"Naar verwachting gereed eind 2026", OnTrack},

	// On track.
	{"loopt", OnTrack},
	{"Lopend", OnTrack},
	{"in uitvoering", OnTrack},
	{"In voorbereiding", OnTrack},
	{"op schema", OnTrack},
	{"Conform planning", OnTrack},
	{"Volgens planning", OnTrack},
	{"Doorlopend", OnTrack},
	{"Gestart in maart", OnTrack},
	{"50%", OnTrack},
	{"1,5%", OnTrack},
	{"geen vertraging", OnTrack},
	{"Niet vertraagd", OnTrack},
	{"Geen risico's", OnTrack},
	{"Aanbesteding loopt", OnTrack},

	// At risk.
	{"Risico", AtRisk},
	{"Aandachtspunt: personeelstekort", AtRisk},
	{"Mogelijk vertraagd", AtRisk},
	{"Dreigt vertraging", AtRisk},
	{"Kans op vertraging door bezwaar", AtRisk},
	{"Onder druk", AtRisk},

	// Late.
	{"vertraagd", Late},
	{"Vertraagd door stikstofproblematiek", Late},
	{"achter op schema", Late},
	{"Loopt achter", Late},
	{"uitgesteld", Late},
	{"Doorgeschoven naar 2026", Late},
	{"Uitgesteld tot 2026", Late},
	{"niet op schema", Late},
	{"Loopt niet", Late},
	{"Loopt, maar vertraagd", Late},
	{"On hold", Late},
	{"Te laat", Late},

	// Not started.
	{"niet gestart", NotStarted},
	{"Nog niet gestart", NotStarted},
	{"nog te starten", NotStarted},
	{"Gepland", NotStarted},
	{"Gepland voor Q3 2026", NotStarted},
	{"Start in 2026", NotStarted},
	{"Nog niet begonnen", NotStarted},
	{"Niet in uitvoering", NotStarted},
	{"0%", NotStarted},
	{"Nog niet", NotStarted},

	// Dropped.
	{"vervallen", Dropped},
	{"Geschrapt", Dropped},
	{"komt te vervallen", Dropped},
	{"Vervalt", Dropped},
	{"Niet meer van toepassing", Dropped},
	{"Gaat niet door", Dropped},
	{"Stopgezet", Dropped},
	{"Geannuleerd", Dropped},

	// Nothing to say.
	{"", Unknown},
	{"   ", Unknown},
	{"-", Unknown},
	{"?", Unknown},
	{"x", Unknown},
	{"X", Unknown},
	{"Nee", Unknown},
	{"n.v.t.", Unknown},
	{"nvt", Unknown},
	{"Niet van toepassing", Unknown},
	{"Zie toelichting", Unknown},
	{"2026", Unknown},
	{"Niet vervallen", Unknown},
}

func TestNormalise(t *testing.T) {
	for _, c := range cases {
		if got := Normalise(c.in); got != c.want {
			_, why := Explain(c.in)
			t.Errorf("Normalise(%q) = %q (%s), want %q", c.in, got, why, c.want)
		}
	}
}

func TestExplain(t *testing.T) {
	for in, want := range map[string]string{
		"niet gereed":                       "gereed (ontkend)",
		"Loopt, eerste fase gereed in 2025": "loopt",
		"100%":                              "100%",
		"Rood: nog geen locatie":            "rood",
		"x":                                 "",
	} {
		if _, why := Explain(in); why != want {
			t.Errorf("Explain(%q) why = %q, want %q", in, why, want)
		}
	}
}
