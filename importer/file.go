package importer

import (
	"cmp"
	"fmt"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"

	"pakompas/importer/docx"
	"pakompas/importer/gemeente"
	"pakompas/importer/norm"
)

// fileResult is one file's report and agreements (ids not yet assigned).
type fileResult struct {
	report     FileReport
	agreements []Agreement
}

// importFile imports one file held in memory (tests and fuzzing), with
// the same protection against panics as Import.
func importFile(path string, data []byte, opts Options) (res fileResult) {
	defer func() {
		if p := recover(); p != nil {
			res = panicked(path, p)
		}
	}()
	return importSource(path, bytesSource(data), opts, nil)
}

// panicked is the result of a file whose import panicked: an internal
// error for this file, naming what went wrong (for the report to us).
func panicked(path string, p any) fileResult {
	what, _, _ := strings.Cut(fmt.Sprint(p), "\n")
	if len(what) > 200 {
		what = what[:200] + "…"
	}
	fe := newFileErrorf(path, ErrInternal, fmt.Errorf("panic: %v\n%s", p, debug.Stack()), "%s: %s", messages[ErrInternal], strings.ToValidUTF8(what, "?"))
	return fileResult{report: FileReport{Path: path, Error: fe.Msg, ErrorKind: fe.Kind}}
}

// testHookRead, when set by a test, is called with each file's path just
// before its content is read (to force a panic there).
var testHookRead func(path string)

// importSource reads one opened file into agreements and its report: it
// sniffs the format, waits for its share of the read budget, reads the
// sheets (or the CSV stream) within the file's limits, finds the tables
// and settles the gemeente.
func importSource(path string, src *source, opts Options, budget *budget) (res fileResult) {
	res.report.Path = path
	fail := func(fe *FileError) fileResult {
		res.agreements = nil
		res.report.Error, res.report.ErrorKind = fe.Msg, fe.Kind
		return res
	}
	if src.size > maxFileSize {
		return fail(newFileErrorf(path, ErrTooLarge, nil, "bestand geweigerd: het is %s, groter dan de grens van %s per bestand; "+
			"een lijst met afspraken is veel kleiner. Is dit het goede bestand?", megabytes(src.size), megabytes(maxFileSize)))
	}
	sn, fe := sniff(path, src, opts.passwordFor(path))
	if fe != nil {
		return fail(corruptNamed(path, fe))
	}
	defer budget.give(budget.take(sn.weight))
	if testHookRead != nil {
		testHookRead(path)
	}
	lim := &fileLimits{path: path}
	var sheets []sheetIn
	var doc *docx.Document
	var odt *odtText
	switch sn.format {
	case formatXLSX, formatDOCX:
		res.report.Format = "xlsx"
		data, err := src.readAll() // at most maxUnzipped: sniff refused larger packages
		if err != nil {
			return fail(pathError(path, err))
		}
		kind := sn.format
		if sn.encrypted {
			if data, kind, fe = decryptXLSX(path, data, opts.passwordFor(path)); fe != nil {
				return fail(fe)
			}
		}
		if kind == formatDOCX {
			res.report.Format = "docx"
			if sheets, doc, fe = readDOCX(path, data, lim); fe != nil {
				return fail(fe)
			}
			break
		}
		var warnings []string
		sheets, warnings, res.report.FormatNote, fe = readXLSX(path, data, opts, lim)
		if fe != nil {
			return fail(fe)
		}
		res.report.Warnings = append(res.report.Warnings, warnings...)
	case formatODS:
		res.report.Format = "ods"
		data, err := src.readAll() // at most maxUnzipped: sniff refused larger packages
		if err != nil {
			return fail(pathError(path, err))
		}
		if sheets, odt, fe = readODS(path, data, lim); fe != nil {
			return fail(fe)
		}
		if odt != nil {
			res.report.Format = "odt"
		}
	case formatCSV:
		res.report.Format = "csv"
		g, warnings, fe := readCSV(path, src.stream(), lim)
		res.report.Warnings = append(res.report.Warnings, warnings...)
		if fe != nil {
			return fail(fe)
		}
		sheets = []sheetIn{{grid: g}}
	}
	res.report.Warnings = append(res.report.Warnings, lim.warnings()...)

	rows, texts, tables := readSheets(&res.report, sheets)
	if tables == 0 && odt != nil {
		if doc, fe = odt.document(); fe != nil {
			return fail(fe)
		}
	}
	if tables == 0 && doc != nil {
		rows, texts, tables = readParagraphs(&res.report, doc, texts)
	}
	if tables == 0 {
		if doc != nil {
			return fail(noAgreementsInDocument(path, odt != nil))
		}
		return fail(newFileError(path, ErrNoTable, nil))
	}
	settleYear(&res.report, path, rows, texts, opts)
	if res.agreements, fe = settleGemeente(&res.report, path, rows, texts, opts); fe != nil {
		return fail(fe)
	}
	res.report.Agreements = len(res.agreements)
	for i := range res.agreements {
		res.agreements[i].Source.File = path
	}
	return res
}

// readSheets finds the table on every sheet, reports each sheet, and
// collects the agreements and the loose text cells (titles, cover sheets)
// that may name the gemeente.
func readSheets(rep *FileReport, sheets []sheetIn) ([]pending, []string, int) {
	var headers []*header
	tableSheets := 0
	for _, s := range sheets {
		var h *header
		if s.grid != nil {
			h, _ = findHeader(s.grid)
		}
		headers = append(headers, h)
		if h != nil {
			tableSheets++
		}
	}
	var rows []pending
	var texts []string
	for i, s := range sheets {
		sr := SheetReport{Name: s.name}
		switch {
		case s.hidden:
			sr.Reason = "verborgen blad: overgeslagen"
		case headers[i] == nil:
			sr.Reason = cmp.Or(s.noTable, "geen tabel met afspraken (voorblad of toelichting)")
			texts = append(texts, s.titles...)
			texts = append(texts, sheetText(s.grid)...)
		default:
			texts = append(texts, s.titles...)
			h := headers[i]
			out := readTable(s.grid, h, sheetTheme(cmp.Or(s.theme, s.name), tableSheets))
			if gem := sheetGemeente(s.name); gem != "" {
				for j := range out.rows {
					if out.rows[j].gemeenteRaw == "" {
						out.rows[j].gemeenteRaw = gem
					}
				}
			}
			sheetYear(out.rows, s.name)
			sr.Read = true
			sr.HeaderRow = s.grid.rows[h.row].num
			sr.Columns = h.mapping()
			sr.Agreements = len(out.rows)
			rep.Skipped = append(rep.Skipped, out.skipped...)
			rows = append(rows, out.rows...)
			texts = append(texts, out.title...)
		}
		rep.Sheets = append(rep.Sheets, sr)
	}
	return rows, texts, tableSheets
}

// sheetText returns the short text cells of a sheet without a table (a
// cover sheet), where the gemeente is often named.
func sheetText(g *grid) []string {
	if g == nil {
		return nil
	}
	var out []string
	for _, r := range g.rows {
		if r.num > 60 {
			break
		}
		for _, c := range r.filled() {
			if v := r.cells[c]; len(v) <= 300 {
				out = append(out, v)
			}
		}
	}
	return out
}

// genericSheetWords are words in sheet names sheet names that say nothing about a theme.
var genericSheetWords = []string{"blad", "sheet", "tabel", "tab", "afspraken", "prestatieafspraken",
	"jaarschijf", "overzicht", "monitor", "data", "export", "gemeente", "totaal", "invulblad", "lijst"}

// sheetTheme returns the sheet name as the theme for the one-sheet-per-theme
// layout: only when the workbook has several table sheets, and only when
// the name is not a generic one ("Blad2", "Afspraken 2025") or a gemeente
// (one sheet per gemeente is a layout too).
func sheetTheme(name string, tableSheets int) string {
	if tableSheets < 2 || sheetGemeente(name) != "" {
		return ""
	}
	words := norm.Words(name)
	if len(words) == 0 {
		return ""
	}
	for _, w := range words {
		for _, g := range genericSheetWords {
			if w == g || (strings.HasPrefix(w, g) && isDigits(w[len(g):])) {
				return ""
			}
		}
	}
	if _, ok := yearOf(words[0]); ok && len(words) == 1 {
		return ""
	}
	return strings.TrimSpace(name)
}

// sheetGemeente returns the sheet name when it is a gemeente's name (one
// sheet per gemeente), else "".
func sheetGemeente(name string) string {
	if _, ok := gemeente.Lookup(name); ok {
		return strings.TrimSpace(name)
	}
	return ""
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// settleGemeente gives every agreement its gemeente: from the gemeente
// column (recognised, or kept as written with a warning), else from title
// and cover cells, else from the file name, else from the --gemeente
// option. The option is for files that name no gemeente: a file that
// names its own keeps it, with a warning when the option names another
// (issue 12: a folder imported with --gemeente was relabelled silently).
// It fills rep.Gemeenten and warns when nothing names one.
func settleGemeente(rep *FileReport, path string, rows []pending, texts []string, opts Options) ([]Agreement, *FileError) {
	if fe := checkGemeenten(path, rows); fe != nil {
		return nil, fe
	}
	fileGem, source := ownGemeente(path, texts)
	option := strings.TrimSpace(opts.Gemeente)
	optionGem, optionUsed := "", false
	fromColumn, fromFile := false, false
	resolved := map[string]string{}
	out := make([]Agreement, len(rows))
	missing := 0
	for i, p := range rows {
		a := p.Agreement
		switch {
		case p.gemeenteRaw != "":
			name, ok := resolved[p.gemeenteRaw]
			if !ok {
				name = resolveGemeente(rep, p.gemeenteRaw, "gemeentekolom")
				resolved[p.gemeenteRaw] = name
			}
			a.Gemeente, fromColumn = name, true
		case fileGem != "":
			a.Gemeente, fromFile = fileGem, true
		case option != "":
			if !optionUsed {
				optionGem, optionUsed = resolveGemeente(rep, option, "--gemeente"), true
			}
			a.Gemeente = optionGem
		}
		if a.Gemeente == "" {
			missing++
		}
		out[i] = a
	}
	if missing > 0 {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("gemeente niet gevonden in kolom, titel of bestandsnaam (%d afspraken): geef haar op met --gemeente", missing))
	}
	seen := map[string]bool{}
	for _, a := range out {
		if a.Gemeente != "" && !seen[a.Gemeente] {
			seen[a.Gemeente] = true
			rep.Gemeenten = append(rep.Gemeenten, a.Gemeente)
		}
	}
	sort.Strings(rep.Gemeenten)
	if option != "" && !optionUsed && len(rows) > 0 {
		switch {
		case fromColumn && fromFile:
			source = "gemeentekolom en " + source
		case fromColumn:
			source = "gemeentekolom"
		}
		if w := optionNotApplied(option, rep.Gemeenten, source); w != "" {
			rep.Warnings = append(rep.Warnings, w)
		}
	}
	return out, nil
}

// ownGemeente is the gemeente a file names outside its gemeente column:
// in a title or cover cell, else in its file name; and where it was found.
func ownGemeente(path string, texts []string) (name, source string) {
	for _, t := range texts {
		if ms := gemeente.FindInText(t); len(ms) > 0 {
			return ms[0].Name, "titel"
		}
	}
	if m, ok := gemeente.FromFileName(filepath.Base(path)); ok {
		return m.Name, "bestandsnaam"
	}
	return "", ""
}

// optionNotApplied is the warning for a file that names its own gemeenten
// (found in source) while --gemeente named another; "" when the option
// names the file's only gemeente, so nothing was lost.
func optionNotApplied(option string, own []string, source string) string {
	want := option
	if m, ok := gemeente.Lookup(want); ok {
		want = m.Name
	}
	if len(own) == 1 && norm.Fold(own[0]) == norm.Fold(want) {
		return ""
	}
	return fmt.Sprintf("bestand noemt zelf gemeente %s (%s): --gemeente %s niet toegepast; kies gemeenten met --alleen",
		strings.Join(own, ", "), source, want)
}

// resolveGemeente returns the official name for a gemeente as written, or
// the name as written with a warning when it is not on the list.
func resolveGemeente(rep *FileReport, written, where string) string {
	written = strings.TrimSpace(written)
	m, ok := gemeente.Lookup(written)
	if !ok {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("onbekende gemeente '%s' (%s): overgenomen zoals geschreven", written, where))
		return written
	}
	if m.Former != "" {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("'%s' is sinds %d opgegaan in %s: afspraken bij %s ingedeeld", written, m.FormerYear, m.Name, m.Name))
	}
	return m.Name
}
