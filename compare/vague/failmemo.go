package vague

// failMemo remembers the (pattern, element, token) triples matchFrom found
// no match from, within one sentence. Whether elements ei… of a pattern
// can match from token k depends on nothing else, so the memo holds for
// every start of every pattern in the sentence: a pattern with g gaps then
// costs at most elements × tokens × window steps in a sentence instead of
// up to window^g per start. Only patterns with two gaps or more use it
// (with one, the search is already linear).
type failMemo struct {
	sent  *sentence
	gen   uint32
	seen  map[memoKey]uint32
	steps int // matchFrom calls in patterns with gaps (tests)
}

// memoKey is one (pattern, element, token) triple.
type memoKey struct {
	p  *pattern
	ei int32
	k  int32
}

// maxMemo bounds the memo's entries; past it the map is made anew.
const maxMemo = 1 << 16

// in makes the memo that of sentence s.
func (m *failMemo) in(s *sentence) {
	if m.sent == s && m.seen != nil {
		return
	}
	m.sent = s
	m.gen++
	if m.seen == nil || len(m.seen) > maxMemo || m.gen == 0 {
		m.seen = make(map[memoKey]uint32)
		m.gen = 1
	}
}

// reset forgets the sentence (the scratch's sentences are reused).
func (m *failMemo) reset() { m.sent = nil; m.steps = 0 }

// failed reports whether matchFrom(p, ei, k) already failed in this
// sentence.
func (m *failMemo) failed(p *pattern, ei int, k int32) bool {
	m.steps++
	g, ok := m.seen[memoKey{p, int32(ei), k}]
	return ok && g == m.gen
}

// fail records that matchFrom(p, ei, k) failed.
func (m *failMemo) fail(p *pattern, ei int, k int32) {
	m.seen[memoKey{p, int32(ei), k}] = m.gen
}
