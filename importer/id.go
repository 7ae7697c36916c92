package importer

import (
	"fmt"
	"hash/fnv"
	"strings"

	"pakompas/importer/norm"
	"pakompas/importer/parallel"
)

// assignIDs gives every agreement a stable id that survives rows inserted
// above it and a renamed file: "<gemeente>:<number>", or
// "<gemeente>:#<hash of the normalised text>" where there is no number.
// When a number repeats within a gemeente (numbering restarts per sheet in
// the one-sheet-per-theme layout, or two files cover the same gemeente), the
// theme is added; if that is not enough either, the text hash; identical
// agreements finally get "~2", "~3" in import order.
//
// # Years
//
// An agreement whose jaarschijf is known (Agreement.Year) has the year
// right after the gemeente: "<gemeente>:<year>:<rest>", where <rest> is
// what the id was without the year ("uithoorn:2025:2.3",
// "uithoorn:2024-2027:wonen:2.3", "uithoorn:2025:#1a2b3c4d"). The same
// agreement in 2024 and 2025 thus has two ids, and a verdict on one never
// applies to the other. Agreements of different years never collide
// (their ids differ in the year), so the theme, hash and "~n" qualifiers
// are only added for collisions within one year, exactly as they were
// for that year's files loaded on their own: removing ":<year>" from an
// id gives the id the agreement had before years were part of it
// (model.LegacyID), which is how an evaluation file written before is carried
// over (compare.MigrateJudgements). An agreement with no year keeps the
// id it always had. A year is "2025" or "2024-2027": digits and a hyphen,
// never a colon, so the parts stay apart.
//
// Ids of different gemeenten never collide (each starts with its
// gemeente's slug, which holds no colon), so the work is done per
// gemeente, the gemeenten on all cores.
func assignIDs(as []Agreement) {
	slugs := make([]string, len(as))
	parallel.For(len(as), 1024, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			slugs[i] = gemeenteSlug(&as[i])
		}
	})
	var order []string
	byGemeente := map[string][]int{}
	for i, s := range slugs {
		if _, ok := byGemeente[s]; !ok {
			order = append(order, s)
		}
		byGemeente[s] = append(byGemeente[s], i)
	}
	parallel.For(len(order), 2, func(lo, hi int) {
		for _, s := range order[lo:hi] {
			assignGemeenteIDs(as, byGemeente[s], s)
		}
	})
}

// assignGemeenteIDs gives ids to the agreements as[idx] of one gemeente
// (slug its gemeenteSlug), idx in import order.
func assignGemeenteIDs(as []Agreement, idx []int, slug string) {
	ids := make([]string, len(idx))
	for k, i := range idx {
		ids[k] = idBase(&as[i], slug)
	}
	qualify(as, idx, ids, func(a *Agreement, id string) string {
		if a.Number == "" {
			return id
		}
		return yearSlug(slug, a.Year) + ":" + norm.Slug(a.ThemeRaw) + ":" + numberSlug(a.Number)
	})
	qualify(as, idx, ids, func(a *Agreement, id string) string {
		if a.Number == "" {
			return id // the text hash is in the id already
		}
		return id + "~" + textHash(a.Text)
	})
	count := make(map[string]int, len(idx))
	for k, i := range idx {
		id := ids[k]
		count[id]++
		if n := count[id]; n > 1 {
			id = fmt.Sprintf("%s~%d", id, n)
		}
		as[i].ID = id
	}
}

// qualify rewrites with refine the ids (of as[idx]) that collide.
func qualify(as []Agreement, idx []int, ids []string, refine func(*Agreement, string) string) {
	n := make(map[string]int, len(ids))
	for _, id := range ids {
		n[id]++
	}
	for k, i := range idx {
		if n[ids[k]] > 1 {
			ids[k] = refine(&as[i], ids[k])
		}
	}
}

// idBase is an agreement's id before collisions: slug is its
// gemeenteSlug.
func idBase(a *Agreement, slug string) string {
	slug = yearSlug(slug, a.Year)
	if a.Number != "" {
		return slug + ":" + numberSlug(a.Number)
	}
	return slug + ":#" + textHash(a.Text)
}

// yearSlug is the start of the ids of a gemeente's agreements of year:
// "uithoorn:2025", or the gemeente's slug alone when the year is unknown.
func yearSlug(slug, year string) string {
	if year == "" {
		return slug
	}
	return slug + ":" + year
}

func gemeenteSlug(a *Agreement) string {
	if s := norm.Slug(a.Gemeente); s != "" {
		return s
	}
	return "onbekend"
}

// numberSlug keeps an agreement number readable in an id: "2.3" stays,
// "WL-04" becomes "wl-04", spaces become hyphens.
func numberSlug(n string) string {
	n = strings.ToLower(strings.Join(strings.Fields(norm.Fold(n)), "-"))
	return strings.Trim(n, ".")
}

// textHash is 8 hex digits of the folded words of a text, so that
// whitespace, case and punctuation edits do not change it.
func textHash(text string) string {
	h := fnv.New32a()
	h.Write([]byte(strings.Join(norm.Words(text), " ")))
	return fmt.Sprintf("%08x", h.Sum32())
}
