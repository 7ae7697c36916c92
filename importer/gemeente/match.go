package gemeente

// Match is a gemeente recognised in a cell, a text or a file name.
type Match struct {
	// Name is the official CBS name of the gemeente as it is now, e.g.
	// "Hengelo (O.)" or "Súdwest-Fryslân".
	Name string
	// Code is the CBS code of that gemeente, e.g. "GM0164".
	Code string
	// Written is the name as it stood in the input, trimmed: the whole cell
	// for Lookup, the matched words for FindInText and FromFileName.
	Written string
	// Former is the name of the former gemeente when the input named one
	// that has merged away (e.g. "Weesp" for Amsterdam), else "".
	Former string
	// FormerYear is the year the former gemeente merged away, else 0.
	FormerYear int
}
