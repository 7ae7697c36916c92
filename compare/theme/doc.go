// Package theme places agreements in a taxonomy of themes: the local theme
// names a document uses ("Huurbeleid", "3. Voldoende woningen", "Wonen,
// zorg en welzijn") map to the national themes (betaalbaarheid,
// beschikbaarheid, duurzaamheid, wonen-zorg, leefbaarheid, doelgroepen,
// kwaliteit, samenwerking) or to a taxonomy the adviser configures, with
// overig for what cannot be placed.
//
// # How a name is placed
//
// The name loses its numbering (Clean: "Thema 2 -", "Hoofdstuk 4:", "3.")
// and is split into folded words (pakompas/importer/norm) without stop
// words ("en", "de", "van"...). Each word is claimed by at most one
// synonym: a phrase ("wonen en zorg", "kwetsbare groepen") before a whole
// word (with its inflections: "woningen", "kwetsbare", "huren") before a
// compound part ("huur" in "huurbeleid", "kwaliteit" in "woonkwaliteit",
// "onderhoud" in "meerjarenonderhoudsplan"); a strong synonym before a weak
// one, the last part of a compound (its head: a "woningmarktmonitor" is a
// monitor) before another part, a longer before a shorter. Each
// claim counts 1, a weak one 0.5; the theme with most wins. So "Wonen,
// zorg en welzijn" is wonen-zorg (two claims) and not leefbaarheid.
//
// Tie rule: a name that names several themes equally ("Betaalbaarheid en
// beschikbaarheid") places each agreement in the tied theme its text
// supports most, and otherwise in the one named first (a theme named by
// strong synonyms before one named by weak ones only); Placement.Also lists
// the others.
//
// A name that claims nothing ("", "Algemeen", "Overige afspraken",
// "Jaarschijf 2025") hands over to the text: its words are claimed by the
// themes' keywords the same way (a phrase counts 1.5 there), the highest
// score wins, ties go to the theme with more strong evidence and then to
// the one mentioned first. In a text, a capitalised word inside a
// sentence is a name: only its first part may count ("Schoutenbuurt" and
// "Meerwijk" are places, not leefbaarheid; "Leefbaarheidsmonitor" counts).
// Without any keyword the agreement lands in overig with Via "geen" and
// its raw name kept in Placement.Raw.
//
// Before all that, a name pinned in the config ([themas.lokaal]) and the
// adviser's moves (Overrides, via PlaceWith) decide.
//
// # Configuration
//
// The default taxonomy is default.toml, embedded. An adviser changes it in
// the [themas] table of pakompas.toml (see Config):
//
//	[themas]
//	vervang = false    # true: the [[themas.thema]] entries are the whole taxonomy
//	negeer = ["wijkje"]  # words that never count
//
//	[[themas.thema]]
//	sleutel = "duurzaamheid"          # an existing theme: its lists grow
//	synoniemen = ["warmtetransitie", "klimaat"]
//	trefwoorden = ["warmtepomp"]      # words in agreement texts
//
//	[[themas.thema]]
//	sleutel = "jongeren"              # a new theme, placed before overig
//	naam = "Jongeren en starters"
//	synoniemen = ["starters", "jongerenhuisvesting"]
//
//	[themas.lokaal]                   # pin a local theme name to a theme
//	"Prettig wonen in de wijk" = "leefbaarheid"
//
// In a synonym or keyword, "=woord" matches only the whole word (never a
// compound part), "~woord" is a weak hint (counts half), and several words
// must follow each other. A theme without trefwoorden uses its synoniemen
// for texts too. testdata/samenwerkingsopgaven.toml replaces the taxonomy
// by the guide's samenwerkingsopgaven.
package theme
