package theme

import "fmt"

// Overrides are the adviser's moves, consulted by Placer.PlaceWith before
// anything else. The TUI keeps them with the evaluation; the zero value
// moves nothing.
type Overrides struct {
	// ByLocal moves every agreement under a local theme name. Keys are the
	// name as written or its LocalKey (MoveLocal stores the latter, which
	// also catches other spellings and numberings of the name).
	ByLocal map[string]string
	// ByID moves one agreement, by importer.Agreement.ID. It wins over
	// ByLocal.
	ByID map[string]string
}

// MoveLocal moves every agreement under the local theme name to key; an
// empty key undoes the move.
func (o *Overrides) MoveLocal(name, key string) {
	o.ByLocal = set(o.ByLocal, LocalKey(name), key)
}

// MoveID moves one agreement to key; an empty key undoes the move.
func (o *Overrides) MoveID(id, key string) {
	o.ByID = set(o.ByID, id, key)
}

func set(m map[string]string, k, v string) map[string]string {
	if v == "" {
		delete(m, k)
		return m
	}
	if m == nil {
		m = map[string]string{}
	}
	m[k] = v
	return m
}

// local returns the key a local theme name is moved to, or "".
func (o Overrides) local(raw, localKey string) string {
	if k := o.ByLocal[raw]; k != "" {
		return k
	}
	if localKey == "" {
		return ""
	}
	return o.ByLocal[localKey]
}

// Explain says in Dutch why the agreement landed where it did, for the
// adviser: `themanaam "Huurbeleid" bevat "huurbeleid" → Betaalbaarheid`.
func (pl Placement) Explain() string {
	name := fmt.Sprintf("themanaam %q", pl.Raw)
	if pl.Raw == "" {
		name = "geen themanaam"
	}
	switch pl.Via {
	case ViaTheme:
		s := fmt.Sprintf("%s bevat %q → %s", name, pl.Matched, pl.Label)
		if len(pl.Also) > 0 {
			s += fmt.Sprintf(" (noemt ook %v; gekozen op de tekst of als eerst genoemde)", pl.Also)
		}
		return s
	case ViaText:
		if pl.Raw != "" {
			name += " zegt niets over het thema"
		}
		return fmt.Sprintf("%s; de tekst noemt %q → %s", name, pl.Matched, pl.Label)
	case ViaConfig:
		return fmt.Sprintf("%s staat in pakompas.toml vast op %s", name, pl.Label)
	case ViaAdviser:
		return fmt.Sprintf("door de adviseur verplaatst naar %s", pl.Label)
	}
	if pl.Raw == "" {
		return fmt.Sprintf("niet te plaatsen: geen themanaam en de tekst geeft geen aanwijzing → %s", pl.Label)
	}
	return fmt.Sprintf("niet te plaatsen: %s en de tekst geven geen aanwijzing → %s", name, pl.Label)
}
