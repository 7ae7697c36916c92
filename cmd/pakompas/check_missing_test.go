package main

import (
	"strings"
	"testing"

	"pakompas/compare"
)

// TestFlagSummaryMissing: a vague agreement that no vague word explains is
// listed with what it lacks, not only the rule id.
func TestFlagSummaryMissing(t *testing.T) {
	got := flagSummary([]compare.Flag{
		{Rule: "collectief", Category: "geen-trekker", Match: "Partijen", Info: true},
		{Rule: "geen-toetsbaar-resultaat", Category: "geen-resultaat", Message: "geen toetsbaar resultaat: geen partij, geen aantal, geen termijn"},
	})
	if want := "geen-toetsbaar-resultaat (geen toetsbaar resultaat: geen partij, geen aantal, geen termijn)"; got != want {
		t.Errorf("flagSummary = %q, want %q", got, want)
	}
	got = flagSummary([]compare.Flag{{Rule: "onderzoeken", Category: "onderzoek", Match: "onderzoeken"}})
	if !strings.Contains(got, "onderzoeken 'onderzoeken'") {
		t.Errorf("flagSummary = %q", got)
	}
}
