// Command gencorpus writes the synthetic national corpus of
// prestatieafspraken: one .xlsx workbook per gemeente.
//
//	go run ./importer/corpus/gencorpus -o DIR [-n GEMEENTEN] [-per N] [-seed S]
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
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus -o DIR [-n GEMEENTEN] [-per N] [-seed S]")
		os.Exit(2)
	}
	start := time.Now()
	sets := corpus.Build(corpus.Options{Gemeenten: *n, PerGemeente: *per, Seed: *seed})
	built := time.Since(start)
	paths, err := corpus.Write(*out, sets)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	items := 0
	for _, s := range sets {
		items += len(s.Items)
	}
	total := time.Since(start)
	fmt.Printf("%d files, %d agreements in %s: %s (build %s, write %s)\n",
		len(paths), items, *out, total.Round(time.Millisecond),
		built.Round(time.Millisecond), (total - built).Round(time.Millisecond))
}
