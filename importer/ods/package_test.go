package ods

import (
	"errors"
	"strings"
	"testing"

	"pakompas/importer/ods/odstest"
)

// Content checks the package before it hands out content.xml.
func TestContent(t *testing.T) {
	body := string(doc("", table("A", row(str("a")))))
	encrypted := `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">` +
		`<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>`
	cases := []struct {
		name  string
		parts []string
		max   int64
		kind  Kind
	}{
		{"spreadsheet", []string{"mimetype", MimeType, "content.xml", body}, 1 << 20, 0},
		{"template", []string{"mimetype", MimeType + "-template", "content.xml", body}, 1 << 20, 0},
		{"no mimetype", []string{"content.xml", body}, 1 << 20, 0},
		{"text document", []string{"mimetype", "application/vnd.oasis.opendocument.text", "content.xml", body}, 1 << 20, NotSpreadsheet},
		{"encrypted", []string{"mimetype", MimeType, "META-INF/manifest.xml", encrypted, "content.xml", "\x93\x11garbage"}, 1 << 20, Encrypted},
		{"no content", []string{"mimetype", MimeType}, 1 << 20, NotSpreadsheet},
		{"content over the limit", []string{"mimetype", MimeType, "content.xml", body}, 100, TooLarge},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Content(openZip(t, odstest.Zip(c.parts...)), c.max)
			if c.kind == 0 {
				if err != nil || string(got) != body {
					t.Fatalf("error %v, %d bytes", err, len(got))
				}
				return
			}
			var e *Error
			if !errors.As(err, &e) || e.Kind != c.kind {
				t.Fatalf("error %v, want kind %d", err, c.kind)
			}
		})
	}
}

// A part whose bytes do not match its checksum is damaged.
func TestContentChecksum(t *testing.T) {
	data := odstest.Zip("content.xml", strings.Repeat("x", 64))
	// The part is stored deflated; flipping a byte of the stored data
	// breaks either the inflation or the checksum.
	i := strings.Index(string(data), "content.xml") + len("content.xml") + 2
	data[i] ^= 0xff
	_, err := Content(openZip(t, data), 1<<20)
	var e *Error
	if !errors.As(err, &e) || e.Kind != Damaged {
		t.Fatalf("error %v", err)
	}
}
