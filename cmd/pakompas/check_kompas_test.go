package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// kompasLevel is the level of an indicator line of check --kompas, a
// mark and a word.
var kompasLevel = regexp.MustCompile(`^(✓ groen|! oranje|✗ rood|· geen oordeel)$`)

// kompasFields splits an indicator line of check --kompas (two spaces,
// the group or blanks, label, figure, mark and word, reason; columns two
// or more spaces apart) into label, figure, level and reason; ok is false
// for any other line.
func kompasFields(l string) (f [4]string, ok bool) {
	if !strings.HasPrefix(l, "  ") {
		return f, false
	}
	cols := regexp.MustCompile(`\s{2,}`).Split(strings.TrimSpace(l), -1)
	for i, c := range cols {
		if kompasLevel.MatchString(c) && i >= 2 && i == len(cols)-2 {
			return [4]string{cols[i-2], cols[i-1], c, cols[i+1]}, true
		}
	}
	return f, false
}

// kompasBlocks splits check --kompas output into its gemeente blocks:
// gemeente → indicator label → the line's figure, level and reason.
func kompasBlocks(t *testing.T, out string) map[string]map[string][3]string {
	t.Helper()
	blocks := map[string]map[string][3]string{}
	var cur map[string][3]string
	head := regexp.MustCompile(`^(\S.*) \(\d+ afspra(ak|ken)\)$`)
	for _, l := range strings.Split(out, "\n") {
		if m := head.FindStringSubmatch(l); m != nil {
			cur = map[string][3]string{}
			blocks[m[1]] = cur
			continue
		}
		if f, ok := kompasFields(l); ok && cur != nil {
			cur[f[0]] = [3]string{f[1], f[2], f[3]}
		}
	}
	return blocks
}

// TestCheckKompasDemo: on the demo check --kompas prints, per gemeente,
// the thirteen indicators aligned with a mark and a word, the weakest
// points and a last line naming the red ones (Uithoorn mixes inspanning
// and resultaat in five themes; De Ronde Venen's Word document has no
// status), and exits 1 for them. A config that moves those thresholds
// takes the red away: exit 0.
func TestCheckKompasDemo(t *testing.T) {
	t.Chdir(t.TempDir())
	dir := t.TempDir()
	copyDemo(t, dir)
	var out, errOut bytes.Buffer
	if code := run([]string{"check", "--kompas", dir}, &out, &errOut); code != exitVague {
		t.Fatalf("exit %d, want 1 (a red indicator); stderr %s", code, errOut.String())
	}
	text := out.String()
	blocks := kompasBlocks(t, text)
	if len(blocks) != 6 {
		t.Fatalf("%d gemeente blocks in:\n%s", len(blocks), text)
	}
	for name, lines := range blocks {
		if len(lines) != 14 {
			t.Errorf("%s: %d indicator lines", name, len(lines))
		}
		if v := lines["Vaag"]; !strings.HasSuffix(v[0], "%") || !strings.Contains(v[2], "oranje vanaf 25%, rood vanaf 40%") {
			t.Errorf("%s: Vaag %q", name, v)
		}
	}
	if m := blocks["Uithoorn"]["Gemengd"]; m[0] != "5" || m[1] != "✗ rood" {
		t.Errorf("Uithoorn Gemengd %q, want 5 ✗ rood", m)
	}
	// Aligned: every indicator line has its label, figure and mark in
	// the same columns (counted in characters).
	var cols []int
	lines := 0
	for _, l := range strings.Split(text, "\n") {
		f, ok := kompasFields(l)
		if !ok {
			continue
		}
		lines++
		// Where the label starts, the figure ends (right-aligned) and
		// the mark starts; the label is the last of its words before
		// the figure (group and label may be the same word).
		figure := strings.Index(l, f[1]+"  "+f[2]+" ") + len(f[1])
		label := strings.LastIndex(l[:figure-len(f[1])], f[0])
		at := []int{utf8.RuneCountInString(l[:label]), utf8.RuneCountInString(l[:figure]), utf8.RuneCountInString(l[:figure+2])}
		if cols == nil {
			cols = at
		} else if !slices.Equal(at, cols) {
			t.Errorf("columns %v, want %v: %q", at, cols, l)
		}
	}
	if lines != 6*14 {
		t.Errorf("%d indicator lines", lines)
	}
	for _, want := range []string{
		"  Zwakste punten: in 5 thema's lopen inspanning en resultaat door elkaar (rood) en ",
		"Kompasscan van 6 gemeenten: rood bij De Ronde Venen (Met status); Uithoorn (Gemengd)\n",
		"drempels: de standaardwaarden",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "\x1b[") {
		t.Errorf("colour codes in the output")
	}

	cfg := filepath.Join(writeFiles(t, map[string]string{"pakompas.toml": "[kompas]\ngemengd_rood = 6\nstatus_rood = 0\n"}), "pakompas.toml")
	out.Reset()
	if code := run([]string{"check", "--kompas", "--config", cfg, dir}, &out, &errOut); code != exitOK {
		t.Fatalf("with gemengd_rood = 6, status_rood = 0: exit %d, want 0\n%s", code, out.String())
	}
	if m := kompasBlocks(t, out.String())["Uithoorn"]["Gemengd"]; m[1] != "! oranje" || !strings.Contains(m[2], "rood vanaf 6") {
		t.Errorf("Uithoorn Gemengd with gemengd_rood = 6: %q", m)
	}
	if !strings.Contains(out.String(), ": geen indicator rood\n") || !strings.Contains(out.String(), "drempels: aangepast") {
		t.Errorf("last lines:\n%s", out.String())
	}
}

// TestCheckKompasExitCodes: check --kompas exits 0 without a red
// indicator, 1 with one, 4 and 5 with an unreadable file as without
// --kompas, and 2 with --json.
func TestCheckKompasExitCodes(t *testing.T) {
	t.Chdir(t.TempDir())
	header := "Nr;Thema;Afspraak;Trekker;Planning;Status\n"
	green := header +
		"1.1;Nieuwbouw;De corporatie levert in 2026 48 sociale huurwoningen op in plan Zijdelveld-Noord.;Corporatie;2026;op schema\n" +
		"1.2;Nieuwbouw;De gemeente stelt uiterlijk 31 december 2025 twee locaties beschikbaar voor flexwoningen.;Gemeente;31-12-2025;gereed\n" +
		"1.3;Leefbaarheid;De huurdersvereniging organiseert in 2025 vier bewonersavonden over de huurverhoging.;Huurdersvereniging;2025;op schema\n" +
		"1.4;Duurzaamheid;De corporatie isoleert in 2026 120 woningen in de Meerwijk naar label B.;Corporatie;2026;op schema\n"
	red := header + "1.1;Leefbaarheid;Partijen streven naar een schone en veilige woonomgeving.;Partijen;;\n"
	broken := "<html>geen spreadsheet</html>"
	for _, c := range []struct {
		name  string
		files map[string]string
		flags []string
		code  int
	}{
		{"no red", map[string]string{"uithoorn.csv": green}, nil, 0},
		{"red", map[string]string{"landsmeer.csv": red}, nil, 1},
		{"no red, unreadable", map[string]string{"uithoorn.csv": green, "kapot.xlsx": broken}, nil, 4},
		{"red and unreadable", map[string]string{"landsmeer.csv": red, "kapot.xlsx": broken}, nil, 5},
		{"with --json", map[string]string{"uithoorn.csv": green}, []string{"--json"}, 2},
	} {
		var out, errOut bytes.Buffer
		args := append(append([]string{"check", "--kompas", "--zonder-oordelen"}, c.flags...), writeFiles(t, c.files))
		if code := run(args, &out, &errOut); code != c.code {
			t.Errorf("%s: exit %d, want %d\n%s%s", c.name, code, c.code, out.String(), errOut.String())
			continue
		}
		if c.code == 2 {
			if !strings.Contains(errOut.String(), "niet allebei") {
				t.Errorf("%s: stderr %q", c.name, errOut.String())
			}
			continue
		}
		blocks := kompasBlocks(t, out.String())
		if len(blocks) != 1 {
			t.Errorf("%s: %d blocks:\n%s", c.name, len(blocks), out.String())
		}
		if c.code&exitVague != 0 {
			if v := blocks["Landsmeer"]["Vaag"]; v[0] != "100%" || v[1] != "✗ rood" {
				t.Errorf("%s: Vaag %q", c.name, v)
			}
			if !strings.Contains(out.String(), "rood bij Landsmeer (Vaag, ") {
				t.Errorf("%s: last line:\n%s", c.name, out.String())
			}
		} else if !strings.Contains(out.String(), "Zwakste punten: de huurders zijn maar bij 1 afspraak trekker of partij (oranje); verder geen oranje of rood.") {
			t.Errorf("%s: weakest points:\n%s", c.name, out.String())
		}
	}
}
