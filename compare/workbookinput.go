package compare

import (
	"path/filepath"
	"strings"
	"time"

	"pakompas/compare/role"
	"pakompas/compare/status"
	"pakompas/compare/workbook"
)

// WorkbookInput prepares the evaluation workbook of an analysis with the
// adviser's verdicts and notes applied. orphans are the evaluation entries
// whose agreement is gone.
func (an *Analysis) WorkbookInput(j Judgements, orphans []Orphan, created time.Time, version string) workbook.Input {
	in := workbook.Input{
		Created:   created,
		Version:   version,
		Gemeenten: an.Gemeenten,
		Report:    an.Report,
	}
	for _, f := range an.Report.Files {
		in.Files = append(in.Files, f.Path)
	}
	for _, t := range an.Taxonomy.Themes() {
		in.Themes = append(in.Themes, workbook.Theme{Key: t.Key, Label: t.Label, Synonyms: t.Synonyms})
	}
	for _, r := range role.All() {
		in.RoleLabels = append(in.RoleLabels, r.Label())
	}
	for _, s := range status.All() {
		in.StatusLabels = append(in.StatusLabels, s.Label())
	}
	in.Agreements = make([]workbook.Agreement, len(an.Agreements))
	for i, a := range an.Agreements {
		e := j[a.ID]
		w := workbook.Agreement{
			ID: a.ID, Gemeente: a.Gemeente, ThemeKey: a.Theme, ThemeLabel: a.ThemeLabel, ThemeRaw: a.ThemeRaw,
			Number: a.Number, Text: a.Text, Owner: a.Owner, Role: a.OwnerRole.Label(),
			Due: firstNonEmpty(a.DueRaw, a.Due), Status: a.StatusNorm.Label(), Type: a.Type,
			Smart: [4]bool{a.Smart.Who, a.Smart.What, a.Smart.HowMuch, a.Smart.When},
			Vague: a.Vague, Verdict: e.Verdict, Note: e.Note,
			File: filepath.Base(a.Source.File), Sheet: a.Source.Sheet, Row: a.Source.Row,
		}
		for _, f := range a.Flags {
			if f.Info && !a.Vague {
				continue
			}
			if f.Match != "" {
				w.Matches = append(w.Matches, f.Match)
			}
			w.RuleIDs = append(w.RuleIDs, f.Rule)
		}
		in.Agreements[i] = w
	}
	in.Summary = summaryRows(an.MatrixWith(j))
	for _, t := range an.Taxonomy.Themes() {
		rows := an.ThemeRows(t.Key)
		if len(rows) == 0 {
			continue
		}
		sheet := workbook.ThemeSheet{Key: t.Key, Label: t.Label}
		for _, r := range rows {
			sheet.Rows = append(sheet.Rows, workbook.AlignedRow{Group: r.Group, Cells: r.Cells, Missing: r.Missing})
		}
		in.ThemeSheets = append(in.ThemeSheets, sheet)
	}
	in.Missing = an.missingRows()
	for _, o := range orphans {
		in.Orphans = append(in.Orphans, workbook.Orphan{ID: o.ID, Gemeente: o.Gemeente, Number: o.Number, Text: o.Text, Verdict: o.Verdict, Note: o.Note})
	}
	for _, r := range an.Rules {
		in.Rules = append(in.Rules, workbook.Rule{ID: r.ID, Category: r.Category, Message: r.Message, Patterns: strings.Join(r.Patterns, " · "), Description: r.Description})
	}
	return in
}

// Orphan is an evaluation entry whose agreement is gone.
type Orphan = workbook.Orphan

// summaryRows flattens the matrix: per gemeente and theme, per gemeente
// (theme ""), per theme (gemeente "") and the total.
func summaryRows(m Matrix) []workbook.SummaryRow {
	row := func(gem, th string, c Cell) workbook.SummaryRow {
		return workbook.SummaryRow{Gemeente: gem, Theme: th, N: c.N, Vague: c.Vague, Resultaat: c.Resultaat, Roles: c.Roles, Status: c.Status}
	}
	var out []workbook.SummaryRow
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
func (an *Analysis) missingRows() []workbook.MissingRow {
	var out []workbook.MissingRow
	for _, gap := range an.Gaps {
		g := an.Groups[gap.Group]
		if len(gap.Missing) == 0 {
			continue
		}
		rep := an.Agreements[g.Members[0]]
		if g.Rep >= 0 && g.Rep < len(an.Agreements) {
			rep = an.Agreements[g.Rep]
		}
		out = append(out, workbook.MissingRow{
			ThemeLabel: an.Taxonomy.Label(g.Theme), Group: g.ID, Text: rep.Text,
			Has: gap.Has, Missing: gap.Missing,
		})
	}
	return out
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
