// Package floor is the like-for-like floor the import is measured against
// (README, Performance): a workbook read with excelize as the import reads
// it, every cell of every visible sheet through streaming Rows with raw
// values, the rows kept per sheet, nothing else. BenchmarkRowsFloor
// (package importer) and the whole-process command readfloor use it.
package floor

import (
	"bytes"

	"github.com/xuri/excelize/v2"
)

// Rows reads every cell of the visible sheets of the workbook data with
// the given options and returns how many rows it read.
func Rows(data []byte, opts excelize.Options) (int, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), opts)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	raw := excelize.Options{RawCellValue: true}
	rows := 0
	for _, s := range f.WorkBook.Sheets.Sheet {
		if s.State == "hidden" || s.State == "veryHidden" {
			continue
		}
		it, err := f.Rows(s.Name)
		if err != nil {
			return 0, err
		}
		var kept [][]string
		for it.Next() {
			cols, err := it.Columns(raw)
			if err != nil {
				return 0, err
			}
			kept = append(kept, cols)
		}
		if err := it.Close(); err != nil {
			return 0, err
		}
		rows += len(kept)
	}
	return rows, nil
}
