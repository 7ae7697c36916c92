package importer

import (
	"fmt"
	"hash/fnv"
	"strings"

	"pakompas/importer/norm"
)

// assignIDs gives every agreement a stable id that survives rows inserted
// above it and a renamed file: "<gemeente>:<number>", or
// "<gemeente>:#<hash of the normalised text>" where there is no number.
// When a number repeats within a gemeente (numbering restarts per sheet in
// the one-sheet-per-theme layout, or two files cover the same gemeente), the
// theme is added; if that is not enough either, the text hash; identical
// agreements finally get "~2", "~3" in import order.
func assignIDs(as []Agreement) {
	base := make([]string, len(as))
	for i := range as {
		base[i] = idBase(&as[i])
	}
	qualify(as, base, func(a *Agreement, id string) string {
		if a.Number == "" {
			return id
		}
		return gemeenteSlug(a) + ":" + norm.Slug(a.ThemeRaw) + ":" + numberSlug(a.Number)
	})
	qualify(as, base, func(a *Agreement, id string) string {
		if a.Number == "" {
			return id // the text hash is in the id already
		}
		return id + "~" + textHash(a.Text)
	})
	count := map[string]int{}
	for i := range as {
		id := base[i]
		count[id]++
		if n := count[id]; n > 1 {
			id = fmt.Sprintf("%s~%d", id, n)
		}
		as[i].ID = id
	}
}

// qualify rewrites the ids that collide with refine.
func qualify(as []Agreement, ids []string, refine func(*Agreement, string) string) {
	n := map[string]int{}
	for _, id := range ids {
		n[id]++
	}
	for i := range as {
		if n[ids[i]] > 1 {
			ids[i] = refine(&as[i], ids[i])
		}
	}
}

func idBase(a *Agreement) string {
	if a.Number != "" {
		return gemeenteSlug(a) + ":" + numberSlug(a.Number)
	}
	return gemeenteSlug(a) + ":#" + textHash(a.Text)
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
