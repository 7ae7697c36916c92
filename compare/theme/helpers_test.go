package theme

import "github.com/BurntSushi/toml"

// ParseConfig reads the [themas] table of a pakompas.toml document for
// the tests, as compare.ParseConfig reads it from the whole file: unknown
// keys under [themas] are an error (UnknownKeys), other tables are left
// alone.
func ParseConfig(data []byte) (Config, error) {
	var f struct {
		Themas Config `toml:"themas"`
	}
	md, err := toml.Decode(string(data), &f)
	if err != nil {
		return Config{}, err
	}
	if err := UnknownKeys(md); err != nil {
		return Config{}, err
	}
	return f.Themas, nil
}
