package align

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"pakompas/importer/corpus"
	"pakompas/importer/parallel"
)

// national is the national corpus (342 gemeenten × 150 agreements) as
// items, with the names of its corporations.
var national = sync.OnceValues(func() ([]Item, []string) {
	var items []Item
	var corps []string
	for _, s := range corpus.Build(corpus.Options{}) {
		for _, it := range s.Items {
			items = append(items, Item{ID: s.Gemeente.Name + ":" + it.Number, Gemeente: s.Gemeente.Name, Theme: it.Theme, Text: it.Text})
		}
		if !slices.Contains(corps, s.Corporation) {
			corps = append(corps, s.Corporation)
		}
	}
	return items, corps
})

// BenchmarkGroupNational groups the 51,300 agreements of the national
// corpus (goal < 2 s, aim < 500 ms on 2 cores). The first run logs the
// group statistics and the quality figures (see corpusReport).
func BenchmarkGroupNational(b *testing.B) {
	items, _ := national()
	b.ReportAllocs()
	b.ResetTimer()
	var groups []Group
	for b.Loop() {
		groups = GroupItems(items, Options{})
	}
	b.StopTimer()
	if len(groups) == 0 {
		b.Fatal("no groups")
	}
	reportOnce.Do(func() { b.Log("\n" + corpusReport(b, items, groups) + lshReport(items, Options{})) })
}

// BenchmarkGroupNationalNames is the same with the corporations' names
// known (Options.Corporations), as an adviser's configuration gives them.
func BenchmarkGroupNationalNames(b *testing.B) {
	items, corps := national()
	b.ReportAllocs()
	b.ResetTimer()
	var groups []Group
	for b.Loop() {
		groups = GroupItems(items, Options{Corporations: corps})
	}
	b.StopTimer()
	namesOnce.Do(func() { b.Log("\n" + corpusReport(b, items, groups)) })
}

// BenchmarkGapsNational lists the gaps of the national groups against all
// 342 gemeenten.
func BenchmarkGapsNational(b *testing.B) {
	items, _ := national()
	groups := GroupItems(items, Options{})
	var gems []string
	for _, it := range items {
		gems = append(gems, it.Gemeente)
	}
	slices.Sort(gems)
	gems = slices.Compact(gems)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Gaps(groups, gems)
	}
}

var reportOnce, namesOnce sync.Once

// summary gives the number of groups, the items they hold and the
// distribution of group sizes (members) and spans (gemeenten).
func summary(items []Item, groups []Group) string {
	var sb strings.Builder
	in := 0
	bounds := []int{2, 3, 5, 10, 20, 50, 100, 200, 400}
	size := make([]int, len(bounds)+1)
	span := make([]int, len(bounds)+1)
	bucket := func(n int) int {
		for i, b := range bounds {
			if n <= b {
				return i
			}
		}
		return len(bounds)
	}
	for _, g := range groups {
		in += len(g.Members)
		size[bucket(len(g.Members))]++
		span[bucket(len(g.Gemeenten))]++
	}
	fmt.Fprintf(&sb, "items %d, groups %d, items in groups %d (%.1f%%)\n", len(items), len(groups), in, 100*float64(in)/float64(len(items)))
	fmt.Fprintf(&sb, "%-10s %8s %10s\n", "size ≤", "members", "gemeenten")
	for i := range size {
		label := fmt.Sprint(bounds[min(i, len(bounds)-1)])
		if i == len(bounds) {
			label = ">" + label
		}
		fmt.Fprintf(&sb, "%-10s %8d %10d\n", label, size[i], span[i])
	}
	return sb.String()
}

// corpusReport adds to the summary how well the groups follow the
// corpus's templates. The template of an item is found by matching its
// text against templates.txt (slots as wildcards, any opening party, any
// tail); items that match no template or several (mostly the lightly
// edited ones) are left out. Pair recall: of the pairs of items from the
// same template, the share in the same group; pair precision: of the pairs
// of matched items in one group, the share from the same template.
func corpusReport(tb testing.TB, items []Item, groups []Group) string {
	tpl := itemTemplates(tb, items)
	groupOf := make([]int, len(items))
	for i := range groupOf {
		groupOf[i] = -1
	}
	for x, g := range groups {
		for _, m := range g.Members {
			groupOf[m] = x
		}
	}
	matched := 0
	perTpl := map[int]int{}
	perGroup := map[int]int{}
	perBoth := map[[2]int]int{}
	for i, t := range tpl {
		if t < 0 {
			continue
		}
		matched++
		perTpl[t]++
		if g := groupOf[i]; g >= 0 {
			perGroup[g]++
			perBoth[[2]int{t, g}]++
		}
	}
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var same, tplPairs, grpPairs float64
	for _, n := range perBoth {
		same += pairs(n)
	}
	for _, n := range perTpl {
		tplPairs += pairs(n)
	}
	for _, n := range perGroup {
		grpPairs += pairs(n)
	}
	// Per template: the share of its items in its largest group.
	largest := map[int]int{}
	for k, n := range perBoth {
		largest[k[0]] = max(largest[k[0]], n)
	}
	main := 0
	for _, n := range largest {
		main += n
	}
	var sb strings.Builder
	sb.WriteString(summary(items, groups))
	fmt.Fprintf(&sb, "template check: %d of %d items matched one template (%d templates)\n", matched, len(items), len(perTpl))
	fmt.Fprintf(&sb, "  pair recall %.3f, pair precision %.3f, items in their template's largest group %.1f%%\n",
		same/tplPairs, same/grpPairs, 100*float64(main)/float64(matched))
	return sb.String()
}

// itemTemplates returns per item the index of the one template its text
// matches, or -1.
func itemTemplates(tb testing.TB, items []Item) []int {
	data, err := os.ReadFile("../../importer/corpus/templates.txt")
	if err != nil {
		tb.Fatal(err)
	}
	type pattern struct {
		re      *regexp.Regexp
		literal string // the longest literal piece, to skip the regexp
	}
	var pats []pattern
	slot := regexp.MustCompile(`\{[^}]*\}`)
	openings := []string{"De corporatie ", "Partijen ", "De gemeente ", "De huurdersorganisatie ", "Gemeente en corporatie "}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' || line[0] == '[' {
			continue
		}
		f := strings.SplitN(line, " ", 3)
		text := strings.TrimSuffix(f[2], ".")
		head := ""
		for _, o := range openings {
			if rest, ok := strings.CutPrefix(text, o); ok {
				text, head = rest, `.+? `
				break
			}
		}
		lits := slot.Split(text, -1)
		var re strings.Builder
		re.WriteString("^" + head)
		longest := ""
		for i, l := range lits {
			if i > 0 {
				re.WriteString("(.+?)")
			}
			re.WriteString(regexp.QuoteMeta(l))
			if len(l) > len(longest) {
				longest = l
			}
		}
		re.WriteString(`(?:,? .+)?\.$`)
		pats = append(pats, pattern{regexp.MustCompile(re.String()), longest})
	}
	out := make([]int, len(items))
	parallel.For(len(items), 1, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = -1
			for t, p := range pats {
				if !strings.Contains(items[i].Text, p.literal) || !p.re.MatchString(items[i].Text) {
					continue
				}
				if out[i] >= 0 {
					out[i] = -1
					break
				}
				out[i] = t
			}
		}
	})
	return out
}

// lshReport compares the LSH candidates with exact all-pairs verification
// over the distinct normalised texts: the share of the pairs at or above
// the threshold that LSH finds, and whether the groups come out the same.
func lshReport(items []Item, o Options) string {
	o = o.withDefaults()
	nodeOf, nodes := distinctTexts(items, newNames(o.Names, o.Corporations))
	sets := shingleSets(nodes, o.Shingle)
	lsh, _ := lshEdges(sets, o)
	exact := allPairsEdges(sets, o.Threshold)
	a := groupsFromEdges(items, nodes, nodeOf, lsh)
	b := groupsFromEdges(items, nodes, nodeOf, exact)
	same := 0
	ids := map[string]string{}
	for _, g := range b {
		ids[g.ID] = fmt.Sprint(g.Members)
	}
	for _, g := range a {
		if ids[g.ID] == fmt.Sprint(g.Members) {
			same++
		}
	}
	return fmt.Sprintf("LSH (%d×%d) found %d of %d pairs ≥ %.2f among %d distinct texts (%.2f%%); "+
		"groups: %d with LSH, %d exact, %d identical\n",
		o.Bands, o.Rows, len(lsh), len(exact), o.Threshold, len(nodes), 100*float64(len(lsh))/float64(len(exact)),
		len(a), len(b), same)
}

// allPairsEdges verifies every pair of nodes: the reference for LSH.
func allPairsEdges(sets [][]uint64, threshold float64) []edge {
	n := len(sets)
	rows := make([][]edge, n)
	parallel.For(n, 1, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			for j := i + 1; j < n; j++ {
				if s := jaccard(sets[i], sets[j]); s >= threshold {
					rows[i] = append(rows[i], edge{int32(i), int32(j), s})
				}
			}
		}
	})
	var all []edge
	for _, r := range rows {
		all = append(all, r...)
	}
	return all
}
