package role

import (
	"strings"
	"sync"
	"sync/atomic"

	"pakompas/importer/parallel"
)

// maxCached bounds the owner cells a Resolver remembers; an import has a
// few hundred distinct ones.
const maxCached = 1 << 16

// Resolver resolves owners to roles. It is compiled once from the lexicon,
// the embedded names and the extra corporation names, is safe for
// concurrent use, and remembers the owner cells it has seen.
type Resolver struct {
	ix     *index
	cache  sync.Map // owner cell → cellResult
	cached atomic.Int64
}

// cellResult is a resolved owner cell.
type cellResult struct {
	role  Role
	empty bool
	why   string
}

// NewResolver compiles a Resolver that also knows extraCorporations as
// housing corporations (the adviser's configuration: "Woonstichting De
// Kernen"). A name with a leading organisation word is also known without
// it ("De Kernen").
func NewResolver(extraCorporations []string) *Resolver {
	return &Resolver{ix: baseIndex().withNames(extraCorporations)}
}

// Resolve returns the role that carries an agreement and why, in Dutch.
// The owner cell decides when it names a party ("trekker: 'HBV
// Uithoorn'"); when it is empty or not recognised, the subject of the text
// does ("onderwerp: 'De gemeente'", "onderwerp: 'door de corporatie'").
// Several parties are Gezamenlijk; a party marked as trekker among several
// ("Gemeente (trekker), corporatie") is that party.
func (r *Resolver) Resolve(owner, text string) (Role, string) {
	owner = strings.TrimSpace(owner)
	var cell cellResult
	if owner == "" {
		cell.empty = true
	} else {
		cell = r.cell(owner)
		if !cell.empty && cell.role != Onbekend {
			return cell.role, cell.why
		}
	}
	f, ok := r.ix.subject(text)
	switch {
	case cell.empty && ok:
		return f.role, f.why
	case cell.empty:
		return Onbekend, "geen trekker en geen partij als onderwerp van de tekst"
	case ok && f.role != Onbekend:
		return f.role, f.why + " (" + cell.why + " niet herkend)"
	}
	return Onbekend, cell.why + " niet herkend"
}

// cell resolves an owner cell, from the cache when it was seen before.
func (r *Resolver) cell(owner string) cellResult {
	if v, ok := r.cache.Load(owner); ok {
		return v.(cellResult)
	}
	role, empty := r.ix.cellRole(owner)
	res := cellResult{role: role, empty: empty, why: cellWhy(owner)}
	if r.cached.Load() < maxCached {
		if _, loaded := r.cache.LoadOrStore(owner, res); !loaded {
			r.cached.Add(1)
		}
	}
	return res
}

// DiscoverCorporations returns the corporation names written out in full
// in owner cells: parts that open with an organisation word of a
// corporation ("Woonstichting Amstelland", "Woningstichting De Vaart").
// Passed to NewResolver, they teach it the short forms the same import
// uses elsewhere ("Amstelland"). Each name is given once, in the order
// first seen. The cells are read on all cores, in chunks whose names are
// merged in order.
func DiscoverCorporations(owners []string) []string {
	var out []string
	seen := map[string]bool{}
	_ = parallel.Ordered(len(owners), 2048, func(lo, hi int) []string {
		return discoverCorporations(owners[lo:hi])
	}, func(names []string) error {
		for _, name := range names {
			if key := strings.ToLower(name); !seen[key] {
				seen[key] = true
				out = append(out, name)
			}
		}
		return nil
	})
	return out
}

// discoverCorporations is DiscoverCorporations on one goroutine.
func discoverCorporations(owners []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, o := range owners {
		toks := tokenize(o)
		for i := 0; i < len(toks); i++ {
			if !toks[i].isWord() || !corpNameOpeners[toks[i].word] {
				continue
			}
			k := i + 1
			for k < len(toks) && toks[k].isWord() && (toks[k].cap || particles[toks[k].word] && capWordAt(toks, k+1)) &&
				toks[k].word != "en" {
				k++
			}
			if k == i+1 {
				continue
			}
			name := o[toks[i].start:toks[k-1].end]
			if key := strings.ToLower(name); !seen[key] {
				seen[key] = true
				out = append(out, name)
			}
			i = k - 1
		}
	}
	return out
}

// corpNameOpeners open the full name of a corporation.
var corpNameOpeners = wordSet("woonstichting|woningstichting|wooncorporatie|woningcorporatie|" +
	"woningbouwvereniging|woningbouwstichting|woonvereniging")
