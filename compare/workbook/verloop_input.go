package workbook

import (
	"cmp"
	"fmt"
	"slices"

	"pakompas/compare/verloop"
)

// Verloop is what the sheet Verloop shows: the gemeenten of which more
// than one year (version) is loaded, and per gemeente its agreements
// followed over the years, one Chain per row.
type Verloop struct {
	// Years are the year columns: every version of the Gemeenten, in
	// order (verloop.CompareYears); "" is the onbekend version.
	Years []string
	// Gemeenten are the counts per gemeente with more than one version
	// (compare.Analysis.Verloop), in Input.Gemeenten order; Samenvatting
	// shows them.
	Gemeenten []verloop.Summary
	// Chains are the rows: per gemeente (in Gemeenten order) the
	// agreements still in its last version, in their order, then those
	// that vanished (vervallen), the earliest gone first.
	Chains []Chain
}

// Chain is one agreement followed over the years: the matched
// agreements of consecutive versions of one gemeente.
type Chain struct {
	Gemeente string
	// Links are the chain's agreements, oldest first.
	Links []Link
	// State is the chain's state over the loaded years: Vervallen when it
	// ends before the gemeente's last version, else Nieuw when it starts
	// after the first, else Gewijzigd when any step changed its words,
	// else Ongewijzigd.
	State verloop.Change
	// Carried is the most consecutive years it was carried over without
	// being done (compare.Agreement.CarriedYears); 0 when never.
	Carried int
}

// Link is one year of a Chain.
type Link struct {
	// Agreement is the index into Input.Agreements.
	Agreement int
	// Year is the agreement's version ("" onbekend).
	Year string
	// Step is what happened in this year: Nieuw (the chain starts after
	// the gemeente's first version), Gewijzigd or Ongewijzigd against the
	// year before, None for the first version.
	Step verloop.Change
	// Edits are the changed words against the year before (Gewijzigd).
	Edits []verloop.Edit
	// YearsOnly is set when those edits only move years on
	// (compare.Agreement.YearsOnly).
	YearsOnly bool
}

// yearMatch is what the chains are built from, per agreement (indexes
// into Input.Agreements): its gemeente and version, the matched
// agreement of the version before and after (-1 when none), its change,
// carried years, edits and whether those only move years on
// (compare.Agreement's fields of the same name).
type yearMatch struct {
	gemeente, year string
	previous, next int
	change         verloop.Change
	carried        int
	edits          []verloop.Edit
	yearsOnly      bool
}

// buildVerloop lays the matches ms (one per agreement) out as the chains
// of the gemeenten in sums (those with more than one version, in order).
// It returns nil when sums is empty: the sheet Verloop is then left out.
func buildVerloop(ms []yearMatch, sums []verloop.Summary) *Verloop {
	if len(sums) == 0 {
		return nil
	}
	v := &Verloop{Gemeenten: sums}
	order := make(map[string]int, len(sums))
	for g, s := range sums {
		order[s.Gemeente] = g
		for _, y := range s.Years {
			if !slices.Contains(v.Years, y) {
				v.Years = append(v.Years, y)
			}
		}
	}
	slices.SortFunc(v.Years, verloop.CompareYears)
	type placed struct {
		chain         Chain
		gemeente      int
		gone, lastIdx int
		lastYear      int
	}
	var rows []placed
	for i, m := range ms {
		g, ok := order[m.gemeente]
		if !ok || m.previous >= 0 {
			continue // one version only, or not the head of its chain
		}
		years := sums[g].Years
		c := Chain{Gemeente: m.gemeente}
		last := i
		for j := i; j >= 0; j = ms[j].next {
			var step verloop.Change
			switch {
			case j == i && slices.Index(years, ms[j].year) > 0:
				step = verloop.Nieuw
			case j == i:
				step = verloop.None
			case len(ms[j].edits) > 0:
				step = verloop.Gewijzigd
			default:
				step = verloop.Ongewijzigd
			}
			c.Links = append(c.Links, Link{Agreement: j, Year: ms[j].year, Step: step, Edits: ms[j].edits,
				YearsOnly: step == verloop.Gewijzigd && ms[j].yearsOnly})
			c.Carried = max(c.Carried, ms[j].carried)
			last = j
			if len(c.Links) > len(years) {
				break // a cycle: a bug upstream; never loop forever
			}
		}
		c.State = chainState(c, ms[last].change)
		gone := 0
		if c.State == verloop.Vervallen {
			gone = 1
		}
		rows = append(rows, placed{chain: c, gemeente: g, gone: gone, lastIdx: last, lastYear: slices.Index(years, ms[last].year)})
	}
	slices.SortStableFunc(rows, func(a, b placed) int {
		return cmp.Or(cmp.Compare(a.gemeente, b.gemeente), cmp.Compare(a.gone, b.gone),
			cmp.Compare(a.lastYear, b.lastYear), cmp.Compare(a.lastIdx, b.lastIdx))
	})
	v.Chains = make([]Chain, len(rows))
	for i := range rows {
		v.Chains[i] = rows[i].chain
	}
	return v
}

// chainState is a chain's state from its links and the change of its
// last agreement (see Chain.State).
func chainState(c Chain, lastChange verloop.Change) verloop.Change {
	if lastChange == verloop.Vervallen {
		return verloop.Vervallen
	}
	if c.Links[0].Step == verloop.Nieuw {
		return verloop.Nieuw
	}
	for _, l := range c.Links {
		if l.Step == verloop.Gewijzigd {
			return verloop.Gewijzigd
		}
	}
	return verloop.Ongewijzigd
}

// validate checks that every link points at an existing agreement.
func (v *Verloop) validate(n int) error {
	if v == nil {
		return nil
	}
	for r, c := range v.Chains {
		if len(c.Links) == 0 {
			return fmt.Errorf("verloop, rij %d: geen afspraken", r+1)
		}
		for _, l := range c.Links {
			if l.Agreement < 0 || l.Agreement >= n {
				return fmt.Errorf("verloop, rij %d: afspraak %d bestaat niet (er zijn er %d)", r+1, l.Agreement, n)
			}
		}
	}
	return nil
}
