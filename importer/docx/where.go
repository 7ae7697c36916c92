package docx

import (
	"errors"
	"fmt"
)

// where adds to broken XML in the document part where the adviser finds
// it in Word: after which paragraph with text or which table what was
// read ends ("na alinea 12", "na tabel 3", or "in tabel 4" when it
// breaks inside a table: tables are counted as their sheets are named,
// "tabel N"). A line of
// word/document.xml, which Word writes as one or two lines, says
// nothing to the adviser; the paragraph count does, and it is the same
// count the importer's sources use.
func (p *parser) where(err error) error {
	if !errors.Is(err, errBroken) {
		return err
	}
	tables := 0
	last := ""
	for _, b := range p.doc.Blocks {
		switch {
		case b.Table != nil:
			tables++
			last = fmt.Sprintf("na tabel %d", tables)
		case b.Para != nil:
			last = fmt.Sprintf("na alinea %d", b.Para.Index)
		default: // the table being read when the XML broke
			tables++
			last = fmt.Sprintf("in tabel %d", tables)
		}
	}
	if last == "" {
		last = "voor de eerste alinea met tekst"
	}
	return fmt.Errorf("%w, %s", err, last)
}
