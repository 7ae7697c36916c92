package importer

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// scanTokens lists the tokens of xmlScan over data as text ("<a x=1>",
// "</a>", "text"), and whether it read all of it; failed says how it
// stopped otherwise (kindSyntax or kindUnsupported).
func scanTokens(data []byte) (toks []string, failed int) {
	s := newXMLScan(data)
	for {
		switch s.next() {
		case tokStart:
			var b strings.Builder
			fmt.Fprintf(&b, "<%s", s.name)
			for i := range s.attrs {
				fmt.Fprintf(&b, " %s=%q", s.attrs[i].name, s.attrs[i].value())
			}
			toks = append(toks, b.String()+">")
		case tokEnd:
			toks = append(toks, "</"+string(s.name)+">")
		case tokText:
			toks = append(toks, fmt.Sprintf("%q", s.appendToken(nil)))
		case tokEOF:
			if s.depth() > 0 {
				return toks, kindSyntax // encoding/xml: unexpected EOF
			}
			return toks, 0
		case tokFail:
			return toks, s.failKind
		}
	}
}

// goTokens lists the tokens of encoding/xml's Decoder over data in the
// form of scanTokens, with the raw names RawToken gives, and whether
// Token (which excelize reads with) reads all of it without an error.
func goTokens(data []byte) (toks []string, ok bool) {
	checked := xml.NewDecoder(bytes.NewReader(data))
	raw := xml.NewDecoder(bytes.NewReader(data))
	name := func(n xml.Name) string {
		if n.Space != "" {
			return n.Space + ":" + n.Local
		}
		return n.Local
	}
	for {
		_, err := checked.Token()
		tok, rawErr := raw.RawToken()
		if err != nil || rawErr != nil {
			return toks, errors.Is(err, io.EOF) && errors.Is(rawErr, io.EOF)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			var b strings.Builder
			fmt.Fprintf(&b, "<%s", name(t.Name))
			for _, a := range t.Attr {
				fmt.Fprintf(&b, " %s=%q", name(a.Name), a.Value)
			}
			toks = append(toks, b.String()+">")
		case xml.EndElement:
			toks = append(toks, "</"+name(t.Name)+">")
		case xml.CharData:
			toks = append(toks, fmt.Sprintf("%q", []byte(t)))
		}
	}
}

// checkScanLikeGo fails t when xmlScan and encoding/xml disagree on data:
// what xmlScan reads whole, encoding/xml must read whole into the same
// tokens; what encoding/xml reads whole, xmlScan must read so too or call
// unsupported (names outside ASCII, <!DOCTYPE>, another character set),
// never broken; the tokens before a stop must be the same.
func checkScanLikeGo(t *testing.T, data []byte) {
	t.Helper()
	mine, failed := scanTokens(data)
	theirs, ok := goTokens(data)
	n := min(len(mine), len(theirs))
	for i := range n {
		if mine[i] != theirs[i] {
			t.Fatalf("token %d: %s, encoding/xml %s", i, mine[i], theirs[i])
		}
	}
	switch {
	case failed == 0 && (!ok || len(mine) != len(theirs)):
		t.Fatalf("xmlScan read it all (%d tokens), encoding/xml stopped after %d", len(mine), len(theirs))
	case ok && failed == kindSyntax:
		t.Fatalf("xmlScan calls it broken after %d tokens; encoding/xml read it all", len(mine))
	}
}

// FuzzXMLScan compares xmlScan with encoding/xml (checkScanLikeGo).
func FuzzXMLScan(f *testing.F) {
	for _, s := range scanSamples {
		f.Add([]byte(s))
	}
	f.Add([]byte(sheetSeed))
	f.Add([]byte(richSheet))
	f.Fuzz(checkScanLikeGo)
}

// scanSamples are XML texts at the edges of the syntax.
var scanSamples = []string{
	`<a b="1" c='2'>x&amp;y&#233;&#x1F600;<![CDATA[<z>]]]]><!-- c --><?pi x?></a>`,
	"<a>\r\nline\rend\r</a>",
	`<a b="x` + "\r\n" + `y"/>`,
	`<x:a xmlns:x="u" x:b="1"><x:c/></x:a>`,
	`<a>]]></a>`,
	`<a>]]&gt;</a>`,
	`<a b="<"/>`,
	`<a>&#0;</a>`,
	`<a>&#xD800;</a>`,
	`<a>&unknown;</a>`,
	`<a>&amp</a>`,
	`<a></b>`,
	`<a><b></a>`,
	`<a:b:c/>`,
	`<:a/>`,
	`<a: b=""/>`,
	`<a b="1"c="2"/>`,
	`<a b=1/>`,
	`<a b/>`,
	`<!DOCTYPE a><a/>`,
	`<?xml version="1.1"?><a/>`,
	`<?xml version="1.0" encoding="ISO-8859-1"?><a/>`,
	`<?xml version="1.0" encoding="utf-8"?><a/>`,
	"<a>\x01</a>",
	"<a>\xff</a>",
	"<é/>",
	`<a><!-- a--b --></a>`,
	`<a><!---></a>`,
	`<a><![CDATA[x]]></a><![CDATA[`,
	"\uFEFF<a/>",
	`<a>`,
	`</a>`,
	`<a/><b/>text`,
}
