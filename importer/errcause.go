package importer

import (
	"archive/zip"
	"compress/flate"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// dutchCause is err's text with the low-level causes the adviser may meet
// in a damaged file (the zip container, its compression, an XML part cut
// off) said in Dutch, so that a Dutch message does not end in "flate:
// corrupt input before offset 648". What it does not know stays as it is;
// the part name a reader puts in front ("word/document.xml: …") is kept.
func dutchCause(err error) string {
	s := err.Error()
	replace := func(cause error, dutch string) {
		if c := cause.Error(); c != "" && strings.Contains(s, c) {
			s = strings.Replace(s, c, dutch, 1)
		}
	}
	var ce flate.CorruptInputError
	if errors.As(err, &ce) {
		replace(ce, fmt.Sprintf("de ingepakte gegevens zijn kapot (vanaf byte %d)", int64(ce)))
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		replace(se, fmt.Sprintf("de XML is onleesbaar vanaf regel %d", se.Line))
	}
	for _, k := range []struct {
		err   error
		dutch string
	}{
		{zip.ErrChecksum, "het controlegetal van een onderdeel klopt niet"},
		{zip.ErrFormat, "het is geen geldig zip-pakket"},
		{zip.ErrAlgorithm, "een onderdeel is ingepakt op een onbekende manier"},
		{io.ErrUnexpectedEOF, "het houdt onverwacht op"},
	} {
		if errors.Is(err, k.err) {
			replace(k.err, k.dutch)
		}
	}
	return s
}
