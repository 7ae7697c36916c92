package gemeente

// aliases are other names in common use, each for an official name or a
// former gemeente. Spellings that differ only in case, diacritics,
// punctuation, spacing or "Sint"/"St" need no entry here.
var aliases = []struct{ alias, target string }{
	{"Den Haag", "'s-Gravenhage"},
	{"The Hague", "'s-Gravenhage"},
	{"Gravenhage", "'s-Gravenhage"},
	{"Den Bosch", "'s-Hertogenbosch"},
	{"Hertogenbosch", "'s-Hertogenbosch"},
	{"Nuenen", "Nuenen, Gerwen en Nederwetten"},
	{"Nuenen c.a.", "Nuenen, Gerwen en Nederwetten"},

	// Official Frisian names and their Dutch forms.
	{"Dantumadeel", "Dantumadiel"},
	{"De Friese Meren", "De Fryske Marren"},
	{"Noordoost-Friesland", "Noardeast-Fryslân"},
	{"Zuidwest-Friesland", "Súdwest-Fryslân"},
	{"Tietjerksteradeel", "Tytsjerksteradiel"},
	// Official Dutch names and their Frisian forms.
	{"Ljouwert", "Leeuwarden"},
	{"It Hearrenfean", "Heerenveen"},
	{"Harns", "Harlingen"},
	{"Smellingerlân", "Smallingerland"},
	{"Opsterlân", "Opsterland"},
	{"Eaststellingwerf", "Ooststellingwerf"},
	{"Skylge", "Terschelling"},
	{"Skiermûntseach", "Schiermonnikoog"},
	{"Flylân", "Vlieland"},
	{"It Amelân", "Ameland"},
	// Former Frisian gemeenten: the other language's form.
	{"Ferwerderadeel", "Ferwerderadiel"},
	{"Littenseradeel", "Littenseradiel"},
	{"Menaldumadeel", "Menameradiel"},
	{"It Bildt", "het Bildt"},
	{"Dongeradiel", "Dongeradeel"},
	{"Leeuwarderadiel", "Leeuwarderadeel"},
	{"Frjentsjerteradiel", "Franekeradeel"},
	{"Kollumerland c.a.", "Kollumerland en Nieuwkruisland"},
	{"Kollumerlân en Nij Kruslân", "Kollumerland en Nieuwkruisland"},

	// Usual shortenings.
	{"Alphen a/d Rijn", "Alphen aan den Rijn"},
	{"Capelle a/d IJssel", "Capelle aan den IJssel"},
	{"Krimpen a/d IJssel", "Krimpen aan den IJssel"},
	{"Valkenburg a/d Geul", "Valkenburg aan de Geul"},
	{"Horst a/d Maas", "Horst aan de Maas"},
	{"Gilze-Rijen", "Gilze en Rijen"},
	{"H.I. Ambacht", "Hendrik-Ido-Ambacht"},
	{"Haarlemmerliede", "Haarlemmerliede en Spaarnwoude"},
}

// notGemeenten are places that are not gemeenten but begin with a gemeente's
// name. They are indexed so that the longer name wins and nothing is
// reported: "Beek en Donk" is a village in Laarbeek, not Beek (L.).
var notGemeenten = []string{
	"Beek en Donk",
	"Beek-Ubbergen",
	"Bergen aan Zee",
}
