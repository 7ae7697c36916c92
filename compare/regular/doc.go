// Package regular finds agreements that are regular work ("going
// concern"): they restate what a party does anyway, because the law, a
// regulation, a national agreement, its own plan or its normal operations
// require it. "De corporatie voert het planmatig onderhoud uit volgens de
// meerjarenonderhoudsbegroting", "wijst woningen toe volgens de
// huisvestingsverordening", "houdt wekelijks spreekuur", "levert jaarlijks
// het bod uit". The guide (Prestatieafspraken met betekenis) puts such
// performances on a dashboard, so that the agreements keep to what the
// parties want to achieve together.
//
// Regular is a classification of its own, beside vague: a routine may be
// written concretely ("handelt reparatieverzoeken binnen vijf werkdagen
// af") or vaguely ("blijft investeren in de kwaliteit van de
// woningvoorraad"). The rules are data (rules.toml), in the pattern syntax
// of compare/vague, whose Matcher finds them. Two kinds:
//
//   - regulier: a match marks routine, legal or own-policy work, with the
//     reason (wat de wet al vraagt, gewoon onderhoud, vaste
//     dienstverlening, volgt het eigen beleid, …);
//   - extra: a match anywhere in the agreement says it adds what a party
//     would not do anyway (extra, naast het reguliere, meer dan de wet, a
//     pilot, sooner, a study, verduurzaming, building, a price choice),
//     and then nothing in it is regular: "Naast het reguliere onderhoud
//     vervangt Portaal in 2026 de keukens van 64 woningen".
//
// A negated regular match ("voert geen inkomensafhankelijke huurverhoging
// door") does not count. The labelled sets are testdata/labelled/
// regulier.tsv (dev) and regulier-ongezien.tsv (held out); the tests
// assert the floors and log every miss.
package regular
