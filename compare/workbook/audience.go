package workbook

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"pakompas/importer"
)

// Audience is whom an exported workbook is for.
type Audience uint8

const (
	// Intern is the adviser's own workbook: everything, with the notes,
	// the input files as given (folders included), the full version and
	// the flag rules with their ids and word patterns. It reads back.
	Intern Audience = iota
	// Extern is the workbook to send to a gemeente, corporation or
	// tenants' organisation. The verdicts stay (they are the evaluation);
	// the adviser's notes and orphaned verdicts, the folders of the input
	// files, a development version and the rules' ids and word patterns
	// are left out. It does not read back (it has no notes to read).
	Extern
)

// String is the audience's Dutch name, as the command line takes it.
func (a Audience) String() string {
	if a == Extern {
		return "extern"
	}
	return "intern"
}

// ParseAudience reads "intern" or "extern" (case and surrounding spaces
// do not matter).
func ParseAudience(s string) (Audience, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "intern":
		return Intern, nil
	case "extern":
		return Extern, nil
	}
	return Intern, fmt.Errorf("onbekende doelgroep %q: kies intern of extern", s)
}

// external reports whether the workbook is for readers outside the
// adviser's office.
func (in *Input) external() bool { return in.audience == Extern }

// forAudience returns the input as audience a may see it. For Extern the
// data itself is cleaned, not only the layout, so no sheet can show what
// was left out: notes and orphans dropped, file names without folders
// (also inside the import report's messages), a version only when it is
// a release and the rules without their word patterns. The caller's
// slices are not touched.
func (in Input) forAudience(a Audience) Input {
	in.audience = a
	if a != Extern {
		return in
	}
	in.Version = releaseVersion(in.Version)
	in.Files = mapSlice(in.Files, baseName)
	in.Agreements = slices.Clone(in.Agreements)
	for i := range in.Agreements {
		a := &in.Agreements[i]
		a.Note = ""
		a.File = baseName(a.File)
	}
	in.Orphans = nil
	in.Rules = slices.Clone(in.Rules)
	for i := range in.Rules {
		in.Rules[i].Patterns = ""
	}
	if in.Report != nil {
		in.Report = externalReport(in.Report)
	}
	return in
}

// externalReport copies the import report with file names instead of
// paths, in the paths themselves and in every message.
func externalReport(r *importer.Report) *importer.Report {
	scrub := pathScrubber(r)
	out := &importer.Report{Agreements: r.Agreements, Files: slices.Clone(r.Files)}
	for i := range out.Files {
		f := &out.Files[i]
		f.Path = baseName(f.Path)
		f.Error = scrub(f.Error)
		f.Ignored = scrub(f.Ignored)
		f.Warnings = mapSlice(f.Warnings, scrub)
		f.Sheets = slices.Clone(f.Sheets)
		for k := range f.Sheets {
			f.Sheets[k].Reason = scrub(f.Sheets[k].Reason)
		}
		f.Skipped = slices.Clone(f.Skipped)
		for k := range f.Skipped {
			f.Skipped[k].Reason = scrub(f.Skipped[k].Reason)
		}
	}
	return out
}

// pathLike is the folder part of a path inside a message from the
// system: at the start of a word, either an absolute or explicitly
// relative start ("/home/a/", `C:\Users\a\`, "~/", "../invoer/") with
// the folder names after it, or at least two folder names ("a/b/"). A
// single slash between words ("Wie/wat") is left alone. Group 1 is what
// stands before the path.
var pathLike = regexp.MustCompile(`(^|[\s"'(\[])(?:(?:[A-Za-z]:[\\/]|[\\/]|~[\\/]|\.\.?[\\/])(?:[^\s\\/:"'()]+[\\/])*|(?:[^\s\\/:"'()]+[\\/]){2,})`)

// pathScrubber returns a function that replaces, in a message, every
// input path of the report by its file name, and then any other path's
// folders: a message naming a folder of the adviser's disk (an operating
// system error) keeps only the last name.
func pathScrubber(r *importer.Report) func(string) string {
	var pairs []string
	paths := make([]string, 0, len(r.Files))
	for _, f := range r.Files {
		if baseName(f.Path) != f.Path {
			paths = append(paths, f.Path)
		}
	}
	// Longest first, so a path is not half replaced by a shorter one.
	slices.SortFunc(paths, func(a, b string) int { return len(b) - len(a) })
	for _, p := range paths {
		pairs = append(pairs, p, baseName(p))
	}
	known := strings.NewReplacer(pairs...)
	return func(s string) string {
		if !strings.ContainsAny(s, `/\`) {
			return s
		}
		return pathLike.ReplaceAllString(known.Replace(s), "${1}")
	}
}

// baseName is the file name of a path written with / or \ separators
// (a path from Windows is cut at \ on every system).
func baseName(p string) string {
	p = strings.TrimRight(p, `/\`)
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

// releaseVersion is v when it is a release ("v1.2.3" or "1.2.3"), else
// "": a development build ("dev", a pseudo-version, "+dirty") is not
// named to outside readers.
func releaseVersion(v string) string {
	if releaseRe.MatchString(v) {
		return v
	}
	return ""
}

var releaseRe = regexp.MustCompile(`^v?\d+\.\d+\.\d+$`)

// mapSlice returns f applied to each element of xs, nil for nil.
func mapSlice(xs []string, f func(string) string) []string {
	if xs == nil {
		return nil
	}
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}
