package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"pakompas/compare"
	"pakompas/importer"
)

// commonFlags are the flags every command that reads agreements accepts.
type commonFlags struct {
	gemeente, password, config *string
}

func addCommonFlags(fs *flag.FlagSet) commonFlags {
	return commonFlags{
		gemeente: fs.String("gemeente", "", "gemeente voor een bestand zonder gemeentekolom"),
		password: fs.String("password", "", "wachtwoord voor beveiligde xlsx-bestanden"),
		config:   fs.String("config", "", "instellingenbestand (standaard "+compare.DefaultConfigFile+" als dat bestaat)"),
	}
}

func (c commonFlags) importOptions() importer.Options {
	return importer.Options{Gemeente: *c.gemeente, Password: *c.password}
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

// analyze imports paths and analyses them with the config's engine and
// the adviser's theme moves.
func analyze(paths []string, c commonFlags, ov compare.Overrides, stderr io.Writer) (*compare.Analysis, bool) {
	eng, ok := c.engine(stderr)
	if !ok {
		return nil, false
	}
	rep := importer.Import(context.Background(), paths, c.importOptions())
	return eng.Analyze(rep, ov), true
}
