package ods

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"pakompas/importer/ods/odstest"
)

// textDoc is the content.xml of a text document with automatic styles
// and a body.
func textDoc(auto, body string) []byte {
	return []byte(`<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + odstest.Namespaces +
		` xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3">` +
		`<office:automatic-styles>` + auto + `</office:automatic-styles><office:body><office:text>` + body +
		`</office:text></office:body></office:document-content>`)
}

// stylesDoc is a styles.xml holding common styles.
func stylesDoc(common string) []byte {
	return []byte(`<?xml version="1.0" encoding="UTF-8"?><office:document-styles ` + odstest.Namespaces +
		` xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3">` +
		`<office:styles>` + common + `</office:styles></office:document-styles>`)
}

// numLevel is a numbered level of a list style; attrs are its attributes
// after the level (num-format, num-suffix, …).
func numLevel(level int, attrs string) string {
	return fmt.Sprintf(`<text:list-level-style-number text:level="%d" %s><style:list-level-properties/></text:list-level-style-number>`, level, attrs)
}

// bulletLevel is a bulleted level of a list style.
func bulletLevel(level int) string {
	return fmt.Sprintf(`<text:list-level-style-bullet text:level="%d" text:bullet-char="•"/>`, level)
}

// listStyleXML is a text:list-style named name with levels.
func listStyleXML(name string, levels ...string) string {
	return `<text:list-style style:name="` + name + `">` + strings.Join(levels, "") + `</text:list-style>`
}

// list is a text:list with attributes attrs holding items.
func list(attrs string, items ...string) string {
	return `<text:list ` + attrs + `>` + strings.Join(items, "") + `</text:list>`
}

// item is a text:list-item holding content; p is a paragraph.
func item(content ...string) string {
	return `<text:list-item>` + strings.Join(content, "") + `</text:list-item>`
}

func p(text string) string { return `<text:p>` + text + `</text:p>` }

// paraLog records the paragraphs ReadParagraphs hands out as lines
// "label|text" ("•" for a bullet, "-" for a list paragraph without a
// label), with "#N " before a heading's and "T " before the title's.
type paraLog struct{ lines []string }

func (l *paraLog) Para(p Paragraph) error {
	var b strings.Builder
	if p.Title {
		b.WriteString("T ")
	}
	if p.Heading > 0 {
		fmt.Fprintf(&b, "#%d ", p.Heading)
	}
	switch {
	case p.List == nil:
	case p.List.Bullet:
		fmt.Fprintf(&b, "%d:•|", p.List.Level)
	case p.List.Label == "":
		fmt.Fprintf(&b, "%d:-|", p.List.Level)
	default:
		fmt.Fprintf(&b, "%d:%s|", p.List.Level, p.List.Label)
	}
	b.WriteString(p.Text)
	l.lines = append(l.lines, b.String())
	return nil
}

// paras reads content and styles with ReadParagraphs and returns its log.
func paras(t *testing.T, content, styles []byte) []string {
	t.Helper()
	l := &paraLog{}
	if err := ReadParagraphs(content, styles, l, Limits{}); err != nil {
		t.Fatal(err)
	}
	return l.lines
}

func sameLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Labels of a nested list: each level in its own format with its prefix
// and suffix, display-levels showing the levels above ("1.2"), a nested
// list without a style taking its parent's, a shallower item starting
// the deeper levels again, and an item that holds only a nested list
// counting nothing itself (its nested items show the level above as it
// stands).
func TestListLabelsNested(t *testing.T) {
	styles := stylesDoc(listStyleXML("L1",
		numLevel(1, `style:num-format="1" style:num-suffix="."`),
		numLevel(2, `style:num-format="1" text:display-levels="2"`),
		numLevel(3, `style:num-format="a" style:num-suffix=")"`),
		numLevel(4, `style:num-format="i" style:num-prefix="(" style:num-suffix=")"`)))
	body := list(`text:style-name="L1"`,
		item(p("Betaalbaarheid"), list("",
			item(p("Huren"), list("", item(p("eerste")), item(p("tweede"), list("", item(p("romeins")), item(p("nog een")))))),
			item(p("Ontruimingen")))),
		item(list("", item(p("zonder kop")))),
		item(p("Duurzaamheid"), list("", item(p("Isolatie")))))
	sameLines(t, paras(t, textDoc("", body), styles), []string{
		"0:1.|Betaalbaarheid", "1:1.1|Huren", "2:a)|eerste", "2:b)|tweede", "3:(i)|romeins", "3:(ii)|nog een", "1:1.2|Ontruimingen",
		"1:1.3|zonder kop",
		"0:2.|Duurzaamheid", "1:2.1|Isolatie",
	})
}

// Lists continue others as LibreOffice reads them: text:continue-list by
// xml:id, text:continue-numbering="true" the last top-level list when it
// has the same style; a list without either, or whose last list has
// another style, counts afresh.
func TestListLabelsContinue(t *testing.T) {
	styles := stylesDoc(listStyleXML("N", numLevel(1, `style:num-format="1" style:num-suffix="."`)) +
		listStyleXML("B", bulletLevel(1)))
	body := list(`xml:id="a" text:style-name="N"`, item(p("een")), item(p("twee"))) +
		p("tussendoor") +
		list(`text:continue-numbering="true" text:style-name="N"`, item(p("drie"))) +
		list(`text:style-name="B"`, item(p("punt"))) +
		list(`text:continue-numbering="true" text:style-name="N"`, item(p("opnieuw"))) +
		list(`text:continue-list="a" text:style-name="N"`, item(p("vier"))) +
		list(`text:style-name="N"`, item(p("nieuw")))
	sameLines(t, paras(t, textDoc("", body), styles), []string{
		"0:1.|een", "0:2.|twee", "tussendoor", "0:3.|drie", "0:•|punt", "0:1.|opnieuw", "0:4.|vier", "0:1.|nieuw",
	})
}

// Start values: the level's text:start-value where a level starts, the
// item's text:start-value on that item (the next counts on from it);
// letters past z, upper-case letters and roman numerals; a format the
// reader does not know is a decimal; a level without a number (none) is
// its prefix and suffix only.
func TestListLabelsStartAndFormats(t *testing.T) {
	styles := stylesDoc(listStyleXML("S",
		numLevel(1, `style:num-format="A" style:num-suffix="." text:start-value="3"`),
		numLevel(2, `style:num-format="I" text:start-value="4"`),
		numLevel(3, `style:num-format="" style:num-prefix="–"`)) +
		listStyleXML("Z", numLevel(1, `style:num-format="a" style:num-suffix=")" text:start-value="26"`)) +
		listStyleXML("Y", numLevel(1, `style:num-format="a" style:num-letter-sync="true" text:start-value="27"`)) +
		listStyleXML("X", numLevel(1, `style:num-format="١"`)))
	body := list(`text:style-name="S"`,
		item(p("C")), `<text:list-item text:start-value="10">`+p("J")+list("", item(p("IV")), item(p("V"), list("", item(p("streep")))))+`</text:list-item>`,
		item(p("K"))) +
		list(`text:style-name="Z"`, item(p("z")), item(p("aa")), item(p("ab"))) +
		list(`text:style-name="Y"`, item(p("aa")), item(p("bb"))) +
		list(`text:style-name="X"`, item(p("een")))
	sameLines(t, paras(t, textDoc("", body), styles), []string{
		"0:C.|C", "0:J.|J", "1:IV|IV", "1:V|V", "2:–|streep", "0:K.|K",
		"0:z)|z", "0:aa)|aa", "0:ab)|ab",
		"0:aa|aa", "0:bb|bb",
		"0:1|een",
	})
}

// LibreOffice's loext:num-list-format says the whole label ("Artikel
// %1%", "%1%.%2%"), past display-levels and suffix; a level below the
// item's (%3% on level 2) stays as written, as LibreOffice shows it. Bullets have no label; the
// paragraphs of an item after its first have none either, and a
// list-header is in the list without counting.
func TestListLabelsListFormatAndBullets(t *testing.T) {
	styles := stylesDoc(listStyleXML("A",
		numLevel(1, `style:num-format="1" style:num-suffix="." loext:num-list-format="Artikel %1%"`),
		numLevel(2, `style:num-format="1" text:display-levels="1" loext:num-list-format="%1%.%2%%3%"`),
		bulletLevel(3)))
	body := list(`text:style-name="A"`,
		`<text:list-header>`+p("Kop van de lijst")+`</text:list-header>`,
		item(p("Huur"), p("Toelichting bij artikel 1."), list("", item(p("eerste lid"), list("", item(p("punt")))), item(p("tweede lid")))),
		item(p("Onderhoud")))
	sameLines(t, paras(t, textDoc("", body), styles), []string{
		"0:-|Kop van de lijst", "0:Artikel 1|Huur", "0:-|Toelichting bij artikel 1.", "1:1.1%3%|eerste lid", "2:•|punt", "1:1.2%3%|tweede lid", "0:Artikel 2|Onderhoud",
	})
}

// Headings: text:outline-level, else the level of the style (through its
// parents: an automatic style of content.xml based on a common style of
// styles.xml); the outline numbering (text:outline-style) numbers
// headings outside lists, "1", "1.1", …, a shallower heading starting the
// deeper levels again; a heading in a list takes the list's label and
// leaves the outline as it is, and so does a heading marked as a list
// header; a paragraph (text:p) in a heading style is a numbered heading
// too. The title is the style Title or one based on it.
func TestOutlineNumberedHeadings(t *testing.T) {
	styles := stylesDoc(`<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/>` +
		`<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"/>` +
		`<style:style style:name="Title" style:family="paragraph"/><style:style style:name="Ondertitel" style:family="paragraph" style:parent-style-name="Title"/>` +
		`<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="1"/>` +
		`<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/></text:outline-style>` +
		listStyleXML("L", numLevel(1, `style:num-format="a" style:num-suffix=")"`)))
	auto := `<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2"/>` +
		`<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Ondertitel"/>`
	body := `<text:p text:style-name="P2">Prestatieafspraken</text:p>` +
		`<text:h text:style-name="Heading_20_1">Betaalbaarheid</text:h><text:h text:style-name="P1">Huren</text:h>` + p("De corporatie …") +
		`<text:h text:style-name="P1" text:outline-level="2">Ontruimingen</text:h>` +
		list(`text:style-name="L"`, item(`<text:h text:outline-level="1">In een lijst</text:h>`)) +
		`<text:h text:outline-level="1">Duurzaamheid</text:h><text:h text:outline-level="2">Isolatie</text:h>` +
		`<text:h text:outline-level="1" text:is-list-header="true">Bijlage</text:h>` +
		`<text:p text:style-name="Heading_20_2">Kop als alinea</text:p>`
	sameLines(t, paras(t, textDoc(auto, body), styles), []string{
		"T Prestatieafspraken", "#1 0:1|Betaalbaarheid", "#2 1:1.1|Huren", "De corporatie …", "#2 1:1.2|Ontruimingen",
		"#1 0:a)|In een lijst", "#1 0:2|Duurzaamheid", "#2 1:2.1|Isolatie", "#1 Bijlage", "#2 1:2.2|Kop als alinea",
	})
}

// A list without a style, or with one the document does not define, is
// bulleted, whatever its paragraphs' styles say (a paragraph style's
// list style numbers nothing, in a list or outside one); a level the list
// style leaves out is numbered "1.". An item holding only a nested list
// starts its level where it has not started: the next item is "2)".
// Without styles.xml the styles of content.xml count.
func TestListWithoutStyle(t *testing.T) {
	auto := listStyleXML("Auto", numLevel(1, `style:num-format="1" style:num-suffix=")"`), bulletLevel(2)) +
		`<style:style style:name="P1" style:family="paragraph" style:list-style-name="Auto"/>`
	body := list("", item(`<text:p text:style-name="P1">een</text:p>`), item(`<text:p text:style-name="P1">twee</text:p>`)) +
		`<text:p text:style-name="P1">buiten</text:p>` +
		list(`text:style-name="Onbekend"`, item(p("zonder"))) +
		list(`text:style-name="Auto"`, item(p("een"), list("", item(p("punt"), list("", item(p("dieper"))))))) +
		list(`text:style-name="Auto"`, item(list("", item(p("punt")))), item(p("twee")))
	sameLines(t, paras(t, textDoc(auto, body), nil), []string{
		"0:•|een", "0:•|twee", "buiten", "0:•|zonder", "0:1)|een", "1:•|punt", "2:1.|dieper", "1:•|punt", "0:2)|twee",
	})
}

// Hostile input stays bounded: lists nested past ODF's ten levels are
// numbered as the tenth; a start value past the counters' bound is held
// there and the counter stays there; levels outside 1–10 and an endless
// num-list-format are passed over or cut; a chain of styles based on each
// other in a loop ends; labels count against the text limit.
func TestListLabelsHostile(t *testing.T) {
	var levels []string
	for i := 1; i <= 3000; i++ {
		levels = append(levels, numLevel(i, `style:num-format="1" text:display-levels="99999" text:start-value="99999999999999999999999"`))
	}
	levels = append(levels, numLevel(2, `style:num-format="I" loext:num-list-format="`+strings.Repeat("%1%%2%%99999999999999999999%", 1000)+`"`))
	styles := stylesDoc(listStyleXML("H", levels...) +
		`<style:style style:name="A" style:family="paragraph" style:parent-style-name="B"/><style:style style:name="B" style:family="paragraph" style:parent-style-name="A"/>`)
	deep := `<text:p text:style-name="A">diep</text:p>`
	for range 59 {
		deep = list("", item(deep))
	}
	body := list(`text:style-name="H"`, item(p("groot")), item(p("groter"))) + list(`text:style-name="H"`, item(list("", item(p("romeins"))))) +
		list(`text:style-name="H"`, item(deep))
	l := &paraLog{}
	err := ReadParagraphs(textDoc("", body), styles, l, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.lines) != 4 {
		t.Fatalf("%d paragraphs: %q", len(l.lines), l.lines)
	}
	if l.lines[0] != "0:999999999|groot" || l.lines[1] != "0:999999999|groter" {
		t.Errorf("counters: %q", l.lines[:2])
	}
	if got := l.lines[2]; !strings.HasPrefix(got, "1:999999999I%") || len(got) > maxLabel+len("1:|romeins") {
		t.Errorf("num-list-format: %d bytes %.80q", len(got), got)
	}
	if got := l.lines[3]; !strings.HasPrefix(got, "9:") || !strings.HasSuffix(got, "|diep") || len(got) > maxLabel+len("9:|diep") {
		t.Errorf("deep list: %.120q", got)
	}

	// A label cut at maxLabel bytes is cut between characters, not in
	// one: "é" is two bytes and the prefix an odd number of bytes.
	accents := stylesDoc(listStyleXML("E", numLevel(1, `style:num-format="1" style:num-prefix="x`+strings.Repeat("é", 400)+`"`)))
	el := &paraLog{}
	if err := ReadParagraphs(textDoc("", list(`text:style-name="E"`, item(p("a")))), accents, el, Limits{}); err != nil {
		t.Fatal(err)
	}
	if len(el.lines) != 1 || !utf8.ValidString(el.lines[0]) || !strings.HasPrefix(el.lines[0], "0:xé") {
		t.Errorf("label with accents: %.80q (valid UTF-8: %t)", el.lines, len(el.lines) == 1 && utf8.ValidString(el.lines[0]))
	}

	// Each label counts: a thousand items of a 256-byte label pass a
	// 100 KB text limit.
	long := stylesDoc(listStyleXML("P", numLevel(1, `style:num-format="1" style:num-prefix="`+strings.Repeat("x", 1000)+`"`)))
	err = ReadParagraphs(textDoc("", list(`text:style-name="P"`, strings.Repeat(item(p("a")), 1000))), long, &paraLog{}, Limits{MaxText: 100_000})
	var e *Error
	if !errors.As(err, &e) || e.Kind != TooLarge {
		t.Errorf("labels past the text limit: %v", err)
	}
}

// An error after a table that the paragraph reader passes over names no
// table, and a text past the limit is "de tekst", not cells: the adviser
// is sent to the right place in the document (review, ninth session).
func TestErrorAfterSkippedTable(t *testing.T) {
	table := `<table:table table:name="T">` + odstest.Row(odstest.Str("cel")) + `</table:table>`
	err := ReadParagraphs(textDoc("", table+p(strings.Repeat("lang ", 100))), nil, &paraLog{}, Limits{MaxText: 100})
	var e *Error
	if !errors.As(err, &e) || e.Kind != TooLarge || e.Sheet != "" || !strings.Contains(e.Msg, "de tekst bevat") {
		t.Errorf("text limit after a table: %#v", err)
	}
	broken := textDoc("", table+p("x"))
	broken = broken[:bytes.LastIndex(broken, []byte("</text:p>"))]
	err = ReadParagraphs(broken, nil, &paraLog{}, Limits{})
	if !errors.As(err, &e) || e.Kind != Damaged || e.Sheet != "" {
		t.Errorf("broken XML after a table: %#v", err)
	}
}

// A styles.xml that is no XML is refused as damaged, named; a package
// without one reads (TestListStyleFromParagraphStyle).
func TestBrokenStylesPart(t *testing.T) {
	err := ReadParagraphs(textDoc("", p("x")), []byte(`<office:document-styles><office:styles>`), &paraLog{}, Limits{})
	var e *Error
	if !errors.As(err, &e) || e.Kind != Damaged || !strings.HasPrefix(e.Msg, "styles.xml: ") {
		t.Errorf("%v", err)
	}
}

// Tables of contents, indexes and tracked changes (deleted paragraphs)
// are no paragraphs of the text; a table's cells are not either, and
// text:number (a label written for readers that do not number) is no
// text.
func TestParagraphsLeaveOut(t *testing.T) {
	body := `<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>` + p("weg") + `</text:deletion></text:changed-region></text:tracked-changes>` +
		`<text:table-of-content text:name="Inhoud"><text:index-body>` + p("1. Betaalbaarheid\t3") + `</text:index-body></text:table-of-content>` +
		`<text:alphabetical-index><text:index-body>` + p("huur 3") + `</text:index-body></text:alphabetical-index>` +
		`<table:table table:name="T">` + odstest.Row(odstest.Str("cel")) + `</table:table>` +
		`<text:h text:outline-level="1"><text:number>1.</text:number>Betaalbaarheid</text:h>`
	sameLines(t, paras(t, textDoc("", body), nil), []string{"#1 Betaalbaarheid"})
}
