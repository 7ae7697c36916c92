// Package workbooktest helps tests act as an adviser working in an
// exported evaluation workbook in Excel.
package workbooktest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// SetJudgement fills in "Oordeel adviseur" and "Notitie" for the agreement
// with the given id on the sheet Alle afspraken (columns found by their
// header names) and saves the workbook.
func SetJudgement(path, id, verdict, note string) error {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return err
	}
	defer f.Close()
	const sheet = "Alle afspraken"
	rows, err := f.GetRows(sheet)
	if err != nil {
		return err
	}
	col := map[string]int{}
	for r, row := range rows {
		if len(col) == 0 {
			if slices.Contains(row, "Id") {
				for c, v := range row {
					col[v] = c + 1
				}
			}
			continue
		}
		if c := col["Id"]; c-1 < len(row) && row[c-1] == id {
			for name, value := range map[string]string{"Oordeel adviseur": verdict, "Notitie": note} {
				cell, err := excelize.CoordinatesToCellName(col[name], r+1)
				if err != nil {
					return err
				}
				if err := f.SetCellValue(sheet, cell, value); err != nil {
					return err
				}
			}
			return f.Save()
		}
	}
	return fmt.Errorf("%s: id %s not found", path, id)
}

// Cells reads every non-empty cell of every sheet of the workbook at path,
// keyed by "sheet!A1", leaving out the cells that say when the workbook
// was made, so two exports of the same work compare equal.
func Cells(path string) (map[string]string, error) {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			return nil, err
		}
		for r, row := range rows {
			for c, v := range row {
				if v == "" || strings.Contains(strings.ToLower(v), "gemaakt op") {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				out[sheet+"!"+cell] = v
			}
		}
	}
	return out, nil
}
