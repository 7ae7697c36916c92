package theme

import (
	"bufio"
	_ "embed"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// learnedData holds the weights of the learned scorer, written by
// `go test ./compare/theme -run TestTrainLearned -train` from the labelled
// dev sets (see train_test.go). Format: a line "classes k1 k2 …", a line
// "bias b1 b2 …", a line "keyword a" (the weight of a theme's keyword
// score), then one line per feature: its key, a tab and one weight per
// class.
//
//go:embed learned.txt
var learnedData string

// learned is a multinomial logistic regression over text features, with
// the keyword score of each theme as one more, shared, feature. It knows
// the national theme keys only.
type learned struct {
	classes []string
	bias    []float32
	keyword float32
	// cross[j] are the weights per class of the keyword score of class j
	// (lines "k:<class>"): how much keywords of one theme speak for
	// another, or for their own more or less than keyword says.
	cross   [][]float32
	weights map[string][]float32
}

var defaultLearned = sync.OnceValue(func() *learned {
	m, err := parseLearned(learnedData)
	if err != nil {
		panic("theme: learned.txt: " + err.Error())
	}
	return m
})

// parseLearned reads the format of learnedData.
func parseLearned(s string) (*learned, error) {
	m := &learned{weights: map[string][]float32{}}
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		key, rest, _ := strings.Cut(line, "\t")
		fields := strings.Fields(rest)
		switch {
		case m.classes == nil:
			if key != "classes" || len(fields) == 0 {
				return nil, errLearned("classes")
			}
			m.classes = fields
			continue
		case key == "keyword" && len(fields) == 1:
			v, err := strconv.ParseFloat(fields[0], 32)
			if err != nil {
				return nil, err
			}
			m.keyword = float32(v)
			continue
		}
		if len(fields) != len(m.classes) {
			return nil, errLearned(key)
		}
		w := make([]float32, len(fields))
		for i, f := range fields {
			v, err := strconv.ParseFloat(f, 32)
			if err != nil {
				return nil, err
			}
			w[i] = float32(v)
		}
		switch {
		case key == "bias":
			m.bias = w
		case strings.HasPrefix(key, "k:"):
			j := slices.Index(m.classes, key[2:])
			if j < 0 {
				return nil, errLearned(key)
			}
			if m.cross == nil {
				m.cross = make([][]float32, len(m.classes))
			}
			m.cross[j] = w
		default:
			m.weights[key] = w
		}
	}
	if m.bias == nil {
		return nil, errLearned("bias")
	}
	return m, sc.Err()
}

// keywordInput is what a theme's keyword score counts in the scorer: its
// square root, so that each further keyword of a theme adds less and a
// sentence that piles up one theme's words ("woningen … huurwoningen …
// woningvoorraad") does not outweigh the rest of it (doc.go, eighth
// session).
func keywordInput(score float64) float64 { return math.Sqrt(score) }

type errLearned string

func (e errLearned) Error() string { return "bad line " + string(e) }

// hit is a feature of a text that m weighs: its weights per class and
// the words it came from (see sink).
type hit struct {
	w           []float32
	word, word2 string
}

// hits returns the features emitted by each that m has weights for.
func (m *learned) hits(each func(sink)) []hit {
	out := make([]hit, 0, 48)
	each(func(key []byte, word, word2 string) {
		if w, ok := m.weights[string(key)]; ok {
			out = append(out, hit{w, word, word2})
		}
	})
	return out
}

// scores returns the score per class of m for the features and the
// keyword scores per class (kw[i] belongs to m.classes[i]).
func (m *learned) scores(hits []hit, kw []float64) []float32 {
	s := slices.Clone(m.bias)
	for _, h := range hits {
		for i, v := range h.w {
			s[i] += v
		}
	}
	for j, v := range kw {
		if v == 0 {
			continue
		}
		s[j] += m.keyword * float32(v)
		if j < len(m.cross) && m.cross[j] != nil {
			for i, c := range m.cross[j] {
				s[i] += c * float32(v)
			}
		}
	}
	return s
}

// evidence returns the words whose features count for class c, the
// strongest first, at most limit of them and only those that count at
// least minWord; total is what all features of the text count for c.
func (m *learned) evidence(hits []hit, c, limit int, minWord float32) (words []string, total float32) {
	type ev struct {
		word, word2 string
		w           float32
	}
	var all []ev
	for _, h := range hits {
		total += h.w[c]
		if h.word == "" || notEvidence[h.word] && (h.word2 == "" || notEvidence[h.word2]) {
			continue
		}
		if j := slices.IndexFunc(all, func(e ev) bool { return e.word == h.word && e.word2 == h.word2 }); j >= 0 {
			all[j].w += h.w[c]
		} else {
			all = append(all, ev{h.word, h.word2, h.w[c]})
		}
	}
	slices.SortStableFunc(all, func(a, b ev) int {
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		}
		return 0
	})
	for _, e := range all {
		if len(words) == limit || e.w < minWord {
			break
		}
		if e.word2 != "" {
			words = append(words, e.word+" "+e.word2)
		} else {
			words = append(words, e.word)
		}
	}
	return words, total
}
