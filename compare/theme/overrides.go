package theme

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
