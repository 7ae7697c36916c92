package vague

// lexTable is the classifier's vocabulary as an open-addressing hash
// table over folded words. The tokenizer looks up every word; a table of
// its own, hashed with FNV-1a over the folded bytes, is about twice as
// fast as a Go map keyed by string.
type lexTable struct {
	slots []lexSlot // length a power of two, at most half full
	keys  string    // all keys, concatenated
}

type lexSlot struct {
	hash   uint64
	off, n uint32 // the key in keys; n == 0 marks an empty slot
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
	for size < 2*len(m) {
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
		for t.slots[i].n != 0 {
			i = (i + 1) & uint64(size-1)
		}
		t.slots[i] = lexSlot{hash: h, off: uint32(len(keys)), n: uint32(len(k)), e: e}
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
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			return lexEntry{}, false
		}
		if s.hash == h && int(s.n) == len(w) && t.keys[s.off:s.off+s.n] == string(w) {
			return s.e, true
		}
	}
}
