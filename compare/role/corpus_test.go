package role

import (
	"sync"
	"testing"

	"pakompas/importer/corpus"
)

// corporationsOf are the corporation names of the sets, the way an
// adviser configures them.
func corporationsOf(sets []corpus.Set) []string {
	var out []string
	for _, s := range sets {
		out = append(out, s.Corporation)
	}
	return out
}

// TestCorpusOwners: every owner cell of the synthetic corpus that names a
// party is placed, given its corporations, except care providers whose
// name says nothing of care ("Stichting De Zonnehof").
func TestCorpusOwners(t *testing.T) {
	sets := corpus.Build(corpus.Options{Gemeenten: 40, PerGemeente: 60})
	r := NewResolver(corporationsOf(sets))
	total, unknown := 0, 0
	for _, s := range sets {
		for _, it := range s.Items {
			if it.Owner == "" {
				continue
			}
			total++
			if got, why := r.Resolve(it.Owner, it.Text); got == Onbekend {
				unknown++
				if it.Owner != "Stichting De Zonnehof" {
					t.Errorf("%s: %q unknown (%s)", s.Gemeente.Name, it.Owner, why)
				}
			}
		}
	}
	if total < 2000 || float64(unknown)/float64(total) > 0.01 {
		t.Errorf("%d of %d owners unknown", unknown, total)
	}
}

// TestConcurrentResolve: one Resolver serves many goroutines (run with
// -race) and gives every one the same answers.
func TestConcurrentResolve(t *testing.T) {
	sets := corpus.Build(corpus.Options{Gemeenten: 8, PerGemeente: 40})
	r := NewResolver(corporationsOf(sets))
	want := map[int]Role{}
	var items []corpus.Item
	for _, s := range sets {
		items = append(items, s.Items...)
	}
	fresh := NewResolver(corporationsOf(sets))
	for i, it := range items {
		want[i], _ = fresh.Resolve(it.Owner, it.Text)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, it := range items {
				if got, _ := r.Resolve(it.Owner, it.Text); got != want[i] {
					t.Errorf("item %d: %s, want %s", i, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}
