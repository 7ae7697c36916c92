// Package role says which party carries an agreement. It normalises the
// owner ("trekker") cell of an agreement, or when that is empty the subject
// of its text, to one of a few roles: the corporation, the gemeente, the
// tenants, a care or welfare partner, several parties together, or unknown.
// Counting the roles per gemeente shows the reciprocity ("wederkerigheid")
// of a set of agreements: who carries them.
//
// The words and names it knows are data (lexicon.go, corporaties.txt,
// zorg.txt); an adviser adds corporation names through the configuration.
package role

// Role is the normalised kind of party that carries an agreement. Its
// values are stable keys used in JSON and the evaluation workbook.
type Role string

// The roles.
const (
	// Corporatie is a housing corporation (woningcorporatie).
	Corporatie Role = "corporatie"
	// Gemeente is the municipality: college, wethouder, its departments.
	Gemeente Role = "gemeente"
	// Huurders is a tenant organisation, bewonerscommissie or the tenants.
	Huurders Role = "huurders"
	// ZorgWelzijn is a care or welfare partner: zorgaanbieder,
	// welzijnsorganisatie, GGD, zorgkantoor, maatschappelijke opvang.
	ZorgWelzijn Role = "zorg-welzijn"
	// Gezamenlijk is several parties together ("alle partijen",
	// "gemeente en corporatie").
	Gezamenlijk Role = "gezamenlijk"
	// Onbekend is an owner that cannot be placed, or none at all.
	Onbekend Role = "onbekend"
)

var all = []Role{Corporatie, Gemeente, Huurders, ZorgWelzijn, Gezamenlijk, Onbekend}

var labels = map[Role]string{
	Corporatie:  "Corporatie",
	Gemeente:    "Gemeente",
	Huurders:    "Huurders",
	ZorgWelzijn: "Zorg/welzijn",
	Gezamenlijk: "Gezamenlijk",
	Onbekend:    "Onbekend",
}

// All returns every role in display order, Onbekend last.
func All() []Role {
	return append([]Role(nil), all...)
}

// Label returns the Dutch display label of r; an invalid role reads as
// "Onbekend".
func (r Role) Label() string {
	if l, ok := labels[r]; ok {
		return l
	}
	return labels[Onbekend]
}

// Valid reports whether r is one of the roles.
func (r Role) Valid() bool {
	_, ok := labels[r]
	return ok
}
