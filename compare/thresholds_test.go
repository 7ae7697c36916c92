package compare

import (
	"strings"
	"testing"
)

func TestThresholdsDefault(t *testing.T) {
	th, err := Config{}.Thresholds()
	if err != nil {
		t.Fatal(err)
	}
	if th != DefaultThresholds() {
		t.Errorf("no config gives %+v", th)
	}
	// Every pair is in order, and each key has its own field.
	seen := map[*Limit]bool{}
	for _, k := range thresholdKeys {
		l := k.limit(&th)
		if seen[l] {
			t.Errorf("%s: field shared", k.name)
		}
		seen[l] = true
		if l.LowerWorse && l.Amber < l.Red || !l.LowerWorse && l.Amber > l.Red || l.Red < 0 {
			t.Errorf("%s: default %+v out of order", k.name, *l)
		}
	}
	if th.MixShare != defaultMixShare {
		t.Errorf("mix share %v", th.MixShare)
	}
}

// A pakompas.toml changes the thresholds it names and keeps the others.
func TestThresholdsFromConfig(t *testing.T) {
	cfg, err := ParseConfig("pakompas.toml", []byte("[kompas]\nvaag_oranje = 10\nvaag_rood = 20\nhuurders_oranje = 5\ngemengd_aandeel = 40\n"))
	if err != nil {
		t.Fatal(err)
	}
	th, err := cfg.Thresholds()
	if err != nil {
		t.Fatal(err)
	}
	def := DefaultThresholds()
	if th.Vague != (Limit{Amber: 10, Red: 20}) || th.Tenants != (Limit{Amber: 5, Red: def.Tenants.Red, LowerWorse: true}) || th.MixShare != 40 {
		t.Errorf("thresholds %+v", th)
	}
	if th.Agreements != def.Agreements || th.Behind != def.Behind {
		t.Errorf("unset thresholds changed: %+v", th)
	}
}

// Errors name the file and the key: unknown keys, values out of range,
// amber past red.
func TestThresholdsErrors(t *testing.T) {
	cases := map[string]string{
		"[kompas]\nvag_oranje = 10\n":                    "onbekende instelling vag_oranje",
		"[kompas]\nvaag_oranje = 120\n":                  "vaag_oranje = 120: een percentage is hoogstens 100",
		"[kompas]\nafspraken_rood = -1\n":                "afspraken_rood = -1",
		"[kompas]\nvaag_oranje = 50\nvaag_rood = 30\n":   "vaag_oranje (50) is hoger dan vaag_rood (30)",
		"[kompas]\nsmart_oranje = 10\nsmart_rood = 30\n": "smart_oranje (10) is lager dan smart_rood (30)",
		"[kompas]\nvaag_oranje = \"veel\"\n":             "x.toml",
		"kompas = 3\n":                                   "x.toml",
	}
	for in, want := range cases {
		_, err := ParseConfig("x.toml", []byte(in))
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "x.toml") {
			t.Errorf("%q: error %v, want %q", in, err, want)
		}
	}
}
