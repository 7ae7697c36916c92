package vague

import (
	"maps"
	"strings"
)

// Matcher finds the word patterns of a rule set in texts with the
// classifier's tokenizer and pattern syntax (see Rule), and judges
// nothing: a package with its own rule file (compare/regular) builds its
// verdict on the matches. It is safe for concurrent use.
type Matcher struct {
	c *Classifier
}

// PatternRule is one rule of a Matcher: an id, its patterns, the
// exceptions that cancel a match they overlap, and the longest gap "…"
// spans (0 means the default).
type PatternRule struct {
	ID         string
	Patterns   []string
	Exceptions []string
	Window     int
}

// Match is one match of a rule in a text.
type Match struct {
	// Rule is the index of the rule in the rules given to NewMatcher.
	Rule int
	// Sentence is the index of the sentence the match stands in.
	Sentence int
	// Text is the matched words as written, joined by a space when they
	// are apart ("stemt af").
	Text string
	// Spans are the byte ranges [start, end) of the words in the text.
	Spans [][2]int
	// Negated is set when "niet", "geen" or "nooit" stands just before
	// the match or inside it ("voert geen … uit").
	Negated bool
}

// NewMatcher compiles rules. Their patterns may use the word lists of
// sets and of the embedded rule file (@naam; sets win). Errors name the
// rule.
func NewMatcher(rules []PatternRule, sets map[string][]string) (*Matcher, error) {
	loadDefaults()
	all := maps.Clone(defaults.sets)
	if all == nil {
		all = map[string][]string{}
	}
	maps.Copy(all, sets)
	rs := make([]Rule, len(rules))
	for i, r := range rules {
		rs[i] = Rule{ID: r.ID, Category: "open-einde", Patterns: r.Patterns, Exceptions: r.Exceptions, Window: r.Window}
		if err := expandSets(&rs[i], all); err != nil {
			return nil, err
		}
	}
	c, err := New(rs)
	if err != nil {
		return nil, err
	}
	return &Matcher{c: c}, nil
}

// Find returns the matches in text in text order: per rule one match per
// place (the longest of overlapping ones), none that an exception of its
// rule overlaps, none whose words all belong to a longer match. A text
// longer than MaxTextBytes is read on its first MaxTextBytes.
func (m *Matcher) Find(text string) []Match {
	c := m.c
	sc := c.pool.Get().(*scratch)
	defer func() {
		sc.text = ""
		c.pool.Put(sc)
	}()
	text = cutText(text)
	tokenize(text, sc, c.vocab)
	sc.hitsCapped = false
	sc.memo.reset()
	if !sc.hasWords() {
		return nil
	}
	c.findHits(sc)
	c.filterHits(sc)
	n := 0
	for i := range sc.hits {
		if !sc.hits[i].dropped {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Match, 0, n)
	for i := range sc.hits {
		h := &sc.hits[i]
		if h.dropped {
			continue
		}
		spans := sc.appendSpans(nil, h)
		words := make([]string, len(spans))
		for k, s := range spans {
			words[k] = text[s[0]:s[1]]
		}
		out = append(out, Match{
			Rule:     int(h.rule),
			Sentence: int(h.sent),
			Text:     strings.Join(words, " "),
			Spans:    spans,
			Negated:  sc.negated(h),
		})
	}
	return out
}
