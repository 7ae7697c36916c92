package vague

// The fixed lexicon: closed word classes the code itself needs to find
// quantities, dates, deadlines, clause structure and negation. Unlike the
// rules (rules.toml) these are grammar rather than judgement, so they are
// not configurable. Words are given folded (lower case, no diacritics).

// wordClass is a bit set of fixed word classes.
type wordClass uint32

const (
	clsMonth       wordClass = 1 << iota // januari … december and abbreviations
	clsNumWord                           // twee, drie, … honderd, duizend
	clsComparator                        // minimaal, maximaal, ten minste …: makes a bare number a quantity
	clsTimeUnit                          // dag, week, maand, jaar …: "binnen twee weken"
	clsDeadline                          // uiterlijk, vóór, per, eind, begin, medio …
	clsSeason                            // voorjaar, najaar, zomer …
	clsFreq                              // jaarlijks, maandelijks …: a schedule on its own
	clsEach                              // elk, ieder, per: "elk kwartaal", "per jaar"
	clsPeriodWord                        // jaar, kwartaal, maand, week: what clsEach counts
	clsOrdinal                           // eerste … vierde, 1e … 4e: "tweede kwartaal"
	clsQuarter                           // kwartaal
	clsLabel                             // label, energielabel …
	clsMeasure                           // aftoppingsgrens, inflatie …: a norm after a comparator
	clsMoney                             // euro, miljoen, mln …
	clsPercent                           // procent, procentpunt
	clsNumPrefix                         // artikel, fase, hoofdstuk …: the number after it is a reference
	clsNegator                           // niet, geen, nooit
	clsCoord                             // en, maar: may start a new main clause
	clsSubord                            // of, dat, om, hoe …: starts a dependent clause
	clsPrep                              // met, aan, voor …: a party after it is no subject
	clsDet                               // de, het, een …: skipped when looking for a preposition
	clsAux                               // wordt, worden …: passive auxiliary
	clsUniversal                         // alle, elke, geen …: a quantity for SMART only
	clsBoundary                          // words a clause-final particle ("$") may stand before
	clsMeeting                           // gesprek, bijeenkomst, keer …: a count of meetings is a schedule
	clsGroup                             // partijen, corporaties …: "de twee partijen" is no quantity
	clsPeriodCtx                         // periode, looptijd: "periode 2025-2028" is no deadline
	clsTe                                // te: marks an infinitive
	clsSpecific                          // words that make a number vague: "enkele", "tientallen"
	clsSignal                            // other words the signal finder looks at: "helft", "jaar", "looptijd"
	clsClauseStart                       // "en", "maar": a clause may start here
	clsKeepWord                          // words norm.go and benefit.go look at: "volgt", "conform", "krijgen"
)

// fixedLexicon maps a folded word to its classes.
var fixedLexicon = buildFixedLexicon()

// numberWords are the Dutch numerals written as words, with the small
// values the quantity finder needs only to know they are numbers: the
// parts compound numerals are read from (numeralMorphemes, numeral.go)
// but "een", which is mostly the article, and a few compounds and
// fractions listed as words. Other compounds ("zesduizend") get the class
// from compoundNumeral when they are tokenized.
var numberWords = func() []string {
	var out []string
	for _, m := range numeralMorphemes {
		if m.w != "een" {
			out = append(out, m.w)
		}
	}
	return append(out, "tweehonderd", "driehonderd", "vierhonderd", "vijfhonderd", "tweeduizend",
		"helft", "kwart", "dubbel", "verdubbeling", "verdubbelen", "verdubbelt")
}()

// The words that start a norm kept (norm.go) or a benefit received
// (benefit.go), by role; the verdict looks closer only at tokens of class
// clsKeepWord, which all of them have.
var (
	followWords = []string{"volg", "volgt", "volgen", "volgde", "volgden", "gevolgd", "opvolgen", "opvolgt", "opgevolgd"}
	// keepAanWords take "aan": zich conformeren, vasthouden, voldoen ("houden …
	// vast aan" has "vast" before "aan"; "zich houden aan" is asked apart).
	keepAanWords = []string{"conformeren", "conformeert", "conformeerde", "conformeerden", "geconformeerd",
		"vast", "vasthouden", "vasthoudt", "vastgehouden", "voldoen", "voldoet", "voldeed", "voldeden", "voldaan"}
	holdWords    = []string{"houden", "houdt", "houd", "hield", "hielden", "gehouden"}
	receiveWords = []string{"krijg", "krijgt", "krijgen", "kreeg", "kregen", "gekregen",
		"ontvang", "ontvangt", "ontvangen", "ontving", "ontvingen", "aanspraak", "aanmerking"}
)

// inList reports whether the folded word w is one of list.
func inList(w []byte, list []string) bool {
	for _, x := range list {
		if string(w) == x {
			return true
		}
	}
	return false
}

func buildFixedLexicon() map[string]wordClass {
	m := map[string]wordClass{}
	add := func(c wordClass, words ...string) {
		for _, w := range words {
			m[w] |= c
		}
	}
	add(clsMonth, "januari", "februari", "maart", "april", "mei", "juni", "juli",
		"augustus", "september", "oktober", "november", "december",
		"jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec")
	add(clsNumWord, numberWords...)
	add(clsComparator, "minimaal", "maximaal", "minstens", "tenminste", "minste", "hoogste",
		"hooguit", "maximum", "minimum", "ruim", "circa", "ca", "ca.", "ongeveer", "max", "max.",
		"min.", "gemiddeld", "totaal", "tot", "onder", "boven", "dan", "bijna", "zeker",
		"lager", "hoger", "kleiner", "groter", "ten", "tenminste")
	add(clsTimeUnit, "dag", "dagen", "werkdag", "werkdagen", "week", "weken", "maand",
		"maanden", "jaar", "jaren", "kwartaal", "kwartalen", "uur", "uren")
	add(clsDeadline, "uiterlijk", "voor", "per", "eind", "einde", "begin", "medio",
		"halverwege", "vanaf", "tot", "ultimo", "deadline", "gereed", "klaar", "start")
	add(clsSeason, "voorjaar", "najaar", "zomer", "winter", "zomerperiode", "zomervakantie")
	add(clsFreq, "jaarlijks", "jaarlijkse", "halfjaarlijks", "halfjaarlijkse", "tweejaarlijks",
		"tweejaarlijkse", "maandelijks", "maandelijkse", "wekelijks", "wekelijkse",
		"driemaandelijks", "driemaandelijkse", "tweemaandelijks", "tweemaandelijkse",
		"kwartaalrapportage", "kwartaalrapportages", "jaarverslag")
	add(clsEach, "elk", "elke", "ieder", "iedere", "per", "eens")
	add(clsPeriodWord, "jaar", "kwartaal", "maand", "week", "halfjaar", "jaarschijf", "kalenderjaar")
	add(clsOrdinal, "eerste", "tweede", "derde", "vierde", "1e", "2e", "3e", "4e", "1ste", "2de", "3de", "4de")
	add(clsQuarter, "kwartaal")
	add(clsLabel, "label", "labels", "energielabel", "energielabels", "labelstap", "labelstappen",
		"labelsprong", "labelsprongen")
	add(clsMeasure, "aftoppingsgrens", "aftoppingsgrenzen", "liberalisatiegrens", "huurtoeslaggrens",
		"inflatie", "huurtoeslaggrenzen", "minimumloon", "nom", "beng", "aardgasvrij", "gasloos",
		"energieneutraal", "energieneutrale", "klimaatneutraal", "klimaatneutrale", "nul-op-de-meter", "nom-woningen",
		"huursomstijging", "huurprijsgrens", "kwaliteitskortingsgrens", "sociaal")
	add(clsMoney, "euro", "eur", "miljoen", "mln", "mln.", "miljard", "mld", "mld.", "duizend", "k")
	add(clsPercent, "procent", "percent", "procentpunt", "procentpunten")
	add(clsNumPrefix, "artikel", "art", "art.", "fase", "hoofdstuk", "paragraaf", "par", "bijlage",
		"lid", "afspraak", "thema", "stap", "versie", "nummer", "nr", "nr.", "punt", "zie", "tabel",
		"figuur", "onderdeel", "woningwet", "wet", "pijler", "doel", "sectie", "blz", "pagina",
		"module", "prioriteit", "actiepunt", "opgave", "ambitie", "regel", "bod",
		// Round 13: a standard's code and a reference date or price level
		// ("NEN 7120", "peildatum 01-01-2018", "prijspeil 2016").
		"nen", "iso", "nta", "npr", "peildatum", "prijspeil", "prijspeildatum")
	add(clsNegator, "niet", "geen", "nooit")
	add(clsCoord, "en", "maar", "alsmede", "daarnaast", "vervolgens", "daarna", "ook")
	add(clsSubord, "of", "dat", "om", "hoe", "welke", "wat", "waar", "waarbij", "zodat", "opdat",
		"wanneer", "als", "indien", "mits", "zodra", "nadat", "voordat", "terwijl", "omdat",
		"waarmee", "waarin", "waarop", "waarvoor", "die", "waarna", "wie")
	add(clsPrep, "met", "aan", "voor", "van", "bij", "tussen", "over", "naar", "tot", "onder",
		"zonder", "namens", "richting", "jegens", "tegenover", "in", "op", "uit", "vanuit", "binnen")
	add(clsDet, "de", "het", "een", "deze", "dit", "die", "onze", "haar", "hun", "zijn", "betrokken",
		"lokale", "andere", "overige", "eigen", "alle", "beide")
	add(clsAux, "wordt", "worden", "werd", "werden")
	add(clsUniversal, "alle", "elke", "iedere", "geen", "ieder", "elk", "alles")
	add(clsBoundary, "en", "maar", "of", "om", "zodat", "dat", "waarbij", "waarna", "omdat",
		"zodra", "wanneer", "als", "indien", "te", "door", "met", "welke", "wat", "hoe", "wie",
		"waar", "waarom", "wanneer", "zodat", "totdat", "voordat", "nadat")
	add(clsMeeting, "gesprek", "gesprekken", "bijeenkomst", "bijeenkomsten", "overleg", "overleggen",
		"sessie", "sessies", "keer", "maal", "avond", "avonden", "spreekuur", "spreekuren",
		"schouw", "schouwen", "wijkschouw", "wijkschouwen", "vergadering", "vergaderingen",
		"werkbezoek", "werkbezoeken", "wijkwandeling", "wijkwandelingen", "bijeenkomst")
	add(clsGroup, "partijen", "partij", "corporaties", "gemeenten", "huurdersorganisaties",
		"organisaties", "kernen", "wethouders")
	add(clsPeriodCtx, "periode", "looptijd", "prestatieafspraken", "afspraken", "jaarschijf",
		"planperiode", "beleidsperiode", "convenantperiode")
	add(clsTe, "te")
	add(clsSpecific, "enkele", "tientallen", "honderden", "duizenden", "diverse", "meerdere")
	add(clsSignal, "een", "helft", "kwart", "jaar", "kalenderjaar", "looptijd", "nul", "q1", "q2", "q3", "q4",
		"dan", "gelijk", "hetzelfde", "stand", "af", "niet", "keer", "keren", "voorrang", "uitsluitend", "periode")
	add(clsClauseStart, "en", "maar")
	add(clsKeepWord, followWords...)
	add(clsKeepWord, keepAanWords...)
	add(clsKeepWord, holdWords...)
	add(clsKeepWord, receiveWords...)
	add(clsKeepWord, "binnen", "conform")
	return m
}

// definiteDet reports an article, demonstrative or possessive: the
// determiners that make a noun phrase definite ("de", "het", "deze",
// "dit", "die", "onze", "ons", "haar", "hun", "zijn"; not "een", nor
// "dat", which is mostly a conjunction). Each reader adds what its own
// construction allows: quantifiers for a passive's subject (passive.go),
// pronouns and "geen" for the object of a means (means.go).
func definiteDet(w []byte) bool {
	switch string(w) {
	case "de", "het", "deze", "dit", "die", "onze", "ons", "haar", "hun", "zijn":
		return true
	}
	return false
}
