package model

import (
	"fmt"
	"strings"
)

// Where a year was found, as FileReport.YearSource names it (its parts
// joined by " en "), most trusted first.
const (
	YearFromColumn   = "kolom"
	YearFromSheet    = "blad"
	YearFromTitle    = "titel"
	YearFromFileName = "bestandsnaam"
	YearFromFolder   = "map"
	YearFromOption   = "--jaar"
)

// yearSourceNames are the Dutch names of FileReport.YearSource's parts
// found in the file, as the readable report says "uit …".
var yearSourceNames = map[string]string{YearFromColumn: "kolom", YearFromSheet: "bladnaam", YearFromTitle: "titel",
	YearFromFileName: "bestandsnaam", YearFromFolder: "map"}

// YearText says which jaarschijf the file's agreements belong to and where
// that was found, for the readable report: "jaarschijf 2025 (uit titel)",
// "periode 2024-2027 (uit bestandsnaam)", "jaarschijven 2024, 2025 (uit
// kolom)", "jaarschijf 2025 (--jaar)", or "jaarschijf onbekend".
func (f FileReport) YearText() string {
	if len(f.Years) == 0 {
		return "jaarschijf onbekend"
	}
	label := "jaarschijf"
	switch {
	case len(f.Years) > 1:
		label = "jaarschijven"
	case strings.Contains(f.Years[0], "-"):
		label = "periode"
	}
	var from []string
	option := false
	for _, s := range strings.Split(f.YearSource, " en ") {
		if name, ok := yearSourceNames[s]; ok {
			from = append(from, name)
		} else if s == YearFromOption {
			option = true
		}
	}
	where := ""
	if len(from) > 0 {
		where = "uit " + strings.Join(from, " en ")
	}
	if option {
		where = strings.TrimPrefix(where+" en --jaar", " en ")
	}
	return fmt.Sprintf("%s %s (%s)", label, strings.Join(f.Years, ", "), where)
}
