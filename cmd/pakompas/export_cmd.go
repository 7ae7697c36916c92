package main

import (
	"errors"
	"fmt"
	"io"
	"os"
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
	defer bulkGC(os.Getenv)()
	an, ok := analyze(paths, common, src.ov, c.name, stderr)
	if !ok {
		return exitUsage
	}
	warnGemeenteOption(an, c.name, stderr)
	// The input holds no agreement of the analysis: from here on the
	// collector may have them while the workbook is built.
	in, done := exportInput(an, src)
	if err := workbook.Write(*out, in, workbook.Options{Force: *force, Audience: audience}); err != nil {
		if errors.Is(err, atomicfile.ErrExists) {
			fmt.Fprintf(stderr, "%s: %s bestaat al; kies een andere naam met -o, of overschrijf het met --force\n", c.name, *out)
			return exitUsage
		}
		fmt.Fprintf(stderr, "%s: %v\n", c.name, err)
		return exitUsage
	}
	fmt.Fprintln(stdout, done.written(*out))
	for _, e := range done.fileErrors {
		fmt.Fprintf(stderr, "%s: %s\n", c.name, e)
	}
	if len(done.fileErrors) > 0 {
		return exitFailures
	}
	return exitOK
}

// exportDone is what export says after writing, worked out before: the
// counts of "geschreven: …" and the files that could not be read.
type exportDone struct {
	agreements, vague, gemeenten, orphans int
	earlier                               int      // agreements of earlier jaarschijven
	fileErrors                            []string // "path: error"
}

// exportInput returns the workbook's input of the analysis with the
// adviser's work, and what to say when it is written.
func exportInput(an *compare.Analysis, src evalSource) (workbook.Input, exportDone) {
	ev := compare.ReadOnlyEvaluation(an, src.work, src.ov)
	done := exportDone{agreements: an.CurrentCount(), vague: ev.Matrix().Total.Vague, gemeenten: len(an.Gemeenten),
		orphans: len(ev.Orphans()), earlier: an.EarlierCount()}
	for _, f := range an.Report.Files {
		if f.Error != "" {
			done.fileErrors = append(done.fileErrors, f.Path+": "+f.Error)
		}
	}
	return workbook.InputOf(ev, time.Now(), version()), done
}

// written is the line export prints on stdout.
func (d exportDone) written(path string) string {
	s := fmt.Sprintf("geschreven: %s (%d afspraken, %d vaag, %d gemeenten", path, d.agreements, d.vague, d.gemeenten)
	if d.earlier > 0 {
		s += fmt.Sprintf("; %d van eerdere jaarschijven op Verloop", d.earlier)
	}
	if d.orphans > 0 {
		s += fmt.Sprintf("; %d verweesde oordelen", d.orphans)
	}
	return s + ")"
}

const exportFooter = `Exitcodes:
  0  werkboek geschreven, alle bestanden gelezen
  1  werkboek geschreven, maar een of meer bestanden konden niet worden gelezen
  2  verkeerd gebruik of fout: geen werkboek geschreven

Een PAD is een .xlsx-, .ods-, .csv-, .docx- of .odt-bestand, of een map
(doorzocht).`
