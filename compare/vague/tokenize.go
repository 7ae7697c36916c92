package vague

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is what a token is.
type tokKind uint8

const (
	tkWord    tokKind = iota // letters, possibly with digits ("Q2", "2e") or inner dots ("o.a.")
	tkNum                    // digits, possibly grouped: "48", "1.200", "1,5", "2.1"
	tkNumExpr                // digits joined by "-" or "/": a date or a range
	tkBreak                  // clause break: , : ( ) [ ] and a dash between spaces
	tkSym                    // € % + < > = ≤ ≥
)

// tokFlag holds facts about a token's form.
type tokFlag uint8

const (
	tfCap        tokFlag = 1 << iota // starts with an upper-case letter
	tfAllCaps                        // two or more letters, all upper case ("GGD", "HO")
	tfInitial                        // first word of its sentence
	tfAccent                         // had diacritics ("één" rather than "een")
	tfActOpens                       // an act stands among this and the next five tokens of its clause (marks.go)
	tfActStart                       // a live act starts here (marks.go)
	tfInParty                        // inside the span of a party match, live or not (marks.go)
	tfCollective                     // a word of a live collective or passive match (marks.go)
)

// token is one word, number or mark of the text. Offsets are bytes: start
// and end into the original text, fs and fe into the scratch fold buffer.
type token struct {
	start, end int32
	fs, fe     int32
	id         int32 // vocabulary id of the folded word, -1 if none
	cls        wordClass
	kind       tokKind
	flags      tokFlag
	facts      wordFact // the vocabulary's facts for exactly this word, else 0
	sent       int32    // sentence index
	clause     int32    // clause index (over the whole text)
}

// sentence is a range of tokens [from, to) with a summary of its word
// ids, and where its hits, signals and regions stand in the scratch
// slices: every loop over them is one over its own sentence, so that a
// text of many sentences costs time in proportion to its length.
type sentence struct {
	from, to int32
	hits     span32 // sc.hits of this sentence, set by findHits
	sigs     span32 // sc.sigs found by findSignals (means.go adds more at the end)
	regs     span32 // sc.regions of this sentence, set by buildRegions
	mask     idMask
	means    int32 // the sigMeans signal means.go added, -1 if none yet
	noMeans  bool  // means.go looked for a concrete means and found none
}

// span32 is a range [from, to) of indexes into one of the scratch slices.
type span32 struct{ from, to int32 }

// isAbbrev reports the folded abbreviations whose trailing dot ends no
// sentence. (A switch, not a map: it is asked at every sentence end, and
// most words are ruled out by their length without hashing them.)
func isAbbrev(w []byte) bool {
	if len(w) > 4 {
		return false
	}
	switch string(w) {
	case "bijv", "evt", "ca", "nr", "enz", "etc",
		"incl", "excl", "max", "min", "mln", "mld",
		"art", "jl", "resp", "ivm", "mbt", "tzt",
		"dhr", "mevr", "blz", "vs", "nl", "zgn",
		"pag", "par", "vnl", "bv", "ntb":
		return true
	}
	return false
}

// tokenize splits text into tokens, sentences and clauses, folding every
// word into sc.buf and looking it up in vocab. Sentences end at . ! ? ; and
// line breaks; clauses also break at , : ( ) and at "en"/"maar".
func tokenize(text string, sc *scratch, vocab *lexTable) {
	sc.text = text
	sc.toks = sc.toks[:0]
	sc.buf = sc.buf[:0]
	sc.sents = sc.sents[:0]
	sentStart := 0    // index in toks of the current sentence's first token
	lineStart := true // at the start of a line (for list numbering)
	prevSpace := true // the previous byte was white space (for spaced dashes)
	endSentence := func() {
		if len(sc.toks) > sentStart {
			sc.sents = append(sc.sents, sentence{from: int32(sentStart), to: int32(len(sc.toks)), means: -1})
		}
		sentStart = len(sc.toks)
	}
	n := len(text)
	for i := 0; i < n; {
		if len(sc.toks)-sentStart >= maxSentenceTokens {
			endSentence() // a run-on "sentence": see maxSentenceTokens
		}
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n' || c == '\r':
				endSentence()
				lineStart, prevSpace = true, true
				i++
				continue
			case c == ' ' || c == '\t' || c == '\f' || c == '\v':
				prevSpace = true
				i++
				continue
			case c == '.' || c == '!' || c == '?' || c == ';':
				if c == '.' && i+2 < n && text[i+1] == '.' && text[i+2] == '.' {
					sc.addBreak(i, i+3)
					i += 3
				} else {
					endSentence()
					i++
				}
				prevSpace = false
				continue
			case c == ',' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']':
				sc.addBreak(i, i+1)
				prevSpace = false
				i++
				continue
			case c == '-':
				if lineStart && len(sc.toks) == sentStart {
					i++ // a bullet
					continue
				}
				if prevSpace && (i+1 >= n || text[i+1] == ' ') {
					sc.addBreak(i, i+1)
				}
				prevSpace = false
				i++
				continue
			case c == '%' || c == '+' || c == '<' || c == '>' || c == '=':
				sc.addSym(i, i+1)
				prevSpace = false
				i++
				continue
			case isASCIIAlnum(c):
				i = sc.scanAlnum(text, i, vocab, lineStart && len(sc.toks) == sentStart)
				lineStart, prevSpace = false, false
				continue
			default:
				prevSpace = false
				i++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '€' || r == '≤' || r == '≥':
			sc.addSym(i, i+size)
		case r == '•' || r == '·' || r == '▪' || r == '◦' || r == '–' || r == '—':
			if (r == '–' || r == '—') && !(lineStart && len(sc.toks) == sentStart) && prevSpace {
				sc.addBreak(i, i+size)
			}
		case r == '…':
			sc.addBreak(i, i+size)
		case r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u2028' || r == '\u2029':
			if r == '\u2028' || r == '\u2029' {
				endSentence()
				lineStart = true
			}
			prevSpace = true
			i += size
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			i = sc.scanAlnum(text, i, vocab, lineStart && len(sc.toks) == sentStart)
			lineStart, prevSpace = false, false
			continue
		}
		prevSpace = false
		i += size
	}
	endSentence()
	sc.markSentences()
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWordRune reports whether r continues a word: a letter, a digit or a
// combining mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func (sc *scratch) addBreak(from, to int) {
	sc.toks = append(sc.toks, token{start: int32(from), end: int32(to), id: -1, kind: tkBreak})
}

func (sc *scratch) addSym(from, to int) {
	sc.toks = append(sc.toks, token{start: int32(from), end: int32(to), id: -1, kind: tkSym})
}

// scanAlnum reads the word or number at text[i:] and returns the index
// after it. firstOnLine says it opens a line, where "1." and "2.1" are list
// numbering and skipped.
func (sc *scratch) scanAlnum(text string, i int, vocab *lexTable, firstOnLine bool) int {
	n := len(text)
	start := i
	if isDigit(text[i]) {
		j, expr := scanNumber(text, i)
		// "2e", "1ste": an ordinal is a word.
		if j < n && j-i <= 2 && !expr && isLetterAt(text, j) {
			return sc.scanWord(text, start, vocab)
		}
		if firstOnLine {
			// "1. ", "2) ", "2.1 ", "3.2.1 ": list numbering.
			num := text[i:j]
			if j < n && (text[j] == ')' || text[j] == '.' && (j+1 >= n || text[j+1] == ' ')) && len(num) <= 3 {
				return j + 1
			}
			if !expr && isSectionNumber(num) && (j >= n || text[j] == ' ' || text[j] == '\t') {
				return j
			}
		}
		kind := tkNum
		if expr {
			kind = tkNumExpr
		}
		sc.toks = append(sc.toks, token{start: int32(start), end: int32(j), fs: -1, fe: -1, id: -1, kind: kind})
		return j
	}
	if firstOnLine && i+1 < n && text[i+1] == ')' && (i+2 >= n || text[i+2] == ' ') {
		return i + 2 // "a) "
	}
	return sc.scanWord(text, start, vocab)
}

// scanNumber returns the end of the number at text[i:] and whether it is
// an expression of numbers joined by "-" or "/" (a date or range).
func scanNumber(text string, i int) (int, bool) {
	n := len(text)
	j := i
	expr := false
	for j < n {
		c := text[j]
		switch {
		case isDigit(c):
			j++
		case (c == '.' || c == ',') && j+1 < n && isDigit(text[j+1]) && j > i:
			j++
		case (c == '-' || c == '/') && j+1 < n && isDigit(text[j+1]) && j > i:
			expr = true
			j++
		case c == 0xE2 && j+3 < n && text[j:j+3] == "–" && isDigit(text[j+3]) && j > i:
			expr = true
			j += 3
		default:
			return j, expr
		}
	}
	return j, expr
}

func isLetterAt(text string, j int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLetter(r)
}

// isSectionNumber reports numbers like "2.1" or "3.2.1": dots followed by
// one or two digits (a thousands group has three).
func isSectionNumber(s string) bool {
	dots := 0
	group := 0
	for k := 0; k < len(s); k++ {
		if s[k] == '.' {
			if group == 0 || dots > 0 && group > 2 {
				return false
			}
			dots++
			group = 0
			continue
		}
		if !isDigit(s[k]) {
			return false
		}
		group++
	}
	return dots > 0 && group > 0 && group <= 2
}

// scanWord reads a word: letters and digits, an apostrophe inside
// ("auto's"), and dots of short abbreviations ("o.a.", "t.z.t.", "bijv."),
// folding it into sc.buf as it goes.
func (sc *scratch) scanWord(text string, i int, vocab *lexTable) int {
	n := len(text)
	start := i
	fs := len(sc.buf)
	upper, lower := 0, 0
	accent := false
	seg := 0 // letters since the last inner dot
	dots := 0
	ascii := true
	h := uint64(fnvOffset)
	// The word is folded into buf, a local copy of sc.buf written back
	// below, so that the loop over its letters keeps it in registers.
	buf := sc.buf
	for {
		// Most of a word is ASCII letters and digits: a tight loop of
		// its own (about 15% faster than one loop over all cases).
		for i < n {
			c := text[i]
			switch {
			case 'a' <= c && c <= 'z':
				lower++
			case 'A' <= c && c <= 'Z':
				upper++
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
			default:
				goto other
			}
			buf = append(buf, c)
			h = (h ^ uint64(c)) * fnvPrime
			seg++
			i++
		}
		break
	other:
		// Anything else: an inner apostrophe or abbreviation dot, a
		// non-ASCII letter, or the end of the word.
		if c := text[i]; c < utf8.RuneSelf {
			switch {
			case c == '\'' && seg > 0 && i+1 < n && isLetterAt(text, i+1):
				seg = 0
			case c == '.' && seg > 0 && seg <= 3 && i+1 < n && isLetterAt(text, i+1) && nextSegShort(text, i+1):
				dots++
				seg = -1
			default:
				goto done
			}
			buf = append(buf, c)
			h = (h ^ uint64(c)) * fnvPrime
			seg++
			i++
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '’' && seg > 0 && i+size < n && isLetterAt(text, i+size):
			buf = append(buf, '\'')
			seg = 0
		case isWordRune(r):
			accent = true
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
			buf = appendFoldRune(buf, r)
			seg++
		default:
			goto done
		}
		i += size
	}
done:
	sc.buf = buf
	end := i
	// A trailing dot belongs to an abbreviation: "o.a.", "bijv.".
	if end < n && text[end] == '.' && (dots > 0 || isAbbrev(sc.buf[fs:])) {
		end++
		sc.buf = append(sc.buf, '.')
		h = (h ^ '.') * fnvPrime
	}
	if !ascii {
		h = fnv1a(sc.buf[fs:])
	}
	t := token{start: int32(start), end: int32(end), fs: int32(fs), fe: int32(len(sc.buf)), id: -1, kind: tkWord}
	if e, ok := vocab.lookup(sc.buf[fs:], h); ok {
		t.id, t.cls, t.facts = e.id, e.cls, e.facts
	} else if compoundNumeral(sc.buf[fs:]) {
		t.cls = clsNumWord // "zesduizend", "eenendertig", "een veertigtal" (numeral.go)
	} else if dots > 0 {
		// "o.a" written without its final dot.
		sc.buf = append(sc.buf, '.')
		if e, ok := vocab.get(sc.buf[fs:]); ok {
			t.id, t.cls = e.id, e.cls
		}
		sc.buf = sc.buf[:len(sc.buf)-1]
	}
	first, _ := utf8.DecodeRuneInString(text[start:])
	if first < utf8.RuneSelf && 'A' <= first && first <= 'Z' || first >= utf8.RuneSelf && unicode.IsUpper(first) {
		t.flags |= tfCap
	}
	if upper >= 2 && lower == 0 {
		t.flags |= tfAllCaps
	}
	if accent {
		t.flags |= tfAccent
	}
	sc.toks = append(sc.toks, t)
	return end
}

// nextSegShort reports whether the letters at text[i:] up to the next
// non-letter number at most three, as in an abbreviation.
func nextSegShort(text string, i int) bool {
	k := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			break
		}
		k++
		i += size
		if k > 3 {
			return false
		}
	}
	return k > 0
}

// markSentences numbers sentences and clauses and flags sentence-initial
// words. A clause starts after a break token and at "en", "maar" and
// "en/of".
func (sc *scratch) markSentences() {
	sc.clauseFirst = sc.clauseFirst[:0]
	sc.objs = sc.objs[:0]
	clause := int32(-1)
	for si := range sc.sents {
		s := &sc.sents[si]
		clause++
		sc.clauseFirst = append(sc.clauseFirst, s.from)
		first := true
		for k := s.from; k < s.to; k++ {
			t := &sc.toks[k]
			t.sent = int32(si)
			if t.id >= 0 {
				s.mask.add(t.id)
			}
			switch {
			case t.kind == tkBreak:
				if k > s.from {
					clause++
					sc.clauseFirst = append(sc.clauseFirst, k)
				}
			case t.kind == tkWord && k > s.from && sc.isCoordinator(t) && sc.toks[k-1].kind != tkBreak:
				clause++
				sc.clauseFirst = append(sc.clauseFirst, k)
			}
			t.clause = clause
			if first && t.kind == tkWord {
				t.flags |= tfInitial
				first = false
			}
		}
	}
}

// isCoordinator reports "en" and "maar", the words at which a clause may
// start.
func (sc *scratch) isCoordinator(t *token) bool { return t.cls&clsClauseStart != 0 }

// word returns the folded form of a word token (empty for others).
func (sc *scratch) word(k int) []byte {
	t := &sc.toks[k]
	if t.fs < 0 {
		return nil
	}
	return sc.buf[t.fs:t.fe]
}
