package compare

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

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
}

// ParseConfig reads a config from TOML text; name is used in errors.
func ParseConfig(name string, data []byte) (Config, error) {
	var c Config
	md, err := toml.Decode(string(data), &c)
	if err != nil {
		return Config{}, fmt.Errorf("%s: %w", name, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return Config{}, fmt.Errorf("%s: onbekende instelling %q", name, und[0].String())
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
