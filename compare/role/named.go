package role

import "strings"

// NamedIn reports whether the reason Resolve gave (why) quotes an owner
// cell or a subject that names a party of role want: "trekker:
// 'Gemeente, corporatie, HBV'" names the tenants, "onderwerp: 'De
// gemeente'" does not. Resolve gives one role for several parties
// (Gezamenlijk); NamedIn tells a caller whether a given party is among
// them.
func NamedIn(why string, want Role) bool {
	lo, hi := strings.IndexByte(why, '\''), strings.LastIndexByte(why, '\'')
	if lo < 0 || hi <= lo {
		return false
	}
	toks := tokenize(why[lo+1 : hi])
	ix := baseIndex()
	for i := range toks {
		if h, ok := ix.at(toks, i, false); ok && h.cue.role == want && h.cue.conn == noConn {
			return true
		}
	}
	return false
}
