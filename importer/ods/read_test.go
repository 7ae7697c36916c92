package ods

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"pakompas/importer/ods/odstest"
)

// Every value type comes out as an xlsx cell's raw value.
func TestReadValues(t *testing.T) {
	cells := []struct{ xml, want string }{
		{str("Afspraak"), "Afspraak"},
		{`<table:table-cell office:value-type="float" office:value="2.5"><text:p>2,5</text:p></table:table-cell>`, "2.5"},
		{`<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>`, "0.25"},
		{`<table:table-cell office:value-type="currency" office:currency="EUR" office:value="1500"><text:p>€ 1.500</text:p></table:table-cell>`, "1500"},
		{`<table:table-cell office:value-type="date" office:date-value="2025-07-01"><text:p>1-7-2025</text:p></table:table-cell>`, "45839"},
		{`<table:table-cell office:value-type="date" office:date-value="2025-07-01T10:30:00"><text:p>1-7-2025 10:30</text:p></table:table-cell>`, "45839.4375"},
		{`<table:table-cell office:value-type="date" office:date-value="1900-01-01"><text:p>1-1-1900</text:p></table:table-cell>`, "1"},
		{`<table:table-cell office:value-type="time" office:time-value="PT12H00M00S"><text:p>12:00</text:p></table:table-cell>`, "0.5"},
		{`<table:table-cell office:value-type="time" office:time-value="PT36H"><text:p>36:00</text:p></table:table-cell>`, "1.5"},
		{`<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>WAAR</text:p></table:table-cell>`, "1"},
		{`<table:table-cell office:value-type="boolean" office:boolean-value="false"><text:p>ONWAAR</text:p></table:table-cell>`, "0"},
		{`<table:table-cell table:formula="of:=[.A1]" office:value-type="string" office:string-value="Gemeente"><text:p>Gemeente</text:p></table:table-cell>`, "Gemeente"},
		{`<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>`, "#DIV/0!"},
		{`<table:table-cell office:value-type="date" office:date-value="gisteren"><text:p>gisteren</text:p></table:table-cell>`, "gisteren"},
		// Paragraphs, spaces, tabs, line breaks, spans and links; the
		// comment is no part of the value.
		{`<table:table-cell office:value-type="string"><office:annotation><text:p>opmerking</text:p></office:annotation>` +
			`<text:p>De <text:span text:style-name="T1">corporatie</text:span> bouwt<text:s text:c="2"/>100 woningen<text:tab/>(zie <text:a xlink:href="x">bod</text:a>)</text:p>` +
			`<text:p>tweede<text:line-break/>regel</text:p></table:table-cell>`,
			"De corporatie bouwt  100 woningen\t(zie bod)\ntweede\nregel"},
		// White space in the XML collapses; none at a paragraph's start.
		{"<table:table-cell office:value-type=\"string\"><text:p>\n   Leefbaar \t\n heid </text:p></table:table-cell>", "Leefbaar heid "},
		{`<table:table-cell office:value-type="string"><text:p><text:s/>ingesprongen</text:p></table:table-cell>`, " ingesprongen"},
		{`<table:table-cell office:value-type="string"><text:list><text:list-item><text:p>a</text:p></text:list-item><text:list-item><text:p>b</text:p></text:list-item></text:list></table:table-cell>`, "a\nb"},
	}
	var xmls []string
	var want []string
	for _, c := range cells {
		xmls = append(xmls, c.xml)
		want = append(want, c.want)
	}
	content := doc("", table("Blad1", row(xmls...)))
	rec := read(t, content)
	rows := rec.rows["Blad1"]
	if len(rows) != 1 || rows[0].num != 1 {
		t.Fatalf("rows %+v", rows)
	}
	for i, w := range want {
		if got := rows[0].cells[i]; got != w {
			t.Errorf("cell %d: %q, want %q", i, got, w)
		}
	}
	if len(rows[0].cells) != len(want) {
		t.Errorf("%d cells, want %d", len(rows[0].cells), len(want))
	}
}

// Repeated rows and cells are expanded where they hold a value; empty
// rows only move the row number on; covered cells are read in their place.
func TestReadRepeats(t *testing.T) {
	rec := read(t, doc("", table("A",
		row(str("Nr"), `<table:table-cell table:number-columns-repeated="2"/>`, str("Afspraak")),
		`<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`,
		`<table:table-row table:number-rows-repeated="2">`+str("x")+`<table:table-cell office:value-type="float" office:value="7" table:number-columns-repeated="3"><text:p>7</text:p></table:table-cell></table:table-row>`,
		row(`<table:covered-table-cell table:number-columns-repeated="2"/>`, `<table:covered-table-cell office:value-type="string"><text:p>verborgen</text:p></table:covered-table-cell>`),
		`<table:table-row table:number-rows-repeated="1048569"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`,
	)))
	want := []recRow{
		{1, []string{"Nr", "", "", "Afspraak"}},
		{5, []string{"x", "7", "7", "7"}},
		{6, []string{"x", "7", "7", "7"}},
		{7, []string{"", "", "verborgen"}},
	}
	if got := rec.rows["A"]; !reflect.DeepEqual(got, want) {
		t.Errorf("rows\n got %v\nwant %v", got, want)
	}
	// Each copy of a repeated row is its own slice.
	rec.rows["A"][1].cells[0] = "changed"
	if rec.rows["A"][2].cells[0] != "x" {
		t.Error("copies of a repeated row share their cells")
	}
}

// The million empty rows LibreOffice writes below a table cost nothing:
// reading the table with them allocates what reading it without them does.
func TestTrailingEmptyRowsCostNothing(t *testing.T) {
	body := row(str("Nr"), str("Afspraak"))
	without := doc("", table("A", body))
	with := doc("", table("A", body, `<table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`))
	allocs := func(content []byte) float64 {
		return testing.AllocsPerRun(20, func() {
			if err := Read(content, newRecorder(), Limits{}); err != nil {
				t.Fatal(err)
			}
		})
	}
	a, b := allocs(without), allocs(with)
	if b > a+40 {
		t.Errorf("%v allocations with the empty block, %v without", b, a)
	}
}

// Spanned cells are merges, once per copy of a repeated row.
func TestReadMerges(t *testing.T) {
	rec := read(t, doc("", table("A",
		row(`<table:table-cell office:value-type="string" table:number-columns-spanned="3" table:number-rows-spanned="1"><text:p>Titel</text:p></table:table-cell>`, `<table:covered-table-cell table:number-columns-repeated="2"/>`),
		row(str("1.1"), `<table:table-cell office:value-type="string" table:number-rows-spanned="2"><text:p>Betaalbaarheid</text:p></table:table-cell>`),
		row(str("1.2"), `<table:covered-table-cell/>`),
		`<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-spanned="2"/><table:covered-table-cell/></table:table-row>`,
	)))
	want := []Merge{{0, 0, 0, 2}, {1, 1, 2, 1}, {3, 0, 3, 1}, {4, 0, 4, 1}}
	if got := rec.merges["A"]; !reflect.DeepEqual(got, want) {
		t.Errorf("merges\n got %v\nwant %v", got, want)
	}
	if n := len(rec.rows["A"]); n != 3 {
		t.Errorf("%d rows with values, want 3", n)
	}
}

// A table whose style says table:display="false" is a hidden sheet; its
// rows are passed over unless the handler asks for them.
func TestReadHiddenSheet(t *testing.T) {
	hidden := odstest.Table("Oud", "ta2", row(str("geheim")))
	content := doc(odstest.HiddenStyles, table("Voorblad", row(str("a"))), hidden, table("Afspraken", row(str("b"))))
	rec := read(t, content)
	want := []Sheet{{"Voorblad", false}, {"Oud", true}, {"Afspraken", false}}
	if !reflect.DeepEqual(rec.sheets, want) {
		t.Errorf("sheets %v", rec.sheets)
	}
	if len(rec.rows["Oud"]) != 0 || len(rec.rows["Afspraken"]) != 1 || rec.rows["Afspraken"][0].cells[0] != "b" {
		t.Errorf("rows %v", rec.rows)
	}
	rec = newRecorder()
	rec.readHidden = true
	if err := Read(content, rec, Limits{}); err != nil || len(rec.rows["Oud"]) != 1 {
		t.Errorf("hidden sheet asked for: %v, rows %v", err, rec.rows["Oud"])
	}
}

// Elements are known by namespace, not by prefix.
func TestReadOtherPrefixes(t *testing.T) {
	content := `<o:document-content xmlns:o="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:table:1.0">` +
		`<o:body><o:spreadsheet><t:table t:name="X"><t:table-row>` +
		`<t:table-cell o:value-type="string"><p xmlns="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:tx="urn:oasis:names:tc:opendocument:xmlns:text:1.0">hallo<s tx:c="2"/>da<s c="9"/>ar</p></t:table-cell>` +
		// table: bound to another namespace here is no table element; an
		// attribute without a prefix is in no namespace (c is not text:c).
		`<table:table-cell xmlns:table="urn:elders" o:value-type="string"><p xmlns="urn:oasis:names:tc:opendocument:xmlns:text:1.0">niet</p></table:table-cell>` +
		`</t:table-row></t:table></o:spreadsheet></o:body></o:document-content>`
	rec := read(t, []byte(content))
	if got := rec.rows["X"]; len(got) != 1 || !reflect.DeepEqual(got[0].cells, []string{"hallo  da ar"}) {
		t.Errorf("rows %v", got)
	}
}

// Bad input is refused with the kind of failure and where it was found.
func TestReadErrors(t *testing.T) {
	deep := strings.Repeat(`<text:span>`, 200) + "x" + strings.Repeat(`</text:span>`, 200)
	cases := []struct {
		name    string
		content string
		kind    Kind
		msg     string
	}{
		{"cut off", string(doc("", table("A", row(str("a")))))[:400], Damaged, "ongeldige XML"},
		{"cut off after a tag", strings.Split(string(doc("", table("A", row(str("a"))))), "</table:table>")[0], Damaged, "houdt midden in op"},
		{"wrong end tag", string(doc("", table("A", `<table:table-row></table:table-cell>`))), Damaged, "past niet"},
		{"bad entity", string(doc("", table("A", row(str("a &nbsp; b"))))), Damaged, "ongeldige XML"},
		{"too deep", string(doc("", table("A", row(`<table:table-cell><text:p>`+deep+`</text:p></table:table-cell>`)))), TooLarge, "genest"},
		{"bad repeat", string(doc("", table("A", `<table:table-row table:number-rows-repeated="veel"/>`))), Damaged, "number-rows-repeated"},
		{"value past the last column", string(doc("", table("A", row(`<table:table-cell table:number-columns-repeated="16384"/>`, str("x"))))), TooLarge, "kolom 16384"},
		{"value past the last row", string(doc("", table("A", `<table:table-row table:number-rows-repeated="99999999999"><table:table-cell table:number-columns-repeated="5"/></table:table-row>`, row(str("x"))))), TooLarge, "rij 16777216"},
		{"text document", `<office:document-content ` + odstest.Namespaces + `><office:body><office:text/></office:body></office:document-content>`, NotSpreadsheet, "geen rekenblad"},
		{"other root", `<html/>`, NotSpreadsheet, "geen OpenDocument"},
		{"empty", ``, Damaged, "houdt midden in op"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := Read([]byte(c.content), newRecorder(), Limits{})
			var e *Error
			if !errors.As(err, &e) || e.Kind != c.kind || !strings.Contains(e.Error(), c.msg) {
				t.Fatalf("error %v (%T), want kind %d with %q", err, err, c.kind, c.msg)
			}
		})
	}
}

// An error inside a sheet names the sheet and row.
func TestReadErrorPlace(t *testing.T) {
	content := doc("", table("Afspraken", row(str("a")), row(str("b")), `<table:table-row table:number-rows-repeated="-1"/>`))
	err := Read(content, newRecorder(), Limits{})
	if err == nil || !strings.HasPrefix(err.Error(), "blad 'Afspraken' rij 3: ") {
		t.Fatalf("error %v", err)
	}
}

// Limits: a cell is cut past MaxCellBytes (to one byte more, so the
// caller sees it is too long), a huge text:c included; all text together
// is held to MaxText; a handler's error stops the read.
func TestReadLimits(t *testing.T) {
	content := doc("", table("A", row(
		`<table:table-cell office:value-type="string"><text:p>ab<text:s text:c="1000000000"/>c</text:p></table:table-cell>`,
		str(strings.Repeat("x", 50)),
		`<table:table-cell office:value-type="string" office:string-value="`+strings.Repeat("y", 50)+`"/>`,
	)))
	rec := newRecorder()
	if err := Read(content, rec, Limits{MaxCellBytes: 10, MaxText: 1000}); err != nil {
		t.Fatal(err)
	}
	cells := rec.rows["A"][0].cells
	if want := []string{"ab" + strings.Repeat(" ", 9), strings.Repeat("x", 11), strings.Repeat("y", 11)}; !reflect.DeepEqual(cells, want) {
		t.Errorf("cells %q", cells)
	}
	err := Read(content, newRecorder(), Limits{MaxCellBytes: 100, MaxText: 60})
	var e *Error
	if !errors.As(err, &e) || e.Kind != TooLarge {
		t.Errorf("MaxText: %v", err)
	}
	stop := fmt.Errorf("stop")
	if err := Read(content, stopper{stop}, Limits{}); err != stop {
		t.Errorf("handler error: %v", err)
	}
}

// stopper is a handler that refuses the first row.
type stopper struct{ err error }

func (s stopper) Sheet(Sheet) (bool, error) { return true, nil }
func (s stopper) Row(int, []string) error   { return s.err }
func (s stopper) Merge(Merge) error         { return s.err }
