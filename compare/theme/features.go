package theme

import "strings"

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
// textWords). A word that names whom a thing is for (forWhom) also
// yields "v:" and the word, and "v:@groep" when it names a target group
// (isGroup). Names (capitalised inside a sentence) count only as a
// word, never in a pair or by their parts: "Schoutenbuurt" is a place.
func textFeatures(r reading) []feature {
	words, proper, forWhom := r.words, r.proper, r.forWhom
	out := make([]feature, 0, 3*len(words)+8)
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
		if forWhom[i] {
			out = append(out, feature{"v:" + w, w})
			if isGroup(w) {
				out = append(out, feature{"v:@groep", w})
			}
		}
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

// groupHeads end the words that name a target group ("starters",
// "jongerenhuisvesting" does not: the head must end the word).
var groupHeads = []string{
	"starter", "starters", "senior", "senioren", "ouderen", "jongeren", "jongere",
	"statushouder", "statushouders", "vergunninghouder", "vergunninghouders",
	"studenten", "student", "doelgroep", "doelgroepen", "aandachtsgroep", "aandachtsgroepen",
	"urgenten", "middeninkomens", "gezinnen", "arbeidsmigranten", "spoedzoekers",
	"daklozen", "thuislozen", "dakloze", "kwetsbaren", "woonwagenbewoners", "mensen",
	"huishoudens", "inwoners", "groep", "groepen", "vluchtelingen", "asielzoekers",
	"urgentiehouders", "werknemers", "personeel", "zorgverleners",
}

// groupTails indexes groupHeads by their last groupTail letters, so that
// isGroup compares a word with the few heads that can end it.
var groupTails = func() map[string][]string {
	m := map[string][]string{}
	for _, h := range groupHeads {
		k := h[len(h)-groupTail:]
		m[k] = append(m[k], h)
	}
	return m
}()

// groupTail is the length of the keys of groupTails; every head is at
// least this long.
const groupTail = 4

// isGroup reports whether w names a target group: it is or ends in one of
// groupHeads.
func isGroup(w string) bool {
	if len(w) < groupTail {
		return false
	}
	for _, h := range groupTails[w[len(w)-groupTail:]] {
		if strings.HasSuffix(w, h) {
			return true
		}
	}
	return false
}
