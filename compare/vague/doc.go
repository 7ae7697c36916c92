// Package vague is the explained vague-agreement classifier of pakompas.
// For each agreement it says whether it is vague (it commits to nothing
// that can be verified afterwards), which rules matched and why, which
// SMART elements it names, and its type (resultaat, inspanning, proces or
// kader).
//
//	c, err := vague.New(vague.DefaultRules()) // the embedded rules
//	r := c.Classify(vague.Input{Text: "Partijen gaan met elkaar in gesprek over de woonlasten."})
//	// r.Vague == true, r.Type == "proces",
//	// r.Flags[0] == {Rule: "in-gesprek", Category: "proces", Match: "met elkaar in gesprek",
//	//   Message: "procesafspraak zonder toetsbaar resultaat: 'met elkaar in gesprek'", Spans: [[14 35]]}
//
// # Rules as data
//
// The rules live in rules.toml (embedded; 95 rules in 20 categories, with
// word lists of inflected forms: no stemmer handles Dutch verb forms).
// Patterns are token patterns, not regular expressions: words are folded
// once (case and diacritics, "vóór" = "voor", with golang.org/x/text),
// separable verbs match across a bounded gap within the sentence ("spant
// zich … in", "stemt de planning met de huurders af"), and matches are
// reported in the original words with byte spans. Each rule carries
// examples and counter-examples that the tests check. An adviser changes
// the rules in pakompas.toml under [regels] (see Config): switch rules
// off, change a message, add word forms, exceptions or rules of her own.
//
// Categories and what a match does:
//
//	proces, onderzoek,   vague language (talk, study, deferral, effort, "kan/wil");
//	uitstel, inspanning, it voids the commitments after it in its sentence unless
//	modaal               the sentence holds what the rule's opgeheven_door names
//	voorbehoud           a hedge on whether ("waar mogelijk", "indien nodig"): voids
//	                     its clause and what follows; a number with a date cancels it
//	vage-maat            a vague quantity ("voldoende", "extra", "op peil"): voids the acts
//	vage-termijn         "zo snel mogelijk", "tijdig": voids an act on an indefinite
//	                     object only ("pakt klachten aan", not "herstelt de liften")
//	verleden             a look back ("in de vorige periode"): its numbers commit to nothing
//	open-einde, samen-   information only ("zoals", "in overleg met", a request)
//	werking, verzoek
//	resultaat, actie     acts: a resultaat or actie with a date, or with a named party
//	                     on a definite object ("verkoopt geen woningen"), is verifiable
//	product, uitkomst    deliverables; an uitkomst (advies, plan, uitkomsten) with a
//	                     date makes a study or deferral verifiable
//	kader                framework clauses (looptijd, geschillen, bijstelling; evaluation
//	                     and the bod/jaarschijf cycle only with a moment or frequency;
//	                     what the document of the agreements lays down, what it is;
//	                     not making more, further or better agreements,
//	                     nor making or signing them under an intention)
//	partij, geen-trekker who: parties, "partijen"/"wij", an agentless passive
//	geen-resultaat       raised by the classifier when nothing is verifiable and no
//	                     other rule says why
//
// # The verdict
//
// The text is tokenised once into sentences (. ; ! ? line breaks,
// bullets) and clauses (commas, "en", "maar"). Concrete signals are found
// by code: quantities (a number with its unit, %, money, an energy label,
// a rent norm such as "onder de aftoppingsgrens"; not "artikel 3", "fase
// 2", "NEN 7120", years, dates, "Woonvisie 2030", an age bound such as
// "starters tot 30 jaar" or a lifetime such as "woningen die 15 jaar
// blijven staan"), times (years
// 2020–2035, dates, but not a "peildatum" or "prijspeil",
// quarters, deadlines, schedules such as "jaarlijks" or "2x per jaar";
// "periode 2025-2028" is the agreement's period) and who is the subject.
//
// A vague match governs a region of its sentence; a hedge governs its
// clause onward, or the whole sentence when it is set aside in
// parentheses or closes the sentence ("worden er (waar mogelijk)
// zonnepanelen geplaatst"). A later clause opening with an act of its own escapes
// ("Partijen gaan in gesprek en stellen vóór 1 juli een plan vast"). A
// match is negated by "niet", "geen", "nooit" next to it ("niet langer
// onderzoeken"), and dropped when it is a noun in a prepositional phrase
// ("zonder voorafgaand overleg", "na jaren van verkenning", "budget voor
// het onderzoek"). A sentence carries a verifiable commitment when, out of
// every region, it has a quantity; or an act with a time (from the text or
// the planning column); or an act by a named party on a definite object
// (also before the infinitive that gaan or zullen put last: "gaat de
// woningen bouwen"; money, land or a right handed over counts as one:
// "hanteert sociale grondprijzen"), or on the definite subject of an inverted passive ("ook
// wordt de wijkaanpak voortgezet"), or a bare object on a restricted set
// ("plaatst zonnepanelen op woningen met een plat dak", "bij mutatie
// worden keukens vervangen"); or a negative or exclusive constraint
// on an act ("verkoopt niet langer", "bouwt zonder gasaansluiting",
// "leidt niet tot een hogere huur"); or a pilot started on a named
// subject when no other vague language governs the sentence ("komt er een
// pilot met …"); or a named norm, policy or advice kept ("volgen de
// richtlijnen van de overheid", "houden vast aan een inflatievolgend
// huurbeleid"); or a definite subject in a checkable state ("Ons
// huurbeleid is inflatievolgend", "De wijk … wordt focuswijk"; not "De
// woningen zijn duurzaam"), with a passive act ("Deze eenheidshuren
// worden direct ingevoerd", also one whose verb the rules do not know or
// whose auxiliary is the "zijn" of an inverted perfect: "Dit type
// overlast wordt … in behandeling genomen", "zijn de friends-contracten
// opgenomen") or a verb that says it starts, stops or takes
// place ("De verkoop … stopt per direct"); or a named instrument or a role
// put to work ("via het project Welkom in de wijk"); or a benefit that a
// group of residents receives or may
// claim ("kunnen vanaf 1 september korting op hun huur krijgen"); or an
// agreed complement ("afgesproken
// dat de gemeente een grondprijs rekent …": the complement of a verb of
// agreeing with a definite noun phrase and no vague language, possibility,
// state or passive); or a deliverable with a date; or when a vague match is cancelled by its
// rule's combination ("streeft naar 120 woningen in 2025-2028":
// hoeveelheid+tijd; "het onderzoek is uiterlijk 1 maart afgerond en de
// uitkomsten zijn gedeeld": product+tijd). Talk and study are not
// cancelled by a date or frequency alone ("bespreken jaarlijks de
// uitkomsten" stays vague), nor a number by being the topic of a talk;
// a degree with no number ("investeert fors in …", "op bescheiden
// schaal", "neemt toe") is not cancelled by a means, a means given as
// an example ("Bijvoorbeeld door …", "Denk aan …") is no evidence, and a
// plan described ("heeft plannen om", "staat … op stapel", "past bij de
// plannen van … om") is an intention that only a number with a date
// makes a target.
// An agreement is vague when it is no kader clause and none of its
// sentences carries a verifiable commitment, so a long text with one
// concrete sentence is not vague.
//
// # Choices
//
// Flags on agreements that are not vague are kept, with Info set and a
// message that says why they do not count ("inspanningstaal 'streeft',
// maar niet vaag: er staat een meetbaar doel met een termijn bij ('120
// woningen')"); a UI shows them on demand, and shows the non-Info flags of
// vague agreements as the reason. Flags of the information categories and
// geen-trekker are always Info. Every vague agreement has at least one
// non-Info flag: when no rule explains it, geen-toetsbaar-resultaat does
// (pointing at the bare act if there is one: "organiseert bijeenkomsten").
//
// Who: a specific party as subject or agent ("de gemeente", "Ymere", "door
// de corporatie"), or a specific trekker cell. "Partijen", "wij", "alle
// partijen" name all signatories but no trekker: Who is false and a
// geen-trekker flag (Info) says so; they still count as a party that can
// perform a concrete act. A party after a preposition ("met de gemeente")
// is no subject.
// What: an act, a deliverable or a counted thing that no vague match voids.
// HowMuch: a quantity that no vague match voids, or "alle"/"geen" + noun.
// When: any year, date, deadline, schedule or horizon in the text, or a
// non-empty planning (Due, or a schedule word in DueRaw).
// Type: kader for framework clauses; for a verifiable agreement the type
// of its first act (a result; proces for informing, reporting, meetings
// and process deliverables) or of the cancelled vague match; for a vague
// one that of its first vague match (a modal only when nothing else is
// vague), inspanning for a hedged result. KindRaw ("Procesafspraak") may
// only choose among types the text itself supports.
// The planning column dates an act or deliverable; it never rescues talk,
// study or striving on its own.
//
// # The planning column
//
// A planning cell that names a point (a year, quarter, month or date)
// dates acts and deliverables. A range of years ("2025-2028", the whole
// period) or a schedule ("jaarlijks") says when work happens, not by when
// it is done: it still counts as the time of a quantified effort
// ("streeft naar 120 woningen", 2025-2028), but it rescues no talk, study
// or striving and dates no deliverable; "doorlopend" gives nothing. The
// same holds for "in de periode 2025-2028" and "de komende vier jaar" in
// the text. A vague agreement that no vague word explains gets the flag
// geen-toetsbaar-resultaat, whose message lists what is missing: "geen
// partij" (or "geen trekker" when only "partijen" act), "geen concrete
// handeling", "geen aantal", "geen termijn".
//
// # Measured
//
// On the hand-labelled sets in testdata/labelled (written independently of
// this package): dev set afspraken.tsv, 290 agreements, precision 1.000,
// recall 1.000, type accuracy 0.983. Held-out ongezien.tsv, 139 agreements
// in a more formal register: first measurement, after the rules were done
// and before any change prompted by it, precision 0.908, recall 0.952,
// type accuracy 0.806 (TP 59, FP 6, FN 3, TN 71). General gaps it showed
// were then fixed (patterns with a two-word alternative that never
// matched, "kennis nemen van", fronted "nu … is afgerond" clauses, kader
// clauses on the duration and precedence of agreements, compliance
// clauses, norms like "inflatiepercentage", long middle fields of
// separable verbs); now precision 1.000, recall 0.984, type accuracy
// 0.856, which no longer estimates unseen text. The tests assert ≥ 0.90
// precision and recall on both sets, type accuracy ≥ 0.75 (dev) and ≥ 0.80
// (held-out). Agreement with the synthetic corpus's template labels,
// which were not used: 96.6% then, 97.0% after the thirteenth round
// (TestCorpusAgreement logs it).
//
// Real published text (testdata/labelled/echt*.tsv: sentences quoted from
// published agreements and their summaries, split by gemeente, labelled
// twice). Each set was measured with the classifier as it stood when the
// set arrived, and later again; the dev sets were tuned on (echt-vers,
// echt-vers2 from the fourth round, echt-vers3 and echt-vers4 from the
// seventh, echt-vers6 from the twelfth), the others not. The last column
// was measured in one run after the thirteenth round (the rounds below
// give the steps between); echt-vers8 and echt-vers9 came before the
// fourteenth round (after it 0.872 / 0.904 and 0.717 / 0.811; echt-vers9
// joined the dev pool on arrival, echt-vers8 stays blind); echt-vers10
// came in the seventh session, measured on arrival after round 14 and
// again after round 15 (0.738 / 0.929); echt-vers11 and echt-vers12 in the
// eighth, on arrival after round 18, then joined the dev pool:
//
//	set                              first measurement        after round 13 (P / R)
//	echt.tsv r…, dev (549)           0.734 / 0.894 (start)    0.938 / 0.954
//	echt.tsv d…, dev batch 2 (417)   0.766 / 0.885            0.922 / 0.927
//	echt-ongezien.tsv (260)          0.740 / 0.912 (start)    0.887 / 0.912
//	echt-vers.tsv (467)              0.853 / 0.881            0.941 / 0.944
//	echt-vers2.tsv (227)             0.810 / 0.852            0.915 / 0.939
//	echt-vers3.tsv (66)              0.771 / 0.931            0.750 / 0.931
//	echt-vers4.tsv (49)              0.741 / 0.833            0.840 / 0.875
//	echt-vers5.tsv (123, blind)      0.845 / 0.909            0.857 / 0.909
//	echt-vers6.tsv (193)             0.826 / 0.901            0.911 / 0.919
//	echt-vers7.tsv (143, blind)      0.847 / 0.911            0.847 / 0.911
//	echt-vers8.tsv (130, blind)      0.872 / 0.904            (came after round 14)
//	echt-vers9.tsv (119)             0.705 / 0.811            (came after round 14)
//	echt-vers10.tsv (164, blind)     0.736 / 0.918            (came after round 14)
//	echt-vers11.tsv (204)            0.783 / 0.883            (came after round 18; dev)
//	echt-vers12.tsv (193)            0.695 / 0.848            (came after round 18; dev)
//	echt-vers13a.tsv (104, blind)    0.725 / 0.881            (came after round 21)
//	echt-vers13b.tsv (87, blind)     0.833 / 0.926            (came after round 21)
//
// In the third round the misses of all four real sets were read (so
// echt-ongezien, echt-vers and echt-vers2 are no longer unseen): of the
// 140 false alarms, 69 came from geen-toetsbaar-resultaat alone, whose
// precision on those three sets was 74 right to 48 wrong. One kind was
// fixed: clauses on the agreements' own scope, period, status and place
// ("zijn van toepassing op 2023 en 2024", "heeft betrekking op", "worden
// aan de minister toegezonden", "vormen het kader voor de jaarschijven",
// "blijven bestaan") are kader, as the labelling rules say; and a count
// or price held ("het aantal sociale huurwoningen neemt niet af", "houden
// het aantal gelijk", "de huren stijgen niet") is a checkable comparison
// with today (sigCompare), like "ten minste gelijk". The honest
// figure for this round is echt-vers3.tsv (66 sentences, 21 gemeenten in
// no other set, collected blind after it; little more was to be found for
// unused gemeenten): first measurement 0.771 / 0.931 (TP 27, FP 8, FN 2).
// Six of its eight false alarms are again geen-toetsbaar-resultaat alone,
// the weak point on unseen text: an act the rules do not know, or one
// whose object the rules cannot tell is definite ("gaat de woningen
// bouwen, beheren en verhuren", "komt er een aanspreekpunt"). Making the
// object before an auxiliary's infinitive definite was tried and undone:
// it fixed those and broke as many labelled vague ones ("gaat haar
// woningen versneld verduurzamen").
//
// The honest figures for unseen real text are the first measurements of
// sets collected after the tuning they measure: echt-vers.tsv (89 new
// gemeenten plus a reserve, collected after the first round) gave 0.853 /
// 0.881, where the classifier of the session start scored 0.829 / 0.881;
// echt-vers2.tsv (48 gemeenten in no other set, collected at the end of
// the second round) gave 0.810 / 0.852, against 0.769 / 0.870 for the
// session-start classifier. So the fixes by kind carry over to unseen text
// (precision +2 to +4 points), but the rules then sat near 0.90 on the dev
// part and 0.81–0.86 on text they never saw: the goal of 0.92 / 0.92 is
// not reached. Theme from the text alone, then: 0.72 held-out, 0.73 and
// 0.665 on the fresh sets (goal 0.88; compare/theme's doc has the later
// figures).
//
// What the fixes were, by kind (each with own examples in kinds_test.go):
// an effort with a concrete means ("door hen voorrang te geven", "met het
// project Langer Thuis", "de inzet van een seniorenmakelaar"); clauses on
// the agreements themselves and their cycle (meerjaren-, kader- and
// werkafspraken lopen, worden verlengd, jaarlijks uitgewerkt; overleg over
// nieuwe afspraken with a moment); checkable comparisons ("meer … dan er
// worden gesloopt"), shares ("een derde van"), statements about all of
// something, rules that hold or not ("met voorrang", "uitsluitend");
// carrying out a named policy, project or site ("Handhaven
// Laatstekansbeleid"); the object before a verb-final act; people put to
// work; quantities set aside when they only select or condition ("met
// een inkomen tot € 40.000", "wanneer … onder de 75% komt"); goal
// statements ("is het doel dat", "zou … moeten", "stuurt aan op"),
// learning from each other, lobbying, plans described ("heeft plannen
// om"), scope hedges ("bij voorkeur", "de meeste"); vague words in titles
// and act words in names are not read as such.
//
// Why unseen text stays lower, from the error analysis: the remaining
// false alarms are mostly concrete sentences whose act the rules do not
// know (agentless passives such as "worden bij renovatie standaard van
// dubbelglas voorzien", "verloten via Woningnet") and clauses about the
// agreements in wording not seen yet; the misses are mostly ambitions
// whose number has no date, continuing ongoing work ("gaat door met het
// verduurzamen van haar woningen"), and hedges the rules do not know. The
// labellers themselves disagree on 2–4% of sentences, and different
// collectors draw the line between a definite act and an effort in
// slightly different places, which caps what any rule set can reach on a
// new batch.
//
// A learned scorer was tried and not adopted: logistic regression over
// the rule state (rule hits by id, evidence kind, SMART elements,
// signals) with and without word uni- and bigrams, trained on the dev
// sets, gave 0.84 / 0.87 in five-fold cross-validation grouped by gemeente
// on the first 549 dev sentences against 0.83 / 0.89 for the rules alone
// at the time: 800 labelled sentences carry too little beyond what the
// rules already say. A naive Bayes theme model over words gave 0.64 in
// the same cross-validation against 0.81 for the keyword lists.
// Treating a passive act with a definite subject as verifiable ("de
// casco's worden geïsoleerd") was tried too and dropped: it cost recall
// (the fifth round built the inverted order only, kind 4).
//
// The fourth round (issue 9) first built echt-vers4.tsv: 49 sentences from
// 18 source addresses in no other set, labelled from the text before any
// change, measured once: 0.741 / 0.833 (TP 20, FP 7, FN 4, TN 18). It
// then asked whether the fallback could be made reliable, since it is the
// one verdict with no vague word behind it. On the dev parts (echt.tsv
// plus echt-vers.tsv and echt-vers2.tsv, now spent, as dev: 1,660
// sentences) the fallback-only verdicts were grouped by what the sentence
// has (a party, a concrete object, a date, a bare act, the type): no group
// with enough cases is mostly wrong; the largest wrong share is a named
// party with no act the rules know (20 right, 15 wrong), and the wrong
// cases there are concrete acts in words of their own ("verloten via
// Woningnet", "gunt het voorkeursrecht", "legt een zelfbewoningsplicht
// op"). Two vetoes of the fallback were chosen by five-fold
// cross-validation grouped by gemeente (fallbackcv_test.go, -vague-cv):
//
//	verdict                                  CV on dev (P / R)   echt-ongezien
//	rules alone                              0.886 / 0.892       0.849 / 0.905
//	signal table, veto where wrong > right   0.885 / 0.885       0.860 / 0.898
//	signal table, margin 3                   0.886 / 0.892       0.849 / 0.905
//	logistic scorer, veto p < 0.2            0.887 / 0.892       0.849 / 0.905
//	logistic scorer, veto p < 0.4            0.886 / 0.886       0.865 / 0.891
//
// (the scorer: L2 logistic regression over folded words and word pairs,
// rule hits and SMART elements). No veto gains in cross-validation: each
// removes as many right flags as wrong ones, and the held-out gains of
// the stronger vetoes cost recall. So neither is in the classifier, and
// every verdict is still the rules' own. What would help is more labelled
// text with the acts the rules do not know, which the search corpus no
// longer holds for unused sources.
//
// The fifth round (issue 9) asked what the fallback's false alarms have in
// common and found it in syntax: sentences that do hold a verifiable
// commitment in a shape the rules did not parse. The lead named five
// kinds; each was counted among the misses of the dev parts (echt.tsv,
// and echt-vers.tsv and echt-vers2.tsv, spent, as dev: 1,660 sentences,
// at the start TP 790, FP 102, FN 96, P 0.886, R 0.892) and built only if
// it occurred at least three times there, as a general rule with own
// examples and near-misses (syntaxkinds_test.go). What each changed on
// the dev parts:
//
//	kind                                                     dev TP / FP / FN
//	start                                                    790 / 102 / 96
//	2 negative or exclusive constraint (constraint.go)       790 /  98 / 96
//	4 definite subject of an inverted passive (passive.go)   790 /  96 / 96
//	1 complement of a verb of agreeing (agreed.go)           790 /  94 / 96
//	5 money, land or a right made available (meansobj.go)    791 /  90 / 95
//
// Kind 2: "niet", "geen", "niet langer" before an act in its clause,
// "zonder" after an act, "leidt niet tot", "alleen nog", "stoppen met"
// (4 false alarms fixed: "besloten om niet te tekenen", "zonder dat dit
// voor lastenverhoging zorgt", "hoeven niet langer … te betalen"). Kind 4:
// only the inverted order ("Ook wordt de bestaande wijkaanpak voortgezet");
// reading a subject that opens the clause ("De nieuwe woningen moeten
// duurzaam worden gebouwd") fixed 2 and broke 4, so it is left out. Kind 1:
// the complement (dat-clause, om/te-clause) of afspreken, overeenkomen,
// toezeggen, besluiten or "de afspraak is" with a definite noun phrase and
// no vague match, possibility, state or passive is an agreed act, whatever
// its verb ("dat de gemeente een grondprijs gaat rekenen"); the others of
// this shape on dev turned out to be kind 2 (2) or a state or bare passive
// the rules cannot tell from an aim (3, left). Kind 5: the labelling rules
// make "stelt een budget beschikbaar voor …" vaag=nee; budget, subsidie,
// grond, grondprijzen, locaties, voorkeursrecht as the object of an act by
// a party count as a definite object ("hanteert sociale grondprijzen",
// "gunt het voorkeursrecht"). Built with it, because it exposed them:
// reflexive "zetten/spannen ons in", "genoeg" as a vague quantity, and
// "over vijf jaar" and "in deze periode" as periods (net FN −2, FP ±0).
// Kind 3 (a number, adjectives and a unit, "15 kleinere appartementen")
// was already read as a quantity; its second shape, a vague verb whose
// means or object carries a quantity ("maken werk van de bouw van dertig
// flexwoningen"), occurred once among the dev misses and was not built.
//
// Cross-validated on the dev parts (fallbackcv_test.go, rules alone, which
// are not trained): 0.886 / 0.892 before, 0.898 / 0.893 after. Measured
// once at the end on the sets not tuned on: echt-ongezien 0.849 / 0.905 →
// 0.886 / 0.905 (FP 22 → 16, FN 13); echt-vers3 unchanged, 0.771 / 0.931;
// echt-vers4 0.741 / 0.833 → 0.760 / 0.792 (FP 7 → 6, FN 4 → 5). Two
// caveats on how clean these are: the cross-validation harness prints the
// echt-ongezien figures beside the cross-validated ones, so its totals were
// seen after kinds 2 to 5 (never its misses); and a floor test that failed
// after kind 2 printed the misses of echt-vers4, so that set's one new
// miss was seen; nothing was changed because of either. The goal of 0.92
// / 0.92 on unseen text is still not reached: what remains are concrete
// acts in words of their own, states ("zijn volwaardig partij in het
// overleg"), pilots that will take place, and subject-first passives.
//
// The sixth round (issue 9) went on the same way, from the dev misses
// (echt.tsv, echt-vers.tsv, echt-vers2.tsv; at the start TP 791, FP 90,
// FN 95, P 0.898, R 0.893), building only kinds seen at least three times
// there, each with own examples and near-misses (syntaxkinds_test.go):
//
//	kind                                                     dev TP / FP / FN
//	start                                                    791 / 90 / 95
//	6 a pilot started on a named subject (pilot.go)          791 / 85 / 95
//	7 a hedge set aside hedges the sentence (hedge.go)       793 / 85 / 93
//	8 "verwachten" is an intention (rule willen)             795 / 85 / 91
//
// Kind 6: a pilot noun in a clause that starts it ("komt er", "start",
// "wordt gestart", "kondigt … aan", "is ook een pilot") followed by what it
// is about ("met", "rond", "voor", "waarbij", "om"), in a sentence whose
// only live vague language is the pilot's own, is an act (5 false alarms
// fixed, none added); "er komt een pilot", "via een proef met …",
// "experimenteren met" and a pilot under other vague language stay vague.
// Kind 7: of the four dev misses with a hedged result ("waar mogelijk",
// "zo goed mogelijk") two had the hedge in parentheses or closing the
// sentence; the other two (an act in a fronted "daar waar" clause, an act
// in an example) are single shapes and were left. Kind 8: the labelling
// rules treat "verwachten" like "willen"; with a number and a year it is
// a target, without one of them vague (2 misses fixed; the third
// "verwachten" miss, "verwacht de woonvisie in het vierde kwartaal … te
// kunnen aanbieden", stays a false alarm through "kunnen"). Looked at and
// not built, each under three dev cases of one shape: "kan"/"mogen" with a
// numeric cap (2), rights of tenants ("kunnen huurders aanspraak maken op",
// 2), states that are aims vs facts (2), subject-first passives (no
// feature separates the labelled nee ones, "er wordt standaard dubbelglas
// geplaatst", from the ja ones, "worden betaalbare woningen gebouwd"),
// bare ambition lines (1 to 2 per shape), continuing ongoing work (3, but
// the labels treat continuing a named project as nee, so it needs the
// name test, not a word list).
//
// Cross-validated on the dev parts (fallbackcv_test.go, rules alone):
// 0.898 / 0.893 before, 0.903 / 0.897 after. Measured once at the end on
// the sets not tuned on, all unchanged: echt-ongezien 0.886 / 0.905 (TP
// 124, FP 16, FN 13), echt-vers3 0.771 / 0.931, echt-vers4 0.760 / 0.792.
// The held-out pilot sentence of this shape stays a false alarm because
// its purpose clause holds vague language of its own. Caveat: the
// cross-validation harness prints echt-ongezien's misses as well as its
// totals; they were seen once, at the end, after the three kinds were
// committed, and nothing was changed because of them. The goal of 0.92 /
// 0.92 on unseen text is still not reached.
//
// The seventh round (issue 9) took echt-vers3.tsv and echt-vers4.tsv,
// now spent, into the dev pool (echt.tsv, echt-vers.tsv, echt-vers2.tsv,
// echt-vers3.tsv, echt-vers4.tsv: 1,775 sentences; at the start TP 841,
// FP 99, FN 98, P 0.895, R 0.896) and went on by kind from its misses,
// building only kinds seen at least three times among them, each with own
// examples and near-misses (syntaxkinds_test.go):
//
//	kind                                                     dev pool TP / FP / FN
//	start                                                    841 / 99 / 98
//	9 ensuring a state has no definite object (ensure.go)    844 / 100 / 95
//	10 a span of time is no quantity (signals.go)            848 / 101 / 91
//	11 "kan" with a numeric cap is a norm (rule kunnen)      848 / 98 / 91
//
// Kind 9: "zorgen (er)voor dat …", "draagt er zorg voor dat …" was an act
// whose object the articles of the dat-clause made definite; what it
// commits to is the state the clause describes, so it now needs what a
// result needs: a number ("zorgen ervoor dat minimaal 95% …"), a time, a
// constraint or all of something (3 misses fixed: "zorgen dat procedures
// snel worden doorlopen", "blijft ervoor zorgen dat haar klanten nooit
// lang … hoeven te wachten"; one added: a concrete "krijgen … voorrang"
// that only the purpose clause "om ervoor te zorgen dat" had rescued).
// Kind 10: "de komende drie jaar", "over vijf jaar" were read both as a
// period and as a duration, and the duration counted as a quantity, so a
// span with a period cancelled effort language on its own ("de huren
// stijgen de komende drie jaar beperkt", "om de komende twee jaar … te
// streven naar"); now a span is a period only (4 misses fixed, 1 false
// alarm added: a target whose period stands in the next sentence, "Dit
// gebeurt in de komende vijf jaar"). Kind 11: the labelling rules read
// kan as permission, which commits to nothing unless it sets a numeric cap;
// "kan"/"kunnen" is now its own modal rule (kunnen), cancelled by a number
// alone, where willen (wil, bereid, proberen, verwachten) still needs a
// number and a time (3 false alarms fixed: "kan tot 50% van de
// woningvoorraad … worden toegewezen", "kunnen wij 50% van de
// nieuwbouwwoningen toewijzen", and one where the number was a group,
// "65-plussers"; none added). An adviser who switched willen off now also
// has to switch kunnen off.
//
// Looked at and not built: continuing ongoing work without a named
// project ("gaat door met het verduurzamen van haar woningen", "zetten de
// verduurzaming … voort": 2 misses; the other two of that shape are vague
// already through the fallback); vague degrees on an act (7 misses, but
// five different causes: "fors" cancelled by a means, "flink" by an energy
// label that only selects, "veel" and "weinig" not in the word list, a
// number in another clause); energy labels that only select ("met extra
// aandacht voor E-, F- en G-labels", 2); rights of tenants ("kunnen
// huurders aanspraak maken op", 2, and the labelling rule on kan reads
// them as vague where the labels say nee); the fallback on agentless
// passives (10 wrong to 23 right, told apart only by lists of verbs); the
// fallback with a point in time (7 wrong to 5 right, the right ones each
// a different vague idiom).
//
// Cross-validated on the dev pool (fallbackcv_test.go, five folds grouped
// by gemeente, rules alone, which are not trained): 0.895 / 0.896 before,
// 0.896 / 0.903 after; the fourth round's vetoes still gain nothing (the
// best, the logistic scorer at p < 0.2, 0.897 / 0.902 after). The harness
// now logs no held-out figure unless asked (-vague-cv-held) and checks
// itself on a dev part, so echt-ongezien was not seen while tuning.
// Measured once at the end (totals only): echt-ongezien unchanged, 0.886
// / 0.905 (TP 124, FP 16, FN 13). The goal of 0.92 / 0.92 on unseen text
// is not reached; the rounds since the fourth moved the dev pool by about
// a point each and the held-out part not at all since the fifth, so what
// is left is spread over many shapes of one or two cases each.
//
// The eighth round (issue 9) widened the lexicon of acts by meaning, not
// by shape. Before any miss was read, seven classes of verbs that denote a
// verifiable act when a named party does them to a definite object were
// written from what the words mean in housing agreements, with all their
// inflected forms, as rules of category resultaat (actie for informing);
// each was then measured alone on the dev pool (1,775 sentences; at the
// start TP 848, FP 98, FN 91, P 0.896, R 0.903; acts_test.go has own
// examples and near-misses of each kept class):
//
//	class                                                    dev pool TP / FP / FN
//	start                                                    848 / 98 / 91
//	toedelen: verloten, overdragen, uitgeven, in erfpacht,   848 / 96 / 91
//	  verdelen, voordragen, regelen
//	a vague degree on a count (rule vage-hoeveelheid)        851 / 96 / 88
//	verbouwen: aansluiten op een net, ombouwen, samenvoegen, 851 / 94 / 88
//	  opknappen, schilderen, verwijderen, verbouwen,
//	  voorzien van, afkoppelen, ophangen, onttrekken
//
// toedelen fixed two false alarms ("vrijkomende woningen verloten via
// Woningnet", "regelt de corporatie een onafhankelijk schimmelexpert") and
// broke none. "regelen" is kept: with a named party and a definite object
// it means arranging something concrete; "geregeld" (regularly) and
// "regel" (a rule) are not in it. verbouwen as first written broke three
// labelled vague sentences: two read "voorzien in" (provide for) and
// "voorziet een vraag" (foresee) as "voorzien van" (equip), so the class
// was narrowed by meaning ("voorzien in" is an exception, the gap of its
// separable verbs is six words); the third, a year with "wordt een groot
// aantal woningen opgeknapt", was right to be vague for its quantity, which
// the rules did not know: "een groot aantal", "een klein deel", "veel"
// and "weinig" are now vague quantities, not "er is veel vraag", which
// describes the situation (3 misses fixed, none added). Narrowed, verbouwen
// fixed two false alarms ("wordt … voorzien van isolerende maatregelen",
// "worden niet aangesloten op het aardgasnet") and broke none; on the
// synthetic corpus it ends a false alarm on a dated act ("verwijderen vóór
// 30 september 2025 de garageboxen"). Left out as vague in this field,
// before measuring: faciliteren, ondersteunen, bevorderen, stimuleren,
// helpen, bijdragen aan, meewerken, vergroenen (a degree with no end
// state), benoemen (mostly "to name": "partijen benoemen de knelpunten")
// and "aansluiten bij" (to fit in with).
//
// Tried and dropped, because they changed no dev verdict and so raised no
// precision: money (uitkeren, uitbetalen, storten, kwijtschelden,
// terugbetalen, korten, compenseren, verrekenen, afdragen, bekostigen,
// heffen), legal and administrative acts (opleggen, registreren,
// inschrijven, uitschrijven, opzeggen, ontbinden, beëindigen, verlengen,
// wijzigen, goedkeuren, intrekken, afgeven, indienen, ontruimen), persons
// (aannemen, inhuren, in dienst nemen, werven, detacheren, opheffen),
// acquiring and disposing (afstoten, terugkopen, onteigenen, ruilen, in of
// uit exploitatie nemen) and informing with a deliverable (toesturen,
// uitreiken, overhandigen, verspreiden). Their verbs stand in 18 dev
// sentences and change none of their verdicts; of the two false alarms
// among them one is flagged for other language ("in goed overleg"), and
// "Om speculeren tegen te gaan legt Thuisvester … een
// zelfbewoningsplicht op" stays one with the verb known, because after a
// fronted purpose clause without a comma the name is not read as a party.
// Of the fallback's dev false alarms that remain (39; the fallback is now
// right 125 times in 164), few are unknown act verbs: most are states and
// facts, agentless passives, clauses about the agreements and idioms
// ("geven … een zachte landing", "doen locatievoorstellen").
//
// Cross-validated on the dev pool (fallbackcv_test.go, rules alone): 0.896
// / 0.903 before, 0.901 / 0.906 after; the vetoes still gain nothing (the
// logistic scorer at p < 0.2: 0.897 / 0.902 before, 0.901 / 0.905 after).
// Measured once at the end, totals only: echt-ongezien unchanged, 0.886 /
// 0.905 (TP 124, FP 16, FN 13); the blind echt-vers5.tsv 0.845 / 0.909 →
// 0.857 / 0.909 (FP 11 → 10). The lexicon moves the dev pool by half a
// point and unseen text by a sentence at most: the false alarms on unseen
// text are not, for the most part, acts in verbs the rules did not know.
// Speed unchanged (BenchmarkClassifyNationalParallel, medians of three in
// one run: 85.8 ms before, 86.7 ms after).
//
// The ninth round (issue 9) asked who does it, and what is still missed,
// on the same dev pool (1,775 sentences; at the start TP 851, FP 94, FN 88,
// P 0.901, R 0.906), building only kinds seen at least three times among
// its misses, each with own examples and near-misses (round9_test.go,
// syntaxkinds_test.go):
//
//	kind                                                     dev pool TP / FP / FN
//	start                                                    851 / 94 / 88
//	a the subject after a fronted adverbial (inversion.go),  852 / 93 / 87
//	  with act class opleggen
//	12 a pace or degree without a measure (vage-graad)       856 / 93 / 83
//	13 a plan with only a date is an intention               857 / 93 / 82
//	  (plannen-beschreven)
//
// Kind a: after a fronted adverbial or clause ("Om speculeren tegen te
// gaan", "Bij mutatie", "Daarnaast", "In 2026", "Samen met de gemeente")
// the finite verb comes second and the subject follows it; a capitalised
// name right after the first verb (also "De Woonplaats", "de Alliantie"),
// or after the verb that opens the main clause behind the comma of a
// fronted clause, is now the party. The old walk read the fronting word
// itself as a name when the verb followed it ("Daarnaast verkoopt …",
// "Zo sluiten ze aan …"); it no longer does. Counted among the dev false
// alarms, a party missed this way was the cause of one verdict only: the
// fallback's false alarms with "geen partij" are agentless passives and
// states, not inverted names. What the kind changes is the party itself:
// Who changed on 77 dev sentences: 19 names found after the verb, and 58
// fronting words no longer taken for names, where "partijen" or "we" act
// or no party is named ("Daarnaast stellen de partijen", "Ook start er
// eind 2023 een woonlastenonderzoek"); and 2 verdicts: "legt Thuisvester … een zelfbewoningsplicht op" is an act
// once the eighth round's dropped class of legal acts (opleggen, opzeggen,
// intrekken, beëindigen, registreren, indienen; rule opleggen) is back and
// its subject is seen, and "Zo sluiten ze aan op het gebiedsgericht
// werken" is vague again. Kind 12: "sneller", "vaker", "versneld" and
// "nagenoeg" on an act are a vague measure (rule vage-graad, category
// vage-maat), cancelled by a number or label only (4 misses fixed:
// "partijen woningen sneller willen verduurzamen" in 2023 and 2024, "wil
// … nu vaker een heel wooncomplex … verduurzamen", "voorrang aan het
// versneld realiseren", "nagenoeg energieneutraal"; none added; the six
// labelled nee sentences with "versneld" carry a number or label). Kind
// 13: a plan described ("heeft plannen om", "de plannen van … om", "de
// planning is om") was cancelled by the plan itself as an outcome with a
// date; the labels read it like "willen": a number and a date make it a
// target ("heeft plannen om voor € 64 miljoen te investeren in 2019"), a
// date alone dates the intended act (1 miss fixed: "De planning is om de
// woningen in mei 2024 in de verhuur uit te geven"; the kind's other two
// dev misses are a plan in a prepositional phrase, "past bij de plannen
// van … om", and "zo'n honderd … dit jaar", a number with a date).
//
// Counted among the misses and not built: continuing ongoing work (2,
// and the labels treat continuing a named project as nee); making
// agreements later ("maken afspraken over", "worden afspraken gemaakt":
// 9 misses, but mostly read as kader clauses on the agreement cycle, where
// the labels split on the same wording: "in 2023 concrete afspraken te
// maken" nee, "in het komende jaar meer concrete afspraken" ja); effort
// verbs with a number and no date ("werken samen aan 1600 woningen",
// "werkt toe naar 30%": 2 besides a dated Woonvisie); "fors" and "flink"
// cancelled by a means or a label (3, three different causes); the rest
// are one or two of a shape.
//
// Cross-validated on the dev pool (fallbackcv_test.go, rules alone, which
// are not trained): 0.901 / 0.906 before, 0.902 / 0.913 after; the vetoes
// still gain nothing (the logistic scorer at p < 0.2: 0.903 / 0.912).
// Per set before → after: echt.tsv 0.920 / 0.918 → 0.920 / 0.922,
// echt-vers 0.910 / 0.900 → 0.911 / 0.911, echt-vers2 0.871 / 0.878 →
// 0.879 / 0.887, echt-vers3 and echt-vers4 unchanged (0.750 / 0.931, 0.769
// / 0.833); our own sets unchanged (1.000 / 1.000, 1.000 / 0.984).
// Measured once at the end, totals only: echt-ongezien 0.886 / 0.905 →
// 0.887 / 0.912 (TP 125, FP 16, FN 12: one miss fewer); the blind
// echt-vers5 unchanged, 0.857 / 0.909 (TP 60, FP 10, FN 6). The goal of
// 0.92 / 0.92 on unseen text is still not reached; the round moved the dev
// pool's recall by 0.7 points and unseen text by one sentence. Speed
// unchanged (BenchmarkClassifyNationalParallel, medians of five in one run
// on a shared machine: 84.6 ms before, 82.8 ms after).
//
// The tenth round (issue 9) went for precision, on the same dev pool
// (1,775 sentences; at the start TP 857, FP 93, FN 82, P 0.902, R 0.913).
// Before any change its 93 false alarms were sorted by kind: clauses about
// the agreements themselves (25: their cycle with a moment or frequency 8,
// their scope, status or a reservation on them 7, making, continuing or
// adjusting them 10), agentless passives (15), states and facts (14), a
// vague word in another sense or in a subordinate part (13), acts or
// objects the rules do not read (12), effort or talk with a concrete means
// (9, of which 6 put a role or a named instrument to work), and modals
// with a number or cap (5). Three kinds were built, each seen at least
// three times, with own examples and near-misses (round10_test.go):
//
//	kind                                                     dev pool TP / FP / FN
//	start                                                    857 / 93 / 82
//	14 the agreements' cycle with a moment or frequency      857 / 87 / 82
//	  in new wording (rule kader-cyclus; "elk half jaar")
//	15 a reservation on or the status of the agreements      857 / 84 / 82
//	  as a whole (rule kader)
//	16 putting a role or a named instrument to work          857 / 81 / 82
//	  (rule inzetten-middel, deploy.go)
//
// Kind 14: the labelling rules make governance of the agreements with a
// moment or frequency kader; the rule knew it only where the agreements
// were named with the act. Now also overleg between the parties
// ("Jaarlijks zal er overleg plaatsvinden tussen Thús Wonen en de
// gemeente"), targets adjusted ("of de aantallen bijgesteld moeten
// worden"), the work-out into yearly plans ("Per jaar worden deze
// uitgewerkt in de jaaractiviteiten"), talks in the form of the agreements
// or a bod, and arriving at the agreements by a date ("komen we tot de
// gezamenlijke prestatieafspraken voor 15 december"), all only with a
// moment or frequency; "elk half jaar" was read as half a year's duration
// and is now a schedule. The near-misses stay vague: talk about a topic
// with a frequency ("bespreken jaarlijks de uitkomsten van …", the labels'
// own rule), "Jaarlijks … bepalen hoeveel", adjusting something that is no
// target of the agreements ("In 2017 wordt gekeken of deze wijze van
// toekennen … moet worden bijgesteld"), the cycle without a moment. Kind
// 15: "De afspraken zijn (gemaakt) onder voorbehoud van …", "Alle
// afspraken zijn onder voorbehoud van …", "De prestatieafspraken voor 2017
// zijn hard" (a reservation on one act, "bouwt onder voorbehoud van
// financiering", stays a hedge). Kind 16: "inzetten" in the sense of
// deploying (not "inzetten op", "zich inzetten") is an act, and a role
// noun ("energiecoaches", "energieconciërges") or a capitalised name after
// "de" ("de Voorzieningenwijzer") anywhere in its clause is its object, so
// the passive and the verb-final infinitive count as "zet
// seniorenadviseurs in" did ("Er worden energiecoaches ingezet", "gaan we
// de Voorzieningenwijzer inzetten"); "Er worden woningen ingezet", "Dit
// geld wordt ingezet voor …", a hedge or a wish over it stay vague. None of
// the three made a labelled vague sentence of the dev pool or our own sets
// not vague.
//
// Looked at and not built: subject-first passives with a definite subject
// (6 false alarms, "De casco's worden goed geïsoleerd", "Deze eenheidshuren
// worden direct ingevoerd"; of those with a demonstrative or a name, two
// carry a vague word of their own, "verbeterd", "vernieuwd", so a rule
// would fix one or two, against "De nieuwe woningen moeten duurzaam worden
// gebouwd" and "de wachttijd moet worden verkort" that stay vague); facts
// in the present ("De Wooncoach blijft ook in 2022 actief", "Vrijwilligers
// krijgen een opleiding": 14, no two alike); "komt er een aanspreekpunt"
// (2, against "Er concrete afspraken komen voor" ja); making agreements
// with named parties ("maakt prestatieafspraken met …", labels split as in
// the ninth round); numerals in -tal ("een veertigtal statushouders", 2,
// and "een vijftal speerpunten" in a vague sentence); compliance with a
// taakstelling or norm (3, three different verbs); "maakt gebruik van"
// in that order is no act yet (1 false alarm).
//
// Cross-validated on the dev pool (fallbackcv_test.go, rules alone): 0.902
// / 0.913 before, 0.914 / 0.913 after; the vetoes still gain nothing (the
// logistic scorer at p < 0.2: 0.903 / 0.912 before, 0.915 / 0.912 after).
// Per set before → after: echt.tsv 0.920 / 0.922 → 0.924 / 0.922,
// echt-vers 0.911 / 0.911 → 0.925 / 0.911, echt-vers2 0.879 / 0.887 →
// 0.911 / 0.887, echt-vers3 unchanged (0.750 / 0.931), echt-vers4 0.769 /
// 0.833 → 0.833 / 0.833; our own sets unchanged (1.000 / 1.000, 1.000 /
// 0.984). Measured once at the end, totals only: echt-ongezien 0.887 /
// 0.912 → 0.893 / 0.912 (TP 125, FP 15, FN 12: one false alarm fewer, a
// fallback one); the blind echt-vers5 unchanged, 0.857 / 0.909 (TP 60, FP
// 10, FN 6). The goal of 0.92 / 0.92 on unseen text is still not reached:
// the dev pool's precision rose 1.2 points, unseen text by one sentence,
// because what the dev pool's false alarms share beyond these kinds is
// spread over shapes of one or two cases each. Speed unchanged
// (BenchmarkClassifyNationalParallel, medians of three in one run: 82.2 ms
// before, 82.8 ms after).
//
// The eleventh round (issue 9) went for recall, on the same dev pool
// (1,775 sentences; at the start TP 857, FP 81, FN 82, P 0.914, R 0.913).
// Before any change its 82 misses were sorted by kind (a miss counts once,
// under its first cause):
//
//	kind of miss                                      n   ids
//	a cancelled vague word rescues a sentence that   13   r083 r110 r368 r472 d2096 nC003 nC016
//	  other vague language still governs                  nC033 x053 vB040 vB050 vC025 y012
//	clauses about making or filling in the           11   r047 r174 d0060 d0105 nA016 nB013
//	  agreements, read as kader                           x046 vA023 vC049 vC088 w004
//	a number, label or norm that only selects or      9   r030 r266 d0036 nA056 vA020 r187
//	  names a topic                                       nC046 d2050 r382
//	an act in a subordinate part, an example, a       6   d2004 d2121 vB006 vA003 r159 nB008
//	  title, or after "alle" in a prepositional phrase
//	an effort or modal with a number or norm and no   6   y024 x005 w035 vC022 d0030 r348
//	  date, or a modal the rules do not read
//	a count of parties, places or topics read as a    5   nA004 r193 d2055 nB048 nC091
//	  result
//	starting or continuing work                       5   d1133 d2094 nB105 d0070 d1143
//	a number in a name, a reference or a time phrase  4   r103 nC121 nC119 nB067
//	process acts read as concrete (monitoring,        4   r033 d1016 nC047 x032
//	  dialogues, weighing)
//	a vague degree not read or cancelled by a means   3   d0078 nC018 r263
//	one of a shape                                   16   r443 r454 r491 d1047 d1093 d2139
//	                                                      nA118 nC040 nC048 vB046 vC069 y025
//	                                                      y047 d0110 r204 vA055
//
// Three kinds were built, each with own examples and near-misses
// (round11_test.go):
//
//	kind                                                     dev pool TP / FP / FN
//	start                                                    857 / 81 / 82
//	17 a cancelled match under live vague language           868 / 82 / 71
//	  (verdict.go governedByLive; hedges cancelled first)
//	18 a count of parties, places or topics (signals.go)     872 / 82 / 67
//	19 a label or norm that a preposition makes a selection  876 / 83 / 63
//	  or topic; an income range (signals.go selectingPrep)
//
// Kind 17: a sentence counted as verifiable when any of its vague matches
// was cancelled, even while another, still live, governed it: "wil
// investeren in 20 flexwoningen" (the number cancels "investeren in",
// "wil" needs a date as well), "zoeken naar meer locaties om 2.000 tot
// 2.500 woningen te kunnen bouwen", "werkt toe naar een meer evenwichtige
// verdeling met 30%", "streven ernaar dat er in de 4 Kempengemeenten
// voldoende …" (a count that cancelled "voldoende"). Now a cancelled match
// counts only when no live region of vague language or a hedge covers it;
// a live vague quantity or timing hedge does not count, since it voids
// acts or norms, not the number and date that cancelled the match. Hedges
// are now cancelled before the other matches, and a cancelled hedge no
// longer hides its number and date from them ("investeren in 2021 naar
// verwachting circa € 17 miljoen" stays a target). 11 misses fixed; 1
// false alarm added, which was right before only because "Woonkracht 10"
// was read as a number. Kind 18: "de twee partijen" was no quantity, but
// "6 Oost-Groninger gemeenten", "de vier Kempengemeenten", "vier
// speerpunten", "twee thema's" and "5 elementen" were; a number whose
// unit, after names and adjectives, is a group word, a compound of one
// (-gemeenten, -corporaties, -partijen, -organisaties) or a word for the
// topics of the agreements (thema's, speerpunten, onderwerpen, pijlers, …)
// is no longer one (4 misses fixed, none added; nC091's "één van de
// onderwerpen" is a comparator misread in "is dan ook één", left). Kind
// 19: "woningen met energielabel E, F of G" already selected; now also
// "met een energielabel A, B of C", a label or norm after "voor" as a
// topic ("extra aandacht voor E-, F- en G-labels", "een plan voor het
// aardgasvrij maken van …"), unless "geen" stands before it or a verb
// whose voor-object is the result governs the clause ("zorgt voor", "kiest
// bij nieuwbouw voor"); and an income selects up to the upper bound of a
// range ("met een inkomen tussen circa € 48.000 en € 60.000"). 4 misses
// fixed; 1 false alarm added, which was right before only because a label
// that selects ("in woningen met een energielabel van D of lager") was
// read as a target. On the synthetic corpus kind 19 turns HowMuch off for
// "bevriest de huur van woningen met een energielabel E, F of G" (67
// inputs of the digest); no verdict there changed.
//
// Looked at and not built: the kader clauses (11) would need a kader match
// under vague language to count as vague, but the labels call governance
// of the agreements kader with vague words in it: not counting a kader
// match under a live modal or "ambitie" fixed 1 and broke 2, under any
// live vague word fixed 1 and broke 8 ("Het is de bedoeling dat de
// afspraken elk half jaar worden getoetst", "Jaarlijks gaan we in gesprek
// … in de vorm van prestatieafspraken"); starting work (3 misses, three
// causes: in "gestart met de concretisering en uitwerking" the vague noun
// governs its own conjunct only, not the start; "voorbereiden" is no rule;
// "vorm en inhoud te geven" escapes the pattern of invulling-geven); "alle" in a prepositional phrase that
// makes a bare act verifiable ("voor alle soorten huishoudens worden
// betaalbare woningen gebouwd", 2); monitoring as a concrete act (2); an
// age that cancels ("jongeren tot 30 jaar", 1 left after kind 17); "helft"
// in a time phrase ("in de 1e helft van 2017", 1).
//
// Cross-validated on the dev pool (fallbackcv_test.go, rules alone): 0.914
// / 0.913 before, 0.913 / 0.933 after; the vetoes still gain nothing (the
// logistic scorer at p < 0.2: 0.915 / 0.912 before, 0.914 / 0.932 after).
// Per set before → after: echt.tsv 0.924 / 0.922 → 0.924 / 0.938,
// echt-vers 0.925 / 0.911 → 0.923 / 0.933, echt-vers2 0.911 / 0.887 →
// 0.914 / 0.922, echt-vers3 unchanged (0.750 / 0.931), echt-vers4 0.833 /
// 0.833 → 0.840 / 0.875; our own sets unchanged (1.000 / 1.000, 1.000 /
// 0.984). Measured once at the end, totals only: echt-ongezien unchanged,
// 0.893 / 0.912 (TP 125, FP 15, FN 12); the blind echt-vers5 unchanged,
// 0.857 / 0.909 (TP 60, FP 10, FN 6). The goal of 0.92 / 0.92 on unseen
// text is still not reached: the dev pool's recall rose 2 points and no
// sentence of the two unseen sets changed, so these shapes are not what
// the unseen misses are made of. Speed unchanged
// (BenchmarkClassifyNationalParallel, medians of three in one run: 85.1 ms
// before, 86.3 ms after).
//
// After the eleventh round a new set was collected and labelled before
// the classifier saw it, echt-vers6.tsv (193 sentences from 71 source
// addresses in no other set: corporation and tenant pages, jaarplannen,
// news, two signed agreements, Kamerbrieven), and measured once on
// arrival: precision 0.826, recall 0.901 (TP 100, FP 21, FN 11, TN 61);
// theme from the text 0.824. With echt-vers5 (0.857 / 0.909) this is the
// honest estimate of the classifier on unseen text at the end of the
// fifth session: recall at 0.90–0.91, precision 0.83–0.86, the false
// alarms led by framework clauses in wording not yet known (7 of 21) and
// definite acts without a number (6). echt-vers6 then joined the dev pool
// (cvDevSets) for later rounds.
//
// The twelfth round (issue 9) went for precision, on the dev pool with
// echt-vers6 in it (1,968 sentences; at the start TP 976, FP 104, FN 74,
// P 0.904, R 0.930). Before any change its 104 false alarms were sorted by
// kind (a false alarm counts once, under its first cause):
//
//	kind of false alarm                               n   ids
//	clauses about the agreements themselves:         24
//	  their cycle, monitoring or talk at a fixed     11   d0045 d1150 nB088 r245 r459 u129 vB048
//	  moment, in wording not known                        vC015 nA011 nB015 vB015
//	  what their document lays down                   7   d0006 d0085 d1024 u030 u079 u088 u107
//	  their status, period or relation to others      6   d1123 d2016 u003 u028 u031 vA065
//	effort or talk with a concrete means, a named    15   d1035 d1139 d2003 d2056 d2090 nC106
//	  project or a role                                   r217 r286 r306 r319 r531 u191 vA008
//	                                                      u059 vC051
//	a vague word in another sense or in a            14   nA040 nA047 r175 r229 r269 r346 r365
//	  subordinate part                                    r499 vC041 w042 x004 x042 x070 d1001
//	a number the rules do not read or that lacks     12   d1154 d2125 nA120 nB051 u053 u062
//	  a part (-tal, "zesduizend", an elided unit,         u177 vC030 vC078 w034 w058 w064
//	  a period in the next sentence)
//	acts or objects the rules do not read            11   d0031 d1100 d1140 nC086 r004 u011
//	                                                      u016 u092 vC021 w017 y017
//	keeping to a named norm, guideline, advice,      10   nB076 nB078 nC071 u093 u101 u102
//	  policy or taakstelling                              u148 y016 y044 r423
//	states, facts, rights and modals                 10   d2075 nB045 nC051 nC053 nC088 r292
//	                                                      r507 u014 w021 w024
//	agentless or subject-first passives               8   nB066 nC038 r078 r501 d1046 w027
//	                                                      w055 y020
//
// Three kinds were built, each seen at least three times, with own
// examples and near-misses (round12_test.go):
//
//	kind                                                     dev pool TP / FP / FN
//	start                                                    976 / 104 / 74
//	20 keeping to a named norm (norm.go, evidence evNorm)    976 / 97 / 74
//	21 the document of the agreements (rule kader-document)  976 / 88 / 74
//	22 a benefit residents receive or may claim              976 / 84 / 74
//	  (benefit.go, evidence evBenefit)
//
// Kind 20: the labels read carrying out a named policy or regulation, and
// a quantity fixed elsewhere by name, as definite acts; keeping to a norm
// is the same yes/no fact. (Op)volgen with a party or a name before it,
// "zich conformeren aan", "vasthouden aan", "zich houden aan", "voldoen
// aan", "vallen/blijven binnen" and "conform" before an act count when
// their object is a definite norm word (norm, richtlijn, advies, beleid,
// verordening, regeling, akkoord, wet, taakstelling, grenzen, eisen and
// their compounds: "de richtlijnen van de overheid", "de door het Rijk
// opgelegde taakstelling", "een inflatievolgend huurbeleid") and no vague
// language governs the sentence; nog-te-bepalen no longer reads "gaat de
// landelijke norm volgen" as a deferral. A bare plural ("houdt vast aan
// regionale afspraken", "voldoen aan hoge duurzaamheidseisen"), "volgen
// de ontwikkelingen", a norm that comes ("Daarna volgt het advies") and
// "binnen de grenzen van de gemeente" stay as they were. 7 false alarms
// fixed, none added; left: y016 (under "in goed overleg"), y044 ("gelijke
// tred houden met de stijging van de prijzen", a comparison with no named
// norm), r423 (a passive under "wordt ingezet op"). Kind 21: the labels
// make the scope of the agreements and the parties and period they cover
// kader; new wording of it was what their document lays down as a topic
// or a question ("In dit convenant leggen de partners de lokale
// woonopgaven vast", "In het convenant zijn afspraken vastgelegd over …",
// "spreken … in een convenant af welke prestaties zij … leveren"), what
// it is ("zijn een uitwerking van de … Meerjarenafspraken", "wordt
// beschouwd als 'de prestatieafspraken 2017'") and the years it covers
// ("voor meerdere jaren gemaakt", "die steeds een termijn van vier jaar
// bestrijken"). What is laid down "dat …" or "om …" is still judged by its
// content, and a document in a relative or "zoals" clause frames another
// commitment. 9 false alarms fixed, none added; left: d0006 (document and
// verb 12 words apart), u088 ("volkshuisvestingsprogramma's"), u107
// ("leggen vast welke inspanningen …" without a document, which defers
// like "spreken af hoe"). Kind 22: a benefit that tenants or another group
// of residents receive or may claim ("kunnen vanaf 1 september korting op
// hun huur krijgen", "kunnen huurders … aanspraak maken op
// huurbevriezing", "Vrijwilligers krijgen een opleiding tot
// energiecoaches", "U ontvangt vóór 30 april een brief"). The labelling
// rule reads kan as permission, but the labels of the real sets read a
// right granted to residents as a yes/no fact (4 of 4 in the pool, 2 of
// them right before by other means); a party's permission ("De
// corporatie kan huurders … geven") is still vague. A vague benefit
// (ruimte, aandacht, de kans, inzicht), information without a date, a
// group in a relative clause or after a preposition and other live vague
// language stay vague; a relative clause before the verb ("senioren die
// kleiner gaan wonen aanspraak maken op") is not read yet. 4 false alarms
// fixed (from the rows of rights, facts and unread acts), none added; the
// five labelled vague sentences of this shape in the pool carry other
// vague language ("een beperkte huurverhoging", "extra aandacht", "bij de
// meeste corporaties").
//
// Looked at and not built: the object before an auxiliary's infinitive
// ("Wonen Limburg gaat de woningen bouwen", tried again now that
// "versneld" is a vague degree: 1 fixed, 1 broken, "gaat … de sociale
// overlast in probleembuurten aanpakken"); compound numerals written as
// words ("zesduizend", "drieënveertig": the lexicon knows a closed list; 2
// in the pool, 1 wrong) and -tal numerals (2); "komt er een aanspreekpunt",
// "komen er eenheidshuren" (2, against "Er komt een aanpak om …" ja); a
// universal with a date over "verbeteren" (1); the cycle in new wording
// (11, no two alike, and two where the labels go against their own rules:
// "periodiek gemonitord" and "bod dient afgestemd te zijn" without a
// moment, both nee); named projects as the means (four cases, four
// different obstacles).
//
// Cross-validated on the dev pool (fallbackcv_test.go, rules alone): 0.904
// / 0.930 before, 0.921 / 0.930 after; the vetoes still gain nothing (the
// logistic scorer at p < 0.2: 0.905 / 0.930 before, 0.921 / 0.930 after).
// Per set before → after: echt.tsv 0.924 / 0.938 → 0.931 / 0.938 (FP 39
// → 35), echt-vers 0.923 / 0.933 → 0.940 / 0.933 (FP 21 → 16), echt-vers6
// 0.826 / 0.901 → 0.909 / 0.901 (FP 21 → 10; tuned on, so no estimate of
// unseen text), echt-vers2, echt-vers3 and echt-vers4 unchanged (0.914 /
// 0.922, 0.750 / 0.931, 0.840 / 0.875); our own sets unchanged (1.000 /
// 1.000, 1.000 / 0.984). Measured once at the end, totals only:
// echt-ongezien unchanged, 0.893 / 0.912 (TP 125, FP 15, FN 12); the blind
// echt-vers5 unchanged, 0.857 / 0.909 (TP 60, FP 10, FN 6). The goal of
// 0.92 / 0.92 on unseen text is still not reached: the dev pool's
// precision rose 1.7 points, and no sentence of the two unseen sets
// changed, so these shapes are not what their false alarms are made of.
// Speed (BenchmarkClassifyNationalParallel, medians of five in one run,
// the two builds alternating): 81.6 ms before, 85.4 ms after; on one core
// most of the difference is the patterns of kader-document (without that
// rule the per-agreement time equals the old one).
//
// At the end of the fifth session, after the twelfth round, a seventh
// blind set was collected and labelled before the classifier saw it,
// echt-vers7.tsv (143 sentences from 78 source addresses in no other set,
// 12 gemeenten new to the sets; mostly local news on agreements and
// plans, corporation and tenant pages, begroting pages), measured once
// (figures only): precision 0.847, recall 0.911 (TP 72, FP 13, FN 7, TN
// 51); theme from the text 0.846. With echt-vers5 (0.857 / 0.909, also
// blind) it is the honest figure for unseen text at that point: recall
// just above 0.91, precision about 0.85. The goal of 0.92 / 0.92 is not
// reached.
//
// The thirteenth round (issue 9) went for recall, on the same dev pool
// (1,968 sentences; at the start TP 976, FP 84, FN 74, P 0.921, R 0.930).
// Before any change its 74 misses were sorted by kind (a miss counts once,
// under its first cause; u… are from echt-vers6, the register of unseen
// text):
//
//	kind of miss                                      n   ids
//	clauses about making, filling in or signing the  13   r047 r174 d0060 d0105 nA016 nB013
//	  agreements, read as kader                           x046 vA023 vC049 vC088 w004 u077
//	                                                      u089
//	a number, date or label that is no quantity or   12   r030 r103 r472 d0036 nA056 nB067
//	  deadline of the commitment (a reference, a          nC046 nC091 nC119 nC121 u070 u115
//	  name, a part, a selection, a topic)
//	acts on an abstract or indefinite object read    10   d0110 vB046 u035 u127 u135 r204
//	  as definite (a task, a problem, a place, a          nC040 y025 r263 nC048
//	  bare plural with a year, a name in a later
//	  phrase, a means of ensuring a state)
//	an effort, intention, plan or permission with a   9   r348 d0030 y024 x005 vC022 w035
//	  number or norm and no date, or another's target     r382 y047 d1047
//	an act in a subordinate part, an example, a       9   d2004 d2121 vB006 nB008 r159 vA003
//	  title or a deliverable named as a topic             d2050 d1093 vA055
//	process acts read as concrete (monitoring,        6   r033 d1016 u067 nC047 x032 nA118
//	  dialogues, weighing, mapping)
//	starting, continuing or preparing work            5   d0070 d1133 d1143 d2094 nB105
//	a vague degree or scale not read, or cancelled    5   d0078 nC018 u124 u132 d2139
//	  by a means
//	one of a shape                                    5   r443 r454 r491 u022 vC069
//
// Three kinds were built, each seen at least three times and breaking no
// labelled sentence of the other label in the pool, with own examples and
// near-misses (round13_test.go):
//
//	kind                                                     dev pool TP / FP / FN
//	start                                                    976 / 84 / 74
//	23 a problem, bottleneck or task tackled                 979 / 84 / 71
//	  (rule opgave-aanpakken, word list opgaven)
//	24 more, further or better agreements are no kader       982 / 84 / 68
//	  (an exception in kader, kader-document, kader-cyclus)
//	25 a reference is no quantity or deadline (a standard's  985 / 84 / 65
//	  code, a peildatum or prijspeil, "- 4 A"; signals.go)
//
// Kind 23: "pakken de problemen in wijken … aan", "de knelpunten op de
// … woningmarkt aan te pakken", "deze opgaven … gaan realiseren" name the
// task, not what happens; the article of the task made it a definite
// object, and a date (vB046's "voor 2020") an act with a time. Tackling,
// solving or realising a problem, knelpunt, opgave, uitdaging or
// vraagstuk is now an effort, cancelled by a number ("realiseert de
// opgave van 120 woningen") or a concrete means; a concrete object ("pakt
// de lekkende daken aan") and a named taakstelling are untouched (3 fixed,
// none added). Kind 24: the kader rules read "meer concrete afspraken
// gemaakt" with a year, "nog meer afspraken … wat betreft het tempo" and
// "betere afspraken … tussen organisaties" as clauses about the
// agreements themselves; more, further, better, additional or clearer
// agreements defer their content ("nadere afspraken" was already a
// deferral), so an exception in kader, kader-document and kader-cyclus
// lets the deferral decide; the agreements made with a moment or
// frequency, the parties that make them and a document that frames
// further agreements ("vormt het kader voor … waarin nadere afspraken
// worden gemaakt") stay kader (3 fixed, none added). Kind 25: the
// labelling rules make a reference no quantity; a standard's code ("NEN
// 7120 NV"), a reference date or price level ("(peildatum 01-01-2018)",
// "prijspeil 2016") and a number with a single capital letter that codes a
// section ("prestatieafspraken - 4 A") were read as a quantity or a
// deadline; they now join "artikel 3" and "fase 2" (3 fixed, none added;
// a norm beside its prijspeil keeps its number).
//
// Looked at and not built: monitoring as study, so that a date does not
// rescue it ("In 2018 monitoren we het passend en betaalbaar toewijzen",
// the labels' rule for informing and for monitoring without a moment):
// with monitoring of the agreements or their voortgang still kader with a
// moment or frequency, it fixed 2 (d1016, u067) and broke 2 (r394, whose
// label makes "Gedurende het gehele jaar monitoren de partijen de
// voortgang" kader where d1016's nearly identical sentence is vague, and
// nA046, monitoring followed by an intervention at a numeric threshold);
// vague scales and numerals ("op bescheiden schaal", "duizenden",
// "omlaag brengen": 1 fixed, u124; u132's effort is cancelled by a label
// under "meer", d2139's sale by "jaarlijks" in a concession); a kader
// match under a live intention or effort (3 more fixed, r047, d0060,
// vC088; 17 broken: "Het is de bedoeling dat de afspraken elk half jaar
// worden getoetst", "Deze overeenkomst kan alleen … worden ontbonden"); "mogen"
// as permission (u115's number selects, y047 and d1047 carry a cap the
// labels do not count: three shapes).
//
// Cross-validated on the dev pool (fallbackcv_test.go, rules alone, which
// are not trained, so the same as the pool): 0.921 / 0.930 before, 0.921
// / 0.938 after; the vetoes still gain nothing (the logistic scorer at p <
// 0.2: 0.921 / 0.930 before, 0.921 / 0.937 after). Per set before →
// after: echt.tsv 0.931 / 0.938 → 0.931 / 0.942 (FN 31 → 29), echt-vers
// 0.940 / 0.933 → 0.941 / 0.944 (FN 18 → 15), echt-vers2 0.914 / 0.922 →
// 0.915 / 0.939 (FN 9 → 7), echt-vers6 0.909 / 0.901 → 0.911 / 0.919 (FN
// 11 → 9), echt-vers3 and echt-vers4 unchanged (0.750 / 0.931, 0.840 /
// 0.875); our own sets unchanged (1.000 / 1.000, 1.000 / 0.984); the
// synthetic corpus unchanged (the digest gained only the new rule's
// examples and a counter-example of kader-cyclus). Measured once at the end, figures only: echt-ongezien 0.893
// / 0.912 → 0.887 / 0.912 (TP 125, FP 16, FN 12: one false alarm added,
// with a vague word behind it; no miss fixed); the blind echt-vers5
// unchanged, 0.857 / 0.909 (TP 60, FP 10, FN 6); the blind echt-vers7
// unchanged, 0.847 / 0.911 (TP 72, FP 13, FN 7). Caveat: the floor test
// of echt-ongezien, run in the package tests while the kinds were built,
// failed once, so it was known before the end that its precision had
// fallen below 0.89; its misses were not read and nothing was changed
// because of it. The goal of 0.92 / 0.92 on unseen text is still not
// reached: the dev pool's recall rose 0.8 points and no miss of the three
// unseen sets was fixed, so what they miss is not these shapes. Speed
// unchanged (BenchmarkClassifyNationalParallel, medians of five in one
// run, the two builds alternating: 85.3 ms before, 84.8 ms after).
//
// The fourteenth round (issue 9) tested three hypotheses of the lead
// instead of shapes found in the dev pool: general syntactic-semantic
// kinds that a reader of the labelling rules applies and the rules did
// not. They came from reading misses of echt-ongezien.tsv, which is
// therefore contaminated; each was counted on the dev pool (1,968
// sentences; at the start TP 985, FP 84, FN 65, P 0.921, R 0.938) before
// anything was built, from the pool's errors and, where it could be built
// quickly, a prototype measured on the pool (own examples and near-misses
// in round14_test.go):
//
//	hypothesis                                      dev errors   fixed  broken  built
//	a a bare plural or mass object on a restricted       5          2      0      yes
//	  set is definite (kind 26, restricted.go)
//	b verb-final order in a dat/om-clause: "niet …       0          0      0      no
//	  leidt tot", a result state with a deadline
//	c an effort whose means or object names a count      1          1   4–31     no
//	  commits to it
//
// Kind 26: an act on a bare plural or mass object whose set is restricted
// by a trigger event ("bij mutatie", "bij renovatie", "bij nieuwe
// verhuringen") or by a place after op, in, bij or aan whose noun carries
// met, zonder or a relative clause ("op woningen met een plat dak", "bij
// huurders van Mitros die dat zelf niet kunnen") is an act on a definite
// object, by a named party or in a passive. A created object is no set
// ("bouwt woningen op locaties die daarvoor geschikt zijn"), nor a group
// the act is for ("voor huishoudens met …"), one place ("op een woning
// met …"), a place name ("op woningen in Ede"), or a restriction no one
// can check ("in wijken waar het minder goed gaat": the one labelled
// vague sentence the first prototype broke, u134). Of the five dev errors
// of the shape, two are fixed (d1046, u011); the other three have a
// second obstacle: an act the rules do not read ("voeren maatregelen uit
// zoals …", where "zoals" breaks the separable verb; "maatregelen worden
// genomen" in verb-final order; "komen er eenheidshuren"). Hypothesis b:
// the shapes are real on own examples ("dat isolatie … niet tot een
// huurverhoging leidt", "dat de EFG-labels uiterlijk eind 2028 verdwenen
// zijn" are vague now), but the dev pool holds no error of them: "leidt
// niet tot" stands once in it, in main-clause order and right; the agreed
// complements with a state and a deadline (r071, d1071, y011, r422, …)
// are right through their numbers, a comparison or "geen"; the one
// negation in a dat-clause among the errors (r459) is held by its hedge
// ("in beginsel"); a prototype (both shapes in constraint.go and
// agreed.go) changed no dev verdict, so nothing was built. Hypothesis c goes against the labels: an effort with a counted
// deliverable and no date is labelled vague ("werken verder aan de
// realisatie van ten minste 8 maatwerkwoningen", "wordt gewerkt aan het
// bouwen van meer dan honderd …", "zet zich maximaal in om … 30% … te
// realiseren"), as the labelling rule for effort says (a number and a
// date make a target); of the dev errors only d1154 ("maken snel werk van
// de bouw van … dertig flexwoningen") has the shape. Cancelling effort by
// a number alone (a prototype) fixed 4 and broke 31; limited to an
// effort on a counted object it would fix 1 and break at least 4 (r276,
// nA106, nC108, vB043, counted by hand among the pool's vague verdicts
// with a number; not prototyped). TestCountedEffortStaysVague guards the
// labels' reading.
//
// Cross-validated on the dev pool (fallbackcv_test.go, rules alone):
// 0.921 / 0.938 before, 0.923 / 0.938 after (FP 84 → 82); the vetoes
// still gain nothing (the logistic scorer at p < 0.2: 0.921 / 0.937
// before, 0.923 / 0.937 after). Per set before → after: echt.tsv 0.931 /
// 0.942 → 0.933 / 0.942 (FP 35 → 34), echt-vers6 0.911 / 0.919 → 0.919 /
// 0.919 (FP 10 → 9), echt-vers, echt-vers2, echt-vers3 and echt-vers4
// unchanged (0.941 / 0.944, 0.915 / 0.939, 0.750 / 0.931, 0.840 / 0.875);
// our own sets unchanged (1.000 / 1.000, 1.000 / 0.984); the synthetic
// corpus unchanged (the results digest is identical). Measured once at
// the end, figures only: echt-ongezien (contaminated) 0.887 / 0.912 →
// 0.886 / 0.905 (TP 124, FP 16, FN 13: one labelled vague sentence lost,
// no false alarm fixed, although the hypotheses came from its misses);
// the blind echt-vers5 unchanged, 0.857 / 0.909 (TP 60, FP 10, FN 6); the
// blind echt-vers7 unchanged, 0.847 / 0.911 (TP 72, FP 13, FN 7). So the
// general kinds did not carry over either: one is not in the dev pool's
// errors at all, one goes against the labels, and the one built moved the
// dev pool by two sentences and unseen text by none (or one the wrong
// way). The goal of 0.92 / 0.92 on unseen text is still not reached.
// Speed unchanged (BenchmarkClassifyNationalParallel, medians of five in
// one run, the two builds alternating: 87.6 ms before, 87.1 ms after).
//
// The fifteenth round (issue 9) went back to the dev pool's errors, with
// echt-vers9 in it (2,087 sentences; at the start TP 1,028, FP 99, FN 75,
// P 0.912, R 0.932). echt-vers9 (corporation, tenant and news register)
// brought mostly false alarms of geen-toetsbaar-resultaat on states,
// facts and rules without a number. Before any change all 174 errors were
// sorted by construction (an error counts once, under its first cause):
//
//	kind of false alarm (99)                          n   ids
//	effort or talk with a concrete means, a named    19   r217 r306 r319 r531 d1035 d1139 d2003
//	  project or a role (a makelaar, a coach, a           nC106 vC051 u191 r229 r269 r286 d2056
//	  Voorzieningenwijzer), or a named one continued      u059 r507 k027 vA008 d1001
//	states, facts, rights and rules without an act   20
//	  a definite subject in a state or role; a right   7   k062 nC051 r175 d2075 k001 k003 k004
//	  a rule that applies (eerst, naar rato van,       6   k093 k083 y017 k115 k028 nB015
//	    conform, plaatsvinden in)
//	  a definite act in force (stopt per direct,       5   k016 w027 d1140 k096 nB045
//	    wordt direct ingevoerd, gaan van start)
//	  a negative state; an ensured universal           2   k076 k073
//	clauses about the agreements themselves, in      16   r245 r459 d0006 d0045 d1150 d2016
//	  wording not known                                   nA011 vA065 vB015 vB048 vC015 u088
//	                                                      u107 u129 k022 k097
//	acts or objects the rules do not read            15   r004 r078 r501 d0031 d1100 nB066
//	  (subject-first passives, "komt er een …",           nC038 nC086 vC021 w017 w021 w024
//	  the object before an auxiliary's infinitive)        w064 y020 u016
//	a vague word that counts (een extra, het          13   nB051 w042 k006 w055 w058 r346
//	  merendeel, de meeste) or stands in a                nA047 d2090 x004 x042 x070 r499
//	  subordinate part or another sense                   nA040
//	a number the rules do not read or that lacks a   10   vC030 vC041 vC078 u062 u177 nA120
//	  part                                                k059 u053 w034 d2125
//	a named norm or comparison under vague language   3   y016 y044 r423
//	a dated or counted effort                         3   nC088 d1154 r365
//
//	kind of miss (75)                                 n   ids
//	an act in a subordinate part, an example, a      13   d2004 d2050 d2121 nB008 d1093 vA055
//	  title or a topic                                    vB006 nA118 nC091 vA003 r491 nC119
//	                                                      nC046
//	clauses about making the agreements read as      11   r047 r174 d0060 d0105 nA016 vC049
//	  kader                                               vC088 w004 u077 u089 k032
//	a vague degree or quality not read or cancelled  11   d0078 nC018 d1047 u124 u132 k042
//	  (fors, gematigd, een bepaald, transparante,         k045 d2139 vC069 k011 r263
//	  snelle, bescheiden schaal)
//	an effort, intention, plan or permission with a  10   r348 d0030 y024 x005 y047 u115
//	  number and no date, or another's target             k061 vC022 k103 w035
//	process acts read as concrete (monitoring,        9   r033 d1016 u067 nC047 x032 r443
//	  dialogues, weighing, lobbying, adjusting)           r454 u022 nB067
//	acts on an indefinite or abstract object read     8   r159 r204 nC040 u127 u135 k017
//	  as definite                                         nC048 y025
//	starting, continuing or preparing work            7   d0070 d1133 d1143 d2094 nB105 k067
//	                                                      r472
//	a number that is no quantity of the commitment    4   r030 k058 d0036 nA056
//	  (an age, a lifetime, a price in a purpose)
//	an intention in verb-final order not read         2   r382 k048
//
// Three kinds were built, each explaining three dev errors and breaking no
// labelled sentence of the other label in the pool or our own sets, with
// own examples and near-misses (round15_test.go):
//
//	kind                                                     dev pool TP / FP / FN
//	start                                                    1,028 / 99 / 75
//	27 a definite subject in a checkable state (state.go,    1,028 / 96 / 75
//	  evidence evState)
//	28 an age or a lifetime is no quantity (describes.go)    1,031 / 96 / 72
//	29 a quality no one can measure (vage-hoeveelheid:       1,034 / 96 / 69
//	  "een bepaald", vergelijkbare, transparante, snelle)
//
// Kind 27: a copula (is, zijn, blijft, wordt) after a definite subject
// (article, demonstrative or possessive and its noun, a "van" phrase
// allowed) with a predicate of one or two words that is no evaluative,
// ambition, attitude, degree or comparative word, has no article or
// preposition and is no passive ("Ons huurbeleid is inflatievolgend",
// "De wijk Te Werve wordt focuswijk", "De Wooncoach blijft ook in 2022
// actief in Maassluis") is a yes/no fact, in a sentence no vague match
// governs. The ambition lines stay vague by their predicates ("De
// woningen zijn duurzaam en toekomstbestendig", "buurten zijn schoon,
// veilig en goed onderhouden", "De HVO is nauw betrokken", "De gemeente
// Schagen is verantwoordelijk voor …", "zijn en blijven elkaars
// natuurlijke partner") or their bare subject ("Wijken zijn groen …").
// 3 false alarms fixed, none added; left in its row: d2075 (the same state
// in a dat-clause after "afgesproken": reading it fixes d2075, but round
// 5's near-miss in syntaxkinds_test.go holds "Afgesproken is dat de
// huurdersvereniging volwaardig partij is in het overleg" vague, against
// d2075's label; left for the lead to decide) and the three rights
// (k001 "dan is dat mogelijk", k003 "recht hebben op", k004 "kan met de
// spijtoptantenregeling terugkeren": three constructions, one sentence
// each). Kind 28: a duration that bounds the age of a group of people
// ("jongeren en starters tot 30 jaar", "van 65 jaar of ouder", "huurders
// die ouder zijn dan 75 jaar") or stands in a relative clause on a noun
// ("woningen die 10 tot 15 jaar op een locatie mogen blijven staan") says
// whom or what, not how much, like "met een inkomen tot € 40.000"; it is
// set aside (regions.go, describedDuration). 3 misses fixed, none added;
// the duration of the act ("twaalf maanden lang", "voor maximaal twee
// jaar") and a response time ("binnen drie maanden") still count. Round
// 14's example "De klusdienst van Woonstede voert kleine reparaties uit
// bij huurders die ouder zijn dan 75 jaar" had been concrete through the
// age alone (no party is its subject), so its subject is now Woonstede
// and it tests kind 26 as meant; 83 synthetic items "benadert in 2026
// alle huurders van 75 jaar en ouder" keep their verdict and type (a
// universal carrying the verdict alone now types as resultaat) but lose
// SMART What. Kind 29: the vage-maat category knew "voldoende",
// "passend", "fors"; a quality of the object that no one can measure is
// the same vagueness ("garanderen de huurders een bepaald warmtecomfort
// tegen vergelijkbare warmtekosten", "een transparante prijs … betalen",
// "draagt zorg voor snelle opvolging"); "voor bepaalde tijd" (a contract
// term) is not matched and a number still cancels. 3 misses fixed, none
// added; in the synthetic corpus 22 vague "streven naar een open en
// transparante werkwijze" items gain a flag, and two labelled
// Resultaatafspraak by their document now take that type.
//
// Looked at and not built: subject-first passives with a definite subject
// again (round 12's row; now 4 fixed, r501 vC051 w027 w055, and 3 broken,
// d2141 "Dit geld wordt onder meer ingezet voor …", nC060 "De komende
// maanden worden bijeenkomsten georganiseerd", vB014 "De
// duurzaamheidsopgave wordt gezamenlijk opgepakt …"; 2 broken with the
// time phrase excluded); rules that apply (6, but each with its own
// marker: "eerst" three times, of which nB015's is held by a live
// "overleg" and "als eerste" is vague in r067 and concrete in r188; "naar
// rato van", "conform" after the verb and "plaatsvinden in" once each);
// an immediate time ("stopt per direct", "wordt direct ingevoerd": 2);
// majority quantifiers ("De meeste", "Het merendeel": 2, and r544 "bij de
// meeste corporaties" is vague); plans described ("staat … op stapel",
// "heeft een eerste plan gemaakt van circa 30": 2, vC022's plan is
// cancelled by its number and "dit jaar"); a sentence that opens with an
// example ("Bijvoorbeeld door …", "Denk aan …": 2, and nC038 "Bijvoorbeeld
// in Reusel worden er tiny houses geplaatst" is concrete); "iedereen" as
// a universal (k073; r390 would break); "er komt een aanspreekpunt" (2,
// and k058's "komen er tijdelijke woningen" is vague); continuing a
// generic activity (d0070, d1143: 2).
//
// Cross-validated on the dev pool (fallbackcv_test.go, rules alone,
// which are not trained, so the same as the pool): 0.912 / 0.932 before,
// 0.915 / 0.937 after (0.915 / 0.932 after kind 27, 0.915 / 0.935 after
// kind 28); the vetoes still gain nothing (the logistic scorer at p <
// 0.2: 0.912 / 0.929 before, 0.915 / 0.935 after). Per set before →
// after: echt.tsv 0.933 / 0.942 → 0.935 / 0.946 (FP −1, FN −2),
// echt-vers 0.941 / 0.944 → 0.944 / 0.948 (FP −1, FN −1), echt-vers9
// 0.717 / 0.811 → 0.742 / 0.868 (FP −1, FN −3), echt-vers2, echt-vers3,
// echt-vers4 and echt-vers6 unchanged (0.915 / 0.939, 0.750 / 0.931,
// 0.840 / 0.875, 0.919 / 0.919); our own sets unchanged (1.000 / 1.000,
// 1.000 / 0.984). Measured once at the end, figures only: echt-ongezien
// (contaminated) unchanged, 0.886 / 0.905 (TP 124, FP 16, FN 13); the
// blind echt-vers5 unchanged, 0.857 / 0.909 (TP 60, FP 10, FN 6); the
// blind echt-vers7 unchanged, 0.847 / 0.911 (TP 72, FP 13, FN 7); the
// blind echt-vers8 0.872 / 0.904 (TP 75, FP 11, FN 8), as at its first
// measurement. So no
// verdict of unseen text moved: the pool's errors that are left come one
// or two of a construction, and the three kinds that reach three are not
// what the unseen sets' errors are made of. The goal of 0.92 / 0.92 on
// unseen text is still not reached. Speed unchanged
// (BenchmarkClassifyNationalParallel, medians of nine in one run, the two
// builds alternating: 96.2 ms before, 94.8 ms after, on a machine slower
// than that of round 14).
//
// The sixteenth round (issue 9) went back to the dev pool's errors (2,087
// sentences; at the start TP 1,034, FP 96, FN 69, P 0.915, R 0.937), with
// the lead's warning that the blind sets had not moved for two rounds:
// kinds fitted to three dev sentences do not carry, so few and broad
// kinds were sought. Before any change all 165 errors were sorted by
// construction into seven broad kinds (each the union of round 15's small
// kinds, named after it; an error counts once; sets are of the seven in
// the pool, sources distinct source addresses):
//
//	broad kind (round 15's rows)                        n   sets  sources
//	false alarms (96)
//	A a checkable predicate the rules do not read:     32    7      29
//	  a definite subject in a state, a passive act or
//	  an event ("stopt per direct", "worden direct
//	  ingevoerd"), a right, a rule that applies, and
//	  acts or objects not read ("komt er een …")
//	B vague language beside a concrete commitment: a   38    7      36
//	  means, named project or role (19), a vague word
//	  in another sense or a subordinate part (13), a
//	  named norm under vague language (3), a dated or
//	  counted effort (3)
//	C clauses about the agreements in wording not      16    5      16
//	  known
//	D a number not read or lacking a part               10    6      10
//	misses (69)
//	E a commitment read where the main predicate has   29    6      29
//	  none: an act in a subordinate part, example,
//	  title or topic (13), an indefinite object read
//	  as definite (8), starting, continuing or
//	  preparing work (7), a number that is no quantity
//	  (1)
//	F clauses about making the agreements read as      11    6      11
//	  kader
//	G vague language not read or cancelled wrongly: a  29    7      29
//	  degree (8), an effort, plan or permission with a
//	  number and no date (10), process acts read as
//	  concrete (9), an intention in verb-final order
//	  (2)
//
// Two kinds were built, each breaking no labelled vague sentence of the
// pool or our own sets, with own examples and near-misses
// (round16_test.go):
//
//	kind                                                     dev pool TP / FP / FN
//	start                                                    1,034 / 96 / 69
//	30 a definite subject with a checkable predicate beyond  1,034 / 89 / 69
//	   the copula: a passive act, or a verb that says it
//	   starts, stops, takes place or applies (fact.go,
//	   evidence evActParty and evEvent); 7 fixed, from 4
//	   sets and 7 sources
//	31 a named instrument or a role put to work is evidence  1,034 / 84 / 69
//	   of its own (means.go, evidence evMeans); 5 fixed,
//	   from 2 sets and 5 sources
//
// Kind 30 is the half of broad kind A that kind 27 left: the definite
// subject that opens a main clause, in a sentence no vague match governs,
// now carries a passive act ("Deze eenheidshuren worden direct
// ingevoerd", "De huurovereenkomst wordt eerst voor een jaar afgesloten",
// "Het merendeel van de woningen zal worden aangeboden in …") or an event
// verb (stoppen, vervallen, gelden, geschieden, eindigen; starten and
// beginnen when not "met" what is started; "vindt … plaats", "gaan … van
// start", also inverted: "gaan de werkzaamheden … van start"). Rounds 12
// and 15 had tried the subject-first passive bare and dropped it (it broke
// "De komende maanden worden bijeenkomsten georganiseerd", "De
// duurzaamheidsopgave wordt opgepakt", "Dit geld wordt onder meer ingezet
// voor …"); the guards that keep those vague are general, not fitted: no
// evaluative, ambition, degree or comparative word in the subject or
// predicate (the ambition lines: "De nieuwe woningen moeten duurzaam
// worden gebouwd", "worden energiezuiniger gemaakt"), no time or task as
// subject, no process act, no means put to work (deploy.go judges that);
// what grows or goes on ("zal toenemen", "gaat door") is not an event.
// Fixed: w027, w055, k093 (passive), k016, k083, d1140, y017 (event).
// Kind 31 is the part of broad kind B where the means is the commitment:
// a means only cancelled effort and vague measures (round 9), so a
// sentence whose verb the rules do not read ("We geven statushouders een
// 'zachte landing' via het project Welkom in de wijk", "krijgt een vervolg,
// onder meer via Operatie Steenbreek") fell to the fallback, and a name
// that opens with "van" ("het project van Groot naar Beter") was not read
// as one. A means in a sentence with no vague region is now evidence; a
// named channel after "via" (not a party), a name that opens with "van",
// "de" or "het" and "gebruik maken van" a role written as a hyphenated
// compound are means; a sentence that only gives an example ("Bijvoorbeeld
// door de inzet van wooncoaches.") is left out, which kept d0055. Fixed:
// r217 (its second sentence "Dit doen ze onder meer met een
// doorstroommakelaar"), r229, r286, r319, vA008.
//
// Looked at and left out: the degree of the act ("investeert fors in …
// door …", "op bescheiden schaal nog gesloopt"): moving the uninflected
// fors, flink, gematigd and "op … schaal" to vage-graad, which only a
// number cancels, and letting a degree inside a cancelled effort's words
// govern it fixed 2 (d0078, u124), broke none, and so stayed below three;
// the other six of its row are each their own mechanism (a number in a
// concession, "en het verduurzamen" read as a new clause, "omlaag", an
// example). Starting, continuing or preparing a generic activity (broad
// kind E, 7): the labels split on the same shape (d1143 "gaat door met
// het verduurzamen van haar woningen" ja, r186 "pakken in 2021 door met
// het verduurzamen van hun woningen" nee; k067 "bereidt de bouw van circa
// 36 woningen voor" ja, nA068 "start met de voorbereiding van de
// herstructurering van ruim 300 woningen" nee). Clauses about the
// agreements (C and F, 27 together): the labels split there too (nA011
// "waar nodig … aangepast" kader, u089 "worden regelmatig geactualiseerd"
// vague; round 13's r394 and d1016), and round 13's kader-under-effort
// rule broke 17. "Er komt een …" with a singular object: 1 (w021; r228
// "Er komt een aanpak" stays vague by its task word). Majority and
// partitive quantifiers over whom a rule or benefit serves (w042, x004,
// k006): three sentences, three mechanisms (x004's "beperkte" is read as
// the verb beperken). Numerals: "zesduizend" and a number whose unit is
// elided ("met zo'n 1500 worden verminderd"): 1 each. d2075 left as it
// was.
//
// Cross-validated on the dev pool (fallbackcv_test.go, rules alone, not
// trained, so the same as the pool): 0.915 / 0.937 before, 0.920 / 0.937
// after kind 30 as first built (FP 90; its subject was then widened to
// any prepositional phrase, which fixed y017), 0.925 / 0.937 after both
// (FP 84); the vetoes
// still gain nothing (the logistic scorer at p < 0.2: 0.915 / 0.935
// before, 0.925 / 0.937 after). Per set before → after: echt.tsv 0.935 /
// 0.946 → 0.944 / 0.946 (FP 33 → 28), echt-vers2 0.915 / 0.939 → 0.923 /
// 0.939 (FP 10 → 9), echt-vers3 0.750 / 0.931 → 0.794 / 0.931 (FP 9 →
// 7), echt-vers4 0.840 / 0.875 → 0.875 / 0.875 (FP 4 → 3), echt-vers9
// 0.742 / 0.868 → 0.780 / 0.868 (FP 16 → 13), echt-vers and echt-vers6
// unchanged (0.944 / 0.948, 0.919 / 0.919); no miss added or fixed; our
// own sets unchanged (1.000 / 1.000, 1.000 / 0.984). The results digest
// changed for one input, a counter-example of rule toedelen ("Deze regel
// geldt voor alle woningen." is now a rule that applies). Measured once at
// the end, figures only: echt-ongezien (contaminated) unchanged, 0.886 /
// 0.905 (TP 124, FP 16, FN 13); the blind echt-vers5 unchanged, 0.857 /
// 0.909 (TP 60, FP 10, FN 6); echt-vers7 unchanged, 0.847 / 0.911 (TP 72,
// FP 13, FN 7); echt-vers8 unchanged, 0.872 / 0.904 (TP 75, FP 11, FN 8);
// echt-vers10 0.738 / 0.929 → 0.752 / 0.929 (TP 79, FP 28 → 26, FN 6).
// Caveat: while kind 30 was built, the package tests (run for the own
// near-misses) showed echt-vers5's recall floor failing once (0.894: one
// labelled vague sentence lost) with the first prototype, which also
// failed round 10's own near-miss "Dit geld wordt ingezet voor de
// leefbaarheid."; the guard added for that near-miss (no deployed means)
// brought echt-vers5 back to its figure. Nothing else of a blind set was
// seen. So the broad kinds moved two false alarms of unseen text
// (echt-vers10) and none of the other blind sets; the goal of 0.92 /
// 0.92 on unseen text is still not reached. Speed: on this round's
// machine BenchmarkClassifyNationalParallel is above 100 ms for the code
// before the round as well (medians of nine in one run, the two builds
// alternating: 137.7 ms before, 142.4 ms after, each run spread over
// 121–151 ms), so the difference is within the noise and the 100 ms goal
// could not be checked here.
//
// The seventeenth round (issue 9) went on from the sixteenth's broad
// kinds (2,087 sentences; at the start TP 1,034, FP 84, FN 69, P 0.925,
// R 0.937), to the kinds not yet built: C and F (clauses about the
// agreements), D (numbers), E (a commitment read where the main
// predicate has none) and G (vague language not read). Before any change
// all 153 errors were sorted again by construction (an error counts once,
// under what made the verdict; sets are of the seven in the pool,
// sources distinct source addresses):
//
//	broad kind and its rows                             n   sets  sources
//	false alarms (84)
//	A a checkable predicate the rules do not read      26    7      24
//	  a right or possibility conferred (k001 k003       4    2       2
//	    k004 nA040)
//	  a negative state; an ensured universal (k073       2    1       2
//	    k076)
//	  a rule that applies (r004 nB015 k115 u016)         4    4       4
//	  acts or objects not read: er komt/komen, a        15    6      15
//	    verb-final or subject-first passive, a
//	    nominal act, an act done (r078 d0031 d1100
//	    w017 vC021 w021 w024 nB066 x070 r501 k096 y020
//	    nC038 nB045 nC086)
//	  d2075, left as it is                               1    1       1
//	B vague language beside a concrete commitment      30    7      29
//	  a means, named project or pilot (r269 r306 r507   13    4      12
//	    r531 d1001 d1035 d1139 d2003 d2056 nC106 u059
//	    u191 k027)
//	  a vague word in another sense or a subordinate    11    5      11
//	    part (r346 r499 d2090 nA047 x004 x042 vC051
//	    w042 k006 w058 vC041)
//	  a named norm under vague language (r423 y016       3    2       3
//	    y044)
//	  a dated or counted effort (r365 d1154 nC088)       3    2       3
//	C clauses about the agreements in wording not      17    5      17
//	  known (r245 r459 d0006 d0045 d1150 d2016 nA011
//	  vA065 vB015 vB048 vC015 u088 u107 u129 k022
//	  k028 k097)
//	D a number not read or lacking a part              11    6      11
//	  a count written as one word or with its noun      5    4       5
//	    left out (u177 vC078 w064 nA120 u062)
//	  a number whose date, cap or unit stands           6    6       6
//	    elsewhere (nB051 vC030 w034 u053 k059 d2125)
//	misses (69)
//	E a commitment read where the main predicate has   28    6      28
//	  none
//	  an act or number in a subordinate part, a        8    2       8
//	    title or an apposition (r472 d2004 d2050
//	    d2094 nA118 d1093 r443 r030)
//	  a means given as an example (d2121 vB006 k011)     3    3       3
//	  a topic or priority named (nC091 nC119 vA055       4    2       4
//	    vA003)
//	  an object read as definite (r159 r204 nB008        8    5       8
//	    nC040 y025 u127 u135 k017)
//	  starting, continuing or preparing work (d0070      5    3       5
//	    d1133 d1143 nB105 k067)
//	F clauses about making the agreements read as      13    6      13
//	  kader or concrete
//	  making or signing them under an intention          3    2       3
//	    (r047 d0060 vC088)
//	  other wording (r174 d0105 nA016 nB067 nC046      10    6      10
//	    vC049 w004 u077 u089 k032)
//	G vague language not read or cancelled wrongly     28    7      28
//	  a degree or growth with no measure (d0078         8    4       8
//	    nC018 d1047 u124 nC048 d2139 u132 vC069)
//	  an effort, plan or permission with a number and  10    7      10
//	    no date (r348 y024 k061 vC022 w035 k103 u115
//	    y047 d0030 x005)
//	  process acts read as concrete (r033 d1016 u067    7    3       7
//	    r454 nC047 x032 u022)
//	  an intention in verb-final order or a hedge not   3    2       3
//	    read (r382 k048 r491)
//
// Five kinds were built, each from three or more sources and breaking no
// labelled vague sentence of the pool or our own sets, with own examples
// and near-misses (round17_test.go); the pool after each, cumulative:
//
//	kind                                                     dev pool TP / FP / FN
//	start                                                    1,034 / 84 / 69
//	32 making or signing the agreements under an intention   1,037 / 84 / 66
//	   is no kader clause (intended.go); 3 fixed, 2 sets,
//	   3 sources
//	33 a degree or growth with no measure, which a means     1,040 / 84 / 63
//	   does not cancel (rule vage-graad, degree.go); 3
//	   fixed, 3 sets, 3 sources
//	34 a count written as one word or with its noun left     1,040 / 80 / 63
//	   out (numeral.go); 4 fixed, 4 sets, 4 sources
//	35 a means given as an example commits to nothing        1,043 / 80 / 60
//	   (example.go); 3 fixed, 3 sets, 3 sources
//	36 a definite word that is not the object ("voor alle    1,046 / 80 / 57
//	   …", an inverted subject; verdict.go, inversion.go);
//	   3 fixed, 2 sets, 3 sources
//
// Kind 32 (F): a kader clause sets an arrangement; a wish to make or sign
// the agreements ("hopen … de prestatieafspraken te kunnen ondertekenen",
// "stellen we de ambitie om opnieuw meerjarenafspraken te maken",
// "willen we … een onderzoek afronden en vervolgens prestatieafspraken
// maken") sets none, so a kader match whose words make or sign, under a
// live vague region of effort type (willen, now with hopen, ambitie,
// streven, kunnen), or after one when its verb is an infinitive the
// intention still governs across "en", is no kader. Round 13 read every
// kader match under an effort and broke seventeen (an evaluation, a
// dissolution under "kan"); limited to making and signing it broke none.
// Fixed: r047, d0060, vC088. Kind 33 (G): the rule vage-graad, cancelled
// by a number only, now also holds the degree adverbs that
// vage-hoeveelheid had (fors, flink, gematigd, which a means cancelled
// there), "op bescheiden/beperkte/kleine/grote schaal" and growth
// (toenemen, groeien, "neemt … toe"), and a live degree governs an effort
// that a means cancelled (governedByLive): the means says how, not how
// much. This is round 16's "degree of the act" (2 then) with growth as
// the third. Fixed: d0078, u124, nC048. "versnellen" was tried and left
// out (it fixed none and moved the type of 12 synthetic items to
// resultaat), and "omlaag" too (it broke r381, a dated pilot "waarbij ze
// de woonlasten omlaag brengen"). The others of the row are each their
// own mechanism: nC018's "en het verduurzamen" read as a new clause, the
// law's 1% in d1047's concession, d2139's sale with "jaarlijks" in its
// concession, u132's label under "meer", vC069's product with a
// frequency. Kind 34 (D): a compound numeral ("zesduizend",
// "eenendertig") or an approximate "-tal" numeral ("een veertigtal", "een
// tweetal") is read from its parts and gets the class of the listed
// numerals; "duizenden", "tientallen", "achten" are not numerals; a
// number followed by "andere" or "overige" has its noun before ("en nog
// 368 andere"). Fixed: u177, vC078, w064, nA120. "zo'n" as a comparator
// before a bare number fixed u062 and cost one labelled vague sentence of
// echt-ongezien (seen only as TestSecondLabeller's figure falling below
// its floor, not read), so it was left out. Kind 35 (E): a sentence that
// opens with "Bijvoorbeeld door" or "Denk aan" gives no evidence, and
// acts and signals in a means clause "door … bijvoorbeeld …" are voided:
// what an example of how names is not promised. An example of where or
// which stays (nC038 "Bijvoorbeeld in Reusel worden er tiny houses
// geplaatst" and d2090 are labelled concrete; both were and stay false
// alarms for other reasons). Fixed: d2121, vB006, k011. Kind 36 (E): what
// made the object definite was not the object: "voor alle …" names whom
// an act is for (r159 "voor alle soorten huishoudens worden betaalbare
// woningen gebouwd", nB008 "voor alle generaties"; "in alle woningen" and
// "voor iedere kandidaat" still count, a rule example and ongezien o063
// need them), and objectAfter took the capitalised inverted subject
// ("Daarnaast realiseren Waterweg Wonen en Samenwerking huurwoningen …")
// for a named object. Fixed: r159, nB008, r204.
//
// Looked at and left out. The candidate the lead named first, a checkable
// state or fact against evaluative ambition adjectives: kinds 27 and 30
// read the main-clause shapes; what is left of broad kind A are single
// constructions (rights: "dan is dat mogelijk", "recht hebben op", "kan …
// terugkeren"; "zorgen we ervoor dat iedereen …"; "zullen niet … te zien
// zijn"; "eerst" twice, with a live "overleg" in nB015), and a state in
// the complement of agreeing ("Een van de afspraken is dat alle nieuwe …
// woningen geschikt zijn voor …", x042) is one sentence besides d2075,
// which was left as it is. Clauses about the agreements (C and F
// other wording, 27): the labels split on the same shapes, so nothing was
// built: k022 "In deze overeenkomst staat hoe we de komende vier jaren
// met elkaar samenwerken" kader against u077 "In de overeenkomst zijn
// afspraken gemaakt over de samenwerking voor de komende vier jaar" vague;
// nA011 "periodiek gemonitord en waar nodig … aangepast" kader against
// u089 "worden regelmatig geactualiseerd" vague; vA065 "maakt
// prestatieafspraken met …" concrete against nC046 and nB067 (making
// agreements) vague. Conditional adjustment ("waar nodig … bijgestuurd",
// "zodra … tegen het licht gehouden") is consistent but reaches two
// sentences with wording the kader rules do not know. Starting,
// continuing or preparing (E, 5): the labels split, as round 16 found.
// Monitoring with a date as study (G, 3: r033, d1016, u067): the labels
// split (r394 kader against d1016 vague). An effort, plan or permission
// with a number and no date (G, 10): ten sentences, seven constructions
// ("zou … moeten" beyond the rule's window, "gaan ervoor om", a list
// after "stuurt op de volgende doelstellingen:", another's target, a
// response time read as a date, "staat op stapel", "mogen" with a number
// that selects or a cap the labels do not count). Continuing a named
// pilot ("de pilot … door te zetten", "wordt de proef … omgezet naar een
// reguliere aanpak"): 2. Topics named (E, 4): four mechanisms ("één van
// de onderwerpen", "1-2-persoons", "ligt het accent op", a theme's quoted
// name). Numbers whose date or unit stands elsewhere (D, 6): one each
// ("Dit gebeurt in de komende vijf jaar" in the next sentence, "draagt …
// 4,4 miljoen euro bij" with "de komende jaren", "een extra medewerker",
// …). The inverted subject alone (kind 36's r204) was 1, the beneficiary
// alone 2; together they are one construction, a definite word read as
// the object.
//
// Labels that the labelling rules seem to contradict (not changed): vC022
// "heeft concrete plannen liggen om dit jaar te starten met de bouw van
// zo'n honderd sociale huurwoningen" ja, where a quantified and dated
// intention is nee; d1154 "maken … snel werk van de bouw van … ongeveer
// dertig flexwoningen" nee and w034 "De bedoeling is de grond … te
// verpachten … voor … iets meer dan 140.000 euro" nee, where an effort or
// intention with a number and no date is ja; w058 "In 2018 worden er … een
// aantal levensloopbestendige woningen opgeleverd" nee, where "een aantal"
// is vague content; x070 "In Veghel, Sint-Oedenrode en Schijndel komen
// lokale samenwerkingsnetwerken" nee, against k058 "komen er tijdelijke
// woningen" ja (a bare plural created with no number).
//
// Cross-validated on the dev pool (fallbackcv_test.go, rules alone, not
// trained, so the same as the pool): 0.925 / 0.937 before, 0.929 / 0.946
// after kinds 32–35, 0.929 / 0.948 after kind 36; the vetoes still gain
// nothing (the logistic scorer at p < 0.2: 0.925 / 0.937 before, 0.929 /
// 0.947 after). Per set before → after: echt.tsv 0.944 / 0.946 → 0.945 /
// 0.958 (FN 27 → 21), echt-vers 0.944 / 0.948 → 0.948 / 0.955 (FP 15 →
// 14, FN 14 → 12), echt-vers2 0.923 / 0.939 → 0.932 / 0.957 (FP 9 → 8,
// FN 7 → 5), echt-vers3 0.794 / 0.931 → 0.818 / 0.931 (FP 7 → 6),
// echt-vers6 0.919 / 0.919 → 0.928 / 0.928 (FP 9 → 8, FN 9 → 8),
// echt-vers9 0.780 / 0.868 → 0.783 / 0.887 (FN 7 → 6), echt-vers4
// unchanged (0.875 / 0.875); our own sets unchanged (1.000 / 1.000,
// 1.000 / 0.984). The results digest changed in flags only (gematigd now
// explained by vage-graad, an Info flag on "groeit" beside a number) and
// by vage-graad's new examples; no verdict or type of the synthetic corpus
// moved. Measured once at the end, figures only: echt-ongezien
// (contaminated) unchanged, 0.886 / 0.905 (TP 124, FP 16, FN 13); the
// blind echt-vers5 unchanged, 0.857 / 0.909 (TP 60, FP 10, FN 6);
// echt-vers7 unchanged, 0.847 / 0.911 (TP 72, FP 13, FN 7); echt-vers8
// unchanged, 0.872 / 0.904 (TP 75, FP 11, FN 8); echt-vers10 0.752 /
// 0.929 → 0.775 / 0.929 (TP 79, FP 26 → 23, FN 6). So the misses of the
// dev pool fell by twelve and its false alarms by four, but on unseen
// text again only echt-vers10's false alarms moved; the goal of 0.92 /
// 0.92 on unseen text is still not reached. Speed: on this round's
// machine (two cores, one of them busy elsewhere: load about 1.1)
// BenchmarkClassifyNationalParallel was above 100 ms before as well
// (medians of nine in one run, the two builds alternating: 107.3 ms
// before, 105.5 ms after, spread over 94–122 and 98–119 ms; an earlier
// run of nine gave 112.1 and 116.4), so the difference is within the
// noise and the 100 ms goal could not be checked here. A profile of the first build showed
// the compound-numeral test at 4% of the time (it ran on every word the
// lexicon does not know); it now asks the word's last letter first.
//
// The eighteenth round (issue 9) went on from the seventeenth's broad
// kinds (2,087 sentences; at the start, main 6f129f0, TP 1,046, FP 80, FN
// 57, P 0.929, R 0.948), with the lead's pointer to the fallback's false
// alarms on statements that report a fact, a plan or a state (the
// fallback alone is right 157 of 187 times on the pool, about 7 in 10 on
// the blind sets). Before any change all 137 errors were sorted again by
// construction (an error counts once; sets are of the seven in the pool,
// sources distinct source addresses); the rows of A were re-cut by
// construction, which moved d0006, vC015 (a passive) and k028 (a norm
// kept) out of C, and d2094 (a plan in a prepositional phrase) from E to
// G:
//
//	broad kind and its rows                             n   sets  sources
//	false alarms (80)
//	A a checkable predicate the rules do not read      29    7      27
//	  a passive or perfect with a definite subject      7    5       7
//	    whose verb or auxiliary the rules do not know
//	    (k096 y020 d0006 vC015 nB045 r078 nB066)
//	  er komt/komen … (w021 w024 x070)                  3    2       3
//	  a named party's act or object not read: the       6    5       6
//	    object before an infinitive, a pronoun, a
//	    plural compound deliverable, a means, a norm
//	    (w017 d0031 vC021 nC086 d1100 k028)
//	  a right or possibility conferred (k001 k003       4    2       2
//	    k004 nA040)
//	  a rule that applies (r004 nB015 k115 u016)         4    4       4
//	  a negative state; an ensured universal (k073       2    1       2
//	    k076)
//	  an example of where; an evaluative predicate       2    2       2
//	    (nC038 r501)
//	  d2075, left as it is                               1    1       1
//	B vague language beside a concrete commitment      30    7      29
//	  (rows as in the seventeenth round: a means,
//	  project or pilot 13; a vague word in another
//	  sense 11; a named norm under vague language 3; a
//	  dated or counted effort 3)
//	C clauses about the agreements in wording not      14    5      14
//	  known (r245 r459 d0045 d1150 d2016 nA011 vA065
//	  vB015 vB048 u088 u107 u129 k022 k097)
//	D a number not read or lacking a part (nB051        7    6       7
//	  vC030 w034 u053 k059 d2125 u062)
//	misses (57)
//	E a commitment read where the main predicate has   21    6      21
//	  none: a subordinate part, title or apposition
//	  (r472 d2004 d2050 nA118 d1093 r443 r030: 7), a
//	  topic (nC091 nC119 vA055 vA003: 4), an object
//	  read as definite (nC040 y025 u127 u135 k017: 5),
//	  starting, continuing or preparing (d0070 d1133
//	  d1143 nB105 k067: 5)
//	F clauses about making the agreements (r174       10    6      10
//	  d0105 nA016 nB067 nC046 vC049 w004 u077 u089
//	  k032)
//	G vague language not read or cancelled wrongly     26    7      26
//	  a degree with no measure (nC018 d1047 d2139       5    4       5
//	    u132 vC069)
//	  a plan described (k103 w035 d2094 vC022)          4    4       4
//	  an effort or permission with a number and no      7    5       7
//	    date (r348 y024 k061 u115 y047 d0030 x005)
//	  process acts read as concrete (r033 d1016 u067    7    3       7
//	    r454 nC047 x032 u022)
//	  an intention in verb-final order or a hedge not   3    2       3
//	    read (r382 k048 r491)
//
// Two kinds were built, each from three or more sources and breaking no
// labelled sentence of the other label in the pool or our own sets, with
// own examples and near-misses (round18_test.go); the pool after each,
// cumulative:
//
//	kind                                                     dev pool TP / FP / FN
//	start                                                    1,046 / 80 / 57
//	37 a passive read by its auxiliary and the form of its   1,046 / 76 / 57
//	   participle (done.go, evidence evDone); 4 fixed,
//	   4 sets, 4 sources
//	38 a plan described (rule plannen-beschreven: "staat …   1,049 / 76 / 54
//	   op stapel", a plan already made; a match with its
//	   own "om" kept in a prepositional phrase, match.go);
//	   3 fixed, 3 sets, 3 sources
//
// Kind 37 (A, the lead's candidate): a passive with a definite subject
// names what is acted on, and whether that was done is a yes/no fact
// whatever the verb; kind 30 and passive.go read it only for an act the
// lexicon knows, and only with wordt/worden, so a verb outside the
// lexicon of acts ("Dit type overlast wordt na een melding door de
// woningcorporatie in behandeling genomen", "De taakstellingen per
// provincie worden … vertaald naar regionale woondeals", "worden de
// afspraken opnieuw tegen het licht gehouden") and the inverted perfect
// passive ("In de prestatieafspraken … zijn de friends-contracten
// opgenomen") fell to the fallback. The lexicon knows the vague verbs, so
// a participle that no rule matched is read by its form (ge-…d/t/en, a
// separable particle before it, be-/ver-/ont-/her- before a final d or
// t), with the subject first (wordt/worden/werd/werden) or after the
// auxiliary (also is/zijn/was/waren). The guards are what the checkable
// state and fact of kinds 27 and 30 already ask (no live vague region, no
// evaluative, ambition, degree or comparative word, no time or task as
// subject, no "er"), the stop at a dependent clause and at the complement
// of saying ("is afgesproken dat …" is agreed.go's; the first prototype
// read on into "is de afspraak dat vanaf de start rekening wordt gehouden
// met …", x044, and broke it), and two found with own near-misses before
// any pool run could show them: a light verb whose noun is the
// idiom ("wordt de nadruk gelegd op", "is de eerste stap gezet", "wordt
// de lat hoog gelegd") counts only after a fixed prepositional phrase
// ("in behandeling genomen", "tegen het licht gehouden", "in gebruik
// genomen"), and participles of consulting, seeking, pooling or
// supporting that the rules do not know as talk ("worden de huurders
// gehoord", "wordt de verbinding gezocht", "wordt de kennis gebundeld",
// "worden de bewoners ontlast") or that describe ("is gericht op", "is
// gebaseerd op") are not read. Fixed: k096, y020, d0006, vC015. The
// active perfect ("Ook hebben de gemeenten ingestemd met een verhoging
// van de vrije toewijzingsruimte", nB045) was read in the first prototype
// and fixed it too, but left out: its object may be anything and its
// light-verb idioms are many ("hebben de partijen elkaar gevonden"); a
// passive in a dat-clause after agreeing (r078 "… dat bij het geplande
// onderhoud ook duurzaamheidsmaatregelen worden genomen") has a bare
// subject and a light verb, and the labels split on that shape (nC024,
// x044 vague); nB066's "zal er … worden gevormd" has no definite subject.
// Kind 38 (G): round 9's plannen-beschreven read "heeft plannen om", "de
// plannen van … om", "de planning is om" as an intention, which only a
// number with a date makes a target (r477 "hebben plannen om voor in
// totaal € 64 miljoen te investeren in 2019" is nee); "Zo staat er een
// renovatieproject in Budel op stapel, waar 42 woningen een opfrisbeurt
// krijgen" and "heeft een eerste plan gemaakt van circa 30 permanente
// wooneenheden" describe a plan in words the rule did not know, and "Dat
// past ook bij de plannen van gemeente en Woonpalet om in 2023 te starten
// met …" was dropped as a noun in a prepositional phrase. The rule now
// holds "staat/staan … op stapel" and "@hebben … plan/plannen gemaakt",
// and a vague match that runs on to its own "om" is kept in a
// prepositional phrase: the plan with its purpose is what the sentence
// reports, where "budget voor het onderzoek" only qualifies. Fixed: k103,
// w035, d2094; vC022 ("heeft concrete plannen liggen om dit jaar te
// starten met de bouw van zo'n honderd sociale huurwoningen", labelled ja)
// stays a miss: its number and date make the plan a target, as in r477.
//
// Looked at and left out. "Er komt/komen …" (A, 3: w021, w024, x070):
// the labels split on a bare plural created with no number (k058 "komen
// er ook tijdelijke woningen" ja, x070 "komen lokale
// samenwerkingsnetwerken" nee), and the singular (w021 "komt er een
// aanspreekpunt") is one sentence. A named party's act not read (A, 6):
// six constructions; the object before an infinitive after gaan/zal
// (w017, d0031) was tried and fixed one while breaking nB050 ("gaat …
// de sociale overlast in probleembuurten aanpakken"), and plural compound
// deliverables ("*voorstellen", "*plannen") fixed nC086 while breaking
// d2064 ("In 2023 gaat de gemeente verder met het maken van woonplannen
// per dorp"). Rights (A, 4) come from two sources, and the possibility
// offered to tenants (nA040 "biedt huurders de mogelijkheid om …") is what
// benefit.go leaves out on purpose ("de kans om", "mogelijkheid"). Rules
// that apply (4) have four markers. Monitoring with a year (G: r033,
// u067) is 2 (d1016 is about the agreements, and r394 "Gedurende het
// gehele jaar monitoren de partijen de voortgang …" is nee). A permission
// with a floor but no cap (u115) and continuing a named pilot (u059,
// k027) stay below three. B, C, E and F as the seventeenth round found
// them: single constructions or labels that split.
//
// Cross-validated on the dev pool (fallbackcv_test.go, rules alone, not
// trained, so the same as the pool): 0.929 / 0.948 before, 0.932 / 0.948
// after kind 37, 0.932 / 0.951 after kind 38; the vetoes still gain
// nothing (the logistic scorer at p < 0.2: 0.929 / 0.947 before, 0.932 /
// 0.950 after). Per set before → after: echt.tsv 0.945 / 0.958 → 0.947 /
// 0.960 (FP 28 → 27, FN 21 → 20), echt-vers2 0.932 / 0.957 → 0.940 /
// 0.957 (FP 8 → 7), echt-vers3 0.818 / 0.931 → 0.824 / 0.966 (FN 2 → 1),
// echt-vers4 0.875 / 0.875 → 0.913 / 0.875 (FP 3 → 2), echt-vers9 0.783 /
// 0.887 → 0.800 / 0.906 (FP 13 → 12, FN 6 → 5), echt-vers and echt-vers6
// unchanged (0.948 / 0.955, 0.928 / 0.928); our own sets unchanged (1.000
// / 1.000, 1.000 / 0.984). The results digest changed only by the three
// new examples of plannen-beschreven; no verdict, type or flag of the
// synthetic corpus moved. Measured once at the end, figures only:
// echt-ongezien (contaminated) unchanged, 0.886 / 0.905 (TP 124, FP 16,
// FN 13); the blind echt-vers5 unchanged, 0.857 / 0.909 (TP 60, FP 10, FN
// 6); echt-vers7 unchanged, 0.847 / 0.911 (TP 72, FP 13, FN 7);
// echt-vers8 unchanged, 0.872 / 0.904 (TP 75, FP 11, FN 8); echt-vers10
// unchanged, 0.775 / 0.929 (TP 79, FP 23, FN 6). So echt-vers5, 7 and 8
// have not moved for four rounds, and this time echt-vers10 did not move
// either: the pool's passives with an
// unknown verb and its described plans are not what the blind sets'
// errors are made of, and the goal of 0.92 / 0.92 on unseen text is still
// not reached. Speed: the machine of this round was loaded by other work
// (the same build ran BenchmarkClassifyNationalParallel at 91 to 390 ms),
// so the two builds were alternated: eleven runs each gave medians of
// 171.7 ms before and 181.4 ms after (ratio 1.06; the ratio of each
// pair's runs has median 1.03; fastest runs 91.4 and 91.9 ms), and on one
// core (BenchmarkClassifyNational, 15 iterations per run, seven runs each)
// 208.6 ms before and 201.5 ms after (ratio 0.97, fastest 187.6 and 181.3
// ms). A CPU profile of the new build has no sample in passiveDone, which
// runs only for a sentence that no other evidence carried; so the kinds
// cost nothing that this machine can measure, and the 100 ms goal holds
// for both builds only in the quiet runs.
//
// The nineteenth round (issue 9) looked for broad changes instead of
// kinds (start: main 9e4c66d, pool TP 1,049, FP 76, FN 54, 0.932 /
// 0.951; F1 per fold of the cross-validation by gemeente 0.952 0.928
// 0.962 0.937 0.932). r19exp_test.go logs the pool, the folds and what a
// try gains or loses by set and fold. Tried (pool after it, against the
// build of its time):
//
//	try                                                   TP / FP / FN   +/-
//	open-class act: a party, a verb no rule knows, a      1,043/74/60   +2 -7
//	  definite object after it; with a time in the        1,049/75/54   +1 -0
//	  sentence; with a name after the verb; an unknown    1,048/75/55   +1 -2
//	  infinitive after gaan/zullen                        1,049/76/54    0
//	a pronoun subject zij/ze counts as the parties        1,046/74/57   +0 -3
//	a definite antecedent of a relative clause's act      1,047/73/56   +1 -2
//	kind 30's subject-first passive merged into kind 37   1,048/76/55   +0 -3
//	the act gaan/zullen put last has its object before    1,049/74/54   +2 -0
//
// The open class loses, in four of five folds: the verbs it admits are
// mostly vague ones the rules do not list (denken … te, voorzien, helpen,
// coördineren, bepalen … in welke), and of the pool's 26 false alarms
// that the fallback alone explains only four have a verb the rules do not
// know (r004, nB045, u088, k028); the rest are known acts in shapes the
// verdict does not read (rights, er komt, a pronoun, clauses about the
// agreements). Kept is grammar, not lexicon: "Wonen Limburg gaat de
// woningen bouwen" commits to what "bouwt de woningen" does, so
// objectBefore also reads the object of an act that ends a main clause
// headed by gaan or zullen (auxHeads; moeten, mogen added nothing), and
// dezelfde/hetzelfde are definite there; it fires on at most nine pool
// sentences and fixes w017 and d0031 (two sets, two folds), below the
// three a kind needs, kept as the verb-second rule read in the other word
// order. "overlast" and "woonoverlast" joined the problems of
// opgave-aanpakken, or nB050 ("gaat … de sociale overlast … aanpakken")
// broke. Ablation of rounds 9–18 (temporary switches for code kinds, not
// kept; rule kinds by taking out their rule or patterns); what removal
// costs the pool in errors (folds): kind a 2 (3), 12+33 rule 9 (4), 13+38
// rule 7 (4), 14 45 (5), 16 3 (3), 17 9 (5), 18 5 (3), 19 3 (4), 20 5
// (2), 21 9 (5), 22 3 (2), 23 3 (2), 24 2 (2), 26 3 (3), 27 3 (3), 28 3
// (2), 29 3 (2), 30 7 (4), 31 4 (3), 32 3 (3), 33 1 (1), 34 4 (3), 35 3
// (3), 36 3 (3), 37 4 (2), 38 1 (1); 15 and 25 are not separable. Every
// kind costs something, so none was removed (33, degreeGoverns, and 38, a
// match's own "om", cost d0078 and d2094). Most change exactly the
// sentences they were built for; on sets that joined the pool after a
// kind was built, kind 14 fixes four (echt-vers6), 17 two, 26 one
// (echt-vers9), 19 one and breaks one, the rest of rounds 9–14 none.
// After the round: pool 1,049 / 74 / 54 (0.934 / 0.951), CV the same
// (vetoes 0.934 / 0.950 at p < 0.2), folds 0.952 0.928 0.965 0.939
// 0.932; own sets unchanged; digest: 52 synthetic items gain an
// opgave-aanpakken flag, no verdict or type moved; floor echt-vers3 0.82 →
// 0.84. Once at the end, figures only, all unchanged: echt-vers5 0.857 /
// 0.909, echt-vers7 0.847 / 0.911, echt-vers8 0.872 / 0.904, echt-vers10
// 0.775 / 0.929 (together 0.834 / 0.914), echt-ongezien 0.886 / 0.905.
// Speed, start and end builds alternated on a machine loaded by others
// (runs of 82–270 ms): BenchmarkClassifyNationalParallel -cpu 2, 51 runs
// each, medians 89.1 and 89.6 ms (1.006; of the runs under 100 ms 86.0
// and 86.0), fastest 81.8 and 82.7; one core, nine quiet runs each,
// 164.1 and 167.9 ms (1.023; pair ratio 1.006). auxHeads has no sample in
// a CPU profile.
//
// New text, eighth session. Two dev sets were collected from sources no
// rule had seen (echt-vers11.tsv, 204 sentences, mostly news reporting
// agreements; echt-vers12.tsv, 193, corporation pages on service,
// maintenance and leefbaarheid, convenants) and joined the pool. Their
// arrival figures are the freshest view of unseen text: 0.783 / 0.883
// and 0.695 / 0.848. A verdict with a vague word behind it held 72 of 82
// and 69 of 84 times, one resting only on the fallback 11 of 24 and 20
// of 44: on text of these registers the fallback is a coin toss, which
// is why Result.OnlyMissing exists and the UI marks such verdicts "minder
// zeker". Of the fallback-only verdicts by their signals (who, what,
// when, a bare act, type), "nothing at all, proces" was right 8 and wrong
// 12 times on the new sets against 33 and 6 on echt.tsv; "what and an
// act, no party or time, resultaat" 8 and 11 against 44 and 5: the news
// and corporation registers report concrete arrangements impersonally
// ("er komen", passives, "huurders krijgen"), which the old sets'
// agreements rarely do. TestFallbackVetoTransfer (-vague-transfer) asks
// whether a learned veto of the fallback carries over: trained on the
// older sets and scored on the two new ones as they arrived, the
// logistic scorer of the fourth round vetoing below p 0.6 takes 0.735 /
// 0.864 to 0.766 / 0.854 (FP 62 → 52, FN 27 → 29), below 0.9 to 0.803 /
// 0.779; a signal table vetoes nothing, and a scorer trained on the
// fallback-only verdicts alone barely (0.771 / 0.844 at 0.9). A small
// gain bought with recall, on sets now tuned on, so not adopted.
//
// The twentieth round (issue 9) took the errors of the two new dev sets,
// echt-vers11.tsv and echt-vers12.tsv (397 sentences from sources no rule
// had seen; on arrival 0.783 / 0.883 and 0.695 / 0.848; pool TP 1,221, FP
// 138, FN 81) and sorted all 89 by construction before any change (an
// error counts once; sources are distinct addresses; "old" is what the
// same construction explains among the older sets' errors as round 18
// sorted them). 37 of the 62 false alarms rest on the fallback alone:
//
//	kind                                            n  v11 v12 sources old
//	A a checkable predicate not read                32  11  21    25    23
//	  rules or deadlines for residents 7, passives with a bare, "er" or
//	  split subject 6, er komt … 4, a party's act or object not read 9,
//	  a constraint with the object fronted 3, a dated state or other 3
//	B vague words beside a concrete commitment      14   4  10    13    15
//	  in a purpose clause 6 (6 sources), in another sense 8 (8)
//	C clauses about the agreements                   9   5   4     7    14
//	  the agreements named otherwise 5 (3 sources), the collaboration
//	  described 2, other wording 2
//	D a number not read                              3   3   0     3     7
//	E a routine or arrangement labelled nee          4   0   4     4     0
//	misses (27 sources): a commitment where the main predicate has none
//	7, making the agreements 2, an intention with a number and no date 4
//	(old 7), process acts read as concrete 5 (old 7), a vague permission
//	or benefit 4, vague content or condition 3, a horizon or span 2
//
// Built (round20_test.go), the one kind with a single mechanism and three
// sources in the new sets: 39, the agreements named by a word the kader
// rules did not know (rules kader-benaming, kader-benaming-cyclus): the
// singular ("wordt elk jaar een nieuwe prestatieafspraak gemaakt"), a
// woonakkoord ("indien nodig actualiseren we dit Woonakkoord"), a raam- or
// samenwerkingsovereenkomst and its looptijd, the translation into yearly
// agreements ("uitgewerkt in een jaarafspraak"; every such sentence of the
// pool is kader); making a new one needs a moment, as in kader-cyclus.
// Pool 1,221 / 138 / 81 → 1,221 / 133 / 81: n019, n021, n039, s078, s080
// fixed (3 sources), no miss added, no old error of this kind; no verdict
// of the synthetic corpus moved (the digest changed by the new rules' own
// examples). Tried and left out, each under three: a fronted purpose
// clause without a comma ending at the finite verb after its te-verb
// (fixed n200 only; the main clauses of s006 and s178 are an inverted
// modal passive and an "er" passive), and no clause break at an "en"
// between a name and a name, number or determiner (fixed n040 and n158,
// broke vC004, left s005). A, B and G are unions of single mechanisms
// (seven verbs and objects in A's party row, three markers of a rule that
// applies, four ways an intention escapes); "er komt …" stays out for the
// labels that split (k058 ja, n119 nee); D's three numbers are three.
//
// Cross-validated (rules alone): 0.898 / 0.938 → 0.902 / 0.938 (logistic
// veto p < 0.2: 0.902 / 0.935 → 0.904 / 0.935). echt-vers11 → 0.806 /
// 0.883 (FP 20), echt-vers12 → 0.706 / 0.848 (FP 37); older sets and our
// own (1.000 / 1.000, 1.000 / 0.984) unchanged. Once at the end, figures
// only, all as after round 18: echt-ongezien 0.886 / 0.905, echt-vers5
// 0.857 / 0.909, echt-vers7 0.847 / 0.911, echt-vers8 0.872 / 0.904,
// echt-vers10 0.775 / 0.929. Speed (BenchmarkClassifyNationalParallel,
// -cpu 2, the two builds alternated, eleven runs each, twice, on a loaded
// machine): medians 124.8 → 126.6 ms and 97.0 → 97.6 ms (ratios 1.014,
// 1.006; pair ratios 1.017, 0.975), within the noise and the 3% bound.
//
// After the twentieth round (lead, eighth session): the object of a
// verb-final act stays when a party stands between it and the act after a
// preposition ("gaat haar woningen in de gemeente Assen verkopen"): a
// party after a preposition is no subject, as everywhere else (found by
// round 19 on s126; pool FP 130 → 129, nothing else moved, digest
// unchanged; TestObjectBeforePartyAfterPreposition).
//
// The twenty-first round (issue 9) worked on recall, the figure nearest
// the bar on unseen text. At the start (main c176af5) the pool was TP
// 1,222, FP 129, FN 77 (0.905 / 0.941); all 77 misses were sorted by
// construction first (what made the verdict: a quantity 20, a party's act
// 14, a cancelled match 12, an act with a time 11, kader 9, a dated
// product 6, an agreed complement 3, a state 1, a means 1):
//
//	kind (n, sets, sources)                          misses
//	an intention or effort with a number, no date    r348 k061 s018 y024 s012 s159 vC022
//	  (13, 7, 13)                                    x005 r030 n053 d0030 s036 s125
//	a modal's scope read too short (4, 3, 4)         n040 n167 r382 k048
//	a vague permission or condition (5, 4, 5)        y047 u115 s101 d1047 r491
//	process acts read as concrete (14, 5, 14)        r033 u067 d1016 x032 n145 n143 s123
//	                                                 u022 r454 nC047 n089 d2004 s119 n038
//	starting, continuing, preparing (7, 3, 7)        k067 d0070 d1143 d1133 nB105 r472 d2050
//	clauses about the agreements (11, 7, 11)         r174 d0105 nA016 vC049 w004 u077 u089
//	                                                 k032 s089 nB067 nC046
//	a topic, purpose or description (15, 6, 15)      nC091 nC119 vA003 vA055 n079 s025 s110
//	                                                 n063 y025 s016 nA118 d1093 r443 vC069 s057
//	an act on a bare plural (5, 4, 5)                n175 k017 u127 u135 nC040
//	a degree not read (3, 3, 3)                      nC018 u132 d2139
//
// Built (round21_test.go), each fixing three misses from three sources
// and breaking none: 40, a modal's scope across "en" (modalscope.go):
// every "en" starts a clause, so willen/kunnen stopped at an "en" joining
// two objects of one infinitive, two infinitives or two complements; a
// part whose act ends it with no finite verb of its own, or that opens
// "en dat/om", now shares the modal, and a verb-final modal reaches back
// over such parts to its subordinating word (n040, n167, r382). 41,
// intention wording not read: "het plan is om" (plannen-beschreven),
// "gaan … ervoor om" (ambitie), "zou … moeten" around a long middle field
// (willen, venster 16): k061, s018, r348. Pool after each 1,225 / 129 /
// 74, 1,228 / 129 / 71; CV (rules alone) the same, F1 0.922 → 0.925
// (veto p < 0.2: 0.908 / 0.938 → 0.908 / 0.943); echt.tsv recall 0.960 →
// 0.964, echt-vers9 0.800 / 0.906 → 0.803 / 0.925, echt-vers11 0.825 /
// 0.895 → 0.829 / 0.916; own sets and synthetic verdicts unchanged.
// Left out: a party's intention that willen's exception drops in a
// dat/die clause (k048 only); a product in a prepositional phrase as no
// deliverable (fixed vA055, broke x055, u029); a process as agreed
// complement (x032, n143, n145: three mechanisms); bare "locaties" as no
// means (2); a response time under streven (2). Labels split: monitoring
// during the year (d1016 ja, r394 nee), agreements made about a topic for
// a period (u077 ja; vA030, vB065 nee), a bare plural made available
// (n175, k017 ja; s049 nee). Once at the end, figures only, unchanged:
// echt-vers5 0.857 / 0.909, echt-vers7 0.847 / 0.911, echt-vers8 0.872 /
// 0.904, echt-vers10 0.775 / 0.929 (together FN 27), echt-ongezien 0.886
// / 0.905. Speed (BenchmarkClassifyNationalParallel -cpu 2, start and end
// builds alternated, two batches of 15 runs each, loaded machine, 84–252
// ms): medians 140.3 → 138.8 and 161.9 → 134.4 ms (pair ratios 0.995 and
// 0.986), fastest runs 84.8 → 84.4 ms: within the noise and the 3% bound.
//
// Are the labels the limit? In the sixth session a second labeller (a
// separate helper that never saw the sets) labelled echt-ongezien.tsv and
// echt-vers6.tsv again from the shuffled sentences and the labelling
// rules alone (testdata/labelled/tweede, TestSecondLabeller). The two
// labellings agree on vaag for 257 of 260 (kappa 0.977) and 184 of 193
// (kappa 0.906) sentences; the classifier agrees with the set's labels on
// 0.892 and with the second labeller's on 0.881 of echt-ongezien (P / R
// against the second labeller 0.879 / 0.899). Both labellers are of one
// kind and read the same rules, so this shows that the rules are
// reproducible rather than how far two people would agree; but it does
// say that the gap to 0.92 / 0.92 is the classifier's, not noise in the
// labels: a reader of the rules gets to 0.95–0.99 on the same sentences.
//
// A word scorer, ninth session (issue 9). With 2,484 labelled real
// sentences in the dev pool (three times the 800 of the fourth round's
// scorer), the question was asked again without the rule state, which
// the rules' tuning on the pool would flatter: an L2 logistic regression
// over the folded words, word pairs and the first and last six letters of
// long words (wordscorer_test.go, -vague-words; figures only). In
// five-fold cross-validation by gemeente on the pool it reaches AUC 0.894
// (0.803 / 0.836 at p 0.5); trained on the whole pool, AUC 0.901 on the
// 820 sentences of the held-out and older blind sets and 0.885 on the 191
// of echt-vers13a/b: the words alone nearly match the rules on unseen
// text (0.825 / 0.860 against 0.849 / 0.911). Combinations were chosen
// on the 820 (a grid of vetoes of 0–0.5 and promotions of 0.85 up, the
// three best by F1 kept) and measured once on the 191:
//
//	combination                                 820 held-out+blind   191 new blind
//	rules alone                                 0.849 / 0.911        0.784 / 0.906
//	veto fallback p<0.4, promote p≥0.9          0.870 / 0.920        0.817 / 0.885
//	veto fallback p<0.4                         0.879 / 0.902        0.830 / 0.865
//	veto fallback p<0.4, word p<0.15, promote   0.886 / 0.902        0.832 / 0.875
//
// The first measurable gain on unseen text in three rounds (precision +3
// to +5 points for 1–4 points of recall), and still well short of 0.92 /
// 0.92. It was wired into the classifier as a veto of fallback-only
// verdicts and taken out again the same hour: it takes back the
// labelling rules' own canonical vague agreements. "De corporatie bouwt
// woningen." scores p 0.18, "De corporatie gaat woningen bouwen." 0.24,
// "Daarna worden woningen verduurzaamd." 0.30: a bag of words learns that
// "bouwt" and "woningen" come with concrete agreements, because in real
// text they mostly come with a number, and cannot see that the number is
// what is missing here. Six own-example tests of earlier rounds failed
// for that reason. With the rules' signals (who, what, when, a bare act,
// type) as features the scorer is better on its own (AUC 0.925 and 0.898;
// the canonical sentences 0.35, 0.38, 0.51, 0.25) but agrees with the
// rules where they err, so its combinations gain less (0.872 / 0.907 and
// 0.802 / 0.885 for the veto below 0.4) and still veto two of the four
// canonical sentences. Vetoing only where the rules found no bare act,
// so that those sentences stay vague (chosen after the table, by that
// reason alone): 0.863 / 0.907 and 0.814 / 0.865 (FP −8 and −5, FN +2
// and +4), too little for a second model in the verdict. As a sharper
// "minder zeker" (p < 0.5 instead of
// "only what is missing"), the unmarked vague verdicts on the two groups
// are right 365 of 395 and 75 of 84 times with the words alone, 390 of
// 437 and 81 of 98 with the signals, against 318 of 357 and 66 of 74 now
// (0.924, 0.893; 0.892, 0.827; 0.891, 0.892): no gain that holds on both.
// So neither is in the classifier: what the scorer knows beyond the rules
// is which words usually come with concrete agreements, which is what an
// adviser must not be told about a sentence that names no number and no
// date.
//
// Speed: BenchmarkClassifyNational classifies the 51,300 agreements of
// the national corpus in about 118 ms on one core of the development
// machine (2.3 µs per agreement, 3 allocations per flagged agreement),
// about 65 ms on its two cores (BenchmarkClassifyNationalParallel, as
// compare.Analyze runs it). The goal was 100 ms. After the seventh round,
// on idle cores of the machine of that day: 170–180 ms on one core (3.4
// µs per agreement), 83–90 ms on two, the same as the code before that
// round measured in the same run; after the thirteenth, 84.8 ms on two
// (medians of five in one run, see that round). TestResultsDigest guards
// optimisations: it compares a digest of the results of some 18,000
// agreements with testdata/results.sha256.
//
// Speed (seventh session). After eighteen rounds of rules the machine of
// that day (shared, noisy) measured 100–140 ms on two cores. Five
// changes, none of them changing a result (TestResultsDigest unchanged):
// compoundNumeral rejects a word whose first letter opens no numeral
// before searching it for "honderd"/"duizend"; mayMatchIn reads the masks
// of a pattern's required elements from one slice (pattern.need) instead
// of walking the elements; a candidate found by its first word carries
// the masks of its first two required elements; the lexTable's slots are
// eight bytes (half the hash and an entry index, 64 KiB instead of 256
// KiB); and a candidate whose second element is a plain word list right
// after the first is tried only when the next token's id is in that
// list's mask (half of all candidates were the 28 patterns that start
// with "in", looked at for every "in"). The last gave most (one core,
// eleven alternated runs: pair ratio 0.956); the others 0.98–0.99 each.
// Start and end builds alternated, eleven runs each, twice, of
// BenchmarkClassifyNationalParallel -cpu 2 (20 iterations a run):
// medians 128.8 → 120.6 ms and 120.0 → 104.1 ms, fastest runs 104.2 →
// 86.0 and 95.1 → 85.0 ms, the median ratio of each pair's runs 0.934
// and 0.930; on one core (BenchmarkClassifyNational, nine runs each)
// 193.4 → 181.1 ms (pair ratio 0.952). B/op (8.7 MB) and allocs/op
// (72,243) are unchanged: nearly all of it is the flags that Classify
// returns. Tried and left out: 512-bit id masks (3% slower: the masks
// got bigger, not the filter better), an eight-bytes-at-a-time search for
// sentence ends in ExplanationStart (slower than the five
// strings.IndexByte calls on texts of a hundred bytes; its share of the
// profile is the first read of each text from memory), and an index of
// the adjacent patterns by both word ids (no gain that this machine
// could tell apart from its noise). What is left is spread thin: folding
// and looking up words (about a quarter), matching (a fifth), the verdict
// (a fifth), the flags (7%).
//
// # Limits
//
// The work is linear in the length of a text, also a hostile one: every
// loop over matches, signals and regions runs over those of one sentence,
// what the verdict asks of single words is marked on the tokens once,
// and a sentence is bounded: a run of more than 256 tokens without a
// sentence end is read as several sentences, and a sentence keeps its
// first 64 matches. Written agreements stay far below both (at most 63
// tokens and 12 matches in a sentence in the labelled sets and the
// national corpus). A text longer than MaxTextBytes (1 MiB) is classified
// on its first MiB. When text or matches were left out, the result has an
// Info flag RuleTooLong ("te-lang", category "limiet") whose message says
// so. BenchmarkClassifyHugeCell classifies cells of 1 MB in five shapes
// (the issue's "Partijen gaan in gesprek. " over and over, a run-on
// sentence, capitals, concrete sentences, a soup of rule words), each in
// 17–50 ms; TestHugeCell guards it. FuzzClassify feeds the classifier
// Dutch-ish text from its own rules' words and raw bytes; what it found
// is in testdata/fuzz/FuzzClassify and TestFoundByFuzzing.
//
// Not done: inline suppression comments and per-section scopes (lower
// weight in "Inleiding"/"Visie"), severity levels, telling past facts
// from future commitments without a reference year ("In 2024 zijn 412
// woningen verhuurd"), and a dictionary of corporation names (a
// capitalised name before the verb counts; advisers can add names as a
// partij rule).
package vague
