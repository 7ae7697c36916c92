package importer

import (
	"archive/zip"
	"compress/flate"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// TestDutchCause checks that the low-level causes of a damaged file are
// said in Dutch, the part name in front kept, and that an unknown error
// keeps its text.
func TestDutchCause(t *testing.T) {
	for _, c := range []struct {
		err        error
		want, gone string
	}{
		{fmt.Errorf("word/document.xml: %w", flate.CorruptInputError(648)), "word/document.xml: de ingepakte gegevens zijn kapot (vanaf byte 648)", "flate"},
		{fmt.Errorf("content.xml: %w", zip.ErrChecksum), "content.xml: het controlegetal van een onderdeel klopt niet", "checksum"},
		{zip.ErrFormat, "geen geldig zip-pakket", "not a valid"},
		{zip.ErrAlgorithm, "onbekende manier", "unsupported"},
		{fmt.Errorf("xl/sharedStrings.xml: %w", io.ErrUnexpectedEOF), "xl/sharedStrings.xml: het houdt onverwacht op", "unexpected EOF"},
		{fmt.Errorf("styles.xml: %w", &xml.SyntaxError{Msg: "unexpected EOF", Line: 12}), "styles.xml: de XML is onleesbaar vanaf regel 12", "syntax"},
		{errors.New("iets anders"), "iets anders", "\x00"},
	} {
		got := dutchCause(c.err)
		if !strings.Contains(got, c.want) || strings.Contains(got, c.gone) {
			t.Errorf("dutchCause(%v) = %q, want %q without %q", c.err, got, c.want, c.gone)
		}
	}
}
