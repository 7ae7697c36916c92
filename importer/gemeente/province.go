package gemeente

import "strings"

// provinceForms lists how files write the province that CBS adds to a name
// as "(L.)", "(NH.)", "(O.)", "(Z.)" or "(ZH.)". Punctuation and case do not
// matter: "N.H.", "(N-H)" and "nh" are the same spelling.
var provinceForms = map[string][]string{
	"L":  {"L", "Lb", "Li", "Limb", "Limburg"},
	"NH": {"NH", "N-H", "Noord-Holland"},
	"O":  {"O", "Ov", "Ovl", "Overijssel"},
	"Z":  {"Z", "Zl", "Zld", "Zeeland"},
	"ZH": {"ZH", "Z-H", "Zuid-Holland"},
}

// splitProvince splits an official name such as "Bergen (NH.)" into
// "Bergen" and "NH".
func splitProvince(name string) (base, prov string, ok bool) {
	i := strings.LastIndex(name, " (")
	if i < 0 || !strings.HasSuffix(name, ".)") {
		return "", "", false
	}
	return name[:i], name[i+2 : len(name)-2], true
}

// provinceWords are folded words that name or abbreviate a province, any
// province. After the plain form of a suffixed name ("Hengelo", "Laren")
// they point to a namesake elsewhere ("Hengelo (Gld)", "Laren Gld"), unless
// the combination is itself indexed. "Groningen" and "Utrecht" are left out
// because they are gemeenten too.
var provinceWords = map[string]bool{
	"l": true, "lb": true, "li": true, "limb": true, "limburg": true,
	"nh": true, "zh": true, "nb": true, "brabant": true,
	"o": true, "ov": true, "ovl": true, "overijssel": true,
	"z": true, "zl": true, "zld": true, "zeeland": true,
	"g": true, "gld": true, "gl": true, "gelderland": true,
	"u": true, "ut": true, "utr": true,
	"fr": true, "frl": true, "friesland": true, "fryslan": true,
	"gr": true, "dr": true, "drenthe": true, "fl": true, "flevoland": true,
}

// isProvinceAfter reports whether the folded words next (and the one after
// it, which may be "") start a province qualifier.
func isProvinceAfter(next, after string) bool {
	switch next {
	case "n", "z":
		return after == "h" || after == "b"
	case "noord", "zuid":
		return after == "holland" || after == "brabant"
	}
	return provinceWords[next]
}
