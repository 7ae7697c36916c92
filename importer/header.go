package importer

import (
	"strconv"
	"strings"

	"pakompas/importer/norm"
)

// synonym lists per field, as folded words. A header cell maps to the
// first field in fieldOrder with a synonym among its words; single-word
// synonyms of five letters or more also match as the tail of a Dutch
// compound ("afspraaknummer" is a number, "uitvoeringsjaar" a due year).
// The order puts the specific words first, so that "Type afspraak" is the
// kind, "Toelichting afspraak" the notes and "Nr afspraak" the number: a
// notes column is never taken for the agreement text.
var fieldOrder = []struct {
	field Field
	words []string
	exact bool // the cell must consist of the synonym only
}{
	{FieldNumber, []string{"nr", "nummer", "no", "code", "volgnummer", "id", "ref", "referentie"}, false},
	{FieldKind, []string{"soort", "type", "soort afspraak", "type afspraak", "typering", "afspraaktype"}, false},
	{FieldNotes, []string{"toelichting", "opmerking", "opmerkingen", "notitie", "notities", "bijzonderheden", "commentaar", "toelichtingen"}, false},
	{FieldStatus, []string{"status", "voortgang", "stand van zaken", "stand", "monitor", "monitoring"}, false},
	{FieldDue, []string{"wanneer", "termijn", "planning", "deadline", "jaar", "gereed", "datum", "einddatum", "streefdatum", "tijdpad", "jaarschijf", "uiterlijk", "periode", "tijdstip", "uitvoeringsjaar"}, false},
	{FieldOwner, []string{"trekker", "wie", "verantwoordelijk", "verantwoordelijke", "verantwoordelijke partij", "eigenaar", "partij", "partijen", "uitvoerder", "kartrekker", "actiehouder", "uitvoering door", "door wie", "aan zet"}, false},
	{FieldGemeente, []string{"gemeente", "gemeentenaam", "naam gemeente"}, true},
	{FieldTheme, []string{"thema", "onderwerp", "pijler", "opgave", "hoofdstuk", "domein", "hoofdthema", "beleidsthema", "speerpunt", "categorie", "themas"}, false},
	{FieldText, []string{"afspraak", "afspraken", "prestatieafspraak", "prestatieafspraken", "omschrijving", "actie", "acties", "activiteit", "activiteiten", "maatregel", "maatregelen", "prestatie", "prestaties", "beschrijving", "inhoud", "wat", "tekst", "wat gaan we doen"}, false},
}

// synonym is one synonym of fieldOrder made ready for headerField: padded
// with a space on each side for a whole-word search, and whether it also
// matches as the tail of a compound word.
type synonym struct {
	word, padded string
	tail         bool
}

// fieldSynonyms holds fieldOrder's synonyms, in its order, made ready once
// (building " "+syn+" " per cell and synonym was a seventh of the import).
var fieldSynonyms = func() [][]synonym {
	out := make([][]synonym, len(fieldOrder))
	for i, f := range fieldOrder {
		for _, w := range f.words {
			out[i] = append(out[i], synonym{word: w, padded: " " + w + " ", tail: len(w) >= 5 && !strings.Contains(w, " ")})
		}
	}
	return out
}()

// maxHeaderCell is the longest text taken for a column header.
const maxHeaderCell = 60

// headerField returns the field a header cell names, or FieldNone.
func headerField(cell string) Field {
	cell = strings.TrimSpace(cell)
	if cell == "" || len(cell) > maxHeaderCell {
		return FieldNone
	}
	if cell == "#" {
		return FieldNumber
	}
	if _, ok := yearOf(cell); ok {
		return FieldYear
	}
	words := norm.Words(cell)
	if len(words) == 0 || len(words) > 6 {
		return FieldNone
	}
	joined := " " + strings.Join(words, " ") + " "
	for i, f := range fieldOrder {
		for _, syn := range fieldSynonyms[i] {
			if f.exact {
				if strings.TrimSpace(joined) == syn.word {
					return f.field
				}
				continue
			}
			if strings.Contains(joined, syn.padded) {
				return f.field
			}
			if syn.tail {
				for _, w := range words {
					if len(w) > len(syn.word)+2 && strings.HasSuffix(w, syn.word) {
						return f.field
					}
				}
			}
		}
	}
	return FieldNone
}

// isExactSynonym reports whether the whole cell is one of the synonyms
// ("Trekker", "Stand van zaken"), stricter than headerField, for telling a
// second header row from a section row such as "Planning en monitoring".
func isExactSynonym(cell string) bool {
	joined := strings.Join(norm.Words(cell), " ")
	for _, f := range fieldOrder {
		for _, syn := range f.words {
			if joined == syn {
				return true
			}
		}
	}
	return false
}

// yearOf recognises a cell that is just a year 2000–2099 ("2025", "2025.0").
func yearOf(cell string) (int, bool) {
	cell = strings.TrimSuffix(strings.TrimSpace(cell), ".0")
	if len(cell) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(cell)
	if err != nil || y < 2000 || y > 2099 {
		return 0, false
	}
	return y, true
}

// header is the table's column mapping as found.
type header struct {
	// first and row are the indexes into grid.rows of the first and the
	// last header row; data starts after row.
	first, row int
	// topLabels are the first header row's cells as written.
	topLabels []string
	// labels per column, both header rows joined.
	labels []string
	// fields per column.
	fields []Field
	// col per field: the column chosen for it (-1 when absent). Year
	// columns are in years instead. The jaarschijf column
	// (FieldJaarschijf, chooseJaarschijf) may be the due column too.
	col   map[Field]int
	years []yearCol
}

type yearCol struct {
	col  int
	year int
}

// headerScanRows is how far down a sheet the header row is looked for.
const headerScanRows = 30

// findHeader looks for the header row in the first rows of g: the row whose
// cells name the most distinct fields, with the agreement text among them
// and at least one other. A second header row under it (years under a
// merged "Planning", or labels under merged cells) is folded in.
func findHeader(g *grid) (*header, bool) {
	best, bestScore := -1, 0
	var bestFields []Field
	for i := 0; i < len(g.rows) && g.rows[i].num <= headerScanRows; i++ {
		fields := make([]Field, len(g.rows[i].cells))
		seen := map[Field]bool{}
		for c, v := range g.rows[i].cells {
			fields[c] = headerField(v)
			if fields[c] == FieldYear {
				seen[FieldDue] = true
			} else if fields[c] != FieldNone {
				seen[fields[c]] = true
			}
		}
		if !seen[FieldText] || len(seen) < 2 {
			continue
		}
		if len(seen) > bestScore {
			best, bestScore, bestFields = i, len(seen), fields
		}
	}
	if best < 0 {
		return nil, false
	}
	h := &header{first: best, row: best, topLabels: g.rows[best].cells, labels: append([]string(nil), g.rows[best].cells...), fields: bestFields}
	if best+1 < len(g.rows) && g.rows[best+1].num == g.rows[best].num+1 {
		h.foldSubHeader(g, g.rows[best+1])
	}
	h.choose()
	h.chooseJaarschijf(g)
	return h, true
}

// foldSubHeader merges a second header row into h when sub is one: it has
// nothing in the text column and only short cells that are years or field
// names. Years under a planning label (or under a merged cell, or under
// nothing) become year columns; years under "Status" stay status columns.
func (h *header) foldSubHeader(g *grid, sub gridRow) {
	textCol := -1
	for c, f := range h.fields {
		if f == FieldText {
			textCol = c
			break
		}
	}
	if strings.TrimSpace(sub.cell(textCol)) != "" {
		return
	}
	years, exact := 0, 0
	for _, c := range sub.filled() {
		v := sub.cells[c]
		switch {
		case headerField(v) == FieldYear:
			years++
		case isExactSynonym(v):
			exact++
		default:
			return
		}
	}
	if years == 0 && exact < 2 {
		return
	}
	topRow := h.row
	owners := mergeOwners(g.merges, g.rows[topRow].num-1, len(sub.cells))
	for c := range sub.cells {
		v := strings.TrimSpace(sub.cells[c])
		if v == "" {
			continue
		}
		for len(h.labels) <= c {
			h.labels = append(h.labels, "")
			h.fields = append(h.fields, FieldNone)
		}
		parent := h.parentField(g, owners, c)
		f := headerField(v)
		switch {
		case f == FieldYear && (parent == FieldStatus || parent == FieldNotes || parent == FieldOwner):
			h.fields[c] = parent
		case f == FieldYear:
			h.fields[c] = FieldYear
		case h.fields[c] == FieldNone || parent == FieldNone:
			h.fields[c] = f
		}
		h.labels[c] = strings.TrimSpace(h.labels[c] + " " + v)
	}
	h.row++
}

// parentField is the field of the header cell above column c: the cell
// itself, or the merged cell covering it (owners, from mergeOwners on the
// top header row), or (when the sheet's merges are unknown and the cell
// is empty) the nearest label to its left.
func (h *header) parentField(g *grid, owners []int, c int) Field {
	if c < len(h.fields) && strings.TrimSpace(h.labels[c]) != "" {
		return h.fields[c]
	}
	if c < len(owners) && owners[c] >= 0 && owners[c] < len(h.fields) {
		return h.fields[owners[c]]
	}
	if len(g.merges) == 0 {
		for l := c - 1; l >= 0; l-- {
			if l < len(h.labels) && strings.TrimSpace(h.labels[l]) != "" {
				return h.fields[l]
			}
		}
	}
	return FieldNone
}

// choose picks one column per field: the first, except status where the
// last is the most recent ("Status 2024 | Status 2025"). Year columns are
// collected in order.
func (h *header) choose() {
	h.col = map[Field]int{}
	for c, f := range h.fields {
		switch f {
		case FieldNone:
		case FieldYear:
			y, _ := yearOf(lastWord(h.labels[c]))
			h.years = append(h.years, yearCol{col: c, year: y})
		case FieldStatus:
			h.col[f] = c
		default:
			if _, ok := h.col[f]; !ok {
				h.col[f] = c
			}
		}
	}
}

// column returns the column chosen for f, or -1.
func (h *header) column(f Field) int {
	if c, ok := h.col[f]; ok {
		return c
	}
	return -1
}

// top returns the first header row's label of column c.
func (h *header) top(c int) string {
	if c < 0 || c >= len(h.topLabels) {
		return ""
	}
	return h.topLabels[c]
}

// fieldAt returns the field mapped to column c (also when another column
// was chosen for it).
func (h *header) fieldAt(c int) Field {
	if c < 0 || c >= len(h.fields) {
		return FieldNone
	}
	return h.fields[c]
}

// mapping reports every labelled column and the field it was used for.
func (h *header) mapping() []ColumnMapping {
	var out []ColumnMapping
	for c, label := range h.labels {
		label = strings.TrimSpace(label)
		if label == "" {
			continue
		}
		used := FieldNone
		if h.fields[c] == FieldYear {
			used = FieldYear
		} else if h.column(h.fields[c]) == c {
			used = h.fields[c]
		}
		out = append(out, ColumnMapping{Column: columnName(c), Header: label, Field: used})
	}
	return out
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
