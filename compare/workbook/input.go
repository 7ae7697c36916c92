package workbook

import (
	"time"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/compare/kompas"
	"pakompas/importer"
)

// Input is everything the workbook shows, prepared by the caller (package
// compare). The workbook derives nothing but layout: counts, groups and
// gaps arrive ready.
type Input struct {
	// Created is the moment of the export, shown on Samenvatting and
	// Toelichting and stored in the document properties. The caller
	// injects it so the workbook is reproducible.
	Created time.Time
	// Version is the pakompas version, shown on Samenvatting and
	// Toelichting.
	Version string
	// Files are the input files (paths as the adviser gave them). With a
	// Report, Samenvatting takes each file's result from it: the files
	// read are the sources, the others are counted and listed apart; with
	// no Report every file counts as read.
	Files []string
	// Gemeenten fixes the order of the gemeenten everywhere: the rows of
	// Samenvatting and the columns of the theme sheets.
	Gemeenten []string
	// Themes is the national taxonomy in display order, "overig" last.
	Themes []Theme
	// RoleLabels are the Dutch role labels in role order (Corporatie,
	// Gemeente, Huurders, Zorg/welzijn, Gezamenlijk, Onbekend); they head
	// the columns of SummaryRow.Roles.
	RoleLabels []string
	// StatusLabels are the Dutch status labels in status order (Gereed, Op
	// schema, Risico, Vertraagd, Niet gestart, Vervallen, Onbekend); they
	// head the columns of SummaryRow.Status.
	StatusLabels []string
	// Agreements are all agreements, in import order. Their IDs must be
	// unique and not empty: ReadBack keys on them.
	Agreements []Agreement
	// Summary holds the counts of Samenvatting: one row per gemeente and
	// theme, a total per gemeente (Theme ""), totals per theme over all
	// gemeenten (Gemeente "") and the grand total (both "").
	Summary []SummaryRow
	// ThemeSheets are the side-by-side sheets, one per national theme
	// with agreements, in taxonomy order.
	ThemeSheets []ThemeSheet
	// Missing lists the agreements some gemeenten have and others lack.
	Missing []MissingRow
	// Report is the import report (its files; the agreements are not
	// read); nil writes a note that there is none.
	Report *importer.Report
	// Orphans are saved verdicts and notes whose agreement is no longer in
	// the input ("verweesd"); listed on Importverslag so nothing is lost.
	Orphans []Orphan
	// Rules are the flag rules in force, listed on Toelichting.
	Rules []Rule
	// Kompas is the scan of the gemeenten's sets of agreements (package
	// kompas), laid out on the sheet Kompasscan; nil leaves that sheet
	// out. Its gemeenten are the columns, in its own order.
	Kompas *kompas.Result
	// Verloop is the sheet Verloop: the agreements of the gemeenten with
	// more than one year loaded, followed over the years; nil (one year
	// per gemeente) leaves the sheet and the counts on Samenvatting out.
	Verloop *Verloop
	// Earlier is how many of Agreements belong to an earlier jaarschijf
	// of their gemeente (compare.Analysis.Superseded): on Alle afspraken
	// and Verloop, not in the counts and theme sheets.
	Earlier int

	// audience is set by Write from Options.Audience; the layout leaves
	// out what an external reader must not see (see forAudience).
	audience Audience
	// splices holds the big sheets' rows, made as the package is written
	// (splice.go); nil: the rows go through excelize's SetRow.
	splices *splices
}

// Theme is one national theme of the taxonomy.
type Theme struct {
	// Key is the stable key ("betaalbaarheid").
	Key string
	// Label is the Dutch display name ("Betaalbaarheid"); it also names the
	// theme's sheet.
	Label string
	// Synonyms are the local names that map to this theme.
	Synonyms []string
}

// Agreement is one agreement with everything derived from it, as shown in
// the workbook.
type Agreement struct {
	// ID is the stable agreement id (importer.Agreement.ID); the last
	// column of Alle afspraken and the key of ReadBack.
	ID string
	// Gemeente is the gemeente the agreement belongs to.
	Gemeente string
	// ThemeKey and ThemeLabel are the national theme; ThemeRaw is the
	// theme as written in the source ("thema (lokaal)").
	ThemeKey, ThemeLabel, ThemeRaw string
	// ThemeDoubt is set when the national theme was placed from the text,
	// the scorer was unsure and the adviser has not settled it
	// (compare.Unsettled): the label of the theme it scored next, for the
	// adviser's column Nakijken.
	ThemeDoubt string
	// Number is the number as written ("2.1"); kept as text.
	Number string
	// Text is the agreement itself.
	Text string
	// Owner is the trekker as written; Role its Dutch role label
	// (one of Input.RoleLabels).
	Owner, Role string
	// Due is the term or planning as written or formatted ("2026", "Q3 2025").
	Due string
	// Status is the normalised status as a Dutch label (one of
	// Input.StatusLabels).
	Status string
	// Type is the kind of agreement: resultaat, inspanning, proces or kader.
	Type string
	// Regular says why the agreement is regular work ("going concern",
	// compare/regular): "wat de wet al vraagt: 'conform de Woningwet'";
	// empty when it is not.
	Regular string
	// Smart says which SMART elements the text names: who, what, how much,
	// when.
	Smart [4]bool
	// Vague is the automatic classification.
	Vague bool
	// VagueUnsettled marks an automatic vague verdict that rests only on
	// what is missing and that the adviser has not settled
	// (compare.Unsettled; compare.Agreement.LessCertain is the fact
	// without the verdict): the column Nakijken of the adviser's
	// workbook says so.
	VagueUnsettled bool
	// CountsVague is whether it counts as vague with the adviser's verdict
	// applied (compare.Evaluation.Vague); the theme sheets colour by it.
	CountsVague bool
	// Verdict is the adviser's verdict.
	Verdict evaluation.Verdict
	// Note is the adviser's note.
	Note string
	// Matches are the signal words that matched, as they stand in the text.
	Matches []string
	// RuleIDs are the ids of the rules that raised a flag.
	RuleIDs []string
	// Reasons are those flags' Dutch messages ("procesafspraak zonder
	// toetsbaar resultaat: 'in gesprek'"), in RuleIDs order: the column
	// Reden of the external workbook, which shows no rule ids.
	Reasons []string
	// File, Sheet and Row are the source: file path, sheet name (empty for
	// CSV) and 1-based row.
	File, Sheet string
	Row         int
}

// SummaryRow is one line of counts on Samenvatting.
type SummaryRow struct {
	// Gemeente is the gemeente; "" means all gemeenten together.
	Gemeente string
	// Theme is the theme key; "" means all themes together.
	Theme string
	// N is the number of agreements; Vague how many of them count as vague
	// (the adviser's verdict applied); Resultaat how many are of type
	// resultaat.
	N, Vague, Resultaat int
	// Roles counts per role, in Input.RoleLabels order.
	Roles []int
	// Status counts per status, in Input.StatusLabels order.
	Status []int
}

// ThemeSheet is the side-by-side sheet of one national theme.
type ThemeSheet struct {
	// Key is the theme key; Label the display name and sheet name.
	Key, Label string
	// Rows are the sheet's rows: group rows first, then the agreements
	// that stand alone, packed.
	Rows []AlignedRow
}

// AlignedRow is one row of a theme sheet.
type AlignedRow struct {
	// Group is the alignment group id; "" for a row of agreements that
	// stand alone.
	Group string
	// Cells[g] are indexes into Input.Agreements for gemeente g (in
	// Input.Gemeenten order): usually 0 or 1, several are joined in one
	// cell. Cells may be shorter than Gemeenten; the rest is empty.
	Cells [][]int
	// Missing[g], on a group row, says gemeente g lacks the agreement: the
	// cell reads "ontbreekt". When Missing is nil, every empty cell of a
	// group row is a gap. An empty cell with Missing[g] false means the
	// gemeente has the agreement under another theme ("onder ander thema").
	// On rows without a group an empty cell is just empty.
	Missing []bool
}

// MissingRow is one line of Ontbrekend: an agreement (the group's
// representative text) that the gemeenten in Has have and those in Missing
// lack.
type MissingRow struct {
	ThemeLabel, Group, Text string
	Has, Missing            []string
}

// Orphan is a saved verdict or note whose agreement is gone
// (compare.Orphan).
type Orphan = compare.Orphan

// Rule is a flag rule as explained on Toelichting.
type Rule struct {
	// ID names the rule, as in the column Regels.
	ID string
	// Category is the rule's category (proces, inspanning, voorbehoud ...).
	Category string
	// Message is the Dutch flag message.
	Message string
	// Patterns are the rule's word patterns as one display string.
	Patterns string
	// Description explains the rule to an adviser; may be empty.
	Description string
}

// Options tune Write.
type Options struct {
	// Force allows replacing an existing file.
	Force bool
	// Audience is whom the workbook is for: Intern (the default, the
	// adviser's full workbook) or Extern (to send to a gemeente).
	Audience Audience
}

// Judgement is the adviser's work on one agreement as an exported
// workbook holds it: the verdict and note of an evaluation.Entry (a
// workbook holds no theme moves). ReadEvaluation turns them into
// compare.Judgements.
type Judgement struct {
	Verdict evaluation.Verdict
	Note    string
}
