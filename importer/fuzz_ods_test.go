package importer

import "testing"

// FuzzODSImport imports an .ods package as it comes, from the LibreOffice
// conversions (spreadsheets, and texts with a table or numbered
// paragraphs) and rekenblad.ods: no panic, no internal error, and the
// invariants of every import (FuzzODS in importer/ods fuzzes the reader
// itself, with its content.xml).
func FuzzODSImport(f *testing.F) {
	fuzzSeeds(f, "testdata/ods/*.ods", "testdata/odt/*.odt", "../testdata/bad/*.ods")
	f.Fuzz(func(t *testing.T, data []byte) {
		res := importFile("fuzz.ods", data, Options{})
		if res.report.ErrorKind == ErrInternal {
			t.Fatalf("internal error: %v", res.report.Error)
		}
		checkInvariants(t, res)
	})
}
