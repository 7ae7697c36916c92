package gemeente

import "testing"

func BenchmarkLookup(b *testing.B) {
	names := []string{"Ouder-Amstel", "gemeente Den Haag", "SÚDWEST-FRYSLÂN", "Hengelo", "Weesp", "Bergen"}
	Lookup("warm up")
	for i := 0; b.Loop(); i++ {
		Lookup(names[i%len(names)])
	}
}

func BenchmarkFindInText(b *testing.B) {
	texts := []string{
		"Prestatieafspraken 2025 gemeente Uithoorn",
		"Jaarschijf 2026 Ouder-Amstel – Eigen Haard",
		"Prestatieafspraken tussen de gemeente Hof van Twente, Woonstichting De Key en de huurdersvereniging 2025-2028",
	}
	FindInText("warm up")
	for i := 0; b.Loop(); i++ {
		FindInText(texts[i%len(texts)])
	}
}

func BenchmarkFromFileName(b *testing.B) {
	FromFileName("warm up")
	for b.Loop() {
		FromFileName("prestatieafspraken-ouder-amstel-2025-2028.xlsx")
	}
}
