package theme

// feature is one piece of evidence the learned scorer weighs: a word, a
// pair of words in a row, or the head or modifier of a long (compound)
// word; word is the text it came from, for the explanation.
type feature struct {
	key  string
	word string
}

// Lengths for the compound features: a word of at least compoundMin
// letters also yields its last and first affixLen letters, so
// "huurwoningvoorraad" shares evidence with "woningvoorraad" (head) and
// "huurverhoging" (modifier).
const (
	compoundMin = 9
	affixLen    = 6
)

// textFeatures returns the features of a text's content words (see
// textWords). Names (capitalised inside a sentence) count only as a
// word, never in a pair or by their parts: "Schoutenbuurt" is a place.
func textFeatures(words []string, proper []bool) []feature {
	out := make([]feature, 0, 3*len(words))
	prev := ""
	for i, w := range words {
		if w == "" {
			prev = ""
			continue
		}
		if isNumber(w) {
			out = append(out, feature{"w:#", w})
			prev = "#"
			continue
		}
		out = append(out, feature{"w:" + w, w})
		if isProper(proper, i) {
			prev = ""
			continue
		}
		if prev != "" {
			out = append(out, feature{"b:" + prev + " " + w, words[i-1] + " " + w})
		}
		if len(w) >= compoundMin && isASCII(w) {
			out = append(out, feature{"h:" + w[len(w)-affixLen:], w}, feature{"m:" + w[:affixLen], w})
		}
		prev = w
	}
	return out
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}
