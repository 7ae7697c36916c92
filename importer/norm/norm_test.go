package norm

import (
	"reflect"
	"testing"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	cases := map[string]string{
		"  Één\u00a0 TWEE\n drie ": "een twee drie",
		"Súdwest-Fryslân":          "sudwest-fryslan",
		"Ĳsselstein":               "ijsselstein",
		"Café":                     "cafe",
		"plain":                    "plain",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWordsKeySlug(t *testing.T) {
	if got := Words("Wonen, zorg & wélzijn"); !reflect.DeepEqual(got, []string{"wonen", "zorg", "welzijn"}) {
		t.Errorf("Words = %q", got)
	}
	for _, in := range []string{"Ouder-Amstel", "ouder_amstel", "OuderAmstel", "ouder amstel"} {
		if got := Key(in); got != "ouderamstel" {
			t.Errorf("Key(%q) = %q", in, got)
		}
	}
	if got := Slug("'s-Hertogenbosch"); got != "s-hertogenbosch" {
		t.Errorf("Slug = %q", got)
	}
}

// BenchmarkFoldNonASCII folds texts with diacritics (the path through
// the Unicode chain) on all cores: /pool is Fold, /chain-per-call makes a
// chain for every text as Fold did before, in the same run.
func BenchmarkFoldNonASCII(b *testing.B) {
	texts := []string{"Één coöperatie in Zuidoost: café, reünie en ruïne", "De corporatie realiseert 40 woningen in België", "Ĳsselstein: prestatieafspraken 2025–2028"}
	perCall := func(s string) string {
		out, _, _ := transform.String(transform.Chain(norm.NFD, stripMarks, norm.NFC), s)
		return out
	}
	for _, c := range []struct {
		name string
		fold func(string) string
	}{{"pool", Fold}, {"chain-per-call", perCall}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				for i := 0; pb.Next(); i++ {
					if c.fold(texts[i%len(texts)]) == "" {
						b.Fatal("empty fold")
					}
				}
			})
		})
	}
}
