package vague

// lexTable is the classifier's vocabulary as an open-addressing hash
// table over folded words. The tokenizer looks up every word; a table of
// its own, hashed with FNV-1a over the folded bytes, is about twice as
// fast as a Go map keyed by string.
//
// The slots are eight bytes each, the upper half of the hash beside the
// entry's index, so that the probed part of the table (a quarter full, 64
// KiB for the default rules) stays in the processor's near caches; the
// entries, with their keys, are read only when the upper half of the hash
// matches. (With slots of 32 bytes holding the whole entry, the table
// took 256 KiB and a lookup mostly missed the near caches.)
type lexTable struct {
	slots   []lexSlot // length a power of two, at most a quarter full
	entries []lexKeyed
	keys    string // all keys, concatenated
}

// lexSlot is the upper 32 bits of a key's hash and, below them, 1 + the
// index of its entry; 0 marks an empty slot.
type lexSlot uint64

type lexKeyed struct {
	off, n uint32 // the key in keys
	e      lexEntry
}

// FNV-1a, 64 bit.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnv1a hashes b.
func fnv1a(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// newLexTable builds the table from a map.
func newLexTable(m map[string]lexEntry) *lexTable {
	size := 16
	for size < 4*len(m) {
		size *= 2
	}
	t := &lexTable{slots: make([]lexSlot, size)}
	var keys []byte
	for k, e := range m {
		if k == "" {
			continue
		}
		h := fnv1a([]byte(k))
		i := h & uint64(size-1)
		for t.slots[i] != 0 {
			i = (i + 1) & uint64(size-1)
		}
		t.entries = append(t.entries, lexKeyed{off: uint32(len(keys)), n: uint32(len(k)), e: e})
		t.slots[i] = lexSlot(h&^0xFFFFFFFF | uint64(len(t.entries)))
		keys = append(keys, k...)
	}
	t.keys = string(keys)
	return t
}

// get looks up a folded word.
func (t *lexTable) get(w []byte) (lexEntry, bool) { return t.lookup(w, fnv1a(w)) }

// lookup looks up a folded word whose hash the caller computed.
func (t *lexTable) lookup(w []byte, h uint64) (lexEntry, bool) {
	if len(w) == 0 {
		return lexEntry{}, false
	}
	mask := uint64(len(t.slots) - 1)
	tag := h &^ 0xFFFFFFFF
	for i := h & mask; ; i = (i + 1) & mask {
		s := uint64(t.slots[i])
		if s == 0 {
			return lexEntry{}, false
		}
		if s&^0xFFFFFFFF == tag {
			k := &t.entries[uint32(s)-1]
			if int(k.n) == len(w) && t.keys[k.off:k.off+k.n] == string(w) {
				return k.e, true
			}
		}
	}
}
