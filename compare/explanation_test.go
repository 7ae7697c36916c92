package compare

import (
	"testing"

	"pakompas/importer"
)

// TestExplanationKeepsAgreementsTogether (issue 12, item 5): the same
// agreement in two gemeenten, one cell ending with an explanation, is
// judged the same and grouped together.
func TestExplanationKeepsAgreementsTogether(t *testing.T) {
	e, err := NewEngine(Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Gemeente en corporatie onderzoeken de mogelijkheden voor een energiefonds voor huurders met lage inkomens."
	rep := &importer.Report{Agreements: []importer.Agreement{
		{ID: "a:1", Gemeente: "Aalsmeer", Number: "1", Text: text},
		{ID: "b:1", Gemeente: "Landsmeer", Number: "1", Text: text + " Toelichting: dit sluit aan op de woonvisie en het klimaatakkoord van de regio."},
	}}
	an := e.Analyze(rep, Overrides{})
	a, b := an.Agreements[0], an.Agreements[1]
	if !a.Vague || a.Vague != b.Vague {
		t.Errorf("vague: %v and %v", a.Vague, b.Vague)
	}
	if a.Group == "" || a.Group != b.Group {
		t.Errorf("groups %q and %q", a.Group, b.Group)
	}
}
