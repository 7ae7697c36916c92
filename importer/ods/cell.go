package ods

import (
	"strconv"
	"strings"
)

// cellValue reads the cell whose start tag was the last token, whole, and
// returns its value as an xlsx cell's raw value (see the package comment).
// A typed value that cannot be read falls back to the cell's text, which
// is what the spreadsheet program showed.
func (r *reader) cellValue() (string, error) {
	s := r.s
	typ := s.attr(nsOffice, "value-type")
	if s.attr(nsCalcExt, "value-type") == "error" {
		typ = "" // a formula error: its text (#DIV/0!), as xlsx keeps it
	}
	var v string
	hasString := false
	switch typ {
	case "float", "percentage", "currency":
		v = strings.TrimSpace(s.attr(nsOffice, "value"))
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			v = ""
		}
	case "date":
		v = dateSerial(s.attr(nsOffice, "date-value"))
	case "time":
		v = timeSerial(s.attr(nsOffice, "time-value"))
	case "boolean":
		switch strings.TrimSpace(s.attr(nsOffice, "boolean-value")) {
		case "true", "1":
			v = "1"
		case "false", "0":
			v = "0"
		}
	case "string":
		v, hasString = r.stringValue()
	}
	if v != "" || hasString {
		if err := s.skip(); err != nil {
			return "", err
		}
		return v, r.count(v)
	}
	text, err := r.cellText()
	if err != nil {
		return "", err
	}
	return text, r.count(text)
}

// stringValue returns office:string-value, which a formula's string
// result carries, and whether the cell has it.
func (r *reader) stringValue() (string, bool) {
	for _, a := range r.s.start.Attr {
		if a.Name.Local == "string-value" && r.s.resolve(a.Name.Space) == nsOffice {
			return r.cut(a.Value), true
		}
	}
	return "", false
}

// count holds the text built so far to Limits.MaxText.
func (r *reader) count(v string) error { return r.countBytes(len(v)) }

// countBytes is count for n bytes.
func (r *reader) countBytes(n int) error {
	r.text += int64(n)
	if r.text > r.lim.MaxText {
		what := "de cellen bevatten"
		if r.txt != nil {
			what = "de tekst bevat" // a text document: paragraphs and tables
		}
		return tooLarge(what + " samen meer dan " + strconv.FormatInt((r.lim.MaxText+1<<20-1)>>20, 10) + " MB tekst")
	}
	return nil
}

// cut holds one value to Limits.MaxCellBytes (plus one byte, so that the
// caller still sees it is too long).
func (r *reader) cut(v string) string {
	if len(v) > r.lim.MaxCellBytes {
		return v[:r.lim.MaxCellBytes+1]
	}
	return v
}

// cellText reads the paragraphs of the cell whose start tag was the last
// token and joins them with "\n". Annotations (comments), drawings and
// anything else that is no paragraph or list are passed over.
func (r *reader) cellText() (string, error) {
	r.cell = r.cell[:0]
	paragraphs := 0
	var cellChildren func() error
	cellChildren = func() error {
		s := r.s
		switch {
		case s.is(nsText, "p"), s.is(nsText, "h"):
			if paragraphs > 0 {
				r.add("\n")
			}
			paragraphs++
			t := textRun{r: r, start: true}
			return t.paragraph()
		case s.is(nsText, "list"), s.is(nsText, "list-item"), s.is(nsText, "list-header"), s.is(nsText, "section"):
			return s.children(cellChildren, nil)
		}
		return s.skip()
	}
	if err := r.s.children(cellChildren, nil); err != nil {
		return "", err
	}
	if len(r.cell) == 0 {
		return "", nil
	}
	return string(r.cell), nil
}

// room is how many more bytes the cell being built takes.
func (r *reader) room() int {
	return max(r.lim.MaxCellBytes+1-len(r.cell), 0)
}

// add appends text to the cell being built, within its room.
func (r *reader) add(text string) {
	r.cell = append(r.cell, text[:min(len(text), r.room())]...)
}

// textRun builds one paragraph, collapsing white space as ODF says: a
// run of spaces, tabs and line ends in the XML is one space, and none at
// the start of the paragraph; text:s, text:tab and text:line-break write
// the spaces, tabs and line breaks that are meant.
type textRun struct {
	r *reader
	// start is set while nothing was written yet, space after a
	// collapsed space.
	start, space bool
	// body is set for a paragraph of ReadParagraphs: text:number is
	// passed over.
	body bool
}

// paragraph reads the element whose start tag was the last token (a
// paragraph or a span, link or other element inside one).
func (t *textRun) paragraph() error {
	s := t.r.s
	return s.children(func() error {
		switch {
		case s.is(nsText, "s"):
			n := 1
			if c := s.attr(nsText, "c"); c != "" {
				v, err := strconv.Atoi(c)
				if err != nil || v < 0 {
					return damaged("ongeldige waarde text:c=\"" + c + "\"")
				}
				n = v
			}
			t.r.cell = append(t.r.cell, strings.Repeat(" ", min(n, t.r.room()))...)
			t.start, t.space = false, false
			return s.skip()
		case s.is(nsText, "tab"):
			t.r.add("\t")
			t.start, t.space = false, false
			return s.skip()
		case s.is(nsText, "line-break"):
			t.r.add("\n")
			t.start, t.space = false, false
			return s.skip()
		case s.is(nsOffice, "annotation"), s.is(nsText, "note"), s.is(nsText, "ruby-text"):
			return s.skip()
		case t.body && s.is(nsText, "number"):
			return s.skip()
		}
		return t.paragraph() // text:span, text:a and the like: their text
	}, t.chars)
}

// chars appends character data, collapsing its white space.
func (t *textRun) chars(b []byte) {
	r := t.r
	for _, c := range b {
		if r.room() == 0 {
			return
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			if t.start || t.space {
				continue
			}
			t.space = true
			r.cell = append(r.cell, ' ')
			continue
		}
		t.start, t.space = false, false
		r.cell = append(r.cell, c)
	}
}
