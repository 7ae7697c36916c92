package align

import (
	"cmp"
	"slices"
)

// Boundary tokens pad a text on both sides, so that every word, also the
// first and the last, takes part in k shingles, and a text shorter than k
// words still has shingles ("overleg" alone gives "^ overleg" and
// "overleg $").
var (
	hashStart = wordHash("\x00^")
	hashEnd   = wordHash("\x00$")
)

// wordHash is FNV-1a over the bytes of w, then mixed: fixed for all runs
// and platforms, so signatures never depend on the order of the input.
func wordHash(w string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 0x100000001b3
	}
	return mix64(h)
}

// mix64 is the splitmix64 finaliser: a bijection that spreads every input
// bit over the output.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// shingles returns the sorted, distinct hashes of the k-word shingles of
// tokens, padded with k-1 boundary tokens on each side: n words give at
// most n+k-1 shingles. An empty token list gives nil.
func shingles(tokens []string, k int) []uint64 {
	if len(tokens) == 0 {
		return nil
	}
	if k < 1 {
		k = 1
	}
	padded := make([]uint64, 0, len(tokens)+2*(k-1))
	for range k - 1 {
		padded = append(padded, hashStart)
	}
	for _, t := range tokens {
		padded = append(padded, wordHash(t))
	}
	for range k - 1 {
		padded = append(padded, hashEnd)
	}
	out := make([]uint64, 0, len(padded)-k+1)
	for i := 0; i+k <= len(padded); i++ {
		h := uint64(k)
		for _, w := range padded[i : i+k] {
			h = mix64(h*0x9e3779b97f4a7c15 + w)
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// jaccard is Jaccard for shingle sets.
func jaccard(a, b []uint64) float64 { return Jaccard(a, b) }

// Jaccard is |a ∩ b| / |a ∪ b| of two sorted, distinct sets (shingle
// hashes, words); it is 0 when either is empty (nothing to compare).
func Jaccard[T cmp.Ordered](a, b []T) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}
