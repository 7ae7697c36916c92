// Package verloop follows one gemeente's agreements over the years: which
// are new, which vanished, which changed, and which come back year after
// year without ever being done (doorgeschoven).
//
// # Versions
//
// A gemeente's agreements fall into versions by their Year: a jaarschijf
// ("2025") or a period ("2024-2027"). Versions are ordered by their first
// year, a single year before a period that starts in it; the onbekend
// version (no year found) comes last: beside dated files, the file that
// names no year is most often the working copy of the current year
// (published jaarschijven carry their year in the title or file name).
// The last version is the gemeente's current set (compare's Superseded). Only gemeenten with two or more
// versions are matched; each version is matched to the next one.
//
// # Matching, one to one
//
//  1. Texts are compared as compare/align normalises them: folded words,
//     numbers, years, dates and names masked ("ten minste 40 woningen in
//     2025" reads as "minimaal #getal woningen in #jaar", like "minimaal
//     60 woningen in 2026"), the gemeente's own name and the
//     corporations' names masked.
//  2. Texts that normalise alike match first (with the same number when
//     there is a choice). Whether at least half of these kept their
//     number tells whether the numbering is stable.
//  3. The rest by similarity, best pair first: the mean of align's
//     word-pair Jaccard similarity (wording and order) and the Jaccard
//     similarity of the content words (no function words, no masked
//     values: the subject). A pair matches at 0.43 or more; with stable
//     numbering a pair of the same number already at 0.3, and it is
//     ranked as if 0.15 more similar, so a renumbered agreement is not
//     taken by the new one that got its number unless that one is close.
//
// The thresholds come from the hand-labelled jaarschijven in
// testdata/jaarschijven.txt (three gemeenten, 79 agreements, renumbered,
// reworded, moved between themes, dropped and added): there the true
// pairs are 0.47 or more similar and the closest wrong pair of adjacent
// versions 0.38 (a subsidy for huurdersinitiatieven against one for
// isolating koopwoningen); precision and recall are 1. On the corpus's
// synthetic next year (importer/corpus NextYear) see BenchmarkMatchNational
// and TestMatchCorpusNextYear.
//
// # States
//
// Each agreement of a later version is nieuw (no match), ongewijzigd (the
// same words: case, accents, punctuation and spacing aside) or gewijzigd
// (Edits say what: "ten minste 40" → "minimaal 60", "2025" → "2026", with
// byte spans in both texts for highlighting). An agreement of any version
// but the last without a match in the next is vervallen; this overrides
// its state against the year before (Previous still names its
// predecessor). Agreements of the first version that continue have no
// state.
//
// # Doorgeschoven
//
// A step from one version to the next carries an agreement over when the
// earlier version's status (compare/status) is not gereed (done), or
// when its deadline lies later than before and is not the same deadline
// moved on by exactly the years between the two versions (that is a
// recurring agreement: "per 1 juli 2025" → "per 1 juli 2026" a year
// later; 2025-Q2 → 2025-Q4 is postponed, and so is 2025 → 2027 a year
// later). CarriedYears counts the consecutive carrying
// steps up to this version: 2 for an agreement in 2024, 2025 and 2026
// never done. A gereed version ends the chain. Summary.Doorgeschoven
// counts each chain once, at its last version.
package verloop
