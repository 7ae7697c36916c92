package gemeente

import "strings"

// token is one run of letters, or of digits, in a text or a file name.
type token struct {
	start, end int    // byte offsets in the input
	key        string // norm.Key of the run
	digits     bool
	// The fields below are set for free text only.
	upper    bool // starts with an upper-case letter
	allUpper bool // two or more letters, none lower case
	// sentenceStart is set for the first token and for one after '.', '!',
	// '?', ';' or a line break.
	sentenceStart bool
}

// longest returns the longest indexed name that starts at token i, and its
// length in tokens. Runs of several tokens must spell a known name word by
// word ("Ouder Amstel", "Den_Haag"); a single token may be any known
// spelling with the spaces removed ("OuderAmstel" is one token in text,
// "ouderamstel" in a file name).
func (ix *index) longest(toks []token, i int) (int, *entry) {
	max := 0
	for j := i; j < len(toks) && !toks[j].digits && max < ix.maxWords; j++ {
		max++
	}
	var b strings.Builder
	for n := max; n >= 2; n-- {
		b.Reset()
		for j := i; j < i+n; j++ {
			if j > i {
				b.WriteByte(' ')
			}
			b.WriteString(toks[j].key)
		}
		if e := ix.byWords[b.String()]; e != nil {
			return n, e
		}
	}
	if max >= 1 {
		if e := ix.byKey[toks[i].key]; e != nil {
			return 1, e
		}
	}
	return 0, nil
}
