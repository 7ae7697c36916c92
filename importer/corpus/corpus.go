// Package corpus generates a national-scale synthetic corpus of
// prestatieafspraken: one agreement workbook per gemeente, for all 342
// gemeenten, in the two common layouts (a theme column, or bold merged
// section rows). It feeds benchmarks of the importer, the grouping of
// near-duplicates across gemeenten, the TUI and the export.
//
// The content is deterministic: the same Options always give the same
// sets, texts and files. Texts come from a few hundred Dutch templates
// (templates.txt) with slots for quantities, years, dates and names; about
// a third are vague (process or effort), and a corporation proposes many of
// the same texts in each gemeente where it works, sometimes lightly edited.
package corpus

import (
	"pakompas/importer/gemeente"
	"time"
)

// Layout names.
const (
	// LayoutKolom is a list with a Thema column on sheet "Afspraken".
	LayoutKolom = "kolom"
	// LayoutSecties is a list without a theme column on sheet "Jaarschijf
	// 2025", where each theme starts with a bold section row merged A:E.
	LayoutSecties = "secties"
)

// HeaderRow is the sheet row of the column header in both layouts; rows 1
// and 2 hold the title and subtitle, row 3 is empty.
const HeaderRow = 4

// Defaults for Options.
const (
	// DefaultPerGemeente is the number of agreements per gemeente.
	DefaultPerGemeente = 150
)

// Options choose the size and seed of a corpus.
type Options struct {
	// Gemeenten is the number of gemeenten, taken in the order of the CBS
	// list; 0 or less (or more than there are) means all 342.
	Gemeenten int
	// PerGemeente is the number of agreements per gemeente; 0 or less
	// means DefaultPerGemeente. With 8 or more every theme gets at least
	// one agreement; with fewer, some themes are left out.
	PerGemeente int
	// Seed drives all random choices.
	Seed uint64
}

// Kind is what a template intends an agreement to be.
type Kind string

// The kinds of agreement text.
const (
	// KindConcrete is verifiable: a quantity, a date, a named act.
	KindConcrete Kind = "concreet"
	// KindVague is a process or effort text with nothing to verify.
	KindVague Kind = "vaag"
	// KindFramework is a framework clause (looptijd, bijstelling,
	// geschillen): neither a concrete nor a vague commitment.
	KindFramework Kind = "kader"
)

// Item is one agreement as written to its workbook.
type Item struct {
	Theme        string    // national key, one of Themes
	ThemeRaw     string    // the local theme name as written
	Number       string    // "3.2": theme position and rank
	Text         string    // the agreement
	Owner        string    // the Trekker cell; may be empty
	Planning     string    // the planning cell as text; empty if a date or blank
	PlanningDate time.Time // the planning date when the cell is a real date, else zero
	Status       string    // status word; may be empty
	Notes        string    // Toelichting; only in the kolom layout, often empty
	Kind         Kind      // what the template intends
	Vague        bool      // Kind == KindVague
}

// Set is the agreement workbook of one gemeente.
type Set struct {
	Gemeente    gemeente.Gemeente
	Layout      string // LayoutKolom or LayoutSecties
	FileName    string // "<slug>_prestatieafspraken_2025.xlsx"
	Sheet       string // the one sheet's name
	Title       string // row 1
	Subtitle    string // row 2
	Corporation string // the corporation that works in this gemeente
	Items       []Item // in sheet order, grouped by theme
	Year        string // the jaarschijf: "2025", or the next of NextYear
}

// Section is a section row of the secties layout.
type Section struct {
	Row   int    // sheet row, 1-based
	Label string // "3. Duurzaamheid"
	Theme string // national key
}

// Build generates the sets in memory. Gemeente i always gets the same
// content for the same Seed and PerGemeente, whatever the number of
// gemeenten asked for.
func Build(o Options) []Set {
	all := gemeente.All()
	n := o.Gemeenten
	if n <= 0 || n > len(all) {
		n = len(all)
	}
	per := o.PerGemeente
	if per <= 0 {
		per = DefaultPerGemeente
	}
	w := newWorld(o.Seed, len(all))
	sets := make([]Set, n)
	seen := make(map[string]bool, n)
	for i := range n {
		sets[i] = w.buildSet(i, all[i], per)
		if seen[sets[i].FileName] { // never with the CBS list, but keep names unique
			sets[i].FileName = sets[i].Gemeente.Code + "_" + sets[i].FileName
		}
		seen[sets[i].FileName] = true
	}
	return sets
}

// Generate builds the sets for o and writes them to dir; it returns the
// paths in the order of the sets.
func Generate(dir string, o Options) ([]string, error) {
	return Write(dir, Build(o))
}

// ItemRows returns the 1-based sheet row of each item. In the kolom layout
// item i is on row HeaderRow+1+i. In the secties layout each theme block is
// a section row followed by its items, with one empty row between blocks,
// starting right below the header.
func (s Set) ItemRows() []int {
	rows, _ := s.rows()
	return rows
}

// Sections returns the section rows of the secties layout, nil for kolom.
func (s Set) Sections() []Section {
	_, secs := s.rows()
	return secs
}

// LastRow returns the last used sheet row.
func (s Set) LastRow() int {
	rows := s.ItemRows()
	if len(rows) == 0 {
		return HeaderRow
	}
	return rows[len(rows)-1]
}

// rows computes the item rows and section rows of the set's layout.
func (s Set) rows() ([]int, []Section) {
	rows := make([]int, len(s.Items))
	next := HeaderRow + 1
	if s.Layout != LayoutSecties {
		for i := range rows {
			rows[i] = next + i
		}
		return rows, nil
	}
	var secs []Section
	for i, it := range s.Items {
		if i == 0 || it.Theme != s.Items[i-1].Theme {
			if i > 0 {
				next++ // empty row between sections
			}
			secs = append(secs, Section{Row: next, Label: sectionLabel(it), Theme: it.Theme})
			next++
		}
		rows[i] = next
		next++
	}
	return rows, secs
}

// sectionLabel is "3. Duurzaamheid" for an item numbered "3.x".
func sectionLabel(it Item) string {
	no := it.Number
	for i := 0; i < len(no); i++ {
		if no[i] == '.' {
			no = no[:i]
			break
		}
	}
	return no + ". " + it.ThemeRaw
}
