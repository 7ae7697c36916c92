package importer

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"pakompas/importer/model"
)

// Where a year was found, as FileReport.YearSource names it, most trusted
// first (model owns the names; its YearText reads them).
const (
	yearFromColumn   = model.YearFromColumn
	yearFromSheet    = model.YearFromSheet
	yearFromTitle    = model.YearFromTitle
	yearFromFileName = model.YearFromFileName
	yearFromFolder   = model.YearFromFolder
	yearFromOption   = model.YearFromOption
)

// yearSourceOrder ranks the sources for the report.
var yearSourceOrder = []string{yearFromColumn, yearFromSheet, yearFromTitle, yearFromFileName, yearFromFolder, yearFromOption}

// folderLevels is how many folders above a file are read for a year
// ("afspraken/2025/uithoorn.xlsx"): the nearest first.
const folderLevels = 2

// sheetYear gives the rows of a sheet named after a jaarschijf ("2025",
// "Jaarschijf 2025", "Afspraken 2024-2027") that year, unless their year
// column gave one.
func sheetYear(rows []pending, name string) {
	y := titleYear(name)
	if y == "" {
		return
	}
	for i := range rows {
		if rows[i].Year == "" {
			rows[i].Year, rows[i].yearFrom = y, yearFromSheet
		}
	}
}

// settleYear gives every agreement its jaarschijf: from its year column
// or sheet name (already set on the row), else from the file's title or
// cover cells, its file name or its folder, else from the --jaar option.
// Like --gemeente, the option is for files that name no year: a file that
// names another keeps its own, with a warning. It fills rep.Years and
// rep.YearSource; a file with no year keeps Year empty ("onbekend").
func settleYear(rep *FileReport, path string, rows []pending, texts []string, opts Options) {
	fileYear, fileFrom := ownYear(path, texts)
	option := strings.TrimSpace(opts.Year)
	optionYear, optionOK := ParseYear(option)
	if option != "" && !optionOK {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("--jaar %s is geen jaar of periode (zoals 2025 of 2024-2027): niet toegepast", option))
	}
	optionUsed := false
	years, from := map[string]bool{}, map[string]bool{}
	for i := range rows {
		p := &rows[i]
		switch {
		case p.Year != "":
		case fileYear != "":
			p.Year, p.yearFrom = fileYear, fileFrom
		case optionOK:
			p.Year, p.yearFrom, optionUsed = optionYear, yearFromOption, true
		}
		if p.Year != "" {
			years[p.Year], from[p.yearFrom] = true, true
		}
	}
	rep.Years = sortedYears(years)
	for _, s := range yearSourceOrder {
		if from[s] {
			rep.YearSource = strings.TrimPrefix(rep.YearSource+" en "+s, " en ")
		}
	}
	if optionOK && !optionUsed && len(rows) > 0 && (len(rep.Years) != 1 || rep.Years[0] != optionYear) {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("bestand noemt zelf jaarschijf %s (%s): --jaar %s niet toegepast",
			strings.Join(rep.Years, ", "), rep.YearSource, optionYear))
	}
}

// ownYear is the jaarschijf a file names outside its rows: in a title or
// cover cell, else in its file name, else in one of its folders; and
// where it was found.
func ownYear(path string, texts []string) (year, from string) {
	for _, t := range texts {
		if y := titleYear(t); y != "" {
			return y, yearFromTitle
		}
	}
	base := filepath.Base(path)
	if y := nameYear(strings.TrimSuffix(base, filepath.Ext(base))); y != "" {
		return y, yearFromFileName
	}
	dirs := strings.FieldsFunc(filepath.Dir(path), func(r rune) bool { return r == '/' || r == '\\' })
	for i := len(dirs) - 1; i >= 0 && i >= len(dirs)-folderLevels; i-- {
		if y := nameYear(dirs[i]); y != "" {
			return y, yearFromFolder
		}
	}
	return "", ""
}

// sortedYears returns the years in time order: by first year, then by
// last ("2024", "2024-2027", "2025").
func sortedYears(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for y := range set {
		out = append(out, y)
	}
	sort.Slice(out, func(i, j int) bool { return model.YearBefore(out[i], out[j]) })
	return out
}
