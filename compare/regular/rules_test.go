package regular

import (
	"strings"
	"testing"
)

// A regular rule's examples make a text regular, its counter-examples do
// not; an extra rule's examples cancel a regular match (the result names
// the extra rule), its counter-examples do not.
func TestRuleExamples(t *testing.T) {
	c := Default()
	if len(c.Rules()) == 0 {
		t.Fatal("no rules")
	}
	for _, r := range c.Rules() {
		if r.Description == "" || r.Message == "" && r.Kind == KindRegular {
			t.Errorf("rule %q: no description or message", r.ID)
		}
		if len(r.Examples) == 0 {
			t.Errorf("rule %q: no examples", r.ID)
		}
		for _, ex := range r.Examples {
			got := c.Classify(ex)
			if r.Kind == KindRegular && !got.Regular || r.Kind == KindExtra && (got.Regular || got.Rule != r.ID) {
				t.Errorf("rule %q (%s): example %q gives %+v", r.ID, r.Kind, ex, got)
			}
		}
		for _, ex := range r.CounterExamples {
			got := c.Classify(ex)
			if r.Kind == KindRegular && got.Regular || r.Kind == KindExtra && got.Rule == r.ID {
				t.Errorf("rule %q (%s): counter-example %q gives %+v", r.ID, r.Kind, ex, got)
			}
		}
	}
}

// An extra anywhere in the agreement cancels the regular match, and says
// so; a negated regular match does not count.
func TestExtraAndNegation(t *testing.T) {
	c := Default()
	cases := []struct {
		text    string
		regular bool
		rule    string
	}{
		{"De corporatie voert het planmatig onderhoud uit volgens de meerjarenonderhoudsbegroting.", true, "onderhoud"},
		{"Naast het reguliere onderhoud vervangt Portaal in 2026 de keukens van 64 woningen.", false, "meer"},
		{"De corporatie voert groot onderhoud uit in Abcoude. Al deze woningen hebben hierna energielabel A.", false, "verduurzaming"},
		{"De gemeente gaat onderzoeken hoe zij invulling geeft aan de wettelijke taakstelling.", false, "studie"},
		{"De corporatie voert geen huurverhoging door volgens het landelijke huurakkoord.", false, "prijskeuze"},
		{"De corporatie past de regels voor passend toewijzen niet toe bij de nieuwbouw.", true, "wettelijk"},
		{"De corporatie bouwt in 2026 48 sociale huurwoningen.", false, ""},
		{"", false, ""},
	}
	for _, tc := range cases {
		got := c.Classify(tc.text)
		if got.Regular != tc.regular || got.Rule != tc.rule {
			t.Errorf("%q: regular %v by %q, want %v by %q", tc.text, got.Regular, got.Rule, tc.regular, tc.rule)
		}
	}
}

// The message names the reason with the matched words and the advice;
// the spans point at the matched words.
func TestMessageAndSpans(t *testing.T) {
	text := "De corporatie verhuurt haar woningen conform de Woningwet aan de doelgroep."
	got := Default().Classify(text)
	if !got.Regular || got.Rule != "wettelijk" {
		t.Fatalf("%+v", got)
	}
	want := "regulier werk, wat de wet al vraagt: 'conform de Woningwet'; " + Advice
	if got.Message() != want {
		t.Errorf("message %q, want %q", got.Message(), want)
	}
	var parts []string
	for _, s := range got.Spans {
		parts = append(parts, text[s[0]:s[1]])
	}
	if strings.Join(parts, " ") != "conform de Woningwet" {
		t.Errorf("spans give %q", parts)
	}
	if (Result{}).Message() != "" {
		t.Error("message on a result that is not regular")
	}
}

// An explanation after the agreement is not read.
func TestExplanationNotRead(t *testing.T) {
	got := Default().Classify("De corporatie bouwt 40 woningen. Toelichting: de woningen worden toegewezen volgens de huisvestingsverordening.")
	if got.Regular {
		t.Errorf("regular by the explanation: %+v", got)
	}
}

func TestHasYear(t *testing.T) {
	for s, want := range map[string]bool{"vanaf 2025": true, "vanaf 1995": true, "vanaf 1 juli": false,
		"vanaf 12025": false, "vanaf 1850": false, "2100": false, "2099": true, "": false} {
		if hasYear(s) != want {
			t.Errorf("hasYear(%q) = %v", s, !want)
		}
	}
}

func TestRuleErrors(t *testing.T) {
	for _, r := range []Rule{
		{Kind: KindRegular, Patterns: []string{"woord"}},
		{ID: "x", Kind: "anders", Patterns: []string{"woord"}},
		{ID: "x", Kind: KindRegular, Message: "%s en %s", Patterns: []string{"woord"}},
		{ID: "x", Kind: KindRegular, Patterns: []string{"@geenlijst"}},
	} {
		if _, err := New([]Rule{r}); err == nil {
			t.Errorf("%+v: no error", r)
		}
	}
}
