package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"

	"pakompas/importer"
)

// command is one pakompas command: its flags and its Dutch help. The
// standard flag package prints English ("Usage of pakompas check:",
// "flag provided but not defined"), so command prints its own usage and
// translates the parse errors.
type command struct {
	// name is "pakompas check"; synopsis the usage line(s) after
	// "Gebruik:"; about what the command does; footer what follows the
	// options (exit codes, what a PAD is).
	name, synopsis, about, footer string
	fs                            *flag.FlagSet
	// order is the flags in the order they were defined (the flag package
	// sorts them), with their placeholder (NAAM, BESTAND) or "".
	order []flagHelp
}

type flagHelp struct{ name, value string }

func newCommand(name, synopsis, about, footer string) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &command{name: name, synopsis: synopsis, about: about, footer: footer, fs: fs}
}

// boolFlag defines a switch.
func (c *command) boolFlag(name, usage string) *bool {
	c.order = append(c.order, flagHelp{name, ""})
	return c.fs.Bool(name, false, usage)
}

// stringFlag defines an option with a value shown as placeholder.
func (c *command) stringFlag(name, placeholder, usage string) *string {
	c.order = append(c.order, flagHelp{name, placeholder})
	return c.fs.String(name, "", usage)
}

// listFlag defines an option that may be repeated and takes
// comma-separated values.
func (c *command) listFlag(name, placeholder, usage string) *nameList {
	var l nameList
	c.order = append(c.order, flagHelp{name, placeholder})
	c.fs.Var(&l, name, usage)
	return &l
}

// parse parses flags that may stand before, between or after the paths
// ("pakompas import map/ --json"), which the standard flag package alone
// does not allow; "--" ends the flags. When ok is false the command is
// done and returns code: 0 after -h/--help (the usage is on stdout), 2
// after a bad flag (named on stderr in Dutch).
func (c *command) parse(args []string, stdout, stderr io.Writer) (paths []string, code int, ok bool) {
	for {
		if err := c.fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				c.writeUsage(stdout)
				return nil, exitOK, false
			}
			fmt.Fprintf(stderr, "%s: %s\nmeer: %s --help\n", c.name, dutchFlagError(err), c.name)
			return nil, exitUsage, false
		}
		rest := c.fs.Args()
		if len(rest) == 0 {
			return paths, exitOK, true
		}
		if rest[0] == "--" {
			return append(paths, rest[1:]...), exitOK, true
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
}

// usageError says on stderr what is wrong with how the command was used
// and where the help is, and returns exitUsage.
func (c *command) usageError(stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "%s: %s\nmeer: %s --help\n", c.name, fmt.Sprintf(format, args...), c.name)
	return exitUsage
}

// writeUsage prints the command's Dutch help: usage line, what it does,
// its options, then the footer.
func (c *command) writeUsage(w io.Writer) {
	fmt.Fprintf(w, "Gebruik:\n%s\n\n%s\n", indent(c.synopsis), wrap(c.about, 78, ""))
	if len(c.order) > 0 {
		fmt.Fprintf(w, "\nOpties:\n")
		width := 0
		for _, f := range c.order {
			width = max(width, len(f.label()))
		}
		for _, f := range c.order {
			label := f.label()
			pad := strings.Repeat(" ", width-len(label)+2)
			usage := c.fs.Lookup(f.name).Usage
			fmt.Fprintf(w, "  %s%s%s\n", label, pad, wrap(usage, 76-width, strings.Repeat(" ", width+4)))
		}
	}
	if c.footer != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimRight(c.footer, "\n"))
	}
}

// label is "--gemeente NAAM" ("-o BESTAND" for a one-letter flag).
func (f flagHelp) label() string {
	dash := "--"
	if len(f.name) == 1 {
		dash = "-"
	}
	if f.value == "" {
		return dash + f.name
	}
	return dash + f.name + " " + f.value
}

// indent puts two spaces before every line.
func indent(s string) string {
	return "  " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n  ")
}

// wrap breaks text into lines of at most width characters (runes), the
// lines after the first starting with prefix. Paragraph breaks are kept.
func wrap(text string, width int, prefix string) string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			switch {
			case line == "":
				line = word
			case len([]rune(line))+1+len([]rune(word)) > width:
				out = append(out, line)
				line = word
			default:
				line += " " + word
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n"+prefix)
}

// The flag package's parse errors, to be said in Dutch.
var (
	reNotDefined = regexp.MustCompile(`^flag provided but not defined: (\S+)$`)
	reNeedsArg   = regexp.MustCompile(`^flag needs an argument: (\S+)$`)
	reBadBool    = regexp.MustCompile(`^invalid boolean value "(.*)" for (\S+): `)
	reBadValue   = regexp.MustCompile(`^invalid value "(.*)" for flag (\S+): (.*)$`)
	reBadSyntax  = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

// dutchFlagError says a flag parse error in Dutch.
func dutchFlagError(err error) string {
	msg := err.Error()
	if m := reNotDefined.FindStringSubmatch(msg); m != nil {
		return "onbekende optie " + dashed(m[1])
	}
	if m := reNeedsArg.FindStringSubmatch(msg); m != nil {
		return "optie " + dashed(m[1]) + " heeft een waarde nodig"
	}
	if m := reBadBool.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("optie %s is een schakelaar: geef haar zonder waarde (niet %q)", dashed(m[2]), m[1])
	}
	if m := reBadValue.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("optie %s: %s", dashed(m[2]), m[3])
	}
	if m := reBadSyntax.FindStringSubmatch(msg); m != nil {
		return "ongeldige optie " + m[1]
	}
	return msg
}

// dashed writes a flag as the help shows it: "--json", "-o" (the flag
// package names every flag with one dash).
func dashed(flagName string) string {
	return flagHelp{name: strings.TrimLeft(flagName, "-")}.label()
}

// nameList is an option that may be given more than once, each time with
// one name or several separated by commas ("--alleen Uithoorn,Aalsmeer").
type nameList []string

func (l *nameList) String() string { return strings.Join(*l, ",") }

// Set adds the comma-separated names of one occurrence.
func (l *nameList) Set(v string) error {
	added := false
	for _, name := range strings.Split(v, ",") {
		if name = strings.TrimSpace(name); name != "" {
			*l, added = append(*l, name), true
		}
	}
	if !added {
		return errors.New("geef een of meer namen, gescheiden door komma's")
	}
	return nil
}

// yearValue is an option whose value is a jaarschijf or a period ("2025",
// "2024-2027"), checked and written canonically when given.
type yearValue string

func (y *yearValue) String() string { return string(*y) }

// Set takes a year or a period.
func (y *yearValue) Set(v string) error {
	canon, ok := importer.ParseYear(v)
	if !ok {
		return fmt.Errorf("%q is geen jaar of periode (geef bijvoorbeeld 2025 of 2024-2027)", v)
	}
	*y = yearValue(canon)
	return nil
}

// yearFlag defines an option whose value is a jaarschijf (yearValue).
func (c *command) yearFlag(name, placeholder, usage string) *yearValue {
	var y yearValue
	c.order = append(c.order, flagHelp{name, placeholder})
	c.fs.Var(&y, name, usage)
	return &y
}
