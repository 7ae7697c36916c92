package vague

import (
	"strings"
	"testing"
)

func TestMatcherFind(t *testing.T) {
	m, err := NewMatcher([]PatternRule{
		{ID: "onderhoud", Patterns: []string{"@voeren … onderhoud|mutatieonderhoud … uit"}},
		{ID: "wet", Patterns: []string{"conform|volgens de? woningwet|overlegwet"}, Exceptions: []string{"artikel #getal van de woningwet"}},
		{ID: "spreekuur", Patterns: []string{"@houden … @spreekuren"}},
	}, map[string][]string{"spreekuren": {"spreekuur", "inloopspreekuur"}})
	if err != nil {
		t.Fatal(err)
	}
	text := "De corporatie voert het planmatig onderhoud uit conform de Woningwet. Zij houdt geen spreekuur."
	got := m.Find(text)
	if len(got) != 3 {
		t.Fatalf("got %d matches: %+v", len(got), got)
	}
	want := []struct {
		rule, sentence int
		text           string
		negated        bool
	}{
		{0, 0, "voert onderhoud uit", false},
		{1, 0, "conform de Woningwet", false},
		{2, 1, "houdt spreekuur", true},
	}
	for i, w := range want {
		g := got[i]
		if g.Rule != w.rule || g.Sentence != w.sentence || g.Text != w.text || g.Negated != w.negated {
			t.Errorf("match %d = %+v, want %+v", i, g, w)
		}
		var parts []string
		for _, s := range g.Spans {
			parts = append(parts, text[s[0]:s[1]])
		}
		if strings.Join(parts, " ") != g.Text {
			t.Errorf("match %d: spans give %q, text %q", i, parts, g.Text)
		}
	}
	// The exception cancels the match it overlaps.
	if got := m.Find("Geschillen gaan naar de commissie volgens artikel 44 van de Woningwet."); len(got) != 0 {
		t.Errorf("exception ignored: %+v", got)
	}
	if got := m.Find(""); got != nil {
		t.Errorf("empty text: %+v", got)
	}
}

func TestMatcherErrors(t *testing.T) {
	for _, rules := range [][]PatternRule{
		{{ID: "x", Patterns: []string{"@bestaatniet"}}},
		{{ID: "", Patterns: []string{"woord"}}},
		{{ID: "x", Patterns: []string{"… woord"}}},
		{{ID: "x"}},
	} {
		if _, err := NewMatcher(rules, nil); err == nil {
			t.Errorf("%+v: no error", rules)
		}
	}
}
