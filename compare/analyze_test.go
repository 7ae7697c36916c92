package compare

import (
	"context"
	"strings"
	"testing"

	"pakompas/importer"
	"pakompas/importer/demo"
)

func demoAnalysis(t *testing.T, cfg Config) *Analysis {
	t.Helper()
	e, err := NewEngine(cfg)
	if err != nil {
		t.Fatal(err)
	}
	rep := importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, importer.Options{})
	if rep.Failed() || len(rep.Agreements) == 0 {
		t.Fatalf("demo import failed: %d agreements", len(rep.Agreements))
	}
	return e.Analyze(rep, Overrides{})
}

// Every demo agreement gets a theme of the taxonomy, a type, a role and
// consistent flags; the matrix adds up.
func TestAnalyzeDemo(t *testing.T) {
	an := demoAnalysis(t, Config{})
	keys := map[string]bool{}
	for _, th := range an.Taxonomy.Themes() {
		keys[th.Key] = true
	}
	vague := 0
	for _, a := range an.Agreements {
		if !keys[a.Theme] || a.ThemeLabel == "" {
			t.Errorf("%s: theme %q %q", a.ID, a.Theme, a.ThemeLabel)
		}
		if a.Theme == "overig" && a.ThemeRaw != "" {
			t.Errorf("%s: local theme %q not placed", a.ID, a.ThemeRaw)
		}
		switch a.Type {
		case "resultaat", "inspanning", "proces", "kader":
		default:
			t.Errorf("%s: type %q", a.ID, a.Type)
		}
		if a.OwnerRole == "" {
			t.Errorf("%s: no owner role", a.ID)
		}
		if a.Vague {
			vague++
			if len(a.Flags) == 0 {
				t.Errorf("%s: vague without a flag: %q", a.ID, a.Text)
			}
		}
		for _, f := range a.Flags {
			if f.Message == "" || f.Rule == "" || (f.Match == "") != (len(f.Spans) == 0) {
				t.Errorf("%s: incomplete flag %+v", a.ID, f)
			}
			for _, sp := range f.Spans {
				if !strings.Contains(f.Match, a.Text[sp[0]:sp[1]]) {
					t.Errorf("%s: span %v (%q) not in match %q", a.ID, sp, a.Text[sp[0]:sp[1]], f.Match)
				}
			}
			for _, sp := range f.Spans {
				if sp[0] < 0 || sp[1] > len(a.Text) || sp[0] >= sp[1] {
					t.Errorf("%s: span %v outside the text", a.ID, sp)
				}
			}
		}
		if i, ok := an.Index(a.ID); !ok || an.Agreements[i].ID != a.ID {
			t.Errorf("index of %s", a.ID)
		}
	}
	if vague == 0 || vague == len(an.Agreements) {
		t.Errorf("%d of %d vague: the demo set mixes both", vague, len(an.Agreements))
	}
	if got := strings.Join(an.Gemeenten, ","); got != "Aalsmeer,Amstelveen,De Ronde Venen,Landsmeer,Ouder-Amstel,Uithoorn" {
		t.Errorf("gemeenten %s", got)
	}
	// The matrix counts the current jaarschijf of each gemeente: the
	// demo's 2024 versions of Uithoorn and Ouder-Amstel are left out.
	superseded := an.Superseded()
	current, currentVague := 0, 0
	for i, a := range an.Agreements {
		if !superseded(i) {
			current++
			if a.Vague {
				currentVague++
			}
		} else if a.Year != "2024" {
			t.Errorf("%s of %s counted as an earlier version", a.ID, a.Year)
		}
	}
	if current != an.CurrentCount() || current != len(an.Agreements)-34 {
		t.Errorf("%d current agreements (CurrentCount %d), want all but the 34 of 2024", current, an.CurrentCount())
	}
	if an.EarlierCount() != 34 {
		t.Errorf("EarlierCount %d, want the 34 of 2024", an.EarlierCount())
	}
	m := an.Matrix
	if m.Total.N != current || m.Total.Vague != currentVague {
		t.Errorf("matrix total %d/%d, want %d/%d", m.Total.N, m.Total.Vague, current, currentVague)
	}
	sumRows, sumCols := 0, 0
	for ti := range m.Themes {
		sumRows += m.RowTotals[ti].N
		n := 0
		for gi := range m.Gemeenten {
			n += m.Cells[ti][gi].N
		}
		if n != m.RowTotals[ti].N {
			t.Errorf("row %s: cells %d, total %d", m.Themes[ti], n, m.RowTotals[ti].N)
		}
	}
	for gi := range m.Gemeenten {
		sumCols += m.ColTotals[gi].N
		roles := 0
		for _, k := range m.ColTotals[gi].Roles {
			roles += k
		}
		if roles != m.ColTotals[gi].N {
			t.Errorf("%s: role mix %d, agreements %d", m.Gemeenten[gi], roles, m.ColTotals[gi].N)
		}
	}
	if sumRows != current || sumCols != current {
		t.Errorf("rows sum %d, columns sum %d, want %d", sumRows, sumCols, current)
	}
	for _, g := range an.Groups {
		if len(g.Gemeenten) < 2 {
			t.Errorf("group %s in %v", g.ID, g.Gemeenten)
		}
		for _, mi := range g.Members {
			if superseded(mi) {
				t.Errorf("group %s holds %s of an earlier jaarschijf", g.ID, an.Agreements[mi].ID)
			}
			if an.Agreements[mi].Group != g.ID {
				t.Errorf("member %d of %s has group %q", mi, g.ID, an.Agreements[mi].Group)
			}
		}
	}
}

// The adviser's verdicts change the matrix counts, not the analysis.
func TestMatrixWithVerdicts(t *testing.T) {
	an := demoAnalysis(t, Config{})
	all := BuildMatrix(an, func(int) bool { return true })
	none := BuildMatrix(an, func(int) bool { return false })
	if all.Total.Vague != an.CurrentCount() || none.Total.Vague != 0 {
		t.Errorf("override counts: %d, %d", all.Total.Vague, none.Total.Vague)
	}
	if an.Matrix.Total.Vague == all.Total.Vague {
		t.Error("the analysis' own matrix changed")
	}
}

func TestConfigErrors(t *testing.T) {
	if _, err := ParseConfig("x.toml", []byte("[themas]\nonbekend = 1\n")); err == nil || !strings.Contains(err.Error(), "x.toml") {
		t.Errorf("unknown key: %v", err)
	}
	if _, err := ParseConfig("x.toml", []byte("[themas\n")); err == nil || !strings.Contains(err.Error(), "x.toml") {
		t.Errorf("bad TOML: %v", err)
	}
	if _, err := ParseConfig("x.toml", []byte("[themas]\nvervang = \"ja\"\n")); err == nil || !strings.Contains(err.Error(), "x.toml") {
		t.Errorf("wrong type: %v", err)
	}
	cfg, err := ParseConfig("ok.toml", []byte("corporaties = [\"Woonstichting De Kernen\"]\n"))
	if err != nil || len(cfg.Corporations) != 1 {
		t.Errorf("corporaties: %v %v", cfg, err)
	}
	// Every typo is named, each table's with the keys it knows.
	_, err = ParseConfig("x.toml", []byte(`corporatie = ["Ymere"]
[import]
wachtwoord = "geheim"
[[themas.thema]]
sleutel = "duurzaamheid"
synonymen = ["klimaat"]
[regels]
uitt = ["open-einde"]
`))
	if err == nil {
		t.Fatal("typos passed")
	}
	for _, want := range []string{"x.toml", "corporatie, import (bekend zijn: corporaties", "themas.thema.synonymen", "synoniemen", "regels.uitt", "extra_patronen"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

// The adviser's config reaches every part: a local theme name pinned to
// another theme, a rule switched off, a message changed.
func TestConfigApplies(t *testing.T) {
	cfg, err := ParseConfig("pakompas.toml", []byte(`
corporaties = ["Amstelland"]

[themas.lokaal]
"Urgente doelgroepen" = "wonen-zorg"

[regels]
uit = ["zo-veel-mogelijk"]

[[regels.regel]]
id = "onderzoeken"
melding = "onderzoek zonder uitkomst: '%s'"
`))
	if err != nil {
		t.Fatal(err)
	}
	base, tuned := demoAnalysis(t, Config{}), demoAnalysis(t, cfg)
	moved, onderzoek := 0, 0
	for i, a := range tuned.Agreements {
		if b := base.Agreements[i]; a.ThemeRaw == "Urgente doelgroepen" && b.Theme == "wonen-zorg" {
			t.Fatalf("%s: already wonen-zorg without the pin; pick another name", a.ID)
		}
		if a.ThemeRaw == "Urgente doelgroepen" {
			if a.Theme != "wonen-zorg" || a.ThemeVia != "config" {
				t.Errorf("%s: pinned theme %q via %q", a.ID, a.Theme, a.ThemeVia)
			}
			moved++
		}
		for _, f := range a.Flags {
			if f.Rule == "zo-veel-mogelijk" {
				t.Errorf("%s: switched-off rule still flags", a.ID)
			}
			if f.Rule == "onderzoeken" {
				onderzoek++
				if !strings.HasPrefix(f.Message, "onderzoek zonder uitkomst: '") {
					t.Errorf("message not replaced: %q", f.Message)
				}
			}
		}
	}
	if moved == 0 || onderzoek == 0 {
		t.Errorf("config not exercised: %d moved, %d onderzoek flags", moved, onderzoek)
	}
}

// A saved move to a theme the taxonomy no longer has is ignored: the
// agreement is placed as usual, never lost under an unknown key.
func TestOverrideToUnknownTheme(t *testing.T) {
	e, err := NewEngine(Config{})
	if err != nil {
		t.Fatal(err)
	}
	rep := importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, importer.Options{})
	var ov Overrides
	ov.MoveID(rep.Agreements[0].ID, "bestaat-niet")
	ov.MoveID(rep.Agreements[1].ID, "duurzaamheid")
	an := e.Analyze(rep, ov)
	base := e.Analyze(rep, Overrides{})
	if a := an.Agreements[0]; a.Theme != base.Agreements[0].Theme || a.ThemeVia == "adviseur" {
		t.Errorf("unknown key: theme %q via %q, want %q as placed", a.Theme, a.ThemeVia, base.Agreements[0].Theme)
	}
	if a := an.Agreements[1]; a.Theme != "duurzaamheid" || a.ThemeVia != "adviseur" {
		t.Errorf("known key: theme %q via %q", a.Theme, a.ThemeVia)
	}
	// A moved agreement knows where the analysis put it (the adviser is
	// shown "was: …"); the others carry no automatic theme.
	if got, want := an.Agreements[1].ThemeAuto, base.Agreements[1].Theme; got != want || want == "duurzaamheid" {
		t.Errorf("moved agreement: automatic theme %q, want %q (not the move's)", got, want)
	}
	for _, a := range an.Agreements {
		if a.ThemeVia != "adviseur" && a.ThemeAuto != "" {
			t.Fatalf("%s not moved has automatic theme %q", a.ID, a.ThemeAuto)
		}
	}
}
