package theme

import (
	"flag"
	"fmt"
	"hash/crc32"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
)

// -train rewrites learned.txt from the dev sets: go test ./compare/theme
// -run TestTrainLearned -train.
var trainFlag = flag.Bool("train", false, "train the learned theme scorer and rewrite learned.txt")

// trainSets are the labelled dev sets the scorer learns from. The held-out
// sets (ongezien.tsv, echt-ongezien.tsv) are never used. echt-vers3.tsv
// and echt-vers4.tsv were held out until the end of the second round and
// joined the dev pool in the third, once their figures were spent;
// echt-vers6.tsv joined after its first measurement (0.824), and
// echt-vers11.tsv and echt-vers12.tsv were collected as dev sets for this
// pool (eighth session; their first figures are their out-of-fold ones
// in the cross-validation). The blind echt-vers5.tsv and echt-vers7.tsv
// are never used.
var trainSets = []string{"afspraken.tsv", "echt.tsv", "echt-vers.tsv", "echt-vers2.tsv", "echt-vers3.tsv", "echt-vers4.tsv", "echt-vers6.tsv", "echt-vers9.tsv", "echt-vers11.tsv", "echt-vers12.tsv"}

// trainOpts are the settings of train.
type trainOpts struct {
	epochs   int
	rate     float64  // learning rate of the first epoch
	l2       float64  // weight decay per step
	minCount int      // a feature must occur in this many training rows
	prune    float64  // features whose weights all stay below this are dropped
	own      float64  // weight of the rows of afspraken.tsv (0: 1), which we wrote ourselves
	drop     []string // feature families (key prefixes) left out
	// prior shifts each class's bias by -prior × log(its share of the
	// training rows), towards the rarer themes (0: none).
	prior float64
	// nb adds nb times the naive Bayes log-count ratio of each feature
	// (centred over the classes, add-one smoothed) to its weights (0:
	// none).
	nb float64
	// seed varies the order of the rows in training (0: the fixed order
	// learned.txt is trained in).
	seed uint64
}

// defaultOpts are the settings chosen by cross-validation (TestLearnedCV).
var defaultOpts = trainOpts{epochs: 60, rate: 0.05, l2: 3e-3, minCount: 2, prune: 0.03, prior: 0.3, nb: 0.1}

const cvFolds = 5

// example is a labelled text as the scorer sees it.
type example struct {
	row   labelled
	class int       // index in the national classes; -1 for overig
	feats []string  // distinct feature keys
	kw    []float64 // keyword score per class
}

// nationalClasses are the classes of the scorer: the national themes
// without overig, which is what nothing fits.
func nationalClasses() []string {
	var out []string
	for _, th := range Default().themes {
		if th.Key != KeyOverig {
			out = append(out, th.Key)
		}
	}
	return out
}

func examples(t *testing.T, p *Placer, classes []string, rows []labelled) []example {
	t.Helper()
	var out []example
	for _, r := range rows {
		rd := textWords(r.text, p.ignore)
		claims := p.texts.claims(rd.words, rd.proper)
		tl := p.tallyClaims(rd, claims)
		e := example{row: r, class: slices.Index(classes, r.key), kw: make([]float64, len(classes))}
		for i, k := range classes {
			e.kw[i] = keywordInput(tl.score[p.tax.index(k)])
		}
		for _, f := range collectFeatures(p, rd, claims) {
			if !slices.Contains(e.feats, f.key) {
				e.feats = append(e.feats, f.key)
			}
		}
		out = append(out, e)
	}
	return out
}

// train fits a multinomial logistic regression by stochastic gradient
// descent with L2, in a fixed order so that the result is reproducible.
func train(classes []string, exs []example, o trainOpts) *learned {
	count := map[string]int{}
	for _, e := range exs {
		for _, f := range e.feats {
			count[f]++
		}
	}
	vocab := map[string]int{}
	var names []string
	for _, f := range slices.Sorted(mapKeys(count)) {
		if count[f] >= o.minCount {
			vocab[f] = len(names)
			names = append(names, f)
		}
	}
	nc := len(classes)
	w := make([]float64, len(names)*nc)
	cross := make([]float64, nc*nc)
	bias := make([]float64, nc)
	keyword := 0.5
	idx := make([][]int, len(exs))
	wt := make([]float64, len(exs))
	for i, e := range exs {
		wt[i] = 1
		if o.own != 0 && e.row.set == "afspraken" {
			wt[i] = o.own
		}
		for _, f := range e.feats {
			if j, ok := vocab[f]; ok && !dropped(f, o.drop) {
				idx[i] = append(idx[i], j*nc)
			}
		}
	}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(1, 2+o.seed))
	s := make([]float64, nc)
	for epoch := range o.epochs {
		rate := o.rate / (1 + float64(epoch)/5)
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			e := &exs[i]
			if e.class < 0 {
				continue
			}
			copy(s, bias)
			for _, j := range idx[i] {
				for c := range nc {
					s[c] += w[j+c]
				}
			}
			for k, v := range e.kw {
				if v != 0 {
					s[k] += keyword * v
					for c := range nc {
						s[c] += cross[k*nc+c] * v
					}
				}
			}
			softmax64(s)
			var gkw float64
			for c := range nc {
				g := s[c]
				if c == e.class {
					g--
				}
				g *= wt[i]
				gkw += g * e.kw[c]
				bias[c] -= rate * g
				for k, v := range e.kw {
					if v != 0 {
						cross[k*nc+c] -= rate * (g*v + o.l2*cross[k*nc+c])
					}
				}
				for _, j := range idx[i] {
					w[j+c] -= rate * (g + o.l2*w[j+c])
				}
			}
			keyword -= rate * gkw
		}
	}
	if o.prior != 0 {
		shiftByPrior(bias, exs, o.prior)
	}
	if o.nb != 0 {
		addNaiveBayes(w, nc, len(names), exs, idx, o.nb)
	}
	m := &learned{classes: classes, bias: f32(bias), keyword: float32(keyword), weights: map[string][]float32{}}
	for k := range nc {
		m.cross = append(m.cross, f32(cross[k*nc:(k+1)*nc]))
	}
	for j, f := range names {
		ws := w[j*nc : (j+1)*nc]
		if slices.IndexFunc(ws, func(v float64) bool { return math.Abs(v) >= o.prune }) >= 0 {
			m.weights[f] = f32(ws)
		}
	}
	return m
}

// shiftByPrior lowers each class's bias by prior × the log of its share
// of the labelled rows of exs, so that a rare theme needs less evidence:
// the trained biases mirror the dev sets, where beschikbaarheid is a third
// of the rows, and the rarer themes were missed more often than placed
// wrongly.
func shiftByPrior(bias []float64, exs []example, prior float64) {
	n := make([]float64, len(bias))
	total := 0.0
	for _, e := range exs {
		if e.class >= 0 {
			n[e.class]++
			total++
		}
	}
	for c := range bias {
		bias[c] -= prior * math.Log((n[c]+1)/(total+float64(len(bias))))
	}
}

// addNaiveBayes adds scale times the naive Bayes log-count ratio of each
// feature to its weights w (nc per feature, in the order of idx): the log
// of how often it occurs in the rows of a class against all feature
// occurrences of that class, add-one smoothed, minus its mean over the
// classes. Counting gives every feature a share by how it is spread, where
// the regression gives a rare feature little; the sum is still one linear
// scorer.
func addNaiveBayes(w []float64, nc, features int, exs []example, idx [][]int, scale float64) {
	count := make([]float64, len(w))
	total := make([]float64, nc)
	for i, e := range exs {
		if e.class < 0 {
			continue
		}
		for _, j := range idx[i] {
			count[j+e.class]++
			total[e.class]++
		}
	}
	r := make([]float64, nc)
	for j := 0; j < len(w); j += nc {
		mean := 0.0
		for c := range nc {
			r[c] = math.Log((count[j+c] + 1) / (total[c] + float64(features)))
			mean += r[c] / float64(nc)
		}
		for c := range nc {
			w[j+c] += scale * (r[c] - mean)
		}
	}
}

func f32(v []float64) []float32 {
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(x)
	}
	return out
}

// softmax64 turns scores into probabilities in place.
func softmax64(s []float64) {
	hi := slices.Max(s)
	sum := 0.0
	for i, v := range s {
		s[i] = math.Exp(v - hi)
		sum += s[i]
	}
	for i := range s {
		s[i] /= sum
	}
}

// fold puts a row in one of cvFolds folds by its gemeente (or its id when
// the set has none), so that no gemeente is in training and test at once.
func fold(r labelled) int {
	k := r.gemeente
	if k == "" {
		k = r.id
	}
	return int(crc32.ChecksumIEEE([]byte(foldSalt+k)) % cvFolds)
}

// foldSalt varies the split of the folds (empty: the split TestLearnedCV
// reports).
var foldSalt = ""

func devRows(t *testing.T) []labelled {
	var rows []labelled
	for _, n := range trainSets {
		rows = append(rows, readLabelled(t, n)...)
	}
	return rows
}

// placerWith is a default Placer with scorer m (nil: keywords alone).
func placerWith(m *learned) *Placer {
	p := NewPlacer(Default())
	p.model, p.class = nil, nil
	if m != nil {
		p.model, p.class = modelFor(p.tax, m)
	}
	return p
}

// TestLearnedCV cross-validates the scorer on the dev sets, by gemeente,
// against the keywords alone; the scorer must beat them clearly.
func TestLearnedCV(t *testing.T) {
	accModel, accKw, perSet, conf, _ := crossValidate(t, defaultOpts)
	n := len(devRows(t))
	t.Logf("%d-fold CV by gemeente on %d dev rows: learned+keywords %.3f, keywords alone %.3f", cvFolds, n, accModel, accKw)
	for _, s := range slices.Sorted(mapKeys(perSet)) {
		c := perSet[s]
		t.Logf("  %s: %d/%d = %.3f", s, c[0], c[1], float64(c[0])/float64(c[1]))
	}
	t.Logf("main confusions in the audit half (label → placed: rows):")
	for _, c := range conf.top(8) {
		t.Logf("  %s", c)
	}
	if accModel < cvFloor || accModel < accKw+0.04 {
		t.Errorf("CV accuracy %.3f below the floor %.2f or not 0.04 above the keywords (%.3f)", accModel, cvFloor, accKw)
	}
}

// eachFold trains a placer with o on the rows of all folds but one and
// hands it the rows of that one (held out by gemeente, fold), for each
// fold in turn.
func eachFold(t *testing.T, rows []labelled, o trainOpts, test func(pm *Placer, held []labelled)) {
	t.Helper()
	classes := nationalClasses()
	all := examples(t, NewPlacer(Default()), classes, rows)
	for k := range cvFolds {
		var tr []example
		var held []labelled
		for _, e := range all {
			if fold(e.row) == k {
				held = append(held, e.row)
			} else {
				tr = append(tr, e)
			}
		}
		test(placerWith(train(classes, tr, o)), held)
	}
}

// crossValidate trains on all folds but one and places the rows of that
// one, for each fold; it returns the accuracy with the scorer, with the
// keywords alone, per set {right, rows} with the scorer, the audit half's
// confusions and {right, rows} of the validation half.
func crossValidate(t *testing.T, o trainOpts) (model, keywords float64, perSet map[string][2]int, conf confusion, val [2]int) {
	rows := devRows(t)
	conf = confusion{}
	perSet = map[string][2]int{}
	var okModel, okKeywords int
	pk := placerWith(nil)
	eachFold(t, rows, o, func(pm *Placer, test []labelled) {
		for _, r := range test {
			c := perSet[r.set]
			got := pm.Place("", r.text)
			if !inAudit(r) {
				val[1]++
				if got.Key == r.key {
					val[0]++
				}
			}
			if got.Key == r.key {
				okModel++
				c[0]++
			} else if inAudit(r) {
				// Only the audit half's misses are counted and shown:
				// the validation half is read by figures alone (doc.go,
				// tenth round).
				conf[[2]string{r.key, got.Key}]++
				if *cvMisses {
					t.Logf("cv miss %s: %s → %s (%s) %q", r.id, r.key, got.Key, got.Matched, r.text)
				}
			}
			if pk.Place("", r.text).Key == r.key {
				okKeywords++
			}
			c[1]++
			perSet[r.set] = c
		}
	})
	return float64(okModel) / float64(len(rows)), float64(okKeywords) / float64(len(rows)), perSet, conf, val
}

// cvMisses logs the rows of the audit half that the cross-validation
// places wrong; the validation half's misses are never logged.
var cvMisses = flag.Bool("cvmisses", false, "log the audit half's misses of TestLearnedCV")

// confusion counts misses by {labelled theme, placed theme}.
type confusion map[[2]string]int

// top returns the n most frequent confusions as "label → placed: count",
// the most frequent first.
func (c confusion) top(n int) []string {
	keys := slices.Collect(func(yield func([2]string) bool) {
		for k := range c {
			if !yield(k) {
				return
			}
		}
	})
	slices.SortFunc(keys, func(a, b [2]string) int {
		if c[a] != c[b] {
			return c[b] - c[a]
		}
		return strings.Compare(a[0]+a[1], b[0]+b[1])
	})
	var out []string
	for _, k := range keys[:min(n, len(keys))] {
		out = append(out, fmt.Sprintf("%s → %s: %d", k[0], k[1], c[k]))
	}
	return out
}

// cvFloor is what the cross-validation reaches (see the log): 0.8199 on
// the first split after the starters relabel (doc.go), 0.8228 over four.
const cvFloor = 0.815

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// TestTrainLearned rewrites learned.txt from all dev rows when -train is
// given; without it, it checks that learned.txt is what training gives.
func TestTrainLearned(t *testing.T) {
	classes := nationalClasses()
	m := train(classes, examples(t, NewPlacer(Default()), classes, devRows(t)), defaultOpts)
	out := formatLearned(m)
	if *trainFlag {
		if err := os.WriteFile("learned.txt", []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("learned.txt: %d features", len(m.weights))
		return
	}
	if out != learnedData {
		t.Errorf("learned.txt is not what training on the dev sets gives; run go test ./compare/theme -run TestTrainLearned -train")
	}
}

// formatLearned writes m in the format of learnedData, features sorted.
func formatLearned(m *learned) string {
	var b strings.Builder
	row := func(key string, w []float32) {
		b.WriteString(key)
		for i, v := range w {
			sep := " "
			if i == 0 {
				sep = "\t"
			}
			if math.Abs(float64(v)) < 0.005 {
				v = 0
			}
			fmt.Fprintf(&b, "%s%.2g", sep, v)
		}
		b.WriteString("\n")
	}
	b.WriteString("classes\t" + strings.Join(m.classes, " ") + "\n")
	row("bias", m.bias)
	fmt.Fprintf(&b, "keyword\t%.3g\n", m.keyword)
	for j, w := range m.cross {
		row("k:"+m.classes[j], w)
	}
	for _, f := range slices.Sorted(mapKeys(m.weights)) {
		row(f, m.weights[f])
	}
	return b.String()
}

// cvSplits runs TestLearnedCVSplits.
var cvSplits = flag.Bool("cvsplits", false, "cross-validate over four splits of the folds")

// TestLearnedCVSplits (with -cvsplits) averages the cross-validation over
// four splits of the folds, which halves the noise of one split when two
// settings are compared (doc.go gives the figures).
func TestLearnedCVSplits(t *testing.T) {
	if !*cvSplits {
		t.Skip("run with -cvsplits")
	}
	mean, meanReal, _ := fourSplits(t, true)
	t.Logf("mean %.4f (real text %.4f)", mean, meanReal)
}

// fourSplits returns the cross-validation's accuracy averaged over four
// splits of the folds, overall, on real text and on the rows of the
// validation half, logging each split when asked.
func fourSplits(t *testing.T, logEach bool) (mean, meanReal, meanVal float64) {
	defer func() { foldSalt = "" }()
	for _, salt := range []string{"", "a", "b", "c"} {
		foldSalt = salt
		acc, _, perSet, _, val := crossValidate(t, defaultOpts)
		real := realAccuracy(perSet)
		if logEach {
			t.Logf("split %q: %.4f (real text %.4f)", salt, acc, real)
		}
		mean += acc / 4
		meanReal += real / 4
		meanVal += float64(val[0]) / float64(val[1]) / 4
	}
	return mean, meanReal, meanVal
}

// realAccuracy is the accuracy over the real-text sets of perSet (all
// but afspraken.tsv, which we wrote ourselves).
func realAccuracy(perSet map[string][2]int) float64 {
	var ok, n int
	for set, c := range perSet {
		if set != "afspraken" {
			ok += c[0]
			n += c[1]
		}
	}
	return float64(ok) / float64(n)
}

// dropped reports whether feature key f belongs to one of the families.
func dropped(f string, families []string) bool {
	for _, p := range families {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// feature is a feature key and the words it came from, as collected
// for training and the tests.
type feature struct{ key, word string }

// collectFeatures returns the features p makes of a text.
func collectFeatures(p *Placer, rd reading, claims []claim) []feature {
	var out []feature
	p.features(rd, claims, func(key []byte, word, word2 string) {
		if word2 != "" {
			word += " " + word2
		}
		out = append(out, feature{string(key), word})
	})
	return out
}

// TestCVByProb (-cvprob) buckets the cross-validation's placements by
// the scorer's probability, with how often the runner-up is right.
func TestCVByProb(t *testing.T) {
	if !*cvProb {
		t.Skip("-cvprob")
	}
	type bucket struct{ n, ok, second int }
	var b [10]bucket
	eachFold(t, devRows(t), defaultOpts, func(pm *Placer, test []labelled) {
		for _, r := range test {
			got := pm.Place("", r.text)
			i := min(9, int(got.Prob*10))
			b[i].n++
			if got.Key == r.key {
				b[i].ok++
			} else if got.Second == r.key {
				b[i].second++
			}
		}
	})
	for i, x := range b {
		if x.n > 0 {
			t.Logf("p %.1f–%.1f: %4d rows, right %.3f, runner-up right %d", float64(i)/10, float64(i+1)/10, x.n, float64(x.ok)/float64(x.n), x.second)
		}
	}
}

var cvProb = flag.Bool("cvprob", false, "run TestCVByProb")

// auditSalt fixes the split of the dev rows into an audit half and a
// validation half (doc.go, tenth round). It is never changed: a new salt
// would show the validation half's rows to whoever reads the audit misses.
const auditSalt = "theme10-audit"

// inAudit reports whether r is in the audit half, whose misses may be
// read. The half goes by the row's gemeente (by its id where the set has
// none, as fold does), so that sentences of one gemeente's documents,
// which often repeat each other, never fall in both halves.
func inAudit(r labelled) bool {
	k := r.gemeente
	if k == "" {
		k = r.id
	}
	return crc32.ChecksumIEEE([]byte(auditSalt+k))%2 == 0
}

// tuneSeeds (with -tunecheck) also averages the validation half's figure
// over this many orders of training.
var tuneSeeds = flag.Int("tuneseeds", 0, "average the validation half over this many training orders")

// tuneCheck runs TestTuneCheck.
var tuneCheck = flag.Bool("tunecheck", false, "four-split cross-validation and the validation half's figure")

// TestTuneCheck (with -tunecheck) gives the two figures a change must
// raise or keep (doc.go, tenth round): the accuracy on the validation half
// of a scorer trained on the audit half alone, and the cross-validation
// over four splits. It logs figures only, never a row of the validation
// half.
func TestTuneCheck(t *testing.T) {
	if !*tuneCheck {
		t.Skip("run with -tunecheck")
	}
	ok, n, okReal, nReal := validateHalf(t, defaultOpts)
	t.Logf("validation half: %d/%d = %.4f (real text %d/%d = %.4f), trained on the audit half", ok, n, float64(ok)/float64(n), okReal, nReal, float64(okReal)/float64(nReal))
	if *tuneSeeds > 1 {
		// The validation figure moves by a few rows with the order of
		// training alone (doc.go, eleventh round); its mean over orders
		// shows whether a change moves more than that.
		sum, lo, hi := 0, n, 0
		for s := range uint64(*tuneSeeds) {
			o := defaultOpts
			o.seed = s
			k, _, _, _ := validateHalf(t, o)
			sum += k
			lo, hi = min(lo, k), max(hi, k)
		}
		t.Logf("validation half over %d training orders: mean %.1f (%d–%d)", *tuneSeeds, float64(sum)/float64(*tuneSeeds), lo, hi)
	}
	mean, meanReal, meanVal := fourSplits(t, false)
	t.Logf("four-split CV: %.4f (real text %.4f); on the validation half's rows %.4f", mean, meanReal, meanVal)
}

// validateHalf trains on the audit half and places the validation half;
// it returns the rows placed right and all rows, overall and of real
// text.
func validateHalf(t *testing.T, o trainOpts) (ok, n, okReal, nReal int) {
	classes := nationalClasses()
	var tr []example
	var val []labelled
	for _, e := range examples(t, NewPlacer(Default()), classes, devRows(t)) {
		if inAudit(e.row) {
			tr = append(tr, e)
		} else {
			val = append(val, e.row)
		}
	}
	p := placerWith(train(classes, tr, o))
	for _, r := range val {
		right := p.Place("", r.text).Key == r.key
		n++
		if right {
			ok++
		}
		if r.set != "afspraken" {
			nReal++
			if right {
				okReal++
			}
		}
	}
	return ok, n, okReal, nReal
}
