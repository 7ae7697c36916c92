package importer

import (
	"errors"
	"fmt"

	"pakompas/importer/docx"
)

// noTableInText is the report's reason for a table of a Word or
// OpenDocument text that holds no agreements.
const noTableInText = "geen kopregel met een kolom als 'Afspraak' (opmaak, ondertekening of toelichting)"

// maxTitleParagraphs and maxTitleChars bound the paragraphs before a table
// that are read as its title rows (for the gemeente).
const (
	maxTitleParagraphs = 20
	maxTitleChars      = 300
)

// readDOCX reads a Word document held in data: every table becomes a
// sheet "tabel N" (1-based in document order) whose grid is the table's
// rows and merged cells, with the paragraphs before it as its titles.
// The document is returned too, for its numbered paragraphs when no table
// holds agreements (readParagraphs).
func readDOCX(path string, data []byte, lim *fileLimits) ([]sheetIn, *docx.Document, *FileError) {
	doc, err := docx.Read(data, docx.Limits{Part: maxUnzipped, Rows: maxFileRows, Cells: maxFileCells, Text: maxFileText})
	if fe := docxError(path, err); fe != nil {
		return nil, nil, fe
	}
	var sheets []sheetIn
	var above textTitles
	for _, b := range doc.Blocks {
		if p := b.Para; p != nil {
			above.para(p.Text, !p.Title && (p.Heading > 0 || p.List == nil || !p.List.Bullet))
			continue
		}
		in := above.sheet(fmt.Sprintf("tabel %d", len(sheets)+1))
		g := &grid{sheet: in.name}
		for i, r := range b.Table.Rows {
			if fe := g.add(i+1, r, lim); fe != nil {
				return nil, nil, fe
			}
		}
		g.trimTrailing()
		for _, m := range b.Table.Merges {
			g.merges = append(g.merges, mergeRange{r0: m.R0, c0: m.C0, r1: m.R1, c1: m.C1})
		}
		in.grid = g
		sheets = append(sheets, in)
	}
	return sheets, doc, nil
}

// textTitles collects what stands above each table of a Word or
// OpenDocument text: the paragraphs since the table before it, read as
// its title rows (for the gemeente and the year), and the last heading
// among them, its theme as a sheet's name is (sheetTheme).
type textTitles struct {
	titles []string
	theme  string
}

// para takes a paragraph above the next table; heading says that it may
// head what follows (a heading, or a line that is no bullet or document
// title). It heads it when it reads as a title (looksLikeTitle), and
// gives its theme without its number ("3. Duurzaamheid": Duurzaamheid).
func (t *textTitles) para(text string, heading bool) {
	if len(t.titles) < maxTitleParagraphs && len(text) <= maxTitleChars {
		t.titles = append(t.titles, text)
	}
	if text = tidyText(text); heading && looksLikeTitle(text) {
		if _, title := splitSectionTitle(text); title != "" {
			t.theme = title
		}
	}
}

// sheet starts the sheet of the next table, named name, with what was
// taken above it, and starts afresh for the table after it.
func (t *textTitles) sheet(name string) sheetIn {
	in := sheetIn{name: name, titles: t.titles, theme: t.theme, noTable: noTableInText}
	*t = textTitles{}
	return in
}

// docxError is the file's error for what docx.Read returned, nil for nil.
func docxError(path string, err error) *FileError {
	var le *docx.LimitError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &le):
		return newFileErrorf(path, ErrTooLarge, err, "bestand geweigerd: het Word-document bevat meer %s dan de grens van %s per bestand; "+
			"een document met afspraken is veel kleiner. Is dit het goede bestand?", le.What, thousands(int(le.Limit)))
	case errors.Is(err, docx.ErrNoDocument):
		return newFileErrorf(path, ErrCorrupt, err, "beschadigd Word-document: de tekst van het document (word/document.xml) ontbreekt; daarom is het bestand niet ingelezen")
	}
	return newFileErrorf(path, ErrCorrupt, err, "beschadigd Word-document: %s (afgebroken download of kopie?); daarom is het bestand niet ingelezen", dutchCause(err))
}

// noAgreementsInDocument is the error for a Word document (an
// OpenDocument text when odt) with neither a table of agreements nor
// numbered agreements.
func noAgreementsInDocument(path string, odt bool) *FileError {
	noun := "het Word-document"
	if odt {
		noun = "het OpenDocument-tekstdocument (Writer)"
	}
	return newFileErrorf(path, ErrNoTable, nil, "geen afspraken gevonden in %s: geen tabel met een kopregel als 'Afspraak' of 'Omschrijving', "+
		"en geen genummerde afspraken (3.1, 3.2 …) onder kopjes", noun)
}
