package demo

import (
	"fmt"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// csvHeader is the header of the Ouder-Amstel export.
var csvHeader = []string{"Onderwerp", "Nr", "Omschrijving", "Verantwoordelijke partij", "Deadline", "Voortgang", "Opmerkingen"}

// buildOuderAmstel writes the CSV as Dutch Excel exports it: ';' between
// fields, quotes only around fields holding ';', '"' or a newline (quotes
// doubled inside), LF inside quoted fields, CRLF after every record, and
// Windows-1252 bytes. One completely empty line follows agreement
// ouderAmstelEmptyAfter. Row numbers count records, not physical lines, so
// a quoted newline does not shift them.
func buildOuderAmstel(g Gemeente) (*Built, error) {
	var sb strings.Builder
	writeRecord(&sb, csvHeader)
	b := &Built{}
	row := 1
	for i, a := range g.Afspraken {
		row++
		writeRecord(&sb, []string{a.Theme, a.Number, a.Text, a.Owner, a.DueRaw, a.Status, a.Notes})
		b.Pos = append(b.Pos, Pos{Row: row})
		if i == ouderAmstelEmptyAfter {
			sb.WriteString("\r\n")
			row++
		}
	}
	data, err := charmap.Windows1252.NewEncoder().Bytes([]byte(sb.String()))
	if err != nil {
		return nil, fmt.Errorf("encode Windows-1252: %w", err)
	}
	b.Data = data
	b.Sheets = []SheetInfo{{Read: true, HeaderRow: 1, Agreements: len(g.Afspraken)}}
	return b, nil
}

// writeRecord appends one CSV record in Excel's style.
func writeRecord(sb *strings.Builder, fields []string) {
	for i, f := range fields {
		if i > 0 {
			sb.WriteByte(';')
		}
		if strings.ContainsAny(f, ";\"\r\n") {
			sb.WriteByte('"')
			sb.WriteString(strings.ReplaceAll(f, `"`, `""`))
			sb.WriteByte('"')
		} else {
			sb.WriteString(f)
		}
	}
	sb.WriteString("\r\n")
}
