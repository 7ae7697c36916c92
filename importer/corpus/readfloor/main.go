// Command readfloor is the whole-process floor pakompas import is
// measured against (README, Performance): it reads every cell of every
// visible sheet of the .xlsx files in a directory with excelize (streaming
// Rows with raw values, the rows kept per sheet, one worker per CPU) and
// prints how many rows it read; nothing else.
//
//	go run ./importer/corpus/readfloor DIR
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/xuri/excelize/v2"

	"pakompas/importer/corpus/floor"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: readfloor DIR")
		os.Exit(2)
	}
	entries, err := os.ReadDir(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "readfloor:", err)
		os.Exit(1)
	}
	var paths []string
	for _, e := range entries {
		if strings.EqualFold(filepath.Ext(e.Name()), ".xlsx") {
			paths = append(paths, filepath.Join(os.Args[1], e.Name()))
		}
	}
	var next, rows atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := next.Add(1) - 1; i < int64(len(paths)); i = next.Add(1) - 1 {
				n, err := readFile(paths[i])
				if err != nil {
					fmt.Fprintln(os.Stderr, "readfloor:", paths[i], err)
					os.Exit(1)
				}
				rows.Add(int64(n))
			}
		})
	}
	wg.Wait()
	fmt.Printf("%d files, %d rows\n", len(paths), rows.Load())
}

// readFile reads every cell of the visible sheets of one workbook.
func readFile(path string) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	return floor.Rows(data, excelize.Options{})
}
