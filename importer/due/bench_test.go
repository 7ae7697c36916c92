package due

import "testing"

// typical are deadlines as they occur in real agreement spreadsheets.
var typical = []string{
	"2025",
	"Q2 2026",
	"eind 2025",
	"1-7-2025",
	"2e kwartaal 2025",
	"doorlopend",
	"2025 t/m 2027",
	"uiterlijk 1 juli 2025",
	"Oplevering uiterlijk Q3 2026 (afhankelijk van vergunning)",
	"voor de zomer 2025",
	"45839",
	"n.v.t.",
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Parse(typical[i%len(typical)])
	}
}

func BenchmarkParseEach(b *testing.B) {
	for _, s := range typical {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Parse(s)
			}
		})
	}
}
