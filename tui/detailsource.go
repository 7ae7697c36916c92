package tui

import (
	"fmt"
	"path/filepath"
	"strings"

	"pakompas/compare"
	"pakompas/compare/verloop"
	"pakompas/importer/model"
)

// sourceText is where an agreement stands, as the adviser finds it in the
// file: "file, blad S, rij R" for a workbook, "file, rij R" for a CSV,
// "file, tabel N, rij R" for a table of a Word or OpenDocument text and
// "file, § kop, alinea R" for
// a numbered paragraph of a Word document.
func sourceText(a *compare.Agreement) string {
	src, sheet := filepath.Base(a.Source.File), a.Source.Sheet
	switch {
	case sheet == "":
		return fmt.Sprintf("%s, rij %d", src, a.Source.Row)
	case strings.HasPrefix(sheet, "§ "):
		return fmt.Sprintf("%s, %s, alinea %d", src, sheet, a.Source.Row)
	case strings.HasPrefix(sheet, "tabel ") && (strings.EqualFold(filepath.Ext(src), ".docx") || strings.EqualFold(filepath.Ext(src), ".odt")):
		return fmt.Sprintf("%s, %s, rij %d", src, sheet, a.Source.Row)
	}
	return fmt.Sprintf("%s, blad %s, rij %d", src, sheet, a.Source.Row)
}

// yearText is the agreement's jaarschijf and, when an earlier or later
// one of its gemeente is loaded too, what happened to it over the years:
// "2025 · gewijzigd t.o.v. 2024 (3.1) · doorgeschoven 1 jaar (status
// toen: Op schema)", ", alleen de jaartallen" after a change that only
// moved its years on. Empty when the agreement has no year.
func yearText(an *compare.Analysis, a *compare.Agreement) string {
	if a.Year == "" && a.Change == verloop.None {
		return ""
	}
	parts := []string{model.YearName(a.Year)}
	prev := func() string {
		i, ok := an.Index(a.Previous)
		if !ok {
			return ""
		}
		p := &an.Agreements[i]
		y := model.YearName(p.Year)
		if p.Number != "" {
			return fmt.Sprintf(" t.o.v. %s (%s)", y, p.Number)
		}
		return " t.o.v. " + y
	}
	switch a.Change {
	case verloop.Nieuw:
		parts = append(parts, "nieuw: niet in het jaar ervoor")
	case verloop.Gewijzigd, verloop.Ongewijzigd:
		change := string(a.Change) + prev()
		if a.YearsOnly {
			change += ", alleen de jaartallen"
		}
		parts = append(parts, change)
	case verloop.Vervallen:
		parts = append(parts, "vervallen: komt in het jaar erna niet terug")
	}
	if a.CarriedYears > 0 {
		parts = append(parts, fmt.Sprintf("doorgeschoven %d jaar (status toen: %s)", a.CarriedYears, a.PreviousStatus.Label()))
	}
	return strings.Join(parts, " · ")
}
