package importer

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"strings"
	"testing"

	"pakompas/importer/ods/odstest"
)

// odsHeader is the header row of the hostile spreadsheets.
var odsHeader = odstest.Row(odstest.Str("Nr"), odstest.Str("Afspraak"))

// A hostile .ods gets the importer's limits and a Dutch error for the
// file, as an xlsx would.
func TestODSHostile(t *testing.T) {
	deep := strings.Repeat(`<text:span>`, 500) + "x" + strings.Repeat(`</text:span>`, 500)
	encrypted := odstest.Zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
		"META-INF/manifest.xml", `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>`,
		"content.xml", "\x01\x02versleuteld")
	sheet := func(rows ...string) []byte {
		return odstest.Package(odstest.Content("", odstest.Table("Afspraken", "ta1", append([]string{odsHeader}, rows...)...)))
	}
	cases := []struct {
		name string
		data []byte
		kind ErrorKind
		msg  string
	}{
		{"a filled row repeated two million times", sheet(`<table:table-row table:number-rows-repeated="2000000">` + odstest.Str("1.1") + odstest.Str("tekst") + `</table:table-row>`),
			ErrTooLarge, "meer dan 100.000 rijen"},
		{"a value in every column of many rows", sheet(`<table:table-row table:number-rows-repeated="300"><table:table-cell office:value-type="string" table:number-columns-repeated="16384"><text:p>x</text:p></table:table-cell></table:table-row>`),
			ErrTooLarge, "meer dan 4.000.000 cellen"},
		{"a value past the last column", sheet(odstest.Row(odstest.Empty(16384), odstest.Str("x"))),
			ErrTooLarge, "voorbij kolom 16384"},
		{"nested too deep", sheet(odstest.Row(odstest.Str(deep))),
			ErrTooLarge, "dieper dan 128 niveaus"},
		{"merges in a million empty rows", sheet(`<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-spanned="2"/><table:covered-table-cell/></table:table-row>`),
			ErrTooLarge, "meer dan 1.000.000 samengevoegde cellen"},
		{"broken XML", odstest.Package(strings.Replace(odstest.Content("", odstest.Table("Afspraken", "ta1", odsHeader)), "</table:table-row>", "</table:table-cel>", 1)),
			ErrCorrupt, "beschadigd OpenDocument-rekenblad: blad 'Afspraken' rij 1: ongeldige XML"},
		{"cut off", odstest.Package(odstest.Content("", odstest.Table("Afspraken", "ta1", odsHeader))[:900]),
			ErrCorrupt, "beschadigd OpenDocument-rekenblad"},
		{"encrypted", encrypted, ErrEncrypted, "met een wachtwoord beveiligd"},
		{"a text document that is no OpenDocument inside", odstest.Zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>"),
			ErrNotSheet, "content.xml is geen OpenDocument-inhoud"},
		{"a presentation", odstest.Zip("mimetype", "application/vnd.oasis.opendocument.presentation", "content.xml", "<x/>"),
			ErrNotSheet, "van het type \"application/vnd.oasis.opendocument.presentation\", geen rekenblad"},
		{"a lying size", lyingODS(t), ErrCorrupt, "beschadigd OpenDocument-rekenblad"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := importFile("map/hostile.ods", c.data, Options{})
			fe := res.report
			if fe.ErrorKind != c.kind || !strings.Contains(fe.Error, c.msg) {
				t.Fatalf("kind %q, error %q; want %q with %q", fe.ErrorKind, fe.Error, c.kind, c.msg)
			}
			if len(res.agreements) != 0 || fe.Path != "map/hostile.ods" {
				t.Errorf("%d agreements, path %q", len(res.agreements), fe.Path)
			}
		})
	}
}

// An .ods that is no zip, or a zip cut off, says so as an .ods.
func TestODSNotAZip(t *testing.T) {
	data := odstest.Package(odstest.Content("", odstest.Table("A", "ta1", odsHeader)))
	for _, c := range []struct {
		data []byte
		kind ErrorKind
		msg  string
	}{
		{[]byte("x"), ErrNotSheet, messages[ErrNotSheet]},
		{data[:len(data)/2], ErrCorrupt, "beschadigd OpenDocument-rekenblad"},
	} {
		res := importFile("a.ods", c.data, Options{})
		if res.report.ErrorKind != c.kind || !strings.HasPrefix(res.report.Error, c.msg) {
			t.Errorf("%d bytes: kind %q, error %q", len(c.data), res.report.ErrorKind, res.report.Error)
		}
	}
}

// lyingODS is a package whose content.xml says it unpacks to 200 bytes and
// unpacks to far more: archive/zip holds it to what it says.
func lyingODS(t *testing.T) []byte {
	var body bytes.Buffer
	fw, _ := flate.NewWriter(&body, flate.BestSpeed)
	fw.Write([]byte(odstest.Content("", odstest.Table("A", "ta1", odsHeader)) + strings.Repeat(" ", 1<<20)))
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "content.xml", Method: zip.Deflate, UncompressedSize64: 200, CompressedSize64: uint64(body.Len())})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(body.Bytes())
	zw.Close()
	return buf.Bytes()
}

// An .ods that unpacks past the limit is refused from the zip's directory,
// before anything is inflated, as a zip bomb.
func TestODSZipBomb(t *testing.T) {
	var body bytes.Buffer
	fw, _ := flate.NewWriter(&body, flate.BestSpeed)
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for range 130 {
		fw.Write(chunk)
	}
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.CreateRaw(&zip.FileHeader{Name: "content.xml", Method: zip.Deflate, UncompressedSize64: 130 << 20, CompressedSize64: uint64(body.Len()), CRC32: 0})
	w.Write(body.Bytes())
	w, _ = zw.Create("mimetype")
	w.Write([]byte("application/vnd.oasis.opendocument.spreadsheet"))
	zw.Close()
	res := importFile("bom.ods", buf.Bytes(), Options{})
	if res.report.ErrorKind != ErrTooLarge || !strings.Contains(res.report.Error, "zip-bom") {
		t.Fatalf("kind %q, error %q", res.report.ErrorKind, res.report.Error)
	}
}

// A cell longer than Excel's limit is cut with a warning, a huge text:s
// included, and its agreement still read.
func TestODSLongCellCut(t *testing.T) {
	data := odstest.Package(odstest.Content("", odstest.Table("Afspraken", "ta1", odsHeader,
		odstest.Row(odstest.Str("1.1"), odstest.Str(`Lang<text:s text:c="2000000000"/>einde`)))))
	res := importFile("lang.ods", data, Options{Gemeente: "Uithoorn"})
	if res.report.Error != "" || len(res.agreements) != 1 {
		t.Fatalf("error %q, %d agreements", res.report.Error, len(res.agreements))
	}
	if w := strings.Join(res.report.Warnings, "\n"); !strings.Contains(w, "langer dan 32.767 tekens") || !strings.Contains(w, "blad 'Afspraken' cel B2") {
		t.Errorf("warnings %q", w)
	}
	if a := res.agreements[0]; a.Text != "Lang" {
		t.Errorf("text %q", a.Text[:min(len(a.Text), 40)])
	}
}
