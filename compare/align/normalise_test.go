package align

import (
	"slices"
	"strings"
	"testing"

	"pakompas/importer/corpus"
	"pakompas/importer/norm"
)

func TestNormalise(t *testing.T) {
	cases := []struct {
		gemeente string
		text     string
		want     string
	}{
		// Values: one placeholder per run.
		{"", "De corporatie levert in 2026 48 sociale huurwoningen op.", "de corporatie levert in #getal sociale huurwoningen op"},
		{"", "De corporatie investeert in 2025-2028 € 15.500.000 en vanaf 1-1-2026 30-40 woningen.", "de corporatie investeert in #getal en vanaf #datum woningen"},
		{"", "Vóór 1 juli 2025 stellen partijen een plan vast.", "voor #datum stellen partijen een plan vast"},
		{"", "Uiterlijk 31-12-2025 is het plan klaar.", "voor #datum is het plan klaar"},
		{"", "In de periode 2025-2028 en in 2026.", "in de periode #jaar en in #jaar"},
		{"", "Binnen twee weken; 85% van € 125.000 per jaar.", "binnen #getal weken #getal procent van #getal per jaar"},
		{"", "Vanaf het tweede kwartaal van 2026, of in Q3 2026.", "vanaf het tweede kwartaal van #jaar of in #datum"},
		{"", "Een woning per jaar.", "een woning per jaar"},
		// Names: capitalised words inside a sentence, as one placeholder.
		{"", "De corporatie bouwt aan de Burgemeester Kasteleinweg in De Kwakel.", "de corporatie bouwt aan de #naam in #naam"},
		{"", "De corporatie werkt met de GGZ aan woningen met label A.", "de corporatie werkt met de ggz aan woningen met label a"},
		{"", "Het plan is klaar. Daarna volgt Zijdelwaard: Partijen tekenen.", "het plan is klaar daarna volgt #naam partijen tekenen"},
		{"", "Jaarlijks Bestuurlijk Overleg", "jaarlijks bestuurlijk overleg"},                                                                         // title case: no names
		{"", "Overleg met Woonkracht Oost", "overleg met woonkracht oost"},                                                                             // mostly capitals: no names
		{"", "Woonpoort en Eigen Haard bouwen samen.", "woonpoort en #naam bouwen samen"},                                                              // first word of the sentence kept
		{"", "Vóór Één Juli.", "voor een #datum"},                                                                                                      // title case, folded
		{"", "De Woonschakel bouwt samen met de gemeente in Súdwest-Fryslân en Ĳsselstein.", "de #naam bouwt samen met de gemeente in #naam en #naam"}, // non-ASCII capitals
		// The own gemeente.
		{"Uithoorn", "Gemeente Uithoorn stelt grond beschikbaar.", "de gemeente stelt grond beschikbaar"},
		{"Uithoorn", "De gemeente Uithoorn stelt grond beschikbaar.", "de gemeente stelt grond beschikbaar"},
		{"Uithoorn", "Uithoorn stelt grond beschikbaar in Uithoorn-Noord.", "#gemeente stelt grond beschikbaar in #gemeente #naam"},
		{"Ouder-Amstel", "Huurdersvereniging Ouder-Amstel denkt mee met gemeente Ouder Amstel.", "huurdersvereniging #gemeente denkt mee met de gemeente"},
		{"'s-Hertogenbosch", "De gemeente 's-Hertogenbosch stelt grond beschikbaar.", "de gemeente stelt grond beschikbaar"},
		{"Bergen (NH.)", "Gemeente Bergen stelt grond beschikbaar in Bergen.", "de gemeente stelt grond beschikbaar in #gemeente"},
		{"Beek (L.)", "Beek (L.) en Beek stellen grond beschikbaar in Beek (L.).", "#gemeente en #gemeente stellen grond beschikbaar in #gemeente"},
		// Spelling variants and synonyms.
		{"", "De woningcorporatie en alle partijen: ten minste, tenminste, minstens.", "de corporatie en partijen minimaal minimaal minimaal"},
		{"", "Elk jaar, ieder jaar, zoveel mogelijk, uiterlijk in 2026, uiterlijk zo.", "jaarlijks jaarlijks zo veel mogelijk uiterlijk in #jaar uiterlijk zo"},
		// Nothing left.
		{"", "", ""},
		{"", "— 2025 —", "#jaar"},
	}
	for _, c := range cases {
		if got := Normalise(Item{Gemeente: c.gemeente, Text: c.text}, Options{}); got != c.want {
			t.Errorf("Normalise(%q, %q)\n got %q\nwant %q", c.gemeente, c.text, got, c.want)
		}
	}
}

func TestNormaliseNames(t *testing.T) {
	o := Options{
		Corporations: []string{"Woonpoort", "Stichting Eigen Haard", "woonpoort"},
		Names:        []string{"Zorgbalans", "Eigen Haard"},
	}
	cases := map[string]string{
		"Woonpoort bouwt 40 woningen.":                         "de corporatie bouwt #getal woningen",
		"De corporatie Woonpoort bouwt.":                       "de corporatie bouwt",
		"Stichting Eigen Haard bouwt.":                         "de corporatie bouwt", // longest name first
		"Eigen Haard bouwt.":                                   "#naam bouwt",
		"Zorgbalans levert zorg in de woningen van Woonpoort.": "#naam levert zorg in de woningen van de corporatie",
	}
	for text, want := range cases {
		if got := Normalise(Item{Text: text}, o); got != want {
			t.Errorf("Normalise(%q) = %q, want %q", text, got, want)
		}
	}
	// The order of the lists does not matter.
	r := Options{Corporations: []string{"woonpoort", "Stichting Eigen Haard", "Woonpoort"}, Names: []string{"Eigen Haard", "Zorgbalans"}}
	for text := range cases {
		if a, b := Normalise(Item{Text: text}, o), Normalise(Item{Text: text}, r); a != b {
			t.Errorf("%q: %q with one order, %q with another", text, a, b)
		}
	}
}

// TestWordsMatchNorm checks the fast path against norm.Words, on the
// texts of part of the national corpus and on awkward Unicode.
func TestWordsMatchNorm(t *testing.T) {
	texts := []string{
		"Één", "ÉÉN twee", "Ĳsselstein", "ĳzer", "e\u0301en café", "Cafe\u0301 Ae\u0308", "Súdwest-Fryslân", "naïef",
		"Ærø", "straße", "Ω en \u2126", "½ deel", "x\u00a0y", "’s-Hertogenbosch", "co₂-uitstoot", "5–10 woningen",
		"ﬁets", "İstanbul", "İ", "• punt … en", "\u0301", "a\u0301\u0301b", "Ǆ ǅ ǆ", "ǈ", "ŉ", "Œuvre", "ø", "Ð",
		"\u0905\u093f", "日本", "tab\tnewline\nend", "A.B.C.", "",
	}
	for _, s := range corpus.Build(corpus.Options{Gemeenten: 12}) {
		for _, it := range s.Items {
			texts = append(texts, it.Text, it.Owner, it.Notes, strings.ToUpper(it.Text))
		}
	}
	for _, text := range texts {
		var sc scratch
		got, caps := sc.words(text)
		if want := norm.Words(text); !slices.Equal(got, want) {
			t.Errorf("words(%q) = %q, norm.Words = %q", text, got, want)
			continue
		}
		if want := capitalised(text, len(got)); !slices.Equal(caps, want) {
			t.Errorf("capitals of %q: %v, rune path %v", text, caps, want)
		}
	}
}
