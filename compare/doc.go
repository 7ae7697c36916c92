// Package compare turns imported agreements into the comparison an adviser
// needs: each agreement's national theme, its vague-agreement flags with the
// reason, its SMART elements and type, its owner role and normalised status,
// its alignment group across gemeenten, and the theme × gemeente matrix.
//
// Sub-packages hold one concern each and know nothing of each other:
//
//	theme/       local theme names → the national taxonomy (config: synonyms, replacement)
//	vague/       the rule-based classifier: vague, flags, SMART, type (rules as embedded data)
//	regular/     regular work ("going concern"), its own rules on vague's Matcher
//	role/        owner → role (corporatie, gemeente, huurders, zorg/welzijn, gezamenlijk)
//	status/      status words → done, on track, at risk, late, not started, dropped
//	align/       near-identical agreements across gemeenten grouped (MinHash + LSH)
//	evaluation/  the adviser's verdicts, notes and theme moves in one JSON file
//	atomicfile/  the one atomic-write helper; filelock/ the lock around a save
//	workbook/    the evaluation workbook (it imports this package, not the reverse)
//	kompas/      the indicators per gemeente against Thresholds (imports this package too)
//
// This package wires them. Engine.Analyze computes every derived fact once
// per import, keyed by agreement id, from the import's data model
// (importer/model: compare reads no files and needs no spreadsheet
// library). Evaluation is the one owner of an analysis and the adviser's
// work on it: every verdict, note and theme move goes through it, and the
// matrix with the verdicts applied, the theme rows, what counts as vague
// and the orphans come from it. A theme move re-runs Analyze with the
// moves as overrides, so a move made in the TUI and the same move read
// from the evaluation file by a command give the same analysis.
package compare
