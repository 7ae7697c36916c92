package kompas

import (
	"strings"

	"pakompas/compare"
	"pakompas/compare/role"
	"pakompas/compare/status"
)

// tally holds the agreements of one gemeente by what the indicators
// count, as indexes into the analysis, in analysis order.
type tally struct {
	all, vague, notSmart, kaderless, notResult, regular []int
	noDue, withStatus, noStatus, done, behind, tenants  []int
	carried                                             []int
	roles                                               [len(roleOrder)][]int
	themes                                              []themeTally
}

// themeTally holds the agreements of one gemeente under one theme.
type themeTally struct {
	all, vague, kaderless, result, effort, regular []int
}

// The lists of a tally and of a theme tally, as bits of a membership
// mask.
const (
	lAll = iota
	lVague
	lNotSmart
	lKaderless
	lNotResult
	lRegular
	lNoDue
	lWithStatus
	lNoStatus
	lDone
	lBehind
	lTenants
	lCarried
	lRoles
	nLists = lRoles + len(roleOrder)
)

const (
	tAll = iota
	tVague
	tKaderless
	tResult
	tEffort
	tRegular
	nThemeLists
)

func (t *tally) lists() [nLists]*[]int {
	l := [nLists]*[]int{&t.all, &t.vague, &t.notSmart, &t.kaderless, &t.notResult, &t.regular,
		&t.noDue, &t.withStatus, &t.noStatus, &t.done, &t.behind, &t.tenants, &t.carried}
	for i := range t.roles {
		l[lRoles+i] = &t.roles[i]
	}
	return l
}

func (tt *themeTally) lists() [nThemeLists]*[]int {
	return [nThemeLists]*[]int{&tt.all, &tt.vague, &tt.kaderless, &tt.result, &tt.effort, &tt.regular}
}

// roleOrder are the roles in display order; the first four are single
// parties.
var roleOrder = [...]role.Role{role.Corporatie, role.Gemeente, role.Huurders, role.ZorgWelzijn, role.Gezamenlijk, role.Onbekend}

const singleParties = 4

func roleIndex(r role.Role) int {
	for i, x := range roleOrder {
		if x == r {
			return i
		}
	}
	return len(roleOrder) - 1
}

// membership says which lists an agreement belongs to.
type membership struct {
	gemeente, theme int32
	lists           uint32 // bit l: in list l of the gemeente's tally
	themeLists      uint8  // bit t: in list t of the theme tally
}

// count sorts the agreements of an analysis into one tally per gemeente.
// It reads each agreement once to see which lists it belongs to, then
// gives every list exactly the room it needs and fills it: two passes
// and a few allocations, whatever the number of agreements.
func count(an *compare.Analysis, isVague func(int) bool, nThemes int, themeIdx map[string]int) []tally {
	gemIdx := make(map[string]int32, len(an.Gemeenten))
	for i, g := range an.Gemeenten {
		gemIdx[g] = int32(i)
	}
	tenants := tenantCheck()
	members := make([]membership, len(an.Agreements))
	sizes := make([][nLists]int, len(an.Gemeenten))
	themeSizes := make([][nThemeLists]int, len(an.Gemeenten)*nThemes)
	total := 0
	superseded := an.Superseded()
	for i := range an.Agreements {
		a := &an.Agreements[i]
		g, ok := gemIdx[a.Gemeente]
		if !ok || superseded(i) {
			members[i].gemeente = -1
			continue
		}
		t, ok := themeIdx[a.Theme]
		if !ok {
			t = nThemes - 1 // overig
		}
		m := membership{gemeente: g, theme: int32(t)}
		m.lists, m.themeLists = listsOf(a, isVague(i), tenants(a))
		members[i] = m
		for l := range nLists {
			if m.lists&(1<<l) != 0 {
				sizes[g][l]++
				total++
			}
		}
		for l := range nThemeLists {
			if m.themeLists&(1<<l) != 0 {
				themeSizes[int(g)*nThemes+t][l]++
				total++
			}
		}
	}
	backing := make([]int, total)
	take := func(n int) []int {
		s := backing[:0:n]
		backing = backing[n:]
		return s
	}
	tallies := make([]tally, len(an.Gemeenten))
	themes := make([]themeTally, len(an.Gemeenten)*nThemes)
	for g := range tallies {
		t := &tallies[g]
		for l, p := range t.lists() {
			*p = take(sizes[g][l])
		}
		t.themes = themes[g*nThemes : (g+1)*nThemes]
		for ti := range t.themes {
			for l, p := range t.themes[ti].lists() {
				*p = take(themeSizes[g*nThemes+ti][l])
			}
		}
	}
	for i, m := range members {
		if m.gemeente < 0 {
			continue
		}
		t := &tallies[m.gemeente]
		lists := t.lists()
		for l := range nLists {
			if m.lists&(1<<l) != 0 {
				*lists[l] = append(*lists[l], i)
			}
		}
		tl := t.themes[m.theme].lists()
		for l := range nThemeLists {
			if m.themeLists&(1<<l) != 0 {
				*tl[l] = append(*tl[l], i)
			}
		}
	}
	return tallies
}

// tenantCheck reports whether the tenants carry an agreement as trekker
// or as one of its parties; the reasons of joint agreements repeat, so
// their answers are kept.
func tenantCheck() func(a *compare.Agreement) bool {
	seen := map[string]bool{}
	return func(a *compare.Agreement) bool {
		switch a.OwnerRole {
		case role.Huurders:
			return true
		case role.Gezamenlijk:
			named, ok := seen[a.RoleWhy]
			if !ok {
				named = role.NamedIn(a.RoleWhy, role.Huurders)
				seen[a.RoleWhy] = named
			}
			return named
		}
		return false
	}
}

// listsOf returns the lists an agreement belongs to: of its gemeente's
// tally and of its theme's.
func listsOf(a *compare.Agreement, vague, tenants bool) (lists uint32, themeLists uint8) {
	set := func(l int, on bool) {
		if on {
			lists |= 1 << l
		}
	}
	setT := func(l int, on bool) {
		if on {
			themeLists |= 1 << l
		}
	}
	s := a.Smart
	kaderless := a.Type != "kader"
	hasStatus := strings.TrimSpace(a.Status) != ""
	set(lAll, true)
	set(lVague, vague)
	set(lNotSmart, !(s.Who && s.What && s.HowMuch && s.When))
	set(lKaderless, kaderless)
	set(lNotResult, kaderless && a.Type != "resultaat")
	set(lRegular, a.Regular)
	set(lNoDue, a.Due == "" && !s.When)
	set(lWithStatus, hasStatus)
	set(lNoStatus, !hasStatus)
	set(lDone, hasStatus && a.StatusNorm == status.Done)
	set(lBehind, hasStatus && (a.StatusNorm == status.Late || a.StatusNorm == status.AtRisk))
	set(lTenants, tenants)
	set(lCarried, a.CarriedYears > 0)
	set(lRoles+roleIndex(a.OwnerRole), true)
	setT(tAll, true)
	setT(tVague, vague)
	setT(tKaderless, kaderless)
	setT(tResult, a.Type == "resultaat")
	setT(tEffort, a.Type == "inspanning")
	setT(tRegular, a.Regular)
	return lists, themeLists
}
