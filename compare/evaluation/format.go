package evaluation

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"time"
)

// fileFormat is the JSON file. Files written before two advisers could
// share one lack the change times of the moves by local name and the
// removals; they load with every verdict, note and move (a move without a
// time counts as changed long ago), and older versions of pakompas ignore
// the new fields.
type fileFormat struct {
	Version int `json:"versie"`
	// ThemeByLocal moves a local theme name (as written) to a national
	// theme key, for every agreement under it.
	ThemeByLocal map[string]string `json:"thema_per_lokale_naam,omitempty"`
	// ThemeByLocalChanged is when each move by local name was last changed;
	// a name here but not in ThemeByLocal is a move that was removed.
	ThemeByLocalChanged map[string]time.Time `json:"thema_per_lokale_naam_gewijzigd,omitempty"`
	// Removed is when each entry that was cleared was removed, so a store
	// that still holds the old entry does not bring it back.
	Removed map[string]time.Time `json:"verwijderd,omitempty"`
	Entries []Entry              `json:"afspraken"`
}

const formatVersion = 1

// MaxFileSize is the largest evaluation file read, in bytes: 64 MiB. A
// verdict and a 1,000-character note on every agreement of the national
// corpus (51,300) take about 60 MB; a larger file is refused (and never
// overwritten), so a wrong or hostile file cannot take the memory.
const MaxFileSize = 64 << 20

// utf8BOM is the UTF-8 byte order mark.
var utf8BOM = []byte("\xef\xbb\xbf")

// localMove is a theme move by local name and when it was last changed.
type localMove struct {
	Key     string
	Changed time.Time
}

// contents is the adviser's work as an evaluation file holds it.
type contents struct {
	entries records[Entry]
	moves   records[localMove]
}

func newContents() contents {
	return contents{
		entries: newRecords(func(e Entry) time.Time { return e.Changed }),
		moves:   newRecords(func(m localMove) time.Time { return m.Changed }),
	}
}

// decode parses an evaluation file (path is for messages). An empty file
// is an empty evaluation; a file that cannot be parsed, or that a newer
// pakompas wrote, is an error.
func decode(path string, data []byte) (contents, error) {
	c := newContents()
	// Notepad and other Windows editors put a UTF-8 byte order mark before
	// the JSON; encoding/json refuses it.
	data = bytes.TrimPrefix(data, utf8BOM)
	if len(bytes.TrimSpace(data)) == 0 {
		return c, nil
	}
	var f fileFormat
	if err := json.Unmarshal(data, &f); err != nil {
		return c, fmt.Errorf("evaluatie %s is onleesbaar (%v); het bestand wordt niet overschreven: herstel het of kies een ander met --evaluatie", path, err)
	}
	if f.Version > formatVersion {
		return c, fmt.Errorf("evaluatie %s is gemaakt met een nieuwere versie van pakompas (versie %d)", path, f.Version)
	}
	for id, at := range f.Removed {
		c.entries.removed[id] = at
	}
	for _, e := range f.Entries {
		if v, ok := ParseVerdict(string(e.Verdict)); ok {
			e.Verdict = v // "Vaag" as a hand edit may write it
		}
		if at, ok := c.entries.removed[e.ID]; e.ID != "" && (!ok || !at.After(e.Changed)) {
			c.entries.set(e.ID, e)
		}
	}
	for name, at := range f.ThemeByLocalChanged {
		c.moves.removed[name] = at
	}
	for name, key := range f.ThemeByLocal {
		c.moves.set(name, localMove{Key: key, Changed: f.ThemeByLocalChanged[name]})
	}
	return c, nil
}

// encodeLocked writes the whole file. Each entry's JSON is kept encoded
// and the ids kept sorted, so a save after one change costs a
// concatenation and the disk write, not a re-encoding of every entry: a
// key press stays fast with thousands of verdicts in the file.
func (s *Store) encodeLocked() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\n  \"versie\": %d,\n", formatVersion)
	local, changed := map[string]string{}, map[string]time.Time{}
	for name, at := range s.moves.removed {
		changed[name] = at
	}
	for name, m := range s.moves.live {
		local[name] = m.Key
		if !m.Changed.IsZero() {
			changed[name] = m.Changed
		}
	}
	for _, field := range []struct {
		name  string
		value any
		n     int
	}{
		{"thema_per_lokale_naam", local, len(local)},
		{"thema_per_lokale_naam_gewijzigd", changed, len(changed)},
		{"verwijderd", s.entries.removed, len(s.entries.removed)},
	} {
		if field.n == 0 {
			continue
		}
		enc, err := json.Marshal(field.value)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "  %q: %s,\n", field.name, enc)
	}
	b.WriteString("  \"afspraken\": [")
	for i, id := range s.sortedIDsLocked() {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    ")
		enc, err := s.encodedLocked(id)
		if err != nil {
			return nil, err
		}
		b.Write(enc)
	}
	b.WriteString("\n  ]\n}\n")
	return b.Bytes(), nil
}

// sortedIDsLocked returns the ids in order, sorting them only when they
// are not known (after a merge, which resets ids to nil).
func (s *Store) sortedIDsLocked() []string {
	if s.ids == nil {
		s.ids = make([]string, 0, len(s.entries.live))
		for id := range s.entries.live {
			s.ids = append(s.ids, id)
		}
		sort.Strings(s.ids)
	}
	return s.ids
}

// idAddedLocked puts a new id in its place among the sorted ids.
func (s *Store) idAddedLocked(id string) {
	if s.ids != nil {
		i, _ := slices.BinarySearch(s.ids, id)
		s.ids = slices.Insert(s.ids, i, id)
	}
}

// idRemovedLocked takes a removed id out of the sorted ids.
func (s *Store) idRemovedLocked(id string) {
	if i, ok := slices.BinarySearch(s.ids, id); ok {
		s.ids = slices.Delete(s.ids, i, i+1)
	}
}

// encodedLocked returns the entry's JSON, encoding it once per change.
func (s *Store) encodedLocked(id string) ([]byte, error) {
	if enc, ok := s.enc[id]; ok {
		return enc, nil
	}
	enc, err := json.Marshal(s.entries.live[id])
	if err != nil {
		return nil, err
	}
	s.enc[id] = enc
	return enc, nil
}
