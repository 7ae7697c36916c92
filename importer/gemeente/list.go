// Package gemeente recognises Dutch gemeente names as they are written in
// agreement spreadsheets, titles and file names, against the official CBS
// list of 1 January 2025 (342 gemeenten) and the names of gemeenten that
// merged away since 2018. Both lists are embedded from data/.
package gemeente

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/gemeenten.tsv
var gemeentenTSV string

//go:embed data/gemeenten_former.tsv
var formerTSV string

// Gemeente is one gemeente of the official list.
type Gemeente struct {
	Code string // CBS code, e.g. "GM0451"
	Name string // official name, e.g. "Uithoorn"
}

// Former is a gemeente that merged into another.
type Former struct {
	Name       string
	MergedInto string
	Year       int
}

var (
	loadOnce sync.Once
	all      []Gemeente
	former   []Former
)

func load() {
	for i, line := range strings.Split(strings.TrimSpace(gemeentenTSV), "\n") {
		if i == 0 {
			continue // header
		}
		code, name, ok := strings.Cut(strings.TrimRight(line, "\r"), "\t")
		if ok {
			all = append(all, Gemeente{Code: code, Name: name})
		}
	}
	for i, line := range strings.Split(strings.TrimSpace(formerTSV), "\n") {
		if i == 0 {
			continue
		}
		parts := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(parts) == 3 {
			y := 0
			for _, c := range parts[2] {
				y = y*10 + int(c-'0')
			}
			former = append(former, Former{Name: parts[0], MergedInto: parts[1], Year: y})
		}
	}
}

// All returns the official gemeenten in the order of the CBS list. The
// slice is shared: do not modify it.
func All() []Gemeente {
	loadOnce.Do(load)
	return all
}

// AllFormer returns the former gemeenten. The slice is shared: do not
// modify it.
func AllFormer() []Former {
	loadOnce.Do(load)
	return former
}
