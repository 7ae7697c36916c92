package tui

// openAt is the request to show agreement i on the Afspraak screen, with the
// agreements of the gemeente column under the cursor (top to bottom, every
// agreement of a cell) for the next and previous keys there.
func (t *themeView) openAt(i int) openScreenMsg {
	g := t.sess.shown[t.col]
	var seq []int
	pos := 0
	for _, r := range t.visible {
		for _, x := range t.rows[r].Cells[g] {
			if x == i {
				pos = len(seq)
			}
			seq = append(seq, x)
		}
	}
	t.follows, t.openedAt = true, i
	return openScreenMsg{screenDetail, showAgreementMsg{i: i, pos: pos, seq: seq}}
}

// follow puts the cursor on the agreement the Afspraak screen showed last
// (] and [ move there) when this screen opened it.
func (t *themeView) follow() {
	if !t.follows || t.sess.opened == t.openedAt || t.col >= len(t.sess.shown) {
		t.follows = false
		return
	}
	t.follows = false
	g := t.sess.shown[t.col]
	for vi, r := range t.visible {
		for _, x := range t.rows[r].Cells[g] {
			if x == t.sess.opened {
				t.row = vi
			}
		}
	}
}

// legend explains the verdict marks in the cells (help).
func (t *themeView) legend() []string { return markLegend() }
