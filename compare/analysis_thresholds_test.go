package compare

import (
	"strings"
	"testing"
)

// The analysis carries the engine's thresholds: the defaults without
// [kompas], the configured ones with it; a bad [kompas] stops the engine.
func TestAnalysisThresholds(t *testing.T) {
	if an := demoAnalysis(t, Config{}); an.Thresholds != DefaultThresholds() {
		t.Errorf("no config: %+v", an.Thresholds)
	}
	an := demoAnalysis(t, Config{Kompas: KompasConfig{"vaag_oranje": 5, "vaag_rood": 10}})
	if an.Thresholds.Vague != (Limit{Amber: 5, Red: 10}) || an.Thresholds.Role != DefaultThresholds().Role {
		t.Errorf("configured: %+v", an.Thresholds)
	}
	if _, err := NewEngine(Config{Kompas: KompasConfig{"vaag_oranje": 50, "vaag_rood": 30}}); err == nil || !strings.Contains(err.Error(), "vaag_oranje") {
		t.Errorf("amber past red: %v", err)
	}
}
