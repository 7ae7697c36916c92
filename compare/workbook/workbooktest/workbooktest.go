// Package workbooktest helps tests act as an adviser working in an
// exported evaluation workbook in Excel.
package workbooktest

import (
	"fmt"
	"slices"

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
