package importer

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// tagLocalName returns the local name of the start tag whose text (after
// '<') begins head: nil for an end tag or declaration, or when the name
// runs past head.
func tagLocalName(head []byte) []byte {
	start := 0
	for i, c := range head {
		switch c {
		case ':':
			start = i + 1
		case ' ', '\t', '\r', '\n', '/', '>':
			if i == 0 {
				return nil
			}
			return head[start:i]
		}
	}
	return nil
}

// skipPast discards the opener of n bytes and then everything up to and
// including term. Running out of input first is an error.
func skipPast(br *bufio.Reader, n int, term string) error {
	if _, err := br.Discard(n); err != nil {
		return unterminated(term, err)
	}
	last := term[len(term)-1]
	var seen []byte // the bytes read last, at most len(term)
	for {
		s, err := br.ReadSlice(last)
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return unterminated(term, err)
		}
		seen = append(seen, s...)
		if err == nil && bytes.HasSuffix(seen, []byte(term)) {
			return nil
		}
		if len(seen) > len(term) {
			seen = append(seen[:0], seen[len(seen)-len(term):]...)
		}
	}
}

// unterminated is the error for markup left open at the end of the input.
func unterminated(term string, err error) error {
	if errors.Is(err, io.EOF) {
		return fmt.Errorf("XML afgebroken: '%s' ontbreekt", term)
	}
	return err
}

// decodeMerges decodes a <mergeCells> element (the first token of r) and
// returns its ranges.
func decodeMerges(r io.Reader) ([]mergeRange, error) {
	d := xml.NewDecoder(r)
	var out []mergeRange
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			return out, errors.New("XML afgebroken: <mergeCells> niet afgesloten")
		}
		if err != nil {
			return out, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "mergeCell" {
				continue
			}
			ref := ""
			for _, a := range t.Attr {
				if a.Name.Local == "ref" {
					ref = a.Value
				}
			}
			m, err := parseMergeRef(ref)
			if err != nil {
				return out, err
			}
			out = append(out, m)
		case xml.EndElement:
			if t.Name.Local == "mergeCells" {
				return out, nil
			}
		}
	}
}

// parseMergeRef turns "B2:D3" (or a single cell) into a 0-based range.
func parseMergeRef(ref string) (mergeRange, error) {
	from, to, ok := strings.Cut(ref, ":")
	if !ok {
		to = from
	}
	c0, r0, err0 := excelize.CellNameToCoordinates(from)
	c1, r1, err1 := excelize.CellNameToCoordinates(to)
	if err0 != nil || err1 != nil {
		return mergeRange{}, fmt.Errorf("ongeldig bereik '%s'", ref)
	}
	return mergeRange{
		r0: min(r0, r1) - 1, c0: min(c0, c1) - 1,
		r1: max(r0, r1) - 1, c1: max(c0, c1) - 1,
	}, nil
}
