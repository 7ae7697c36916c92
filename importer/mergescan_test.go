package importer

import (
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// sheetXML wraps body in a worksheet with some rows before it.
func sheetXML(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1"><c r="A1" t="inlineStr"><is><t>Afspraak &lt;mergeCells&gt; in tekst</t></is></c></row>` +
		`</sheetData>` + body + `<pageMargins left="0.7"/></worksheet>`
}

// scanTwice runs scanSheet on doc read whole and one byte at a time
// (which puts every bufio boundary everywhere) and hands check each result.
func scanTwice(doc string, check func(how string, got []mergeRange, err error)) {
	for _, how := range []string{"whole", "one byte at a time"} {
		var r io.Reader = strings.NewReader(doc)
		if how != "whole" {
			r = iotest.OneByteReader(r)
		}
		sc := scanSheet(r, 0)
		check(how, sc.merges, sc.mergeErr)
	}
}

// TestScanMerges reads merge lists from sheet XML, also one byte at a
// time (every bufio boundary) and behind 200 KB of rows.
func TestScanMerges(t *testing.T) {
	var rows strings.Builder
	for i := 2; rows.Len() < 200<<10; i++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="A%d" t="s"><v>%d</v></c><c r="B%d"><v>3.5</v></c></row>`, i, i, i, i)
	}
	big := strings.Replace(sheetXML(`<mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells>`), "</sheetData>", rows.String()+"</sheetData>", 1)
	cases := []struct {
		name, xml string
		want      []mergeRange
	}{
		{"two", sheetXML(`<mergeCells count="2"><mergeCell ref="A1:E1"/><mergeCell ref="B3:B4"/></mergeCells>`),
			[]mergeRange{{0, 0, 0, 4}, {2, 1, 3, 1}}},
		{"none", sheetXML(``), nil},
		{"empty element", sheetXML(`<mergeCells/>`), nil},
		{"prefixed", `<x:worksheet xmlns:x="urn:x"><x:sheetData/><x:mergeCells count="1"><x:mergeCell ref="A2:C2"/></x:mergeCells></x:worksheet>`,
			[]mergeRange{{1, 0, 1, 2}}},
		{"decoys", sheetXML(`<!-- <mergeCells><mergeCell ref="Z1:Z9"/></mergeCells> --><?pi <mergeCells> ?>` +
			`<x><![CDATA[<mergeCells><mergeCell ref="Y1:Y2"/></mergeCells>]]></x><mergeCells><mergeCell ref="C5"/></mergeCells>`),
			[]mergeRange{{4, 2, 4, 2}}},
		{"reversed", sheetXML(`<mergeCells><mergeCell ref="D3:B2"/></mergeCells>`), []mergeRange{{1, 1, 2, 3}}},
		{"large", big, []mergeRange{{0, 0, 0, 4}}},
	}
	for _, c := range cases {
		scanTwice(c.xml, func(how string, got []mergeRange, err error) {
			if err != nil || !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s (%s): got %v, %v; want %v", c.name, how, got, err, c.want)
			}
		})
	}
}

// TestScanMergesErrors: whatever cannot be read is an error, with the
// ranges read before it; never an empty list without a word.
func TestScanMergesErrors(t *testing.T) {
	cases := []struct {
		name, xml, err string
		kept           int
	}{
		{"bad reference", sheetXML(`<mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="1A:B"/></mergeCells>`), "ongeldig bereik '1A:B'", 1},
		{"no reference", sheetXML(`<mergeCells><mergeCell/></mergeCells>`), "ongeldig bereik ''", 0},
		{"not closed", `<worksheet><sheetData/><mergeCells><mergeCell ref="A1:B1"/></worksheet>`, "niet afgesloten", 1},
		{"cut off", `<worksheet><sheetData/><mergeCells><mergeCell ref="A1:B1"/><mergeCe`, "", 1},
		{"syntax", sheetXML(`<mergeCells><mergeCell ref="A1:B1"</mergeCells>`), "syntax error", 0},
		{"comment left open", `<worksheet><sheetData/><!-- <mergeCells><mergeCell ref="A1:B1"/></mergeCells>`, "'-->' ontbreekt", 0},
		{"CDATA left open", `<worksheet><sheetData><![CDATA[ x`, "']]>' ontbreekt", 0},
	}
	for _, c := range cases {
		scanTwice(c.xml, func(how string, got []mergeRange, err error) {
			if err == nil || !strings.Contains(err.Error(), c.err) || len(got) != c.kept {
				t.Errorf("%s (%s): got %v, %v; want %d ranges and an error with %q", c.name, how, got, err, c.kept, c.err)
			}
		})
	}
}

// TestParseMergeRef covers single cells, reversed corners and garbage.
func TestParseMergeRef(t *testing.T) {
	good := map[string]mergeRange{"A1:B2": {0, 0, 1, 1}, "B2:A1": {0, 0, 1, 1}, "C3": {2, 2, 2, 2}, "$A$1:$C$1": {0, 0, 0, 2}}
	for ref, want := range good {
		if got, err := parseMergeRef(ref); err != nil || got != want {
			t.Errorf("%s: got %v, %v; want %v", ref, got, err, want)
		}
	}
	for _, ref := range []string{"", ":", "A1:", "A0:B1", "A1:B2:C3", "XFE1:XFE2"} {
		if got, err := parseMergeRef(ref); err == nil {
			t.Errorf("%s: got %v, want an error", ref, got)
		}
	}
}
