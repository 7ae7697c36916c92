package model

// Field is a column's meaning in the agreement table.
type Field string

// The fields a column can be mapped to.
const (
	FieldNone     Field = ""
	FieldText     Field = "text"
	FieldTheme    Field = "theme"
	FieldNumber   Field = "number"
	FieldOwner    Field = "owner"
	FieldDue      Field = "due"
	FieldStatus   Field = "status"
	FieldNotes    Field = "notes"
	FieldKind     Field = "kind"
	FieldGemeente Field = "gemeente"
	// FieldYear is a year column of a planning block ("2025", "2026", ...),
	// marked per agreement with "x" or a quarter.
	FieldYear Field = "year"
	// FieldJaarschijf is a column headed "Jaarschijf" (or "Jaar" beside
	// another deadline column) whose cells are years: the jaarschijf each
	// agreement belongs to (Agreement.Year), not its deadline.
	FieldJaarschijf Field = "jaarschijf"
)
