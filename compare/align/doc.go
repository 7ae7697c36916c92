// Package align groups the same agreement across gemeenten. A corporation
// proposes the same text in every gemeente where it works, lightly edited:
// other numbers, years and place names, the gemeente's or its own name, a
// word added or dropped. GroupItems finds those groups, Gaps says which
// gemeenten lack an agreement the others have.
//
// # How
//
//  1. Normalise (normalise.go, words.go): the words of norm.Words, with
//     the item's own gemeente name masked ("gemeente Uithoorn" reads as
//     "de gemeente"), the corporations' names of Options read as "de
//     corporatie", capitalised words inside a sentence masked as names
//     (streets, wijken, plans, organisations), runs of numbers, years,
//     number words and months masked as one value ("#getal", "#jaar",
//     "#datum"), and a few spelling variants and fixed synonyms written
//     one way ("ten minste" → "minimaal", "woningcorporatie" →
//     "corporatie", "uiterlijk" → "voor" before a date). Items whose texts
//     normalise alike are one node from here on.
//  2. Shingle (shingle.go): the set of word pairs, padded with a start and
//     an end mark, so the first and last word count like the others and a
//     text of one word still has two shingles.
//  3. MinHash and LSH (minhash.go, lsh.go): 96 hash functions in 32 bands
//     of 3; nodes sharing a band bucket are candidates. No all-pairs.
//  4. Verify (lsh.go): every candidate pair by the exact Jaccard
//     similarity of its shingle sets against the threshold.
//  5. Group (star.go, result.go): star clustering over the verified
//     pairs, keeping the groups with members in two or more gemeenten.
//
// # What "nearly the same" means
//
// Similarity is the Jaccard similarity of the padded word-pair sets after
// normalising, and two texts are nearly the same at 0.6 or more. Values
// and names are masked first, so they never count. A text of n words has
// n+1 pairs; one changed word breaks two of them, one added or dropped
// word one (and brings new ones):
//
//	words   one word changed (n-1)/(n+3)   one word added n/(n+3)
//	  4              0.43                         0.57
//	  5              0.50                         0.63
//	  7              0.60                         0.70
//	 10              0.69                         0.77
//	 15              0.78                         0.83   (two words changed: 0.60)
//
// So at 0.6: up to four words the texts must be the same after
// normalising ("Jaarlijks bestuurlijk overleg" does not match "Jaarlijks
// ambtelijk overleg", 0.33); from five words one added or dropped word is
// allowed, from seven one changed word, from about fifteen two — about
// one edit per seven words. A changed verb with its particle is two edits
// ("De corporatie levert 40 sociale huurwoningen op" against "De
// corporatie sloopt 40 sociale huurwoningen": 0.36), and the same opening
// about another subject is many ("Partijen gaan met elkaar in gesprek over
// de betaalbaarheid van de woonlasten" against "… over de
// beschikbaarheid van woningen": 0.47).
//
// Why 0.6: on the national corpus (texts from a few hundred templates,
// drawn and edited per gemeente; see BenchmarkGroupNational) 0.5 and
// 0.55 already merge texts of different templates (pair precision 0.983
// and 0.999), 0.6 merges none (1.000 to three decimals) and keeps 86.5% of
// the same-template pairs together (92% with Options.Corporations), 0.65
// only 78%. It is the lowest threshold that merged nothing different.
//
// The limit: the measure counts words, not meaning. One changed word in
// a sentence of seven or more words still groups, also when that word is
// the point ("40 sociale huurwoningen" against "40 middeldure
// huurwoningen" in a seven-word sentence is exactly 0.6). A group shows its
// members side by side with their Scores, so the adviser sees such a
// difference; the tool groups, the adviser judges.
//
// Why word pairs: single words ignore order and overrate the shared
// vocabulary of the field ("de corporatie … woningen … in"); word
// triples make one changed word cost three shingles, so lightly edited
// short texts fall apart. Pairs with the boundary marks need no special
// case for short texts: they simply have to be equal.
//
// # No chaining
//
// Union-find over similar pairs lets A–B–C–D chain two unrelated texts A
// and D into one group through the texts in between. Instead every member
// must be at least the threshold similar to its group's representative.
// The representative is the text with the most items in its neighbourhood
// (its own and its similar texts' items: the common form of a family),
// ties by text; a text becomes a representative when no earlier one is
// similar to it, and every other text joins the similar representative it
// is closest to. Jaccard distance obeys the triangle inequality, so two
// members of one group are at least 0.2 similar, and a chain is cut.
//
// # Stable output
//
// The groups depend only on the texts: identical texts are one node,
// hashes are fixed (FNV-1a and splitmix64, seeded by Options.Seed),
// representatives are chosen by weight and text, never by position, and
// a group's ID is "g-" and a hash of its representative's normalised text.
// Reordering the items, or adding agreements unrelated to a group, leaves
// the group and its ID as they are; the groups come in the order of their
// first member.
//
// # Scale
//
// The national corpus (342 gemeenten × 150 agreements, 51,300 items, 6,141
// distinct normalised texts) groups in about 0.12 s and 42 MB on two
// cores (BenchmarkGroupNational): normalising about 45 ms, shingles,
// MinHash, LSH and verification about 65 ms, the stars about 10 ms.
package align
