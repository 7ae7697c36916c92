package tui

// The Kompas screen lists the agreements behind a cell in the Afspraken
// list: exactly those, as a filter named in the filter line ("kompas:
// Vaag in Aalsmeer") that x clears like any other.

// pickMsg shows the Afspraken list with only the agreements rows
// (indexes into the analysis), the other filters off; name names them.
type pickMsg struct {
	name string
	rows []int
}

// showPick turns the other filters off and keeps only the agreements of
// msg, the cursor on the first.
func (l *list) showPick(msg pickMsg) {
	l.clearFilters()
	l.pick = make([]bool, len(l.sess.an.Agreements))
	for _, i := range msg.rows {
		if i < len(l.pick) {
			l.pick[i] = true
		}
	}
	l.pickName = msg.name
	l.cursor, l.top = 0, 0
	l.refilter()
}

// picked reports whether agreement i passes the Kompas filter (every
// agreement does when it is off).
func (l *list) picked(i int) bool { return l.pick == nil || i < len(l.pick) && l.pick[i] }
