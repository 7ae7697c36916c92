package role

import "strings"

// hit is a cue found at a token position.
type hit struct {
	cue cue
	n   int // tokens spanned
}

// at returns the cue at toks[i], in an owner cell or in a text: the
// longest phrase of the lexicon or the known names, else a word that reads
// as a name by its shape ("Woonkracht", "Dorpswonen", "Zorggroep X").
func (ix *index) at(toks []token, i int, text bool) (hit, bool) {
	if p, n, ok := ix.longest(toks, i, text); ok {
		return hit{cue: p.cue, n: n}, true
	}
	if c, ok := shapeCue(toks, i, text); ok {
		return hit{cue: c, n: 1}, true
	}
	return hit{}, false
}

// shapeCue recognises a name by the shape of the word at toks[i]. In a
// text the word must be written with a capital.
func shapeCue(toks []token, i int, text bool) (cue, bool) {
	t := toks[i]
	if !t.isWord() || (text && !t.cap) {
		return cue{}, false
	}
	w := t.word
	switch {
	case w == "wonen":
		// "Dudok Wonen", "Wonen Limburg": a name only next to another
		// word of it; "Wonen" alone is a theme, not a party.
		if text && !(capWordAt(toks, i-1) || capWordAt(toks, i+1)) || !text && !wordAt(toks, i-1) && !wordAt(toks, i+1) {
			return cue{}, false
		}
		return cue{role: Corporatie, cell: weak, text: strong, name: true}, true
	case strings.HasPrefix(w, "woon") && len(w) >= 6 && !woonNouns.has(w),
		strings.HasSuffix(w, "wonen") && len(w) >= 8 && !wonenNouns.has(w):
		return nameCue(Corporatie), true
	case strings.HasPrefix(w, "zorg") && len(w) > 4 && !zorgNouns.has(w),
		strings.HasSuffix(w, "zorg") && len(w) > 4 && !zorgSuffixNouns[w]:
		return nameCue(ZorgWelzijn), true
	}
	return cue{}, false
}

// wordAt reports whether toks[i] exists and is a word.
func wordAt(toks []token, i int) bool {
	return i >= 0 && i < len(toks) && toks[i].isWord()
}

// capWordAt reports whether toks[i] exists and is a word with a capital.
func capWordAt(toks []token, i int) bool {
	return wordAt(toks, i) && toks[i].cap
}
