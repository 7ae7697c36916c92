package demo

import (
	"fmt"
	"strings"
	"time"
)

// Corporation is the (invented) corporation behind the whole demo set.
const Corporation = "Woonstichting Amstelland"

// Afspraak is one agreement of the demo set as its spreadsheet states it,
// together with what the importer is expected to make of it (Due).
type Afspraak struct {
	// Theme is the theme as the document names it: the Thema column, the
	// section title without its number, the sheet name or the Onderwerp.
	Theme  string
	Number string
	// Text is the cell text exactly as written (bullets, newlines and stray
	// spaces included); Tidy gives what the importer should make of it.
	Text  string
	Owner string
	// OwnerFormula makes the owner cell a formula pointing at the owner cell
	// of the row above, with Owner as its cached value (Uithoorn only).
	OwnerFormula bool
	// DueRaw is the deadline as written; ignored when DueDate is set or
	// Years is used.
	DueRaw string
	// DueDate, when set, is written as a real Excel date cell.
	DueDate time.Time
	// Years are the marks in the planning columns 2025, 2026, 2027 (Aalsmeer).
	Years [3]string
	// Due is the normalised deadline the importer must produce.
	Due    string
	Status string
	Notes  string
	// Kind is the document's own label (Landsmeer's "Soort afspraak").
	Kind string
}

// Gemeente is one gemeente of the demo set: its file and its agreements in
// the order they appear in the file.
type Gemeente struct {
	// Name is the official gemeente name the importer must report.
	Name string
	// File is the file name inside Dir.
	File string
	// Year is the jaarschijf or period the importer must find for the
	// file ("2025", "2025-2027").
	Year string
	// Tenants is the local huurdersorganisatie.
	Tenants   string
	Afspraken []Afspraak
	// build writes the file in this gemeente's layout.
	build func(g Gemeente) (*Built, error)
}

// Built is one generated demo file: its bytes and where each agreement and
// sheet ended up.
type Built struct {
	Data []byte
	// Pos[i] is where g.Afspraken[i] was written.
	Pos    []Pos
	Sheets []SheetInfo
}

// Pos is a 1-based sheet row; Sheet is empty for CSV.
type Pos struct {
	Sheet string
	Row   int
}

// SheetInfo is what the importer should report for one sheet.
type SheetInfo struct {
	Name string
	// Read is false for sheets the importer must skip (no table, hidden).
	Read bool
	// HeaderRow is the 1-based (last) header row of a read sheet.
	HeaderRow  int
	Agreements int
}

// Gemeenten is the demo set, one entry per file.
// Two gemeenten also have their previous jaarschijf (2024), in another
// layout, so that the demo shows agreements over the years; two are Word
// documents (a table, numbered paragraphs).
var Gemeenten = []Gemeente{uithoorn, aalsmeer, landsmeer, ouderAmstel, amstelveen, deRondeVenen, uithoorn2024, ouderAmstel2024}

// Build generates g's file in memory.
func (g Gemeente) Build() (*Built, error) {
	b, err := g.build(g)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", g.File, err)
	}
	if len(b.Pos) != len(g.Afspraken) {
		return nil, fmt.Errorf("%s: %d positions for %d agreements", g.File, len(b.Pos), len(g.Afspraken))
	}
	return b, nil
}

// Expect is what the importer must produce for one agreement.
type Expect struct {
	Gemeente string
	File     string
	Sheet    string
	Row      int
	ThemeRaw string
	Number   string
	Text     string
	Owner    string
	Due      string
	KindRaw  string
	Year     string
}

// Expectations builds every demo file in memory and returns what the
// importer must produce for each agreement, in file order.
func Expectations() ([]Expect, error) {
	var out []Expect
	for _, g := range Gemeenten {
		b, err := g.Build()
		if err != nil {
			return nil, err
		}
		for i, a := range g.Afspraken {
			out = append(out, Expect{
				Gemeente: g.Name,
				File:     g.File,
				Sheet:    b.Pos[i].Sheet,
				Row:      b.Pos[i].Row,
				ThemeRaw: a.Theme,
				Number:   a.Number,
				Text:     Tidy(a.Text),
				Owner:    strings.TrimSpace(a.Owner),
				Due:      a.Due,
				KindRaw:  a.Kind,
				Year:     g.Year,
			})
		}
	}
	return out, nil
}

// Tidy is the importer's text tidying as the acceptance test expects it:
// per line, runs of white space collapsed and leading bullets ("•", "-",
// "*") removed; lines kept; the whole trimmed.
func Tidy(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		l = strings.Join(strings.Fields(l), " ")
		for {
			t := strings.TrimLeft(l, "•-*")
			if t == l {
				break
			}
			l = strings.TrimSpace(t)
		}
		lines[i] = l
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// date is a calendar date at midnight UTC, for DueDate.
func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
