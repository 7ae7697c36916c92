package importer

import (
	"bytes"
	"encoding/xml"
	"path"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Merged cells hold their value only in the top-left cell when read with
// excelize's row iterator (engineering notes §5.4). excelize's own
// GetMergeCells unmarshals the whole worksheet a second time, which nearly
// doubles the cost of an import, so the merge list is taken from the tail
// of the sheet XML that excelize already holds in memory: <mergeCells>
// always follows <sheetData>.

var mergeRefRE = regexp.MustCompile(`<(?:[A-Za-z0-9_]+:)?mergeCell\s[^>]*?ref="([A-Z]+[0-9]+):([A-Z]+[0-9]+)"`)

// sheetPaths maps sheet names to their part names ("xl/worksheets/sheet1.xml")
// using the workbook relationships.
func sheetPaths(f *excelize.File) map[string]string {
	out := map[string]string{}
	if f.WorkBook == nil {
		return out
	}
	raw, ok := f.Pkg.Load("xl/_rels/workbook.xml.rels")
	if !ok {
		return out
	}
	data, _ := raw.([]byte)
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(data, &rels) != nil {
		return out
	}
	targets := map[string]string{}
	for _, r := range rels.Rel {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		targets[r.ID] = t
	}
	for _, s := range f.WorkBook.Sheets.Sheet {
		if t, ok := targets[s.ID]; ok {
			out[s.Name] = t
		}
	}
	return out
}

// readMerges returns the merged ranges of the sheet stored at part, or nil
// when there are none or the part is not held in memory (very large sheets
// spill to a temporary file; their merges are not needed for the table).
func readMerges(f *excelize.File, part string) []mergeRange {
	raw, ok := f.Pkg.Load(part)
	if !ok {
		return nil
	}
	data, _ := raw.([]byte)
	end := bytes.LastIndex(data, []byte("sheetData>"))
	if end < 0 {
		return nil
	}
	tail := data[end:]
	if !bytes.Contains(tail, []byte("mergeCell")) {
		return nil
	}
	var out []mergeRange
	for _, m := range mergeRefRE.FindAllSubmatch(tail, -1) {
		c0, r0, err0 := excelize.CellNameToCoordinates(string(m[1]))
		c1, r1, err1 := excelize.CellNameToCoordinates(string(m[2]))
		if err0 != nil || err1 != nil {
			continue
		}
		out = append(out, mergeRange{r0: r0 - 1, c0: c0 - 1, r1: r1 - 1, c1: c1 - 1})
	}
	return out
}
