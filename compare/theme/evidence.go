package theme

// notEvidence are words that say nothing about a theme on their own:
// pronouns, demonstratives, auxiliaries and small adverbs. The scorer
// still weighs them (after the full relabel "dit", "deze" and "we" lean
// to samenwerking, since a sentence about "deze afspraken" is about the
// collaboration), but they never count as the evidence that places a text
// without keywords, nor are they named in Placement.Matched: "Zie de
// bijlage bij dit document" names no theme.
var notEvidence = map[string]bool{
	"dit": true, "deze": true, "die": true, "dat": true, "dan": true, "er": true,
	"hier": true, "daar": true, "hiervoor": true, "hierbij": true, "hierover": true,
	"daarvoor": true, "daarbij": true, "daarover": true, "daarnaast": true,
	"we": true, "wij": true, "ons": true, "onze": true, "zij": true, "ze": true,
	"hij": true, "zijn": true, "haar": true, "hun": true, "hen": true, "u": true,
	"is": true, "wordt": true, "worden": true, "werd": true, "zal": true,
	"zullen": true, "kan": true, "kunnen": true, "moet": true, "moeten": true,
	"wil": true, "willen": true, "gaat": true, "gaan": true, "heeft": true,
	"hebben": true, "ook": true, "nog": true, "al": true, "wel": true, "niet": true,
	"zo": true, "nu": true, "dus": true, "maar": true, "wat": true, "welke": true,
	"elk": true, "elke": true, "ieder": true, "iedere": true, "alle": true,
}
