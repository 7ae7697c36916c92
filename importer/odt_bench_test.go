package importer

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkODTTable imports the demo's Word table saved as .odt (the
// table path of an OpenDocument text), to hold its speed while the text
// reader learns paragraphs.
func BenchmarkODTTable(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(odtDir, "Prestatieafspraken Amstelveen 2025.odt"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if res := importFile("amstelveen.odt", data, Options{}); res.report.Error != "" || len(res.agreements) == 0 {
			b.Fatal(res.report.Error)
		}
	}
}
