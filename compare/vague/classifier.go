package vague

import (
	"fmt"
	"strings"
	"sync"
)

// Input is one agreement as the importer read it.
type Input struct {
	Text  string // the agreement text
	Owner string // the trekker column, as written
	// Due is the normalised planning: "2025", "2025-Q2", "2025-07-01",
	// "2025/2027" or "".
	Due string
	// DueRaw is the planning cell as written ("doorlopend", "jaarlijks").
	DueRaw string
	// KindRaw is the document's own label ("Resultaatafspraak"); a weak
	// hint for the type only.
	KindRaw string
}

// Flag is one rule that matched, with the words as they stand in the text.
type Flag struct {
	Rule     string // the rule id
	Category string // the rule's category
	// Match is the matched text as written; the words of a separable verb
	// are joined by a space ("spant zich in").
	Match string
	// Message explains the flag in Dutch.
	Message string
	// Spans are the byte ranges [start, end) of Match in the text.
	Spans [][2]int
	// Info is set when the flag did not make the agreement vague: the
	// agreement is verifiable anyway (Message then says why), or the rule
	// only informs (open-einde, samenwerking, verzoek, geen-trekker).
	Info bool
}

// Smart says which SMART elements an agreement names.
type Smart struct {
	Who     bool // a responsible party is named (not only "partijen"/"wij")
	What    bool // a concrete object: a deliverable, a product or a counted thing
	HowMuch bool // a quantity: a number with its unit, a percentage, money, a label
	When    bool // a year, date, quarter, deadline or schedule, or a planning cell
}

// Type is the kind of agreement.
type Type string

// The agreement types.
const (
	TypeResultaat  Type = "resultaat"  // commits to a result
	TypeInspanning Type = "inspanning" // commits to an effort
	TypeProces     Type = "proces"     // agrees on a process: talks, studies, plans
	TypeKader      Type = "kader"      // a framework clause: looptijd, evaluatie, geschillen
)

func (t Type) valid() bool {
	switch t {
	case TypeResultaat, TypeInspanning, TypeProces, TypeKader:
		return true
	}
	return false
}

// Result is the classification of one agreement.
type Result struct {
	// Vague is the verdict: the agreement commits to nothing that can be
	// verified afterwards.
	Vague bool
	// Flags are the matched rules in text order; see the package doc for
	// which are shown on agreements that are not vague.
	Flags []Flag
	Smart Smart
	Type  Type
}

// Classifier holds compiled rules. It is safe for concurrent use.
type Classifier struct {
	rules    []Rule
	meta     []resolved
	msgParts []msgParts
	vocab    *lexTable
	pats     []pattern
	byWord   [][]candidate // patterns by the vocabulary id of their first word
	heads    affixIndex
	tails    affixIndex
	numFirst []int32     // patterns starting with #getal
	excs     [][]pattern // exception patterns per rule
	fallback int         // the geen-resultaat rule, -1 if none
	pool     sync.Pool
}

// New compiles rules. Errors name the rule. Word lists (@naam) of the
// embedded rule file may still be used in the patterns.
func New(rules []Rule) (*Classifier, error) {
	loadDefaults()
	c := &Classifier{
		rules:    cloneRules(rules),
		fallback: -1,
	}
	v := newVocabulary()
	seen := map[string]bool{}
	for i := range c.rules {
		r := &c.rules[i]
		if r.ID == "" {
			return nil, fmt.Errorf("regel nr. %d heeft geen id", i+1)
		}
		if seen[r.ID] {
			return nil, fmt.Errorf("regel %q staat er twee keer in", r.ID)
		}
		seen[r.ID] = true
		if err := expandSets(r, defaults.sets); err != nil {
			return nil, err
		}
		m, err := r.resolve()
		if err != nil {
			return nil, err
		}
		if m.effect == effFallback {
			c.fallback = i
		} else if len(r.Patterns) == 0 {
			return nil, fmt.Errorf("regel %q heeft geen patronen", r.ID)
		}
		if m.effect.flags() && m.msg != "" && strings.Count(m.msg, "%s") > 1 {
			return nil, fmt.Errorf("regel %q: melding mag hoogstens één %%s bevatten", r.ID)
		}
		c.meta = append(c.meta, m)
		pre, post, found := strings.Cut(m.msg, "%s")
		c.msgParts = append(c.msgParts, msgParts{pre, post, found})
		window := r.Window
		if window == 0 && (m.effect == effResult || m.effect == effAction) {
			window = actWindow // Dutch middle fields are long: "levert … iedere woning schoon en voorzien van rookmelders op"
		}
		ps, err := compilePatterns(r.Patterns, int32(i), window, v)
		if err != nil {
			return nil, fmt.Errorf("regel %q: %w", r.ID, err)
		}
		c.pats = append(c.pats, ps...)
		es, err := compilePatterns(r.Exceptions, int32(i), window, v)
		if err != nil {
			return nil, fmt.Errorf("regel %q: uitzondering: %w", r.ID, err)
		}
		c.excs = append(c.excs, es)
	}
	c.byWord = make([][]candidate, v.next)
	for pi := range c.pats {
		p := &c.pats[pi]
		e := &p.elems[0]
		cand := candidate{pat: int32(pi), next: allIDs, then: allIDs}
		if len(p.need) > 0 {
			cand.next = p.need[0]
		}
		if len(p.need) > 1 {
			cand.then = p.need[1]
		}
		if len(p.elems) > 1 {
			e1 := &p.elems[1]
			cand.adjacent = !e1.gap && len(e1.prefixes) == 0 && len(e1.suffixes) == 0 && !e1.num
		}
		for _, id := range e.ids {
			c.byWord[id] = append(c.byWord[id], cand)
		}
		for _, p := range e.prefixes {
			c.heads.add(p, true, int32(pi))
		}
		for _, s := range e.suffixes {
			c.tails.add(s, false, int32(pi))
		}
		if e.num {
			c.numFirst = append(c.numFirst, int32(pi))
		}
	}
	for w, e := range v.m {
		e.facts = c.factsOf([]byte(w))
		v.m[w] = e
	}
	c.vocab = newLexTable(v.m)
	c.pool.New = func() any { return newScratch() }
	return c, nil
}

// factsOf works out the facts of a folded word of the vocabulary, once,
// so that the hot path need not look at its letters (see wordFact).
func (c *Classifier) factsOf(w []byte) wordFact {
	f := factKnown
	if c.heads.anyFits(w) || c.tails.anyFits(w) {
		f |= factAffix
	}
	if signalShaped(w) {
		f |= factSignal
	}
	if isAdjective(w) {
		f |= factAdjective
	}
	return f
}

// Rules returns the compiled rules (word lists expanded), for the
// workbook's Toelichting sheet.
func (c *Classifier) Rules() []Rule { return cloneRules(c.rules) }

// Classify classifies one agreement. A text longer than MaxTextBytes is
// classified on its first MaxTextBytes, and a sentence on its first
// matches (see limits.go); the result then carries an Info flag
// RuleTooLong that says so.
func (c *Classifier) Classify(in Input) Result {
	sc := c.pool.Get().(*scratch)
	defer func() {
		sc.text = ""
		c.pool.Put(sc)
	}()
	text := cutText(in.Text)
	text = text[:ExplanationStart(text)]
	tokenize(text, sc, c.vocab)
	sc.hitsCapped = false
	sc.memo.reset()
	var r Result
	if sc.hasWords() {
		c.findHits(sc)
		c.filterHits(sc)
		sc.findSignals(text)
		v := c.judge(sc, in)
		r = Result{
			Vague: v.vague,
			Flags: c.flags(sc, text, &v),
			Smart: v.smart,
			Type:  v.typ,
		}
		if r.Vague && c.fallback < 0 && !counts(r.Flags) {
			// The adviser switched geen-toetsbaar-resultaat off
			// ([regels] uit): a verdict that only it would explain is
			// not made, as every vague verdict names its rule.
			r.Vague = false
		}
	}
	if len(text) < len(in.Text) || sc.hitsCapped {
		r.Flags = append(r.Flags, tooLongFlag(in.Text, len(text), sc.hitsCapped))
	}
	return r
}

// counts reports a flag that counts toward the verdict (not Info).
func counts(flags []Flag) bool {
	for i := range flags {
		if !flags[i].Info {
			return true
		}
	}
	return false
}

// hasWords reports whether the text had a word or number.
func (sc *scratch) hasWords() bool {
	for i := range sc.toks {
		if k := sc.toks[i].kind; k == tkWord || k == tkNum || k == tkNumExpr {
			return true
		}
	}
	return false
}

// msgParts is a rule's message split at its %s.
type msgParts struct {
	pre, post string
	hasMatch  bool
}

// scratch is the per-call working memory, pooled.
type scratch struct {
	text        string
	toks        []token
	buf         []byte
	sents       []sentence
	clauseFirst []int32
	hits        []hit
	sigs        []signal
	regions     []region
	actVoid     []bool         // per hit: an act or product made unverifiable
	blocks      []int32        // per token of one sentence: hedges and look-backs covering it (blockCounts)
	objs        []clauseObject // per clause, what namedObject looks for; empty until asked
	objPos      []int32        // the token lists of objs
	ends        endMemo        // regionEnd's last scan
	hitsCapped  bool           // some sentence had more than maxSentenceHits matches
	ownerBuf    []byte
	owners      [8]ownerMemo // trekker cells classified last (ownerKindOf)
	nOwners     int          // how many of owners are filled
	nextOwner   int          // the entry to replace next
	msg         []byte       // flag messages and joined matches, cut into one string
	cuts        [][4]int     // per flag: message and joined-match ranges in msg
	memo        failMemo     // matchFrom's failures for patterns with gaps
}

func newScratch() *scratch {
	return &scratch{
		toks:  make([]token, 0, 64),
		buf:   make([]byte, 0, 512),
		sents: make([]sentence, 0, 8),
		hits:  make([]hit, 0, 16),
		sigs:  make([]signal, 0, 8),
	}
}
