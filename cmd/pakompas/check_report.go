package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/compare/vague"
)

// checkHead is what "check --json" writes without its last field,
// "vague": the vague agreements as checkItems, null when there are none.
type checkHead struct {
	Files      int `json:"files"`
	Unreadable int `json:"unreadable"`
	Agreements int `json:"agreements"`
	// Earlier is how many of Agreements belong to an earlier jaarschijf
	// of their gemeente: not checked (compare.Analysis.Superseded).
	Earlier int `json:"earlier,omitempty"`
	// WithVerdicts is false with --zonder-oordelen; Evaluation is the file
	// the verdicts were read from.
	WithVerdicts bool     `json:"with_verdicts"`
	Evaluation   string   `json:"evaluation,omitempty"`
	Selection    []string `json:"selection,omitempty"`
}

// checkItem is a vague agreement: "vague" is the automatic check's
// verdict, "verdict" the adviser's when she gave one ("vaag" lists an
// agreement the check passed).
type checkItem struct {
	compare.Agreement
	Verdict evaluation.Verdict `json:"verdict,omitempty"`
}

// writeCheck prints the findings per gemeente (in the analysis' gemeente
// order), each as "file:sheet:row  gemeente  rule 'words'  text…", and a
// count per theme after each gemeente.
func writeCheck(w io.Writer, an *compare.Analysis, vague []checkItem, basis string) error {
	ew := &lineWriter{w: w}
	byGem := map[string][]checkItem{}
	for _, a := range vague {
		byGem[a.Gemeente] = append(byGem[a.Gemeente], a)
	}
	for _, gem := range an.Gemeenten {
		list := byGem[gem]
		if len(list) == 0 {
			continue
		}
		ew.printf("%s: %d vage afspraken", gem, len(list))
		if n := countLessCertain(list); n > 0 {
			ew.printf(" (%d minder zeker)", n)
		}
		ew.printf("\n")
		perTheme := map[string]int{}
		for _, a := range list {
			perTheme[a.Theme]++
			ew.printf("  %s  %s  %s  %s\n", location(a.Agreement), gem, reason(a), shorten(a.Text, 70))
		}
		var parts []string
		for _, t := range an.Taxonomy.Themes() {
			if n := perTheme[t.Key]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", t.Label, n))
			}
		}
		ew.printf("  per thema: %s\n\n", strings.Join(parts, " · "))
	}
	writeCarried(ew, an)
	ew.printf("%d van %d afspraken vaag in %d gemeente(n)", len(vague), an.CurrentCount(), len(an.Gemeenten))
	if n := an.EarlierCount(); n > 0 {
		ew.printf(" (de laatste jaarschijf per gemeente; %d afspraken van eerdere jaren staan alleen in het verloop)", n)
	}
	if sel := an.Report.Selection; sel != nil {
		ew.printf(" (alleen %s)", strings.Join(sel, ", "))
	}
	ew.printf("\n")
	if n := countLessCertain(vague); n > 0 {
		ew.printf("%d daarvan minder zeker (alleen 'geen toetsbaar resultaat', geen vaag woord: vaker onterecht dan een vaag woord): controleer die eerst\n", n)
	}
	ew.printf("%s\n", basis)
	return ew.err
}

// location is "file:sheet:row" (file as given; "file:row" for CSV).
func location(a compare.Agreement) string {
	file := filepath.ToSlash(a.Source.File)
	if a.Source.Sheet == "" {
		return fmt.Sprintf("%s:%d", file, a.Source.Row)
	}
	return fmt.Sprintf("%s:%s:%d", file, a.Source.Sheet, a.Source.Row)
}

// reason is why a listed agreement is vague: the adviser's verdict when
// she judged it vague, and the rules that matched.
func reason(a checkItem) string {
	if a.Verdict != evaluation.Vaag {
		if lessCertain(a) {
			return flagSummary(a.Flags) + " [minder zeker]"
		}
		return flagSummary(a.Flags)
	}
	if !a.Vague {
		return "oordeel adviseur: vaag"
	}
	return "oordeel adviseur: vaag; " + flagSummary(a.Flags)
}

// lessCertain reports a listed agreement whose vague verdict rests only on
// what is missing and that the adviser has not judged (compare.Unsettled).
func lessCertain(a checkItem) bool {
	lc, _ := compare.Unsettled(a.Agreement, a.Verdict)
	return lc
}

// countLessCertain counts the less certain agreements of list.
func countLessCertain(list []checkItem) int {
	n := 0
	for _, a := range list {
		if lessCertain(a) {
			n++
		}
	}
	return n
}

// flagSummary is "rule 'words'" for every flag, comma separated.
func flagSummary(flags []compare.Flag) string {
	parts := make([]string, 0, len(flags))
	for _, f := range flags {
		if f.Info {
			continue
		}
		if f.Category == vague.CategoryGeenResultaat {
			// A verdict-level flag says what is missing ("geen toetsbaar
			// resultaat: geen partij, geen aantal, geen termijn"), not words.
			parts = append(parts, fmt.Sprintf("%s (%s)", f.Rule, f.Message))
			continue
		}
		if f.Match == "" {
			parts = append(parts, f.Rule)
			continue
		}
		parts = append(parts, fmt.Sprintf("%s '%s'", f.Rule, f.Match))
	}
	if len(parts) == 0 {
		return "(geen regel)"
	}
	return strings.Join(parts, ", ")
}

// shorten puts text on one line and cuts it to at most n runes with "…".
func shorten(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	r := []rune(text)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// lineWriter keeps the first write error so printing code stays linear.
type lineWriter struct {
	w   io.Writer
	err error
}

func (l *lineWriter) printf(format string, args ...any) {
	if l.err == nil {
		_, l.err = fmt.Fprintf(l.w, format, args...)
	}
}
