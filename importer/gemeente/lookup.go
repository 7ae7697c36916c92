package gemeente

import (
	"strings"

	"pakompas/importer/norm"
)

// Lookup recognises name as the content of a spreadsheet cell: a gemeente
// name and nothing else. Case, diacritics, spaces, hyphens, apostrophes and
// other punctuation are ignored; a leading "Gemeente" or "Gem." (or a
// trailing "gemeente") is dropped. The province that CBS adds to six names
// may be left out ("Hengelo" is "Hengelo (O.)") or written another way
// ("Bergen NH", "Bergen (Limburg)"); plain "Bergen" is ambiguous and not
// recognised. Common aliases ("Den Haag", "Den Bosch", Dutch forms of
// Frisian names) are known, and so are gemeenten that merged away from 2018
// to 2023: they give the gemeente they went into, with Former set.
//
// When ok is false, Match is zero but for Written.
func Lookup(name string) (m Match, ok bool) {
	written := strings.TrimSpace(name)
	words := norm.Words(written)
	e := getIndex().byKey[strings.Join(words, "")]
	if e == nil && len(words) > 1 {
		switch {
		case gemeenteWords[words[0]]:
			e = getIndex().byKey[strings.Join(words[1:], "")]
		case words[len(words)-1] == "gemeente":
			e = getIndex().byKey[strings.Join(words[:len(words)-1], "")]
		}
	}
	if e == nil || e.ambiguous || e.blocked {
		return Match{Written: written}, false
	}
	return e.match(written), true
}
