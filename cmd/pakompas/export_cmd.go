package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"pakompas/compare"
	"pakompas/compare/atomicfile"
	"pakompas/compare/evaluation"
	"pakompas/compare/printable"
	"pakompas/compare/workbook"
)

// runExport implements "pakompas export -o FILE [--evaluatie FILE]
// [--voor intern|extern] PATH...": the evaluation workbook, headless;
// --voor extern writes the variant to send to a gemeente (see
// workbook.Extern). Exit 0 when written, 1 when written
// but some input file failed, 2 on usage errors or when nothing was written.
func runExport(args []string, stdout, stderr io.Writer) int {
	stdout = printable.Writer(stdout) // paths from input
	c := newCommand("pakompas export", "pakompas export -o BESTAND.xlsx [opties] PAD...",
		"Schrijft het evaluatiewerkboek (Excel): per thema de afspraken naast elkaar per gemeente, "+
			"de vage afspraken met de reden, en de oordelen en notities van de adviseur uit het evaluatiebestand. "+
			"Welk evaluatiebestand is gelezen staat op stderr.",
		exportFooter)
	out := c.stringFlag("o", "BESTAND", "het werkboek dat wordt geschreven (.xlsx); een bestaand bestand wordt alleen overschreven met --force")
	evalPath := c.stringFlag("evaluatie", "BESTAND", "oordelen en notities: evaluatiebestand (.json) of een eerder geëxporteerd werkboek (.xlsx); standaard "+
		evaluation.DefaultFile+" in de huidige map")
	force := c.boolFlag("force", "overschrijf een bestaand werkboek")
	voor := c.stringFlag("voor", "intern|extern", "voor wie het werkboek is: intern (alles, voor de adviseur; standaard) of extern "+
		"(om te versturen: zonder notities, mappen, ontwikkelversie en regelpatronen)")
	common := addCommonFlags(c)
	paths, code, ok := c.parse(args, stdout, stderr)
	if !ok {
		return code
	}
	if *out == "" || len(paths) == 0 {
		return c.usageError(stderr, "geef het werkboek met -o en een of meer bestanden of mappen op")
	}
	audience := workbook.Intern
	if *voor != "" {
		a, err := workbook.ParseAudience(*voor)
		if err != nil {
			return c.usageError(stderr, "--voor: %v", err)
		}
		audience = a
	}
	src, ok := readEvaluation(*evalPath, c.name, stderr)
	if !ok {
		return exitUsage
	}
	an, ok := analyze(paths, common, src.ov, c.name, stderr)
	if !ok {
		return exitUsage
	}
	warnGemeenteOption(an, c.name, stderr)
	ev := compare.ReadOnlyEvaluation(an, src.work, src.ov)
	orphans := ev.Orphans()
	if err := workbook.Write(*out, workbook.InputOf(ev, time.Now(), version()), workbook.Options{Force: *force, Audience: audience}); err != nil {
		if errors.Is(err, atomicfile.ErrExists) {
			fmt.Fprintf(stderr, "%s: %s bestaat al; kies een andere naam met -o, of overschrijf het met --force\n", c.name, *out)
			return exitUsage
		}
		fmt.Fprintf(stderr, "%s: %v\n", c.name, err)
		return exitUsage
	}
	vague := ev.Matrix().Total.Vague
	fmt.Fprintf(stdout, "geschreven: %s (%d afspraken, %d vaag, %d gemeenten", *out, len(an.Agreements), vague, len(an.Gemeenten))
	if len(orphans) > 0 {
		fmt.Fprintf(stdout, "; %d verweesde oordelen", len(orphans))
	}
	fmt.Fprintln(stdout, ")")
	reportFileErrors(an, c.name, stderr)
	if an.Report.Failed() {
		return exitFailures
	}
	return exitOK
}

const exportFooter = `Exitcodes:
  0  werkboek geschreven, alle bestanden gelezen
  1  werkboek geschreven, maar een of meer bestanden konden niet worden gelezen
  2  verkeerd gebruik of fout: geen werkboek geschreven

Een PAD is een .xlsx- of .csv-bestand, of een map (die wordt doorzocht).`
