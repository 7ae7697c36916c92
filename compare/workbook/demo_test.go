package workbook

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"pakompas/importer/corpus"
)

// TestWriteDemoFile writes the demo workbook to $PAKOMPAS_DEMO_XLSX (with
// Force) for a look in Excel or LibreOffice; skipped when unset. With
// $PAKOMPAS_DEMO_GEMEENTEN=n it writes n gemeenten of the synthetic corpus
// instead.
func TestWriteDemoFile(t *testing.T) {
	path := os.Getenv("PAKOMPAS_DEMO_XLSX")
	if path == "" {
		t.Skip("set PAKOMPAS_DEMO_XLSX to write the demo workbook")
	}
	in := demoInput()
	if n, _ := strconv.Atoi(os.Getenv("PAKOMPAS_DEMO_GEMEENTEN")); n > 0 {
		in = corpusInput(corpus.Options{Gemeenten: n, PerGemeente: 40})
	}
	if err := Write(filepath.Clean(path), in, Options{Force: true}); err != nil {
		t.Fatal(err)
	}
}
