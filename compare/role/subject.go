package role

import "sync"

// The subject of an agreement text: who acts in its first sentence.

// maxSubjectBytes is how much of a text is read for its subject, and
// maxSentences how many of its sentences.
const (
	maxSubjectBytes = 640
	maxSentences    = 3
)

// maxPossessiveWords is how far into the sentence "van de corporatie" may
// stand to count as the owner of the subject ("Eind 2028 heeft geen enkele
// woning van de corporatie nog een E-label").
const maxPossessiveWords = 10

// clauseStops end the part of a sentence where its subject is sought.
var clauseStops = wordSet("tenzij|zodat|omdat|indien|mits|zodra|nadat|waarbij|waardoor|wanneer|opdat|terwijl|" +
	"doordat|voordat|zolang")

// tokenPool holds token buffers for reading texts.
var tokenPool = sync.Pool{New: func() any {
	b := make([]token, 0, 128)
	return &b
}}

// passiveAux are the auxiliaries of a passive.
var passiveAux = wordSet("wordt|worden|werd|werden")

// agreementWords name the agreements themselves.
var agreementWords = wordSet("afspraken|prestatieafspraken|overeenkomst|jaarschijf|convenant|addendum|" +
	"jaarafspraken|samenwerkingsovereenkomst|raamovereenkomst|prestatieovereenkomst")

// found is a subject found in a text.
type found struct {
	role Role
	why  string
}

// candidates are what one sentence says about who acts, strongest first.
type candidates struct {
	actor *found // the subject, or the agent of a passive
	stop  bool   // a pronoun subject: nobody can be named
	poss  *found // the owner in the subject: "geen woning van de corporatie"
	weak  *found // plain "huurders"
	self  *found // the agreements themselves: "Deze afspraken gelden ..."
}

// subject finds who acts in text. The first sentence that names its
// subject decides: the party that is its subject, or the agent of a
// passive ("door de corporatie"); when the first sentence names none,
// the owner in its subject ("van de corporatie", not in a passive), then
// the next sentences, then plain "huurders". A pronoun ("Wij") does not
// say who, unless an apposition does ("Wij, de corporatie,"); "Partijen
// komen overeen dat Vidomes ..." is carried by Vidomes; a clause about the
// agreements themselves ("Deze afspraken gelden ...") by all parties. ok
// is false when no party is named.
func (ix *index) subject(text string) (f found, ok bool) {
	if len(text) > maxSubjectBytes {
		cut := maxSubjectBytes
		for cut > 0 && text[cut]&0xC0 == 0x80 {
			cut--
		}
		text = text[:cut]
	}
	buf := tokenPool.Get().(*[]token)
	toks := tokenizeInto((*buf)[:0], text)
	defer func() {
		clear(toks) // drop the references to text
		*buf = toks[:0]
		tokenPool.Put(buf)
	}()
	i := skipNumbering(toks)
	f, i, ok = ix.label(text, toks, i)
	if ok {
		return f, true
	}
	var first candidates
	for s := 0; s < maxSentences && i < len(toks); s++ {
		e := sentenceEnd(toks, i)
		c := ix.sentence(text, toks, i, e)
		if s == 0 {
			first = c
		}
		switch {
		case c.stop && s == 0:
			return *c.actor, true
		case c.actor != nil && s == 0:
			return *c.actor, true
		case s == 0 && first.poss != nil:
			return *first.poss, true
		case c.actor != nil && !c.stop:
			return *c.actor, true
		}
		if first.weak == nil && c.weak != nil {
			first.weak = c.weak
		}
		i = e + 1
	}
	switch {
	case first.weak != nil:
		return *first.weak, true
	case first.self != nil:
		return *first.self, true
	}
	return found{}, false
}

// label reads a party named before a colon at the start of a text
// ("Corporatie: levert ..."); next is where the text goes on after a
// label that names no party ("Resultaatafspraak: ..."). Words before a
// colon that name a party among others ("Partijen verkennen in 2025:")
// are no label.
func (ix *index) label(text string, toks []token, i int) (f found, next int, ok bool) {
	e := sentenceEnd(toks, i)
	for k := i; k < e && k < i+7; k++ {
		if toks[k].sep != ':' {
			continue
		}
		for j := i; j < k; j++ {
			parts, lo, hi, ok := ix.phrase(toks, j, k, i)
			switch {
			case !ok:
				continue
			case lo == i && hi == k:
				r, _ := combineMentions(parts)
				return found{r, quote(text[toks[i].start:toks[k-1].end])}, k + 1, true
			}
			return found{}, i, false // "Partijen verkennen in 2025:" is a sentence
		}
		return found{}, k + 1, false
	}
	return found{}, i, false
}

// sentence reads who acts in the sentence toks[i:e].
func (ix *index) sentence(text string, toks []token, i, e int) candidates {
	var c candidates
	// "Als de gemeente grond levert, bouwt de corporatie ...": skip the
	// clause before the main clause.
	if i < e && subordinators[toks[i].word] {
		for k := i + 1; k < e; k++ {
			if toks[k].sep == ',' {
				i = k + 1
				break
			}
		}
	}
	if k := skipDeterminers(toks, i, e); k < e && agreementWords[toks[k].word] {
		c.self = &found{Gezamenlijk, quote(text[toks[i].start:toks[k].end]) + " (de afspraken zelf: alle partijen)"}
	}
	passive := false
	for k := i; k < e; k++ {
		passive = passive || passiveAux[toks[k].word]
	}
	seen := 0
	for j := i; j < e; j++ {
		t := toks[j]
		if !t.isWord() {
			continue
		}
		seen++
		if j > i && clauseStops[t.word] {
			break
		}
		if pronouns[t.word] {
			if f, ok := ix.apposition(text, toks, j, e); ok {
				c.actor = &f
				return c
			}
			c.actor, c.stop = &found{Onbekend, quote(t.raw) + " (niet te bepalen wie)"}, true
			return c
		}
		parts, lo, hi, ok := ix.phrase(toks, j, e, i)
		if !ok {
			continue
		}
		npLo, gov := governor(toks, i, lo)
		r, allWeak := combineMentions(parts)
		span := text[toks[npLo].start:toks[hi-1].end]
		switch {
		case gov == "door":
			c.actor = &found{r, quote("door " + span)}
			return c
		case gov == "van":
			if c.poss == nil && !allWeak && !passive && seen <= maxPossessiveWords {
				c.poss = &found{r, quote("van " + span)}
			}
		case prepositions[gov]:
		case allWeak:
			if hi < e && toks[hi].isWord() && qualifiers[toks[hi].word] {
				break
			}
			if c.weak == nil {
				c.weak = &found{r, quote(span)}
			}
		default:
			c.actor = &found{r, quote(span)}
			if r == Gezamenlijk {
				if f, ok := ix.embedded(text, toks, hi, e); ok {
					c.actor = &f
				}
			}
			return c
		}
		j = hi - 1
	}
	return c
}

// embedded reads "Partijen komen overeen dat Vidomes ...": a clause with
// "dat" shortly after the subject that names one party as its own subject.
func (ix *index) embedded(text string, toks []token, hi, e int) (found, bool) {
	for k := hi; k < e && k < hi+6; k++ {
		if toks[k].sep != 0 && toks[k].sep != ',' {
			return found{}, false
		}
		if toks[k].word != "dat" {
			continue
		}
		c := ix.sentence(text, toks, k+1, e)
		if c.actor != nil && !c.stop && c.actor.role != Gezamenlijk && c.actor.role != Onbekend {
			return *c.actor, true
		}
		return found{}, false
	}
	return found{}, false
}

// apposition reads "Wij, de corporatie," or "wij als gemeente" at the
// pronoun toks[j].
func (ix *index) apposition(text string, toks []token, j, e int) (found, bool) {
	k := j + 1
	if k >= e || !(toks[k].sep == ',' || toks[k].sep == '(' || toks[k].word == "als") {
		return found{}, false
	}
	k++
	for k < e && toks[k].isWord() && determiners[toks[k].word] {
		k++
	}
	if k >= e {
		return found{}, false
	}
	parts, lo, hi, ok := ix.phrase(toks, k, e, k)
	if !ok || lo != k {
		return found{}, false
	}
	r, _ := combineMentions(parts)
	return found{r, quote(text[toks[j].start:toks[hi-1].end])}, true
}

// skipNumbering skips list numbers and bullets at the start: "2.1",
// "a)", "-", "•".
func skipNumbering(toks []token) int {
	i := 0
	for i < len(toks) {
		t := toks[i]
		switch {
		case t.sep == '-' || t.sep == '*' || t.sep == ')' || t.sep == '.' || t.sep == ':':
		case t.isWord() && isNumber(t.word):
		case t.isWord() && len(t.word) == 1 && i+1 < len(toks) && (toks[i+1].sep == ')' || toks[i+1].sep == '.'):
		default:
			return i
		}
		i++
	}
	return i
}

// sentenceEnd is the index of the token that ends the sentence from i.
func sentenceEnd(toks []token, i int) int {
	for k := i; k < len(toks); k++ {
		if toks[k].sep == '.' || toks[k].sep == ';' {
			return k
		}
	}
	return len(toks)
}

func isNumber(w string) bool {
	for _, r := range w {
		if (r < '0' || r > '9') && r != '.' && r != ',' {
			return false
		}
	}
	return w != ""
}

func quote(s string) string { return "onderwerp: '" + s + "'" }
