package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"pakompas/compare"
	"pakompas/importer"
)

// commonFlags are the flags every command that reads agreements accepts.
type commonFlags struct {
	gemeente, password, config *string
	alleen                     *nameList
	jaar                       *yearValue
}

func addCommonFlags(c *command) commonFlags {
	return commonFlags{
		alleen: c.listFlag("alleen", "NAAM[,NAAM]", "lees alleen deze gemeenten (herhaalbaar of met komma's; "+
			"hoofdletters en accenten tellen niet); een naam die in geen bestand voorkomt geeft een fout met de gevonden gemeenten"),
		gemeente: c.stringFlag("gemeente", "NAAM", "gemeente voor de bestanden die zelf geen gemeente noemen "+
			"(geen gemeentekolom, niet in de titel of de bestandsnaam); een bestand dat een andere gemeente noemt houdt die, met een waarschuwing"),
		jaar: c.yearFlag("jaar", "JJJJ", "jaarschijf (zoals 2025) of periode (2024-2027) voor de bestanden die zelf geen jaar noemen "+
			"(geen jaarkolom, niet in de titel, de bladnaam, de bestandsnaam of de map); een bestand dat een ander jaar noemt houdt dat, met een waarschuwing"),
		password: c.stringFlag("password", "WACHTWOORD", "wachtwoord voor beveiligde xlsx-bestanden"),
		config: c.stringFlag("config", "BESTAND", "instellingenbestand (standaard "+compare.DefaultConfigFile+
			" in de huidige map, als dat bestaat)"),
	}
}

func (c commonFlags) importOptions() importer.Options {
	return importer.Options{Gemeente: *c.gemeente, Year: string(*c.jaar), Password: *c.password}
}

// selectGemeenten limits the import to the gemeenten of --alleen.
func (c commonFlags) selectGemeenten(rep *importer.Report) (*importer.Report, error) {
	rep, err := importer.Select(rep, *c.alleen)
	if err != nil {
		return nil, fmt.Errorf("--alleen: %w", err)
	}
	return rep, nil
}

// engine compiles the adviser's config: --config, else pakompas.toml in
// the working directory when present, else the defaults.
func (c commonFlags) engine(stderr io.Writer) (*compare.Engine, bool) {
	path, optional := *c.config, false
	if path == "" {
		path, optional = compare.DefaultConfigFile, true
	}
	cfg, err := compare.LoadConfig(path, optional)
	if err == nil {
		var e *compare.Engine
		if e, err = compare.NewEngine(cfg); err == nil {
			return e, true
		}
	}
	fmt.Fprintf(stderr, "pakompas: instellingen %s: %v\n", path, err)
	return nil, false
}

// analyze imports paths, limits them to the selected gemeenten and
// analyses them with the config's engine and the adviser's theme moves.
// Errors are said on stderr under the command's name.
func analyze(paths []string, c commonFlags, ov compare.Overrides, name string, stderr io.Writer) (*compare.Analysis, bool) {
	eng, ok := c.engine(stderr)
	if !ok {
		return nil, false
	}
	rep, ok := importSelected(paths, c, name, stderr)
	if !ok {
		return nil, false
	}
	return eng.Analyze(rep, ov), true
}

// importSelected imports paths and limits them to the gemeenten of
// --alleen; an error is said on stderr under the command's name.
func importSelected(paths []string, c commonFlags, name string, stderr io.Writer) (*importer.Report, bool) {
	rep, err := c.selectGemeenten(importer.Import(context.Background(), paths, c.importOptions()))
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return nil, false
	}
	return rep, true
}

// warnGemeenteOption repeats on stderr, naming the file, the import
// report's warnings that mention --gemeente (not applied to a file that
// names another gemeente, a name not on the list, a file naming none) or
// --jaar (not applied to a file that names another year): check and
// export print no report, and a wrong gemeente or year is wrong data.
func warnGemeenteOption(an *compare.Analysis, name string, stderr io.Writer) {
	for _, f := range an.Report.Files {
		for _, w := range f.Warnings {
			if strings.Contains(w, "--gemeente") || strings.Contains(w, "--jaar") {
				fmt.Fprintf(stderr, "%s: %s: let op: %s\n", name, f.Path, w)
			}
		}
	}
}

// reportFileErrors names on stderr every file that could not be read.
func reportFileErrors(an *compare.Analysis, name string, stderr io.Writer) {
	for _, f := range an.Report.Files {
		if f.Error != "" {
			fmt.Fprintf(stderr, "%s: %s: %s\n", name, f.Path, f.Error)
		}
	}
}
