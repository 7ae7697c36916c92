package main

import (
	"bufio"
	"fmt"
	"io"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/compare/kompas"
	"pakompas/compare/printable"
)

// runCheck implements "pakompas check": the vague agreements, listed like
// a linter's findings, grouped per gemeente with a count per theme. What
// counts as vague is what the TUI and the workbook count: the adviser's
// verdicts from the evaluation file over the automatic check, unless
// --zonder-oordelen. The exit code is a sum of bits so that finding vague
// agreements is never hidden by an unreadable file (checkFooter).
func runCheck(args []string, stdout, stderr io.Writer) int {
	c := newCommand("pakompas check", "pakompas check [opties] PAD...",
		"Toont de vage afspraken per gemeente, met de reden, zoals een linter: "+
			"bestand:blad:rij, gemeente, regel en tekst, en per gemeente het aantal per thema. "+
			"Een vaag-oordeel zonder vaag woord, dat alleen rust op wat ontbreekt (geen toetsbaar resultaat), "+
			"krijgt [minder zeker]: controleer die eerst. "+
			"De oordelen van de adviseur uit het evaluatiebestand tellen mee, zoals in het programma en het werkboek "+
			"(\"niet vaag\" haalt een afspraak uit de lijst, \"vaag\" zet haar erin); "+
			"welk bestand is gelezen staat op stderr. Met --zonder-oordelen telt alleen de automatische beoordeling. "+
			"Met --kompas beoordeelt het per gemeente de afspraken als geheel (focus, concreetheid, resultaat, "+
			"wederkerigheid, regulier werk, monitoring) in plaats van de vage afspraken te tonen.",
		checkFooter)
	asJSON := c.boolFlag("json", "schrijf de vage afspraken als JSON")
	evalPath := c.stringFlag("evaluatie", "BESTAND", "oordelen van de adviseur: evaluatiebestand (.json) of een eerder geëxporteerd werkboek (.xlsx); standaard "+
		evaluation.DefaultFile+" in de huidige map")
	automatic := c.boolFlag("zonder-oordelen", "negeer de oordelen van de adviseur: alleen de automatische beoordeling")
	asKompas := c.boolFlag("kompas", "toon per gemeente de kompasscan: elke indicator met cijfer, oordeel "+
		"(✓ groen, ! oranje, ✗ rood, · geen oordeel) en reden, en de twee zwakste punten; exitcode 1 als een indicator rood is")
	common := addCommonFlags(c)
	paths, code, ok := c.parse(args, stdout, stderr)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		return c.usageError(stderr, "geef een of meer bestanden of mappen op")
	}
	if *automatic && *evalPath != "" {
		return c.usageError(stderr, "kies --evaluatie of --zonder-oordelen, niet allebei")
	}
	if *asKompas && *asJSON {
		return c.usageError(stderr, "kies --kompas of --json, niet allebei")
	}
	var src evalSource
	if !*automatic {
		if src, ok = readEvaluation(*evalPath, c.name, stderr); !ok {
			return exitUsage
		}
	}
	an, ok := analyze(paths, common, src.ov, c.name, stderr)
	if !ok {
		return exitUsage
	}
	warnGemeenteOption(an, c.name, stderr)
	ev := compare.ReadOnlyEvaluation(an, src.work, src.ov)
	basis := checkBasis(*automatic, src)
	if *asKompas {
		return runCheckKompas(c.name, ev, basis, stdout, stderr)
	}
	// The gemeenten's current jaarschijf: an earlier year loaded beside it
	// is followed in the verloop (doorgeschoven below), not checked again.
	var found []checkItem
	superseded := an.Superseded()
	for i, a := range an.Agreements {
		if ev.Vague(i) && !superseded(i) {
			found = append(found, checkItem{Agreement: a, Verdict: ev.Verdict(i)})
		}
	}
	var err error
	if *asJSON {
		head := checkHead{Files: len(an.Report.Files), Unreadable: failedFiles(an), Agreements: len(an.Agreements),
			Earlier: an.EarlierCount(), WithVerdicts: !*automatic, Selection: an.Report.Selection}
		if !*automatic {
			head.Evaluation = src.path
		}
		err = writeJSONDoc(stdout, head, "vague", len(found), found == nil, func(i int) any { return &found[i] })
	} else {
		bw := bufio.NewWriter(stdout)
		err = writeCheck(printable.Writer(bw), an, found, basis)
		if ferr := bw.Flush(); err == nil {
			err = ferr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", c.name, err)
		return exitUsage
	}
	reportFileErrors(an, c.name, stderr)
	return checkExit(len(found) > 0, an.Report.Failed())
}

// runCheckKompas prints the kompas scan of ev with the analysis'
// thresholds (check --kompas); a red indicator sets exitVague's bit.
func runCheckKompas(name string, ev *compare.Evaluation, basis string, stdout, stderr io.Writer) int {
	an := ev.Analysis()
	r := kompas.Scan(ev, an.Thresholds)
	red, err := writeKompas(printable.Writer(stdout), an, &r, basis)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitUsage
	}
	reportFileErrors(an, name, stderr)
	return checkExit(red, an.Report.Failed())
}

// Exit codes of check: bits that add up, so a script sees both.
const (
	exitVague      = 1 // some agreement is vague
	exitUnreadable = 4 // some file could not be read
)

// checkExit is check's exit code: 0, or exitVague plus exitUnreadable.
func checkExit(vague, unreadable bool) int {
	code := exitOK
	if vague {
		code |= exitVague
	}
	if unreadable {
		code |= exitUnreadable
	}
	return code
}

const checkFooter = `Exitcodes (1 en 4 tellen op, zodat vage afspraken nooit verborgen blijven):
  0  geen vage afspraken, alle bestanden gelezen
  1  vage afspraken gevonden, alle bestanden gelezen
  2  verkeerd gebruik of fout (instellingen, evaluatiebestand, --alleen):
     niets gecontroleerd
  4  een of meer bestanden onleesbaar, geen vage afspraken in de rest
  5  een of meer bestanden onleesbaar én vage afspraken gevonden (1 + 4)

Met --kompas telt een rode indicator als 1 in plaats van vage afspraken:
  0  geen indicator rood, 1 een indicator rood, 4 en 5 als hierboven.

Een PAD is een .xlsx-, .ods-, .csv-, .docx- of .odt-bestand, of een map
(doorzocht).`

// checkBasis says what the count is based on, for the summary line.
func checkBasis(automatic bool, src evalSource) string {
	switch {
	case automatic:
		return "zonder oordelen van de adviseur (--zonder-oordelen): alleen de automatische beoordeling"
	case src.isNew:
		return "met de oordelen van de adviseur: nog geen (evaluatiebestand " + src.path + " is nieuw)"
	}
	return "met de oordelen van de adviseur uit " + src.path + " (" + src.counts() + ")"
}

// failedFiles counts the files that could not be read.
func failedFiles(an *compare.Analysis) int {
	n := 0
	for _, f := range an.Report.Files {
		if f.Error != "" {
			n++
		}
	}
	return n
}
