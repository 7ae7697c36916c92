package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"pakompas/compare/evaluation"
)

// TestCheckMarksLessCertain: a vague verdict resting only on "geen
// toetsbaar resultaat" is marked "[minder zeker]" in its line, counted
// per gemeente and in the closing lines, and "less_certain" in --json; a
// verdict with a vague word is not.
func TestCheckMarksLessCertain(t *testing.T) {
	t.Chdir(t.TempDir()) // no evaluation file from the package folder
	data := "Nr;Thema;Afspraak;Trekker\n" +
		"1.1;Leefbaarheid;Partijen streven naar een schone en veilige woonomgeving.;Partijen\n" +
		"1.2;Doelgroepen;De gemeente zoekt samen met werkgevers in de sierteelt naar huisvesting voor arbeidsmigranten.;Gemeente\n" +
		"1.3;Nieuwbouw;De corporatie levert in 2026 48 sociale huurwoningen op in plan Zijdelveld-Noord.;Corporatie\n"
	dir := writeFiles(t, map[string]string{"uithoorn.csv": data})
	var out, errOut bytes.Buffer
	if code := run([]string{"check", dir}, &out, &errOut); code != exitVague {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	text := out.String()
	var word, missing string
	for _, l := range strings.Split(text, "\n") {
		switch {
		case strings.Contains(l, "uithoorn.csv:2"):
			word = l
		case strings.Contains(l, "uithoorn.csv:3"):
			missing = l
		}
	}
	if word == "" || missing == "" {
		t.Fatalf("expected both agreements listed as vague:\n%s", text)
	}
	if strings.Contains(word, "minder zeker") {
		t.Errorf("a verdict with a vague word is marked less certain: %q", word)
	}
	if !strings.Contains(missing, "geen-toetsbaar-resultaat") || !strings.Contains(missing, "[minder zeker]") {
		t.Errorf("the fallback-only verdict is not marked: %q", missing)
	}
	for _, want := range []string{"Uithoorn: 2 vage afspraken (1 minder zeker)", "\n1 daarvan minder zeker ("} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in:\n%s", want, text)
		}
	}

	out.Reset()
	if code := run([]string{"check", "--json", dir}, &out, &errOut); code != exitVague {
		t.Fatalf("--json exit %d", code)
	}
	var doc struct {
		Vague []struct {
			Number      string `json:"number"`
			LessCertain bool   `json:"less_certain"`
		} `json:"vague"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, v := range doc.Vague {
		got[v.Number] = v.LessCertain
	}
	if len(got) != 2 || got["1.1"] || !got["1.2"] {
		t.Errorf("less_certain by number = %v, want 1.1 false, 1.2 true", got)
	}
}

// TestCheckAdviserVerdictNotLessCertain: once the adviser judged the
// agreement (vaag, or twijfel: she read it), the check's doubt no longer
// applies.
func TestCheckAdviserVerdictNotLessCertain(t *testing.T) {
	a := checkItem{}
	a.Vague, a.LessCertain = true, true
	if !lessCertain(a) {
		t.Fatal("an unjudged fallback-only verdict is not less certain")
	}
	for _, v := range []evaluation.Verdict{evaluation.Vaag, evaluation.Twijfel} {
		a.Verdict = v
		if lessCertain(a) || strings.Contains(reason(a), "minder zeker") {
			t.Errorf("judged %q by the adviser but still marked: %q", v, reason(a))
		}
	}
}
