package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"pakompas/compare"
	"pakompas/compare/printable"
	"pakompas/compare/vague"
)

// runCheck implements "pakompas check": the vague agreements, listed like
// a linter's findings, grouped per gemeente with a count per theme.
// Exit 0 when none is vague, 1 when some are, 2 on usage or read errors.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("pakompas check", stderr)
	asJSON := fs.Bool("json", false, "schrijf de vage afspraken als JSON")
	common := addCommonFlags(fs)
	paths, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "pakompas check: geef een of meer bestanden of mappen op")
		return exitUsage
	}
	an, ok := analyze(paths, common, compare.Overrides{}, stderr)
	if !ok {
		return exitUsage
	}
	var vague []compare.Agreement
	for _, a := range an.Agreements {
		if a.Vague {
			vague = append(vague, a)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(checkDoc{Files: len(an.Report.Files), Agreements: len(an.Agreements), Vague: vague})
	} else {
		err = writeCheck(printable.Writer(stdout), an, vague)
	}
	if err != nil {
		fmt.Fprintln(stderr, "pakompas:", err)
		return exitUsage
	}
	for _, f := range an.Report.Files {
		if f.Error != "" {
			fmt.Fprintf(stderr, "pakompas check: %s: %s\n", f.Path, f.Error)
		}
	}
	switch {
	case an.Report.Failed():
		return exitUsage
	case len(vague) > 0:
		return exitFailures
	}
	return exitOK
}

// checkDoc is what "check --json" writes.
type checkDoc struct {
	Files      int                 `json:"files"`
	Agreements int                 `json:"agreements"`
	Vague      []compare.Agreement `json:"vague"`
}

// writeCheck prints the findings per gemeente (in the analysis' gemeente
// order), each as "file:sheet:row  gemeente  rule 'words'  text…", and a
// count per theme after each gemeente.
func writeCheck(w io.Writer, an *compare.Analysis, vague []compare.Agreement) error {
	ew := &lineWriter{w: w}
	byGem := map[string][]compare.Agreement{}
	for _, a := range vague {
		byGem[a.Gemeente] = append(byGem[a.Gemeente], a)
	}
	for _, gem := range an.Gemeenten {
		list := byGem[gem]
		if len(list) == 0 {
			continue
		}
		ew.printf("%s: %d vage afspraken\n", gem, len(list))
		perTheme := map[string]int{}
		for _, a := range list {
			perTheme[a.Theme]++
			ew.printf("  %s  %s  %s  %s\n", location(a), gem, flagSummary(a.Flags), shorten(a.Text, 70))
		}
		var parts []string
		for _, t := range an.Taxonomy.Themes() {
			if n := perTheme[t.Key]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", t.Label, n))
			}
		}
		ew.printf("  per thema: %s\n\n", strings.Join(parts, " · "))
	}
	ew.printf("%d van %d afspraken vaag in %d gemeente(n)\n", len(vague), len(an.Agreements), len(an.Gemeenten))
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
