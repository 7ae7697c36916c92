// Package compare turns imported agreements into the comparison an adviser
// needs: each agreement's national theme, its vague-agreement flags with the
// reason, its SMART elements and type, its owner role and normalised status,
// its alignment group across gemeenten, and the theme × gemeente matrix.
//
// Sub-packages hold one concern each and know nothing of each other:
//
//	theme/   local theme names → the national taxonomy (config: synonyms, replacement)
//	vague/   the rule-based classifier: vague, flags, SMART, type (rules as embedded data)
//	role/    owner → role (corporatie, gemeente, huurders, zorg/welzijn, gezamenlijk)
//	status/  status words → done, on track, at risk, late, not started, dropped
//	align/   near-identical agreements across gemeenten grouped (MinHash + LSH)
//
// This package wires them: Analyze computes every derived fact once per
// import, keyed by agreement id, and Matrix summarises per theme and gemeente.
package compare
