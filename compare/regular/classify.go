package regular

import (
	"strings"

	"pakompas/compare/vague"
)

// Category is the flag category of a regular agreement.
const Category = "regulier"

// Advice is what the flag of a regular agreement tells the adviser.
const Advice = "hoort op een dashboard, niet in de afspraken"

// Result is the verdict on one agreement.
type Result struct {
	// Regular is set when the agreement restates work a party does
	// anyway.
	Regular bool
	// Rule is the id of the rule that decided (the regular match, or the
	// extra match that cancelled it); empty when nothing matched.
	Rule string
	// Match is the matched words as written, Spans their byte ranges.
	Match string
	Spans [][2]int
	// Reason is the rule's Dutch reason with the match ("wat de wet al
	// vraagt: 'conform de Woningwet'").
	Reason string
}

// Message is the flag message of a regular agreement: the reason and
// the advice ("regulier werk, wat de wet al vraagt: 'conform de
// Woningwet'; hoort op een dashboard, niet in de afspraken"); empty when
// it is not regular.
func (r Result) Message() string {
	if !r.Regular {
		return ""
	}
	return "regulier werk, " + r.Reason + "; " + Advice
}

// Classifier holds compiled rules; it is safe for concurrent use.
type Classifier struct {
	rules   []Rule
	matcher *vague.Matcher
}

// New compiles rules (DefaultRules, possibly changed). Errors name the
// rule.
func New(rules []Rule) (*Classifier, error) {
	f, err := load()
	if err != nil {
		return nil, err
	}
	prs := make([]vague.PatternRule, len(rules))
	for i, r := range rules {
		if err := r.check(); err != nil {
			return nil, err
		}
		prs[i] = vague.PatternRule{ID: r.ID, Patterns: r.Patterns, Exceptions: r.Exceptions, Window: r.Window}
	}
	m, err := vague.NewMatcher(prs, f.Sets)
	if err != nil {
		return nil, err
	}
	return &Classifier{rules: rules, matcher: m}, nil
}

// Default returns the classifier of the embedded rules.
func Default() *Classifier {
	c, err := New(DefaultRules())
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return c
}

// Rules returns the rules in force.
func (c *Classifier) Rules() []Rule { return c.rules }

// Classify judges an agreement text. It is regular when a regular rule
// matches (not negated) and no extra rule matches anywhere in it; an
// explanation after the agreement ("Toelichting: …") is not read.
func (c *Classifier) Classify(text string) Result {
	text = text[:vague.ExplanationStart(text)]
	var regular, extra *vague.Match
	for _, m := range c.matcher.Find(text) {
		if c.rules[m.Rule].Year && !hasYear(m.Text) {
			continue
		}
		switch c.rules[m.Rule].Kind {
		case KindExtra:
			if extra == nil {
				extra = &m
			}
		case KindRegular:
			if regular == nil && !m.Negated {
				regular = &m
			}
		}
	}
	switch {
	case regular == nil:
		return Result{}
	case extra != nil:
		return c.result(false, extra)
	}
	return c.result(true, regular)
}

func (c *Classifier) result(regular bool, m *vague.Match) Result {
	r := c.rules[m.Rule]
	reason := r.Message
	if strings.Contains(reason, "%s") {
		reason = strings.Replace(reason, "%s", m.Text, 1)
	}
	return Result{Regular: regular, Rule: r.ID, Match: m.Text, Spans: m.Spans, Reason: reason}
}

// hasYear reports whether s holds a number of four digits from 1990 to
// 2099 standing alone.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if i > 0 && isDigit(s[i-1]) || i+4 < len(s) && isDigit(s[i+4]) {
			continue
		}
		y := s[i : i+4]
		if isDigit(y[2]) && isDigit(y[3]) && (y[:2] == "20" || y[:2] == "19" && y[2] == '9') {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
