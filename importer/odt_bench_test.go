package importer

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkODT imports the demo's Word documents saved as .odt: the
// Amstelveen table (the table path, which must not pay for reading
// paragraphs: styles.xml is not read) and the De Ronde Venen numbered
// paragraphs (content.xml read twice, styles.xml once).
func BenchmarkODT(b *testing.B) {
	for _, c := range []struct{ name, file string }{
		{"table", "Prestatieafspraken Amstelveen 2025.odt"},
		{"paragraphs", "De Ronde Venen - prestatieafspraken 2025-2028.odt"},
	} {
		data, err := os.ReadFile(filepath.Join(odtDir, c.file))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if res := importFile("pa.odt", data, Options{}); res.report.Error != "" || len(res.agreements) == 0 {
					b.Fatal(res.report.Error)
				}
			}
		})
	}
}
