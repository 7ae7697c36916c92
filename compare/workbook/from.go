package workbook

import (
	"path/filepath"
	"strings"
	"time"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/compare/kompas"
	"pakompas/compare/regular"
	"pakompas/compare/role"
	"pakompas/compare/status"
)

// InputOf prepares the evaluation workbook of an evaluation: the analysis
// with the adviser's verdicts, notes and orphans applied, and its kompas
// scan judged by the analysis' thresholds (the config's [kompas]). The
// TUI and the export command both write what this returns, so their
// workbooks agree. The Input shares text with the analysis but holds none
// of its agreements, so a caller that lets go of the evaluation lets the
// collector have them while the workbook is built.
func InputOf(ev *compare.Evaluation, created time.Time, version string) Input {
	an := ev.Analysis()
	files := *an.Report
	files.Agreements = nil
	in := Input{
		Created:   created,
		Version:   version,
		Gemeenten: an.Gemeenten,
		Report:    &files,
	}
	for _, f := range an.Report.Files {
		in.Files = append(in.Files, f.Path)
	}
	for _, t := range an.Taxonomy.Themes() {
		in.Themes = append(in.Themes, Theme{Key: t.Key, Label: t.Label, Synonyms: t.Synonyms})
	}
	for _, r := range role.All() {
		in.RoleLabels = append(in.RoleLabels, r.Label())
	}
	for _, s := range status.All() {
		in.StatusLabels = append(in.StatusLabels, s.Label())
	}
	in.Agreements = make([]Agreement, len(an.Agreements))
	for i, a := range an.Agreements {
		w := Agreement{
			ID: a.ID, Gemeente: a.Gemeente, ThemeKey: a.Theme, ThemeLabel: a.ThemeLabel, ThemeRaw: a.ThemeRaw,
			Number: a.Number, Text: a.Text, Owner: a.Owner, Role: a.OwnerRole.Label(),
			Due: firstNonEmpty(a.DueRaw, a.Due), Status: a.StatusNorm.Label(), Type: a.Type,
			Smart: [4]bool{a.Smart.Who, a.Smart.What, a.Smart.HowMuch, a.Smart.When},
			Vague: a.Vague, CountsVague: ev.Vague(i), Verdict: ev.Verdict(i), Note: ev.Note(i),
			File: filepath.Base(a.Source.File), Sheet: a.Source.Sheet, Row: a.Source.Row,
			Regular: regularReason(a.RegularFlag),
		}
		vagueUnsettled, themeUnsure := ev.Unsettled(i)
		w.VagueUnsettled = vagueUnsettled
		if themeUnsure {
			w.ThemeDoubt = an.Taxonomy.Label(a.ThemeSecond)
		}
		for _, f := range a.Flags {
			if f.Info && !a.Vague {
				continue
			}
			if f.Match != "" {
				w.Matches = append(w.Matches, f.Match)
			}
			w.RuleIDs = append(w.RuleIDs, f.Rule)
			w.Reasons = append(w.Reasons, f.Message)
		}
		in.Agreements[i] = w
	}
	in.Verloop = verloopOf(an)
	in.Earlier = an.EarlierCount()
	in.Summary = summaryRows(ev.Matrix())
	for _, t := range an.Taxonomy.Themes() {
		rows := ev.ThemeRows(t.Key)
		if len(rows) == 0 {
			continue
		}
		sheet := ThemeSheet{Key: t.Key, Label: t.Label}
		for _, r := range rows {
			sheet.Rows = append(sheet.Rows, AlignedRow{Group: r.Group, Cells: r.Cells, Missing: r.Missing})
		}
		in.ThemeSheets = append(in.ThemeSheets, sheet)
	}
	scan := kompas.Scan(ev, an.Thresholds)
	in.Kompas = &scan
	in.Missing = missingRows(an)
	in.Orphans = ev.Orphans()
	for _, r := range an.Rules {
		in.Rules = append(in.Rules, Rule{ID: r.ID, Category: r.Category, Message: r.Message, Patterns: strings.Join(r.Patterns, " · "), Description: r.Description})
	}
	return in
}

// verloopOf is the sheet Verloop of the analysis: its agreements
// followed over the years; nil when no gemeente has more than one year.
func verloopOf(an *compare.Analysis) *Verloop {
	if len(an.Verloop) == 0 {
		return nil
	}
	index := func(id string) int {
		if i, ok := an.Index(id); ok && id != "" {
			return i
		}
		return -1
	}
	ms := make([]yearMatch, len(an.Agreements))
	for i := range an.Agreements {
		a := &an.Agreements[i]
		ms[i] = yearMatch{gemeente: a.Gemeente, year: a.Year, previous: index(a.Previous), next: index(a.Next),
			change: a.Change, carried: a.CarriedYears, edits: a.Edits, yearsOnly: a.YearsOnly}
	}
	return buildVerloop(ms, an.Verloop)
}

// summaryRows flattens the matrix: per gemeente and theme, per gemeente
// (theme ""), per theme (gemeente "") and the total.
func summaryRows(m compare.Matrix) []SummaryRow {
	row := func(gem, th string, c compare.Cell) SummaryRow {
		return SummaryRow{Gemeente: gem, Theme: th, N: c.N, Vague: c.Vague, Resultaat: c.Resultaat, Roles: c.Roles, Status: c.Status}
	}
	var out []SummaryRow
	for g, gem := range m.Gemeenten {
		for t, th := range m.Themes {
			out = append(out, row(gem, th, m.Cells[t][g]))
		}
		out = append(out, row(gem, "", m.ColTotals[g]))
	}
	for t, th := range m.Themes {
		out = append(out, row("", th, m.RowTotals[t]))
	}
	return append(out, row("", "", m.Total))
}

// missingRows lists, per group that some gemeenten lack, the theme, a
// representative text and who has or lacks it.
func missingRows(an *compare.Analysis) []MissingRow {
	var out []MissingRow
	for _, gap := range an.Gaps {
		g := an.Groups[gap.Group]
		if len(gap.Missing) == 0 {
			continue
		}
		rep := an.Agreements[g.Members[0]]
		if g.Rep >= 0 && g.Rep < len(an.Agreements) {
			rep = an.Agreements[g.Rep]
		}
		out = append(out, MissingRow{
			ThemeLabel: an.Taxonomy.Label(g.Theme), Group: g.ID, Text: rep.Text,
			Has: gap.Has, Missing: gap.Missing,
		})
	}
	return out
}

// regularReason is why an agreement is regular work, from its flag's
// message without the lead and the advice every one repeats ("wat de wet
// al vraagt: 'conform de Woningwet'"); "" when it is not regular.
func regularReason(f *compare.Flag) string {
	if f == nil {
		return ""
	}
	m := strings.TrimPrefix(f.Message, "regulier werk, ")
	return strings.TrimSuffix(m, "; "+regular.Advice)
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// ReadEvaluation reads the adviser's work from path for a run without the
// UI: an evaluation file (JSON: verdicts, notes and theme moves) or an
// exported evaluation workbook (.xlsx: verdicts and notes, read back by its
// id column; it holds no theme moves). A workbook with rows it could not
// take returns what it could read together with an *InvalidError; an
// evaluation file with verdicts it does not know returns the rest together
// with an *evaluation.InvalidError (those verdicts count as none).
func ReadEvaluation(path string) (compare.Judgements, compare.Overrides, error) {
	if !strings.EqualFold(filepath.Ext(path), ".xlsx") {
		s, err := evaluation.Open(path)
		if err != nil {
			return nil, compare.Overrides{}, err
		}
		return compare.JudgementsOf(s), compare.OverridesOf(s), s.Invalid()
	}
	read, err := ReadBack(path)
	if read == nil {
		return nil, compare.Overrides{}, err
	}
	j := compare.Judgements{}
	for id, r := range read {
		if r.Verdict != evaluation.None || r.Note != "" {
			j[id] = evaluation.Entry{ID: id, Verdict: r.Verdict, Note: r.Note}
		}
	}
	return j, compare.Overrides{}, err
}
