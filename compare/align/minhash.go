package align

import "math"

// minHasher computes MinHash signatures with k hash functions of the form
// h_i(x) = (a_i·x + b_i) mod 2⁶⁴, keeping the high 32 bits. x is a shingle
// hash that is already well mixed, and for a random odd a_i the high bits
// of the product behave as a random function (multiply-shift hashing), so
// the chance that two sets share their minimum under h_i is close to their
// Jaccard similarity.
type minHasher struct {
	a, b []uint64
}

// newMinHasher draws k hash functions from seed (splitmix64), so the same
// seed always gives the same functions.
func newMinHasher(k int, seed uint64) minHasher {
	h := minHasher{a: make([]uint64, k), b: make([]uint64, k)}
	s := seed ^ 0x616c69676e2d6d68 // "align-mh"
	next := func() uint64 {
		s += 0x9e3779b97f4a7c15
		return mix64(s)
	}
	for i := range k {
		h.a[i] = next() | 1
		h.b[i] = next()
	}
	return h
}

// signature writes the MinHash signature of set into sig (len k). An empty
// set gets all maximum values.
func (h minHasher) signature(set []uint64, sig []uint32) {
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	a, b := h.a[:len(sig)], h.b[:len(sig)]
	for _, x := range set {
		for i := range sig {
			if v := uint32((a[i]*x + b[i]) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	}
}
