package vague

import (
	"sync"

	"github.com/BurntSushi/toml"
)

var defaultClassifier = sync.OnceValue(func() *Classifier {
	c, err := New(DefaultRules())
	if err != nil {
		panic("vague: embedded rules: " + err.Error())
	}
	return c
})

// Default returns the classifier with the embedded rules, compiled once
// for all tests (compare.NewEngine compiles its own with New).
func Default() *Classifier { return defaultClassifier() }

// ParseConfig reads the [regels] table of a pakompas.toml document for
// the tests, as compare.ParseConfig reads it from the whole file: unknown
// keys under [regels] are an error (UnknownKeys), other tables are left
// alone.
func ParseConfig(data []byte) (Config, error) {
	var f struct {
		Regels Config `toml:"regels"`
	}
	md, err := toml.Decode(string(data), &f)
	if err != nil {
		return Config{}, err
	}
	if err := UnknownKeys(md); err != nil {
		return Config{}, err
	}
	return f.Regels, nil
}
