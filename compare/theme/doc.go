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
// themes' keywords the same way (a phrase counts 1.5 there), which gives
// each theme a keyword score. In a text, a capitalised word inside a
// sentence is a name: only its first part may count ("Schoutenbuurt" and
// "Meerwijk" are places, not leefbaarheid; "Leefbaarheidsmonitor" counts).
//
// # The learned scorer
//
// The keyword scores are combined with a learned scorer (learned.go,
// textplace.go): a multinomial logistic regression over the text's words,
// pairs of words in a row, and the last and first six letters of long
// (compound) words ("…voorraad", "huurve…"), plus the square root of the
// keyword score of every theme times a shared weight and a small theme ×
// theme matrix. Its
// weights (learned.txt, embedded) are written by
//
//	go test ./compare/theme -run TestTrainLearned -train
//
// from the dev sets afspraken.tsv, echt.tsv, echt-vers.tsv,
// echt-vers2.tsv, (since the third round, their held-out figures spent)
// echt-vers3.tsv and echt-vers4.tsv, and (each since its first
// measurement) echt-vers6.tsv and echt-vers9.tsv; without -train the test checks that learned.txt is what
// training gives. The theme with the highest score wins. Placement.Matched
// names the theme's keywords in the text and then the words that counted
// most for it. Without any keyword, a text needs words that count at least
// 0.2 for the winner (and one word 0.25), else it lands in overig with Via
// "geen" and its raw name kept in Placement.Raw: overig only when nothing
// fits. A theme the adviser added wins where its keywords lead; a taxonomy
// that replaces the national one places by keywords alone (highest score,
// ties to more strong evidence, then to the one mentioned first).
//
// A word right after "voor", "aan" or "naar" names whom a thing is for
// (textWords: the stop words are dropped, but that much is kept): its
// keyword counts 1.5 (forWeight) and the scorer sees it as "v:<word>", and
// as "v:@groep" when it names a target group, so "woningen voor
// statushouders" leans to doelgroepen.
//
// Figures after the second round (issue 9; labels relabelled by the
// precedence rules of testdata/labelled/README.md first): cross-validated
// by gemeente (5 folds) on the 1,950 dev rows 0.825, keywords alone 0.778 (first round
// 0.815 and 0.767; TestLearnedCV logs the main confusions, -cvmisses every
// miss). Held out, measured once at the end of each round:
// echt-ongezien.tsv 0.823 (first measurement 0.723 with keywords alone;
// 0.738 after relabelling; 0.827 after the first round), echt-vers3.tsv
// 0.667 (0.606; 0.621; 0.667), echt-vers4.tsv 0.776 (0.796 after the
// first round; 0.796 after its second labelling pass, which moved y033,
// starters alone, to beschikbaarheid), ongezien.tsv 0.878 (0.842; 0.878). The goal on held-out
// real text is 0.88, not reached: the second round's gain in
// cross-validation did not carry over to unseen text.
//
// Tried in the second round and left out, by cross-validation averaged
// over four splits of the folds (TestLearnedCVSplits: 0.812 after the first
// round, 0.814 with the group marks, 0.820 with the keywords): giving words
// in a purpose or subordinate clause ("om … te", "zodat", "waardoor",
// "mits") less weight, in the keywords or the scorer (0.5: 0.812; without
// "om" 0.814); letting an article stand between "voor" and the group
// (0.812); a larger keyword weight for doelgroepen and wonen-zorg after
// "voor" (2: 0.813, 3: 0.810); keywords for wonen-zorg (toegankelijk,
// zorggeschikt: no gain) and renovation (schilderwerk, gerenoveerd:
// +0.002 but ongezien.tsv fell to 0.863); "huurdersraad" and
// "bewonersraad" as samenwerking keywords (a party is the subject, not the
// topic). The dev sets fit at 0.97–0.99, which says nothing about unseen
// text. Placing one text costs the same as after the first round
// (BenchmarkPlaceByText, two allocations more); placing by theme name is
// unchanged.
//
// Third round (issue 9). echt-vers3.tsv and echt-vers4.tsv, their
// held-out figures spent, joined the dev pool: 2,065 rows, on which the
// second round's scorer cross-validates at 0.817 averaged over the four
// splits (0.810 on the real-text rows alone). The labels follow a
// precedence list (testdata/labelled/README.md, rules 0–8) while the
// scorer was a flat bag of words, so the list became features (rules.go):
// the theme of the first rule that fires (rule 0, a theme named after
// "thema" or "op het gebied van"; rule 1, samenwerking; rule 2, one named
// group as the target, also as a dwelling's first part
// ("jongerenwoningen", "seniorenwoning"), unless doorstroming is named,
// "ook" precedes the group, several groups are named or the group is
// starters; then rules 3–6 by their themes' keywords) and, apart, that it
// decided between several themes; rule 2's cue and each exception; the
// first theme of the main clause (rule 7); and each theme found only in a
// purpose, condition, cause or example clause or between parentheses
// (textWords' sub marks: "om", "zodat", "mits", "omdat", "zoals", …, and
// "Door …" opening a sentence, each to the next comma). The keyword
// scores still count in full: the clause decides only through these
// features. Cross-validation over four splits 0.817 → 0.822 with the
// rule features (real text 0.810 → 0.815), → 0.824 (0.817, every split
// up) with cause clauses and parentheses as sub clauses. Held out,
// measured once at the end: echt-ongezien.tsv 0.823 → 0.831; ongezien.tsv
// stays 0.878. The goal, 0.88, is still not reached.
//
// Tried in the third round and left out, by the same four-split
// cross-validation. Against the pool's start (0.8169, before the rule
// features): l2 3e-3 0.815, 2e-2 0.815, 4e-2 0.813; fewer n-gram
// features: minCount 3 0.811, 4 0.808, without word pairs 0.811, without
// compound heads or modifiers 0.814, without both 0.811; 20, 40 or 100
// epochs 0.816–0.817; rate 0.02 0.816, 0.1 0.814; our own afspraken.tsv
// rows weighted 0.25 0.813, 0.5 0.815, 0.75 0.817, 1.5 0.817
// (ongezien.tsv, the other own set, stays held out). Against the rule
// features (0.8220): l2 5e-3 0.822, 2e-2 0.821; l2 on word pairs and
// compound parts ×2 0.822, ×4 0.823, ×8 0.821 (noise); minCount 3 0.818;
// own rows 0.5 0.822, 2 0.821; a feature per theme in the main clause
// (with it 0.8207, without 0.8220) and one for rule 0 apart from the
// first rule (no change); rule 1 only when samenwerking is the only theme
// (0.821) or has a strong keyword (0.820); the words of a sub clause as
// features of their own (0.820) or in both forms (0.822). Against the
// kept clause marks (0.8240): keyword claims in a sub clause counting 0.5
// (0.818) or 0.25 (0.813) when the main clause has a claim; feature
// dropout in training (0.2: 0.821, 0.4: 0.819, 0.3 with weaker l2:
// 0.820–0.821); "ook" two words before the group (0.824); a heading
// before a colon as rule 0 (0.824); the number of themes in the main
// clause (0.823); a lower bias for beschikbaarheid (0.823). The dev labels
// were relabelled by the precedence rules only where a rule was searched
// for, so some still follow older habits (rows with starters alone
// labelled doelgroepen, against rule 2): the scorer learns those too.
// After the round the lead relabelled those five by rule 2 (afspraken.tsv
// d188; echt.tsv d1117, d1132, d2093 starters alone, r407 starters and
// middeninkomens, two market segments), found by the text "starter" in
// the dev sets, not by the scorer's answers, and retrained: cross-
// validation over four splits 0.8228 (0.8199 on the first split, whose
// floor is now 0.815), within the noise of 0.824; echt-ongezien.tsv 0.835
// (217/260), ongezien.tsv 0.885, echt-vers5.tsv 0.813 (the blind set of
// round 7, figures only). Then echt-vers6.tsv (193 sentences from new
// sources) was measured once on arrival, 0.824 (159/193), and joined the
// training sets: cross-validation over four splits on the larger pool
// 0.8235; echt-ongezien.tsv 0.838 (218/260), echt-vers5.tsv 0.821
// (101/123), ongezien.tsv 0.885: more real text helps a little, as each
// round's figures suggest. The blind echt-vers7.tsv (143 sentences),
// measured once on arrival with this scorer: 0.846 (121/143).
// In the sixth session two more sets came, each measured once on
// arrival: echt-vers8.tsv (130 sentences from public bodies: woondeals,
// woonagenda's, national programmes; blind) 100/130 = 0.769, and
// echt-vers9.tsv (119 sentences of corporation, tenant and news pages)
// 91/119 = 0.765, its misses mostly betaalbaarheid read as duurzaamheid
// where a cost concerns heat or insulation, and overig. echt-vers9.tsv
// then joined the training sets by the standing rule: cross-validation
// over four splits on the larger pool 0.8206; echt-ongezien.tsv 0.835
// (217/260), the blind echt-vers5.tsv 0.813, echt-vers7.tsv 0.839,
// echt-vers8.tsv 0.777 (each one row up or down: more text of a new
// register no longer moves the unseen figures). A second labeller agreed
// with the labels on 0.946 of echt-ongezien.tsv (testdata/labelled/README.md,
// "A second labeller"), so the gap to 0.88 is the scorer's.
//
// Relabelled (seventh session). The dev labels had been relabelled by the
// precedence rules only where a rule was searched for, so an independent
// relabel of all 2,184 dev rows outside echt-vers6.tsv (which has a second
// labelling) was made blind: three labellers on shuffled text alone, then
// every disagreement decided by an adjudicator who saw the two themes in
// random order (testdata/labelled/README.md, "The full theme relabel").
// The dev labels agreed with the relabel on 0.900 (the held-out sets,
// relabelled in the second round, on 0.946–0.979); 189 dev labels changed,
// most of them doelgroepen → beschikbaarheid (a group not resolved in the
// sentence, several groups, middeninkomens as a market segment like
// starters) and overig → samenwerking (unresolved process sentences).
// Retrained on them: cross-validation over four splits 0.8206 → 0.8268;
// held out, each measured once with the old and the new scorer: the real
// sets rose, echt-vers5 100 → 104/123, echt-vers7 120 → 122/143,
// echt-vers8 101 → 109/130, echt-vers10 (new, blind) 124 → 124/164,
// echt-ongezien 217 → 215/260 (in all 662 → 674 of 820, 0.807 → 0.822);
// our own formal ongezien.tsv (relabelled too, 10 changes) fell, 126 → 119
// of 139: the scorer now sends some "beschikbaar stellen voor
// spoedzoekers" to beschikbaarheid. Two changes came with it: middeninkomens
// is a weak keyword of beschikbaarheid, no longer of doelgroepen (the
// labels read it as a market segment; +0.0006); and a pronoun,
// demonstrative or auxiliary the scorer weighs is never the evidence that
// places a text without keywords, nor named in Matched (notEvidence:
// "dit" came to lean to samenwerking, and "Zie de bijlage bij dit
// document" must stay overig; -0.0009 in cross-validation). Tried and left
// out: rule 2 as a hard decision whenever it fires (0.8073: the group
// cue fires on too many sentences whose object has another theme); a
// group after "deze", "die", "hun" as no group for rule 2 (0.8253).
// With the cleaner labels a weaker l2 pays, where in the third round it did
// not (0.8265 at 1e-2; 7e-3 0.8280, 5e-3 0.8295, 3e-3 0.8306, 2e-3 0.8302,
// 1e-3 0.8301; 2e-2 0.8220; 100 epochs, minCount 1, prune 0.01 no gain):
// the scorer now trains at 3e-3. Held out after it: echt-ongezien 216/260,
// echt-vers5 103/123, echt-vers7 125/143, echt-vers8 107/130, echt-vers10
// 125/164 (676 of 820, 0.824), ongezien.tsv 119/139. Then, by the
// cross-validation's misses (renovation and care read as beschikbaarheid
// because "woningen" leans there), weak kwaliteit keywords for
// improvement and renovation (verbetering, verbeteren, gerenoveerd,
// renovaties, opgeknapt; schilderwerk in full): 0.8306 → 0.8337 (each half
// about +0.0015; in the second round "schilderwerk" and "gerenoveerd" were
// left out because ongezien.tsv fell, a held-out set that should not have
// decided); and wonen-zorg keywords for the dwelling fit for care
// (zorggeschikt, gelijkvloers, toegankelijk weakly, aanleunwoning):
// 0.8347. Held out after it: echt-ongezien 218, echt-vers5 103, echt-vers7
// 123, echt-vers8 107, echt-vers10 124 (675 of 820, 0.823: no change
// beyond a row or two), ongezien.tsv 119/139. A renovation in words the
// keywords do not know ("herstelt de gevels van 40 woningen", "nieuwe
// vloeren en tegelwerk") still goes to beschikbaarheid.
// Placing a text computes more but costs no more: the features go to a
// sink with a reused key buffer and are looked up once
// (BenchmarkPlaceByText about 11 µs before and after on a shared machine,
// 68 → 40 allocations).
//
// Eighth session (issue 9), by cross-validation only: four splits of the
// folds on the 2,377 dev rows, 0.8347 → 0.8428 (real text 0.8312 →
// 0.8403), a change kept only when the mean rose by 0.002 and the real
// text too. Kept, in order: (1) a text without keywords leaves overig when
// its words count 0.2 for the winner (was 0.5): at 0.5 the cross-
// validation sent 47 rows a split to overig, of which 6 are labelled so
// and 19 had the winner's theme (0.8378; 0.3 0.8371, 0.25 0.8374, 0.15 and
// 0.1 0.8376; never overig 0.8389, but "Zie de bijlage bij dit document"
// must stay overig). (2) Training adds a class prior (each bias lowered
// by 0.3 × the log of its theme's share of the rows) and a naive Bayes
// share (0.1 × each feature's centred log-count ratios) to the
// regression's weights, still one linear scorer (0.8405; prior alone 0.1
// 0.8389, 0.2 0.8391, 0.3 0.8393, 0.4 0.8383, 0.5 0.8370; naive Bayes
// alone 0.05 0.8375, 0.1 0.8381, 0.15 0.8365, 0.3 0.8322; the pair 0.8399–
// 0.8406 for prior 0.2–0.3 and nb 0.05–0.15; rows weighted by class
// frequency^-0.2 or ^-0.4 instead of the prior 0.8387, 0.8389). Naive Bayes
// gives common words some weight ("document" 0.18 for samenwerking), so a
// word must now count 0.25 (was 0.15) to be evidence without keywords
// (cross-validation 0.8403 at 0.15, 0.8401 at 0.2, 0.8405 at 0.25). (3) The
// scorer takes the square root of each keyword score (keywordInput), and
// rule 2's doorstroming exception also fires on a move ("verhuizing",
// "verhuiscoach", "ouderen-verhuismakelaar": senioren who move are
// doorstroming): 0.8428; alone 0.8416 each, so they were checked over
// eight splits (0.8407 → 0.8440; square root alone 0.8430, move 0.8419;
// on the four splits not used in choosing, 0.8409 → 0.8452). Tried and
// left out, against the base of their step (0.8347, 0.8378, 0.8405, 0.8428
// or, over eight splits, 0.8440): averaging the weights of the last 15, 30
// or 45 epochs (0.8347, 0.8344, 0.8345) or of 3 or 5 shuffles (0.8350,
// 0.8348); label smoothing 0.05 (0.8286); leaving out "w:woningen" (0.8259)
// or every "w:woning…" (0.8252): the word is evidence, not noise; from the
// clause structure, with the finite verb taken as the first word after the
// first that ends in -t or -en (not after a preposition, not -ingen,
// -heden, -iteit …) and the object as the content words after it up to a
// preposition or comma, features of the main clause's last word (0.8340),
// the object's words (0.8333), the finite verb (0.8348), verb × object
// word (0.8347), a generic dwelling noun × the verb and the last word
// (0.8353; 0.8437 over eight splits against 0.8440), the theme of the
// first keyword after the verb (0.8390), before it (0.8394) or of the
// last in the main clause (0.8415; 0.8428 over eight against 0.8440); the
// first theme after samenwerking when both are in the main clause (0.8407)
// or a flag for it (0.8409); word pairs with one word skipped (0.8388);
// preposition + word pairs (0.8405; 0.8443 over eight); log(1 + score)
// (0.8407) or score capped at 2 (0.8405) for the keywords; l2 2e-3 and
// 5e-3 (0.8401, 0.8399), minCount 3 (0.8394) and, over eight splits,
// minCount 1 (0.8397), prune 0.05 (0.8439), 40 epochs (0.8442), prior 0.2
// and 0.4 and nb 0.05 and 0.15 again (0.8421–0.8439), idf-scaled feature
// values (power 0.5 0.8412, 1 0.8386, -0.5 0.8410); a party as the head
// of a compound ("woningbouwcorporaties", "woningbouwvereniging") not
// claiming "woningbouw" for beschikbaarheid (0.8434, eight splits 0.8449:
// only 11 dev rows have it); "betaalbare" before a dwelling word
// ("betaalbare (sociale) huurwoningen", 35 of 38 such dev rows are
// beschikbaarheid) claiming nothing (0.8431; eight splits 0.8442: the word
// pair already says it). Held out, measured once at the end: ongezien.tsv
// 119 → 124/139, echt-ongezien 218 → 220/260, the blind echt-vers5 103 →
// 105/123, echt-vers7 123 → 127/143, echt-vers8 107 → 107/130, echt-vers10
// 124 → 128/164 (real text 675 → 687 of 820, 0.823 → 0.838; the goal 0.88
// is not reached). Before that one run, a failing check at the second step
// showed one intermediate blind figure (echt-vers8 106/130); nothing was
// chosen by it. BenchmarkPlaceByText, the two builds run in turn: about
// 9.5 → 10.0 µs (one run 11.5), 3019 → 3059 B/op (the naive Bayes share keeps 5,845 features, 5,043
// before), 41 allocations.
//
// A ninth round audited the keyword lists against the precedence rules
// (branch i9-theme9, not merged): a compound headed by a party of the
// housing field ("woningbouwcorporatie") not claiming its first part;
// "huurdersorganisatie" no samenwerking keyword; terms the rules name
// where they occur in at least two dev rows; and keywords that fired in
// words of another meaning ("betaalbare huur" inside "betaalbare
// huurwoningen", "dak" in "dak- en thuislozen", "beperking" of a cost,
// "voorrang" and "doelgroep" mostly in beschikbaarheid rows). Four splits
// 0.8428 → 0.8476 (eight 0.8440 → 0.8487), but unseen text, measured once
// at the end, fell 687 → 683 of 820 (ongezien.tsv 124 → 122). The keyword
// lists are not learned per fold, so fixes found by counting a keyword's
// labels over all dev rows flatter the cross-validation; that round is
// not in the scorer. What it found stays worth a rule change: the three
// party and meaning fixes follow the precedence rules as written.
//
// Tenth round (issue 9): an honest tuning protocol first. The dev rows
// are split once, by a fixed salt on their gemeente (their id where a set
// has none, as the folds are), into an audit half (1,258 rows) and a
// validation half (1,119). Only the audit half's misses may be read:
// -cvmisses logs the cross-validation's misses of audit rows alone, and
// TestLearnedCV's confusions count them alone. A change is kept only when
// (a) the validation half, placed by a scorer trained on the audit half
// alone, gains at least two rows, and (b) the cross-validation over four
// splits does not fall; both are given by
//
//	go test ./compare/theme -run TestTuneCheck -tunecheck -v
//
// which logs figures only. The halves go by gemeente rather than by
// source because one gemeente's documents repeat each other's sentences
// (echt.tsv r220 and echt-vers6.tsv u009 differ in two words), so a
// source split would show the validation half's sentences through their
// twins. Why it is needed: the ninth round's keyword audit, chosen by
// reading misses over all dev rows, raises the validation half too (916 →
// 928 of 1,119) while unseen text fell; the figure is only honest for
// changes chosen after the split. It also wears with use: every kept
// change is selected on the same validation rows, so a gain of a row or
// two is noise, and the held-out sets stay the final word.
// TestTuneCheck also logs a third figure, the four-split cross-validation
// counted on the validation half's rows alone: as honest as the first
// (those rows' misses are never read) but with scorers trained on four
// fifths of all rows, the regime the scorer is used in. Noise: under four
// other shuffle seeds of training the validation figure stays 918, the
// cross-validation moves 0.8434–0.8441, the third figure 0.8374–0.8382.
//
// Tried in the tenth round, as validation half (of 1,119) / four-split CV
// / CV on the validation rows, against the round's start (916 / 0.8428 /
// 0.8376): kwaliteit keywords for renewal and repair (herstel, herstelt,
// herstellen, hersteld; ~vernieuwen, ~vernieuwing, ~verouderd) 914 /
// 0.8431 / 0.8382, herstel alone 915 / 0.8430 / 0.8378, both left out.
// Kept: rule 1 no longer fires on a sentence that only reports what the
// agreements hold ("In de prestatieafspraken staan afspraken over 120
// nieuwe sociale huurwoningen"): when every samenwerking keyword of the
// main clause is a word for the set of agreements (frameTerms: afspraken,
// prestatieafspraken, convenant, ondertekend …) and another theme is
// named, that theme's rule decides and the cue r:frame is set (918 /
// 0.8434 / 0.8374; in the audit half it mends "afspraken over hoe
// bestaande bouw gasloos kan worden", a hennepconvenant against
// drugsoverlast, a convenant on dwellings for zorgafhankelijke groepen).
// Against it (918 / 0.8434 / 0.8374), left out: features of verb stems
// ("herstelt", "herstellen", "hersteld" → "herstel"; endings -en, -t, -d,
// -de, -te, -den, -ten) for verbs the keywords do not know, 921 / 0.8414
// / 0.8385 (the audit rows fell by about 0.005 where the validation rows
// rose), of -t and -d alone 916 / 0.8426 / 0.8376; duurzaamheid and
// kwaliteit as one rank of rule 5 with the first named deciding between
// them (rule 7: "opgeknapt en verduurzaamd"), 919 / 0.8432 / 0.8371;
// "voorrang" no doelgroepen keyword (in the audit half 20 of its 25 rows
// are beschikbaarheid), 918 / 0.8436 / 0.8378, or a weak beschikbaarheid
// one, 918 / 0.8437 / 0.8380; a cue for a rent limit (aftoppingsgrens,
// huurtoeslaggrens, prijspeil …) with and without a word of a counted or
// new stock (voldoende, beschikbaar, nieuwbouw, nieuwe …), after the
// boundary was decided (testdata/labelled/README.md, "The rent level of
// part of the stock"), 917 / 0.8441 / 0.8376 (with blijven among the stock
// words, which wrongly took "blijft onder de aftoppingsgrens"), 917 /
// 0.8434 / 0.8374 without; the first named theme as a cue of its own when
// the main clause names several (rule 7), 912 / 0.8446 / 0.8382: the
// cross-validation's best and the validation half's worst; r:frame also
// zeroing the samenwerking keyword score, 918 / 0.8442 / 0.8374; the class
// prior 0.2 and 0.4 (917 / 0.8430 / 0.8387, 918 / 0.8435 / 0.8369) and the
// naive Bayes share 0.05 and 0.15 (921 / 0.8433 / 0.8389, 912 / 0.8423 /
// 0.8360): 0.05 gains three validation rows while the cross-validation
// moves by less than its shuffle noise, but the protocol asks that it not
// fall, and a knob whose best value depends on the number of training rows
// is ill judged by a scorer trained on half of them. The weak spots named
// at the start were read in the audit half: renovation read as
// beschikbaarheid is two of its misses, both with a real beschikbaarheid
// keyword ("realiseren", "start bouw"), care read so eight, most of them
// rule 2's groups; no kind in words the keywords lack reaches three errors
// there, so the broad try for unknown verbs was the stems. What the round
// shows most: at this size the two halves disagree on nearly every change
// by a few rows, so changes of 0.001–0.002 cannot be told apart on the
// dev pool, however honestly it is split. Held out, measured once at the
// end (figures only): ongezien.tsv 124/139 (unchanged), echt-ongezien
// 220/260, the blind echt-vers5 105 → 104/123, echt-vers7 127/143,
// echt-vers8 107/130, echt-vers10 128/164 (real text 687 → 686 of 820,
// 0.838 → 0.837: no change beyond a row); echt-vers5's floor is lowered to
// 0.84. Before that run, one test run without the skip showed one
// intermediate blind figure, echt-vers5 104/123 after r:frame; nothing was
// chosen by it. BenchmarkPlaceByText, the two builds run in turn: about
// 11.1 µs both, 3059 B/op, 41 allocations.
//
// After the tenth round echt-vers11.tsv and echt-vers12.tsv (204 and 193
// dev sentences: news reporting agreements, corporation pages on service,
// maintenance and leefbaarheid) joined the training sets, decided before
// any figure. Their out-of-fold figures in the five-fold cross-validation
// are their first: echt-vers11 174/204 = 0.853, echt-vers12 129/193 =
// 0.668 (the corporation-page register is hard for the scorer). Four-split
// CV now 0.8340 over 2,774 rows (not comparable with the figures above).
// Held out, once, with echt-vers11 alone → with both: ongezien.tsv 124 →
// 125 → 123/139; real text 686 → 686 → 684 of 820 (echt-ongezien 220 →
// 221 → 220/260, echt-vers5 104 → 106 → 104/123, echt-vers7 127 → 126 →
// 124/143, echt-vers8 107 → 104 → 106/130, echt-vers10 128 → 129 →
// 130/164). More data of these registers moves nothing beyond noise; the
// sets stay in training, as decided, and echt-vers7's floor is 0.86
// (was 0.88), echt-vers8's 0.80 (was 0.82).
//
// Unsure placements. The scorer's softmax probability ranks its
// placements well but overstates them (textplace.go, UnsureBelow): under
// 0.8 a placement is right about half the time, at 0.9 or more 0.93. A
// placement under 0.8 is Unsure and names its runner-up (Second); the
// Afspraak screen, the list's N and the adviser's workbook (Nakijken) ask
// the adviser to look at it. On the 820 unseen real rows (measured once,
// after the threshold was chosen on the dev rows): 143 unsure, 81 right
// and the runner-up right in 45 more; 603 of the 677 sure ones right. An
// adviser who settles the unsure ones between the two themes shown ends
// at (603 + 126) / 820 = 0.89. At the end of the eleventh round (measured
// once): 132 unsure, 73 right and the runner-up right in 41 more; 614 of
// the 688 sure ones right, so (614 + 114) / 820 = 0.89 again
// (ongezien.tsv: 15 unsure, 9 right, the runner-up in 3 more; 117 of the
// 124 sure ones right).
//
// Eleventh round (issue 9): what the two new dev sets show. The audit
// half's misses of echt-vers12.tsv (32 of its 64 cross-validation misses)
// and echt-vers11.tsv (9 of 30), sorted by why the scorer went elsewhere:
// a term the rules name that no keyword has, 15 (service and shared parts
// of a complex, rule 5: binnenlopen, kennismakingsgesprekken, kapot, ZAV;
// the neighbourhood, rule 6: woonklimaat, taken by "klimaat" for
// duurzaamheid, woonbeleving, flatcoach; groups named otherwise, rule 2:
// 65-plussers, campuscontract, cliënten of a care organisation; rule 4
// and 5 participles: verkocht, verhuringen, verbeterd); a party word as
// evidence, 6 ("woningcorporaties", "Zorggroep", "welzijnsorganisaties",
// "huurdersorganisaties", which also keeps r:frame off); a place word as
// evidence ("in de wijk", "de wijken Lievenspolder, …"), 4; rule 1's
// frame or a talk about one topic read as the collaboration, 4; a
// specific term of rule 2 or 3 losing to the other theme's words, 4;
// senioren who move (rule 2's doorstroming) read as wonen-zorg, 2; rule
// 7's first named, 2; a modifier as evidence ("gasloze, duurzame
// woningen"), 2; a label the rules would give otherwise, 2 (an unresolved
// pilot labelled overig, a study of trends "op wijk- en dorpsniveau"
// labelled beschikbaarheid; left as they are). By source, 16 of the 32
// echt-vers12 misses are local news, 8 corporation pages. The validation
// figure moves with the order of training alone (TestTuneCheck with
// -tuneseeds 8: 1071 in the fixed order, 1066–1071 over eight, mean
// 1069.1), so a gain of two rows is the least the protocol can see, not a
// sure one. Tried, as validation half (of 1,326; mean over eight orders
// where run) / four-split CV / CV on the validation rows, against the
// round's start (1071 / 1069.1 / 0.8340 / 0.8299), every one left out:
// service terms (binnenlopen, inloopspreekuur, kennismakingsgesprek,
// kennismakingsbezoek, welkomstbezoek, kapot, =zav, zelf aangebrachte
// voorziening) 1067 / 1065.9 / 0.8347 / 0.8292, without kapot and ZAV 1070
// / 0.8348 / 0.8298; service terms from the rule's own words (service,
// klantenservice, klachtafhandeling, huurdersoordeel, koolmonoxidemelder
// …) 1070 / 0.8340 / 0.8299; participles (verkocht, ~verbeterd,
// woonplek, verhuringen) 1071 / 0.8344 / 0.8282; all the terms the misses
// name at once (also woonklimaat, leefklimaat, woonbeleving, flatcoach,
// plussers, campuscontract) 1069 / 1069.2 / 0.8373 / 0.8269, the audit
// half's flattery again; a move in "seniorenmakelaar", "een andere
// woning" for rule 2's doorstroming 1068 / 1068.6 / 0.8351 / 0.8301
// (makelaar alone 1070 / 0.8344 / 0.8294); the parties (gemeente,
// corporatie, woningcorporaties, partijen) as one feature 1065 / 0.8347 /
// 0.8307; the frame words of an r:frame sentence as one feature 1072 /
// 0.8329 / 0.8299; talk and monitor keywords (monitor, overleg,
// evaluatie, rapportage …) counted as frame for r:frame 1071 / 0.8338 /
// 0.8294; the "voor" weight only for rule 2's groups 1068 / 0.8340 /
// 0.8305; "=betaalbare huur", not inside "betaalbare huurwoningen" (7 of 7
// such audit rows are beschikbaarheid) 1070 / 1068.8 / 0.8345 / 0.8307;
// "die" (and "waarin", "waarbij", "waarmee") opening a sub clause 1070 /
// 0.8344 / 0.8286 (1070 / 0.8340 / 0.8286); l2 2e-3 and 5e-3, naive Bayes
// 0.05 and 0.15, prior 0.2 and 0.4: 1066–1073, 0.8323–0.8353 (prior 0.2
// 1073 / 1070.9 / 0.8334 / 0.8282); compound affixes of 5 letters 1069 /
// 0.8345 / 0.8292, of 7 1073 / 1071.5 / 0.8339 / 0.8292, of 6 and 8 1067
// / 0.8331 / 0.8290. Kept, as rule cues (rules.go): r:dwelling, a text
// that names dwellings by a generic noun (woning, woningen, huurwoningen,
// huizen, appartementen) but has no keyword of adding, removing or
// allocating them (rule 4), so that "woningen" alone counts less for
// beschikbaarheid: 1075 / 1073.5 / 0.8366 / 0.8330 (in the main clause
// only 1075 / 1073.9 / 0.8368 / 0.8316; any word ending in -woning(en),
// tried after, 1078 / 1075.6 / 0.8360 / 0.8324); then r:nokw, a text that
// no keyword and no group places, which gets a bias of its own where the
// class biases follow all rows: 1081 / 1081.1 / 0.8371 / 0.8345. Against
// it, left out: rule-4 participles (gebouwd, gesloopt, verkocht,
// ~gerealiseerd, ~toegewezen) 1073 / 1072.8 / 0.8365 / 0.8314 (tried
// before r:nokw); a cue for one theme named 1078 / 1078.2 / 0.8385 /
// 0.8362 (both cross-validations up, the validation half down); cues for
// short and long texts 1081 / 1080.1 / 0.8373 / 0.8356; a place cue (wijk,
// buurt, kern, dorp after "in") 1079 / 1078.5 / 0.8366 / 0.8337; a cue for
// weak keywords only 1081 / 1081.9 / 0.8374 / 0.8356; one for an
// unresolved reference (hierin, dit, ze …) 1076 / 1077.9 / 0.8362 /
// 0.8335; leefbaarheid terms (woonklimaat, leefklimaat, woonbeleving,
// flatcoach) 1080 / 1081.0 / 0.8382 / 0.8350; the ninth round's party heads
// 1082 / 1082.1 / 0.8380 / 0.8348; "=betaalbare huur" 1081 / 1081.8 /
// 0.8373 / 0.8343 and affixes of 7 1082 / 1083.0 / 0.8366 / 0.8337 again.
// The two cues mend few of the new sets' rows (out of fold echt-vers11
// 174 → 173/204, echt-vers12 129 → 130/193): what they name, words the
// keywords do not know, stays for more text of that register. 27 tries
// were read on the validation half, which wears it. Held out, measured
// once at the end (figures only): ongezien.tsv 123 → 126/139,
// echt-ongezien 220 → 223/260, the blind echt-vers5 104/123, echt-vers7
// 124 → 126/143, echt-vers8 106/130, echt-vers10 130 → 128/164 (real text
// 684 → 687 of 820, 0.834 → 0.838; the goal 0.88 is not reached).
// BenchmarkPlaceByText, the two builds run in turn: about 11.9 µs both,
// 3069 B/op, 41 allocations.
//
// Two more blind sets came at the end of the eighth session, measured
// once with the scorer after the eleventh round: echt-vers13a.tsv
// (corporation pages on allocation, rent and enforcement rules) 86/104 =
// 0.827, echt-vers13b.tsv (summaries of agreements, convenants; many
// samenwerking and kader clauses) 66/87 = 0.759. All unseen real text
// together: 839 of 1,011 (0.830); unsure 167, of them 90 right and the
// runner-up in 50 more; sure 749 of 844; settled between the two themes
// shown, 889 of 1,011 (0.879).
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
