package importer

import (
	"fmt"
	"sort"
	"strings"

	"pakompas/importer/gemeente"
	"pakompas/importer/norm"
)

// Select limits a report to the agreements of the named gemeenten
// (pakompas --alleen). A name matches a gemeente of the report ignoring
// case, diacritics, spaces and punctuation, and by its official name
// ("Den Haag" selects 's-Gravenhage, a former gemeente the one it merged
// into). The files kept are those that failed or were ignored (their
// gemeente is unknown), those naming no gemeente, and those naming a
// selected one, with their gemeenten and agreement counts limited to the
// selection. rep is not changed. An empty names selects everything; a name
// that matches no gemeente of the report is an *UnknownGemeenteError.
func Select(rep *Report, names []string) (*Report, error) {
	if len(names) == 0 {
		return rep, nil
	}
	found := gemeentenOf(rep)
	chosen := map[string]bool{}
	var selection, unknown []string
	for _, name := range names {
		g, ok := matchGemeente(name, found)
		if !ok {
			unknown = append(unknown, strings.TrimSpace(name))
			continue
		}
		if !chosen[g] {
			chosen[g] = true
			selection = append(selection, g)
		}
	}
	if len(unknown) > 0 {
		return nil, &UnknownGemeenteError{Names: unknown, Found: found}
	}
	out := &Report{Selection: selection}
	perFile := map[string]int{}
	for _, a := range rep.Agreements {
		if chosen[a.Gemeente] {
			out.Agreements = append(out.Agreements, a)
			perFile[a.Source.File]++
		}
	}
	for _, f := range rep.Files {
		if f.Error != "" || f.Ignored != "" || len(f.Gemeenten) == 0 {
			out.Files = append(out.Files, f)
			continue
		}
		var gems []string
		for _, g := range f.Gemeenten {
			if chosen[g] {
				gems = append(gems, g)
			}
		}
		if len(gems) > 0 {
			f.Gemeenten, f.Agreements = gems, perFile[f.Path]
			out.Files = append(out.Files, f)
		}
	}
	return out, nil
}

// gemeenten are the distinct gemeenten of the report's agreements, sorted.
func gemeentenOf(r *Report) []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range r.Agreements {
		if a.Gemeente != "" && !seen[a.Gemeente] {
			seen[a.Gemeente] = true
			out = append(out, a.Gemeente)
		}
	}
	sort.Slice(out, func(i, j int) bool { return norm.Fold(out[i]) < norm.Fold(out[j]) })
	return out
}

// matchGemeente returns the gemeente of found that name means.
func matchGemeente(name string, found []string) (string, bool) {
	key := strings.Join(norm.Words(name), "")
	official := ""
	if m, ok := gemeente.Lookup(name); ok {
		official = m.Name
	}
	for _, g := range found {
		if g == official || (key != "" && strings.Join(norm.Words(g), "") == key) {
			return g, true
		}
	}
	return "", false
}

// UnknownGemeenteError is a selected gemeente that no agreement read
// belongs to.
type UnknownGemeenteError struct {
	// Names are the selected names that matched nothing; Found are the
	// gemeenten the import holds.
	Names, Found []string
}

func (e *UnknownGemeenteError) Error() string {
	quoted := make([]string, len(e.Names))
	for i, n := range e.Names {
		quoted[i] = "'" + n + "'"
	}
	what := "gemeente " + quoted[0] + " komt"
	if len(quoted) > 1 {
		what = "gemeenten " + strings.Join(quoted, ", ") + " komen"
	}
	if len(e.Found) == 0 {
		return fmt.Sprintf("%s niet voor in de ingelezen bestanden: daarin is geen enkele gemeente gevonden", what)
	}
	return fmt.Sprintf("%s niet voor in de ingelezen bestanden; gevonden: %s", what, strings.Join(e.Found, ", "))
}
