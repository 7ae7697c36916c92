package compare

import (
	"pakompas/compare/role"
	"pakompas/compare/status"
)

// Cell summarises the agreements of one theme in one gemeente (or a total).
type Cell struct {
	N         int
	Vague     int
	Resultaat int
	// Roles and Status count the agreements per owner role and per
	// normalised status, in role.All() and status.All() order.
	Roles  []int
	Status []int
}

// VagueShare is the share of vague agreements, 0 for an empty cell.
func (c Cell) VagueShare() float64 { return share(c.Vague, c.N) }

// ResultaatShare is the share of result agreements, 0 for an empty cell.
func (c Cell) ResultaatShare() float64 { return share(c.Resultaat, c.N) }

func share(k, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(k) / float64(n)
}

// Matrix is the theme × gemeente overview: rows are the taxonomy's themes
// in order, columns the gemeenten of the analysis.
type Matrix struct {
	Themes    []string // taxonomy keys
	Gemeenten []string
	// Cells[t][g] is theme t in gemeente g.
	Cells     [][]Cell
	RowTotals []Cell // per theme
	ColTotals []Cell // per gemeente
	Total     Cell
}

// BuildMatrix counts an analysis into the theme × gemeente matrix: the
// current version of each gemeente (an earlier jaarschijf loaded beside
// it is left out, see Analysis.Superseded). isVague
// decides per agreement index whether it counts as vague (the adviser's
// verdict may override the classifier); nil means the classifier's verdict.
func BuildMatrix(an *Analysis, isVague func(i int) bool) Matrix {
	themes := an.Taxonomy.Themes()
	m := Matrix{Gemeenten: an.Gemeenten}
	ti := make(map[string]int, len(themes))
	for i, t := range themes {
		m.Themes = append(m.Themes, t.Key)
		ti[t.Key] = i
	}
	gi := make(map[string]int, len(an.Gemeenten))
	for i, g := range an.Gemeenten {
		gi[g] = i
	}
	roleIdx, statusIdx := roleIndex(), statusIndex()
	newCell := func() Cell {
		return Cell{Roles: make([]int, len(roleIdx)), Status: make([]int, len(statusIdx))}
	}
	m.Cells = make([][]Cell, len(themes))
	m.RowTotals = make([]Cell, len(themes))
	for t := range themes {
		m.Cells[t] = make([]Cell, len(an.Gemeenten))
		for g := range an.Gemeenten {
			m.Cells[t][g] = newCell()
		}
		m.RowTotals[t] = newCell()
	}
	m.ColTotals = make([]Cell, len(an.Gemeenten))
	for g := range an.Gemeenten {
		m.ColTotals[g] = newCell()
	}
	m.Total = newCell()
	overig := len(themes) - 1
	superseded := an.Superseded()
	for i, a := range an.Agreements {
		if superseded(i) {
			continue // an earlier jaarschijf: the matrix is the current set
		}
		t, ok := ti[a.Theme]
		if !ok {
			t = overig
		}
		g := gi[a.Gemeente]
		v := a.Vague
		if isVague != nil {
			v = isVague(i)
		}
		r, s := roleIdx[a.OwnerRole], statusIdx[a.StatusNorm]
		for _, c := range []*Cell{&m.Cells[t][g], &m.RowTotals[t], &m.ColTotals[g], &m.Total} {
			c.N++
			if v {
				c.Vague++
			}
			if a.Type == "resultaat" {
				c.Resultaat++
			}
			c.Roles[r]++
			c.Status[s]++
		}
	}
	return m
}

func roleIndex() map[role.Role]int {
	idx := map[role.Role]int{}
	for i, r := range role.All() {
		idx[r] = i
	}
	return idx
}

func statusIndex() map[status.Status]int {
	idx := map[status.Status]int{}
	for i, s := range status.All() {
		idx[s] = i
	}
	return idx
}

// countVague updates the vague counts after agreement i of an changed
// from counting as vague to not, or back (now): the four cells it is
// counted in, by the same rules as BuildMatrix.
func (m *Matrix) countVague(an *Analysis, i int, now bool) {
	if an.Superseded()(i) {
		return // not counted (BuildMatrix)
	}
	a := an.Agreements[i]
	t := len(m.Themes) - 1 // overig, as BuildMatrix does for an unknown key
	for k, key := range m.Themes {
		if key == a.Theme {
			t = k
			break
		}
	}
	g := -1
	for k, gem := range m.Gemeenten {
		if gem == a.Gemeente {
			g = k
			break
		}
	}
	if g < 0 {
		return
	}
	d := -1
	if now {
		d = 1
	}
	m.Cells[t][g].Vague += d
	m.RowTotals[t].Vague += d
	m.ColTotals[g].Vague += d
	m.Total.Vague += d
}
