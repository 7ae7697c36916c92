package ods

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"pakompas/importer/ods/odstest"
)

// fuzzCells and fuzzMerges stop a fuzzed read early, as the importer's
// limits would, so that a repeat of a million rows costs an input no more
// than a few milliseconds.
const (
	fuzzCells  = 50_000
	fuzzMerges = 20_000
)

// checker is a Handler that checks what Read hands out as it comes.
type checker struct {
	t             *testing.T
	lim           Limits
	inSheet       bool
	prev          int
	cells, merges int
}

var errEnough = errors.New("genoeg")

func (c *checker) Sheet(s Sheet) (bool, error) {
	c.inSheet, c.prev = true, 0
	return true, nil
}

func (c *checker) Row(num int, cells []string) error {
	if !c.inSheet || num <= c.prev || num > MaxRows {
		c.t.Fatalf("row %d after row %d (in a sheet: %v)", num, c.prev, c.inSheet)
	}
	if len(cells) == 0 || len(cells) > MaxColumns || cells[len(cells)-1] == "" {
		c.t.Fatalf("row %d: %d cells, last %q", num, len(cells), cells[max(len(cells)-1, 0)])
	}
	for _, v := range cells {
		if len(v) > c.lim.MaxCellBytes+1 {
			c.t.Fatalf("row %d: a cell of %d bytes", num, len(v))
		}
	}
	c.prev = num
	if c.cells += len(cells); c.cells > fuzzCells {
		return errEnough
	}
	return nil
}

func (c *checker) Merge(m Merge) error {
	if m.Row0 < 0 || m.Col0 < 0 || m.Row1 < m.Row0 || m.Col1 < m.Col0 || m.Row1 >= MaxRows || m.Col1 >= MaxColumns || m.Row0 < c.prev {
		c.t.Fatalf("merge %+v after row %d", m, c.prev)
	}
	if c.merges++; c.merges > fuzzMerges {
		return errEnough
	}
	return nil
}

// FuzzODS reads content.xml as it comes: it must never panic, hand out
// rows in order within the sheet's bounds, cells within the limits and
// merges that are blocks, and fail only with an *Error (or the handler's
// own error). Seeds: the content of the .ods files LibreOffice wrote
// (importer/testdata/ods, testdata/bad/rekenblad.ods), the stored corpus
// in testdata/fuzz/FuzzODS and the documents of the tests here.
func FuzzODS(f *testing.F) {
	paths, _ := filepath.Glob("../testdata/ods/*.ods")
	paths = append(paths, "../../testdata/bad/rekenblad.ods")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		content, err := Content(openZip(f, data), 1<<20)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(content)
	}
	f.Add(doc(odstest.HiddenStyles, table("A", row(str("Nr"), str("Afspraak")), odstest.Rows(3),
		`<table:table-row table:number-rows-repeated="2">`+str("x")+`<table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="3" office:value-type="date" office:date-value="2025-07-01T10:30:00"/><table:covered-table-cell/></table:table-row>`,
		row(`<table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/><text:span>b<text:tab/></text:span></text:p><text:p>c<text:line-break/></text:p></table:table-cell>`),
		odstest.Rows(1048570)), odstest.Table("B", "ta2", row(str("verborgen")))))
	f.Add(doc("", table("A", `<table:table-row table:number-rows-repeated="99999999">`+str("x")+`</table:table-row>`)))
	f.Fuzz(func(t *testing.T, content []byte) { fuzzRead(t, Read, content) })
}

// fuzzRead reads content with read (Read or ReadText) under the checker
// and fails on any error that is not the reader's own *Error.
func fuzzRead(t *testing.T, read func([]byte, Handler, Limits) error, content []byte) {
	lim := Limits{MaxCellBytes: 1000, MaxText: 1 << 20}
	c := &checker{t: t, lim: lim}
	err := read(content, c, lim)
	var e *Error
	if err != nil && err != errEnough && (!errors.As(err, &e) || e.Kind < Damaged || e.Kind > Encrypted || e.Msg == "") {
		t.Fatalf("error %v (%T)", err, err)
	}
}

// FuzzODSText is FuzzODS for ReadText, the tables of an OpenDocument
// text, with the same checks; seeds: the content of the texts
// LibreOffice wrote from the demo's Word documents (importer/testdata/odt).
func FuzzODSText(f *testing.F) {
	for _, t := range odtSeeds(f) {
		f.Add(t[0])
	}
	f.Add(textDoc("", list(`text:style-name="L"`, item(p("Huur"), `<table:table table:name="T">`+row(str("Nr"), str("Afspraak"))+`</table:table>`, list("", item(p("a")))))+
		`<text:tracked-changes><text:changed-region><text:deletion>`+p("weg")+`</text:deletion></text:changed-region></text:tracked-changes>`))
	f.Fuzz(func(t *testing.T, content []byte) { fuzzRead(t, ReadText, content) })
}

// paraChecker is a ParaHandler that checks each paragraph as it comes.
type paraChecker struct {
	t   *testing.T
	lim Limits
}

func (c *paraChecker) Para(p Paragraph) error {
	if len(p.Text) > c.lim.MaxCellBytes+1 || p.Heading < 0 || p.Heading > maxListLevels || p.Index != 0 {
		c.t.Fatalf("paragraph: heading %d, index %d, %d bytes", p.Heading, p.Index, len(p.Text))
	}
	if l := p.List; l != nil && (l.Level < 0 || l.Level >= maxListLevels || len(l.Label) > maxLabel || !utf8.ValidString(l.Label) || l.Bullet && l.Label != "") {
		c.t.Fatalf("list item %+v", *l)
	}
	return nil
}

// FuzzODSParagraphs reads a text's content.xml and styles.xml with
// ReadParagraphs: no panic, paragraphs within their bounds (levels,
// label length), and only the reader's own *Error. Seeds: the texts
// LibreOffice wrote (importer/testdata/odt) and the documents of the
// label tests.
func FuzzODSParagraphs(f *testing.F) {
	for _, t := range odtSeeds(f) {
		f.Add(t[0], t[1])
	}
	nested := stylesDoc(listStyleXML("L", numLevel(1, `style:num-format="1" style:num-suffix="."`),
		numLevel(2, `style:num-format="a" text:display-levels="2" loext:num-list-format="%1%.%2%)"`), bulletLevel(3)) +
		`<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="I"/></text:outline-style>`)
	f.Add(textDoc("", list(`xml:id="a" text:style-name="L"`, item(p("x"), list("", item(p("y")))), item(list("", item(p("z")))))+
		`<text:h text:outline-level="1">kop</text:h>`+list(`text:continue-list="a"`, `<text:list-item text:start-value="99999999999">`+p("w")+`</text:list-item>`)), nested)
	f.Add(textDoc(`<style:style style:name="P1" style:family="paragraph" style:parent-style-name="P1" style:list-style-name="L"/>`,
		list("", item(`<text:p text:style-name="P1">a</text:p>`))), nested)
	f.Fuzz(func(t *testing.T, content, styles []byte) {
		lim := Limits{MaxCellBytes: 1000, MaxText: 1 << 20}
		err := ReadParagraphs(content, styles, &paraChecker{t: t, lim: lim}, lim)
		var e *Error
		if err != nil && (!errors.As(err, &e) || e.Kind < Damaged || e.Kind > Encrypted || e.Msg == "") {
			t.Fatalf("error %v (%T)", err, err)
		}
	})
}

// odtSeeds are the content.xml and styles.xml of the texts LibreOffice
// wrote (importer/testdata/odt).
func odtSeeds(f *testing.F) [][2][]byte {
	paths, _ := filepath.Glob("../testdata/odt/*.odt")
	var out [][2][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		zr := openZip(f, data)
		content, text, err := Open(zr, 1<<20)
		if err != nil || !text {
			f.Fatalf("%s: text %v, %v", p, text, err)
		}
		styles, err := Styles(zr, 1<<20)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, [2][]byte{content, styles})
	}
	return out
}
