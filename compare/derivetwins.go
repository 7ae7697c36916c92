package compare

import (
	"hash/maphash"

	"pakompas/importer/model"
)

// deriveTwins finds, for each agreement, the first earlier agreement
// whose derived facts are sure to be the same: the same text, trekker,
// termijn (as written and normalised), soort and local theme, and no move
// of the adviser by its id. The status is not part of it: it changes every
// jaarschijf while the text stays, and Analyze normalises it per agreement. twin[i] is that agreement's index, or
// i itself when it is the first (or moved); Analyze derives each first one
// and copies it to its twins. A jaarschijf repeats most of last year's
// agreements word for word, and sets of several gemeenten share standard
// texts: of the corpus's two national years (100,915 agreements) 80,000
// are distinct.
func deriveTwins(as []model.Agreement, movedByID map[string]string) []int {
	seed := maphash.MakeSeed()
	twin := make([]int, len(as))
	first := make(map[uint64][]int, len(as))
	for i := range as {
		a := &as[i]
		twin[i] = i
		if _, moved := movedByID[a.ID]; moved {
			continue
		}
		h := deriveHash(seed, a)
		found := false
		for _, j := range first[h] {
			if sameDeriveInput(&as[j], a) {
				twin[i], found = j, true
				break
			}
		}
		if !found {
			first[h] = append(first[h], i)
		}
	}
	return twin
}

// deriveHash hashes what derive reads of an agreement (besides its id).
func deriveHash(seed maphash.Seed, a *model.Agreement) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	for _, s := range [...]string{a.Text, a.Owner, a.Due, a.DueRaw, a.KindRaw, a.ThemeRaw} {
		h.WriteString(s)
		h.WriteByte(0)
	}
	return h.Sum64()
}

// sameDeriveInput reports whether derive reads the same of a and b.
func sameDeriveInput(a, b *model.Agreement) bool {
	return a.Text == b.Text && a.Owner == b.Owner && a.Due == b.Due && a.DueRaw == b.DueRaw &&
		a.KindRaw == b.KindRaw && a.ThemeRaw == b.ThemeRaw
}
