// Command gencorpus writes the synthetic national corpus of
// prestatieafspraken: one .xlsx workbook per gemeente.
//
//	go run ./importer/corpus/gencorpus -o DIR [-n GEMEENTEN] [-per N] [-seed S] [-jaren J]
//
// With -jaren 2 or more, each further jaarschijf (corpus.NextYear: some
// agreements dropped, reworded, renumbered or added) is written too, in
// the same directory: the year is in each file's name and title.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"pakompas/importer/corpus"
)

func main() {
	out := flag.String("o", "", "output directory (required)")
	n := flag.Int("n", 0, "number of gemeenten (0 = all 342)")
	per := flag.Int("per", 0, "agreements per gemeente (0 = 150)")
	seed := flag.Uint64("seed", 2025, "random seed")
	years := flag.Int("jaren", 1, "jaarschijven per gemeente (1 = one year)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 || *years < 1 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus -o DIR [-n GEMEENTEN] [-per N] [-seed S] [-jaren J]")
		os.Exit(2)
	}
	start := time.Now()
	sets := corpus.Build(corpus.Options{Gemeenten: *n, PerGemeente: *per, Seed: *seed})
	all := sets
	for y, last := 1, sets; y < *years; y++ {
		last, _ = corpus.NextYear(last, *seed+uint64(y))
		all = append(all, last...)
	}
	built := time.Since(start)
	paths, err := corpus.Write(*out, all)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	items := 0
	for _, s := range all {
		items += len(s.Items)
	}
	total := time.Since(start)
	fmt.Printf("%d files, %d agreements in %s: %s (build %s, write %s)\n",
		len(paths), items, *out, total.Round(time.Millisecond),
		built.Round(time.Millisecond), (total - built).Round(time.Millisecond))
}
