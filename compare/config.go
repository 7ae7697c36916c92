package compare

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/BurntSushi/toml"

	"pakompas/compare/theme"
	"pakompas/compare/vague"
)

// DefaultConfigFile is the config file pakompas reads from the working
// directory when no --config is given (and ignores when absent).
const DefaultConfigFile = "pakompas.toml"

// Config is the adviser's tuning of the comparison, read from a TOML file
// (see the README for a documented example). Every table is optional.
type Config struct {
	// Themes adds synonyms to the national taxonomy, pins local theme
	// names, or replaces the taxonomy ([themas]).
	Themes theme.Config `toml:"themas"`
	// Rules overrides, disables or adds flag rules ([regels]).
	Rules vague.Config `toml:"regels"`
	// Corporations are extra corporation names the owner roles recognise
	// (corporaties = ["Woonstichting De Kernen"]).
	Corporations []string `toml:"corporaties"`
	// Kompas sets the thresholds of the indicators per gemeente
	// ([kompas], vaag_oranje = 20); Thresholds applies them to the
	// defaults (thresholds.go).
	Kompas KompasConfig `toml:"kompas"`
}

// ParseConfig reads a config from TOML text; name is used in errors. A
// key it does not know is an error, so that a typo ("synonymen") does not
// pass silently: every unknown key is named, under [themas] and [regels]
// with the keys those tables know (theme.UnknownKeys, vague.UnknownKeys).
func ParseConfig(name string, data []byte) (Config, error) {
	var c Config
	md, err := toml.Decode(string(data), &c)
	if err != nil {
		return Config{}, fmt.Errorf("%s: %w", name, err)
	}
	var top []string
	for _, k := range md.Undecoded() {
		// A deeper key outside [themas] and [regels] lies in an unknown
		// table, which is named itself.
		if len(k) == 1 && k[0] != "themas" && k[0] != "regels" && k[0] != "kompas" {
			top = append(top, k.String())
		}
	}
	var errs []error
	if len(top) > 0 {
		errs = append(errs, fmt.Errorf("onbekende instelling %s (bekend zijn: corporaties, [themas], [regels] en [kompas])", strings.Join(top, ", ")))
	}
	_, kompasErr := c.Thresholds()
	if md.IsDefined("kompas") && md.Type("kompas") != "Hash" {
		kompasErr = errors.New("kompas hoort een tabel te zijn: [kompas] met daaronder de drempels")
	}
	for _, err := range []error{theme.UnknownKeys(md), vague.UnknownKeys(md), kompasErr} {
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return Config{}, fmt.Errorf("%s: %w", name, errors.Join(errs...))
	}
	return c, nil
}

// LoadConfig reads the config file at path. With optional set, a missing
// file is no error (the default config file in the working directory).
func LoadConfig(path string, optional bool) (Config, error) {
	data, err := os.ReadFile(path)
	if optional && errors.Is(err, fs.ErrNotExist) {
		return Config{}, nil
	}
	if err != nil {
		return Config{}, err
	}
	return ParseConfig(path, data)
}
