package role

// Mix counts the roles of a set of agreements: who carries them. A Mix per
// gemeente shows the reciprocity of its agreements ("de gemeente vraagt,
// de corporatie draait"). The zero Mix is ready to use.
type Mix struct {
	Counts map[Role]int
	Total  int
}

// Add counts one agreement of role r; an invalid role counts as Onbekend.
func (m *Mix) Add(r Role) {
	if !r.Valid() {
		r = Onbekend
	}
	if m.Counts == nil {
		m.Counts = make(map[Role]int, len(all))
	}
	m.Counts[r]++
	m.Total++
}

// Merge adds the counts of o.
func (m *Mix) Merge(o Mix) {
	for r, n := range o.Counts {
		if m.Counts == nil {
			m.Counts = make(map[Role]int, len(all))
		}
		m.Counts[r] += n
	}
	m.Total += o.Total
}

// Share is the share of role r in all agreements, 0 for an empty Mix.
func (m Mix) Share(r Role) float64 {
	if m.Total == 0 {
		return 0
	}
	return float64(m.Counts[r]) / float64(m.Total)
}

// Known is the number of agreements whose role is known.
func (m Mix) Known() int { return m.Total - m.Counts[Onbekend] }

// KnownShare is the share of role r among the agreements whose role is
// known, 0 when none is.
func (m Mix) KnownShare(r Role) float64 {
	k := m.Known()
	if k == 0 || r == Onbekend {
		return 0
	}
	return float64(m.Counts[r]) / float64(k)
}

// Dominant is the known role that carries the most agreements, with its
// share among the known ones; ties go to the first role in All order.
// It is Onbekend, 0 when no role is known.
func (m Mix) Dominant() (Role, float64) {
	best, n := Onbekend, 0
	for _, r := range all {
		if r != Onbekend && m.Counts[r] > n {
			best, n = r, m.Counts[r]
		}
	}
	if n == 0 {
		return Onbekend, 0
	}
	return best, m.KnownShare(best)
}

// Tally counts roles.
func Tally(roles []Role) Mix {
	var m Mix
	for _, r := range roles {
		m.Add(r)
	}
	return m
}

// Shares returns the share of every role (all of All, zero when absent)
// in roles; all zero for none.
func Shares(roles []Role) map[Role]float64 {
	m := Tally(roles)
	out := make(map[Role]float64, len(all))
	for _, r := range all {
		out[r] = m.Share(r)
	}
	return out
}

// MixBy counts the roles of items per key (a gemeente, a theme): key and
// role read them.
func MixBy[T any](items []T, key func(T) string, role func(T) Role) map[string]*Mix {
	out := make(map[string]*Mix)
	for _, it := range items {
		k := key(it)
		m := out[k]
		if m == nil {
			m = &Mix{}
			out[k] = m
		}
		m.Add(role(it))
	}
	return out
}
