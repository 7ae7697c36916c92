package vague

import (
	"errors"
	"fmt"
	"strings"
)

// maxElems bounds the elements of one pattern, so a match fits a fixed
// array.
const maxElems = 10

// maxWindow is the longest gap a rule may set (venster), in words: a
// separable verb's parts stand within a clause.
const maxWindow = 40

// defaultWindow is the longest gap "…" spans when a rule sets none;
// actWindow that of acts (resultaat, actie).
const (
	defaultWindow = 12
	actWindow     = 16
)

// elem is one position of a pattern: any of its words, affixes or a
// number.
type elem struct {
	ids      []int32  // vocabulary ids of the literal words
	prefixes []string // folded; the word must start with one
	suffixes []string // folded; the word must end with one
	num      bool     // a number in digits or words
	gap      bool     // a gap "…" comes before this element
	end      bool     // "$": the clause must end after this element
	mask     idMask   // the ids folded into a small bit set, for a quick "not in this sentence"
}

// idMask is a 256-bit summary of a set of word ids (id mod 256): when an
// element's mask shares no bit with a sentence's, none of its words is
// there.
type idMask [4]uint64

func (m *idMask) add(id int32) { m[(id>>6)&3] |= 1 << (uint(id) & 63) }

// has reports whether id may be in the set (it is not when its bit is
// unset).
func (m *idMask) has(id int32) bool { return m[(id>>6)&3]&(1<<(uint(id)&63)) != 0 }

func (m *idMask) meets(o *idMask) bool {
	return m[0]&o[0] != 0 || m[1]&o[1] != 0 || m[2]&o[2] != 0 || m[3]&o[3] != 0
}

// mayOccurIn reports whether the element can match a word of a sentence
// with mask sm.
func (e *elem) mayOccurIn(sm *idMask) bool {
	return len(e.prefixes) > 0 || len(e.suffixes) > 0 || e.num || e.mask.meets(sm)
}

// mayMatchIn reports whether every element of p after the first can
// occur in a sentence with mask sm; elements with affixes or numbers
// always can.
func (p *pattern) mayMatchIn(sm *idMask) bool {
	for i := range p.need {
		if !p.need[i].meets(sm) {
			return false
		}
	}
	return true
}

// pattern is a compiled pattern of one rule.
type pattern struct {
	rule   int32
	elems  []elem
	window int
	gaps   int // elements with a gap before them
	// need are the masks of the elements after the first that have
	// neither affixes nor a number, side by side: mayMatchIn reads them
	// without touching the elements (each spans two cache lines).
	need []idMask
}

// vocabulary assigns ids to the folded words of all patterns and merges
// in the fixed lexicon's classes.
type vocabulary struct {
	m    map[string]lexEntry
	next int32
}

// lexEntry is what the classifier knows of a folded word.
type lexEntry struct {
	id    int32 // -1 when no pattern uses the word
	cls   wordClass
	facts wordFact
}

// wordFact holds facts about a folded word that would otherwise be worked
// out from its letters at every occurrence. New works them out once for
// the words of the vocabulary; for other words factKnown is unset and the
// callers look at the letters.
type wordFact uint8

const (
	factKnown     wordFact = 1 << iota // the facts below were worked out
	factAffix                          // a prefix or suffix that starts a pattern fits the word (affixIndex.anyFits)
	factSignal                         // the signal finder looks at the word (signalShaped)
	factAdjective                      // isAdjective
)

func newVocabulary() *vocabulary {
	v := &vocabulary{m: make(map[string]lexEntry, 4096)}
	for w, c := range fixedLexicon {
		v.m[w] = lexEntry{id: -1, cls: c}
	}
	return v
}

// id returns the id of a folded word, adding it when new.
func (v *vocabulary) id(w string) int32 {
	e, ok := v.m[w]
	if ok && e.id >= 0 {
		return e.id
	}
	if !ok {
		e.cls = 0
	}
	e.id = v.next
	v.next++
	v.m[w] = e
	return e.id
}

// compilePatterns compiles the pattern strings of one rule (patterns or
// exceptions). Optional elements multiply into variants.
func compilePatterns(src []string, rule int32, window int, v *vocabulary) ([]pattern, error) {
	if window <= 0 {
		window = defaultWindow
	}
	if window > maxWindow {
		return nil, fmt.Errorf("venster %d: hoogstens %d woorden", window, maxWindow)
	}
	var out []pattern
	for _, s := range src {
		variants, err := optionalVariants(s)
		if err != nil {
			return nil, fmt.Errorf("patroon %q: %w", s, err)
		}
		for _, fields := range variants {
			p, err := compileFields(fields, v)
			if err != nil {
				return nil, fmt.Errorf("patroon %q: %w", s, err)
			}
			p.rule, p.window = rule, window
			for i, e := range p.elems {
				if e.gap {
					p.gaps++
				}
				if i > 0 && len(e.prefixes) == 0 && len(e.suffixes) == 0 && !e.num {
					p.need = append(p.need, e.mask)
				}
			}
			out = append(out, p)
		}
	}
	return out, nil
}

func isGap(f string) bool { return f == "…" || f == "..." }

// optionalVariants splits a pattern into fields and returns one field list
// per choice of its optional ("x?") elements.
func optionalVariants(s string) ([][]string, error) {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return nil, errors.New("leeg patroon")
	}
	if isGap(fields[0]) || isGap(fields[len(fields)-1]) {
		return nil, errors.New("… hoort tussen twee woorden")
	}
	var opts []int
	for i, f := range fields {
		if len(f) > 1 && strings.HasSuffix(f, "?") && !isGap(f) {
			opts = append(opts, i)
		}
	}
	if len(opts) > 3 {
		return nil, errors.New("hoogstens drie optionele delen")
	}
	var out [][]string
	for mask := 0; mask < 1<<len(opts); mask++ {
		var fs []string
		drop := map[int]bool{}
		for b, i := range opts {
			if mask&(1<<b) != 0 {
				drop[i] = true
			}
		}
		for i, f := range fields {
			if drop[i] {
				continue
			}
			fs = append(fs, strings.TrimSuffix(f, "?"))
		}
		fs = tidyGaps(fs)
		if countElems(fs) == 0 {
			continue
		}
		out = append(out, fs)
	}
	if len(out) == 0 {
		return nil, errors.New("alleen optionele delen")
	}
	return out, nil
}

// tidyGaps drops gaps at the ends and merges repeated gaps, which a
// dropped optional element may leave behind.
func tidyGaps(fs []string) []string {
	out := fs[:0:0]
	for _, f := range fs {
		if isGap(f) && (len(out) == 0 || isGap(out[len(out)-1])) {
			continue
		}
		out = append(out, f)
	}
	for len(out) > 0 && isGap(out[len(out)-1]) {
		out = out[:len(out)-1]
	}
	return out
}

func countElems(fs []string) int {
	n := 0
	for _, f := range fs {
		if !isGap(f) && f != "$" {
			n++
		}
	}
	return n
}

// compileFields compiles one variant.
func compileFields(fields []string, v *vocabulary) (pattern, error) {
	var p pattern
	gap := false
	for _, f := range fields {
		switch {
		case isGap(f):
			gap = true
			continue
		case f == "$":
			if len(p.elems) == 0 {
				return p, errors.New("$ aan het begin")
			}
			p.elems[len(p.elems)-1].end = true
			continue
		}
		e, err := compileElem(f, v)
		if err != nil {
			return p, err
		}
		e.gap = gap
		gap = false
		p.elems = append(p.elems, e)
	}
	if len(p.elems) == 0 {
		return p, errors.New("geen woorden")
	}
	if len(p.elems) > maxElems {
		return p, fmt.Errorf("meer dan %d delen", maxElems)
	}
	return p, nil
}

func compileElem(f string, v *vocabulary) (elem, error) {
	var e elem
	for _, alt := range strings.Split(f, "|") {
		switch {
		case alt == "":
			return e, fmt.Errorf("leeg alternatief in %q", f)
		case strings.HasPrefix(alt, "@"):
			return e, fmt.Errorf("onbekende woordenlijst %s", alt)
		case alt == "#getal":
			e.num = true
		case strings.HasPrefix(alt, "#"):
			return e, fmt.Errorf("onbekende klasse %s (bekend: #getal)", alt)
		case strings.HasPrefix(alt, "*") && strings.HasSuffix(alt, "*"):
			return e, fmt.Errorf("%q: een * aan het begin of aan het eind, niet allebei", alt)
		case strings.HasPrefix(alt, "*"):
			s := foldString(alt[1:])
			if len(s) < 3 {
				return e, fmt.Errorf("%q: minstens drie letters na *", alt)
			}
			e.suffixes = append(e.suffixes, s)
		case strings.HasSuffix(alt, "*"):
			s := foldString(alt[:len(alt)-1])
			if len(s) < 3 {
				return e, fmt.Errorf("%q: minstens drie letters voor *", alt)
			}
			e.prefixes = append(e.prefixes, s)
		default:
			w := foldString(alt)
			if strings.ContainsAny(w, " \t*@#…-/") || isNumeral(w) {
				return e, fmt.Errorf("ongeldig woord %q (woorden zonder streepjes en cijfers; getallen als #getal)", alt)
			}
			id := v.id(w)
			e.ids = append(e.ids, id)
			e.mask.add(id)
		}
	}
	return e, nil
}

func isNumeral(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && w[i] != '.' && w[i] != ',' {
			return false
		}
	}
	return true
}
