package theme

import "strings"

// A feature is one piece of evidence the learned scorer weighs: a word, a
// pair of words in a row, the head or modifier of a long (compound) word,
// a rule cue (rules.go). Features are handed to a sink as they are made:
// the key (valid during the call only, so that no key string is built)
// and the words it came from, for the explanation (one, two for a pair,
// none for a rule cue).
type sink func(key []byte, word, word2 string)

// keyBuf builds feature keys without allocating per key.
type keyBuf []byte

// key returns prefix and the parts joined by spaces, in b's storage.
func (b *keyBuf) key(prefix string, parts ...string) []byte {
	k := append((*b)[:0], prefix...)
	for i, p := range parts {
		if i > 0 {
			k = append(k, ' ')
		}
		k = append(k, p...)
	}
	*b = k
	return k
}

// Lengths for the compound features: a word of at least compoundMin
// letters also yields its last and first affixLen letters, so
// "huurwoningvoorraad" shares evidence with "woningvoorraad" (head) and
// "huurverhoging" (modifier).
const (
	compoundMin = 9
	affixLen    = 6
)

// textFeatures hands the features of a text's content words (see
// textWords) to emit. A word that names whom a thing is for (forWhom)
// also yields "v:" and the word, and "v:@groep" when it names a target
// group (isGroup). Names (capitalised inside a sentence) count only as a
// word, never in a pair or by their parts: "Schoutenbuurt" is a place.
func textFeatures(r reading, b *keyBuf, emit sink) {
	words, proper, forWhom := r.words, r.proper, r.forWhom
	prev := ""
	for i, w := range words {
		if w == "" {
			prev = ""
			continue
		}
		if isNumber(w) {
			emit(b.key("w:#"), w, "")
			prev = "#"
			continue
		}
		emit(b.key("w:", w), w, "")
		if forWhom[i] {
			emit(b.key("v:", w), w, "")
			if isGroup(w) {
				emit(b.key("v:@groep"), w, "")
			}
		}
		if isProper(proper, i) {
			prev = ""
			continue
		}
		if prev != "" {
			emit(b.key("b:", prev, w), words[i-1], w)
		}
		if len(w) >= compoundMin && isASCII(w) {
			emit(b.key("h:", w[len(w)-affixLen:]), w, "")
			emit(b.key("m:", w[:affixLen]), w, "")
		}
		prev = w
	}
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
