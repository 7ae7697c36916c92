package workbook

import (
	"archive/zip"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"pakompas/compare/atomicfile"
)

// Write exports the evaluation workbook to path (an .xlsx file). It
// refuses to replace an existing file unless opts.Force is set; the file
// is written to a temporary file in the same folder and renamed into
// place, so a failed export leaves nothing behind and never a half file.
// opts.Audience decides what the workbook shows (see Audience).
// Errors are in Dutch and name the file. Write changes no process-wide
// setting; a program that exports large workbooks may lower the Go
// runtime's soft memory limit itself (cmd/pakompas does, see its
// memory.go and BenchmarkWriteNational).
func Write(path string, in Input, opts Options) error {
	if err := checkTarget(path, opts.Force); err != nil {
		return err
	}
	if err := in.validate(); err != nil {
		return fmt.Errorf("werkmap %s niet gemaakt: %w", path, err)
	}
	in = in.forAudience(opts.Audience)
	if !testRowsViaSetRow {
		in.splices = &splices{}
	}
	f, err := build(&in)
	defer func() {
		if f != nil {
			_ = f.Close() // removes the stream writers' temporary files
		}
	}()
	if err != nil {
		return fmt.Errorf("werkmap %s niet gemaakt: %w", path, err)
	}
	return atomicfile.Write(path, saveOptions(opts.Force), func(w io.Writer) error { return writePackage(f, w, in.splices) })
}

// testRowsViaSetRow, set by a test, makes Write hand every row to
// excelize's SetRow, the way the spliced rows are held to.
var testRowsViaSetRow bool

// writePackage writes the workbook's zip package to w. excelize's Write
// builds the whole package in a bytes.Buffer and then copies it (16 MB
// and more nationally, held at the moment memory peaks); instead the zip
// writer it asks for writes straight to w, and the buffer stays empty.
// Should a later excelize still put bytes in that buffer (it patches it
// for parts over 4 GB), they would reach the emptiness check and fail
// the export rather than corrupt it. Deflate runs at best speed: the
// national export (~100 MB of sheet XML) then takes 1.6 s instead of 3.0 s,
// for a file of 11.6 MB instead of 8.2 MB; and on all cores (a part's
// blocks at the same time, see parallelDeflate). The rows registered in
// sp are spliced into their worksheets on the way (splice.go); they are
// made here, so a panic while making them (a bug) becomes an error, as in
// build, and the export fails without taking the program down.
func writePackage(f *excelize.File, w io.Writer, sp *splices) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("interne fout: %v", r)
		}
	}()
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter {
		zw := zip.NewWriter(w)
		zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
			return newParallelDeflate(out), nil
		})
		return &splicingZip{Writer: zw, sp: sp}
	})
	var rest emptyCheck
	if err := f.Write(&rest); err != nil {
		return err
	}
	if sp != nil && sp.left() > 0 {
		return fmt.Errorf("interne fout: %d reeksen rijen niet in de werkmap", sp.left())
	}
	if rest.n > 0 {
		return fmt.Errorf("interne fout: %d bytes buiten het zip-pakket", rest.n)
	}
	return nil
}

// emptyCheck counts what is written to it.
type emptyCheck struct{ n int }

func (e *emptyCheck) Write(p []byte) (int, error) {
	e.n += len(p)
	return len(p), nil
}

// build lays the workbook out in memory. A panic (a bug: every limit of
// the input is checked first) becomes an error, so an export never takes
// the program down.
func build(in *Input) (f *excelize.File, err error) {
	f = excelize.NewFile()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("interne fout: %v", r)
		}
	}()
	st, err := newStyles(f)
	if err != nil {
		return f, err
	}
	// Sheets in their final order first, so the themes' names are known.
	if err := f.SetSheetName("Sheet1", sheetSummary); err != nil {
		return f, err
	}
	sh := planSheets(in)
	var kompasSheet []string
	if in.Kompas != nil {
		kompasSheet = []string{sheetKompas, sheetKompasThemes}
	}
	for _, s := range append(append(kompasSheet, sh.order()...), sheetReport, sheetExplain) {
		if _, err := f.NewSheet(s); err != nil {
			return f, err
		}
	}
	// Before any stream: SetActiveSheet reads every worksheet, and on a
	// streamed sheet that means parsing its whole XML again.
	f.SetActiveSheet(0)
	// Samenvatting's cells are written after the streamed sheets: held as
	// cells until the package is written (50 MB nationally), they would
	// otherwise be scanned by every collection while the big sheets are
	// built. Its print setup comes first, in sheet order.
	if err := printSetup(f, sheetSummary, 1, "$1:$1", ""); err != nil {
		return f, fmt.Errorf("blad %s: %w", sheetSummary, err)
	}
	if in.Kompas != nil {
		if err := writeKompas(f, st, in); err != nil {
			return f, fmt.Errorf("blad %s: %w", sheetKompas, err)
		}
		if err := writeKompasThemes(f, st, in); err != nil {
			return f, fmt.Errorf("blad %s: %w", sheetKompasThemes, err)
		}
	}
	for i := range in.ThemeSheets {
		for _, part := range sh.themes[i] {
			if err := writeTheme(f, st, in, &in.ThemeSheets[i], part); err != nil {
				return f, fmt.Errorf("blad %s: %w", part.sheet, err)
			}
		}
	}
	for _, list := range []struct {
		parts []listPart
		write func(*excelize.File, *styles, *Input, listPart) error
	}{{sh.verloop, writeVerloop}, {sh.all, writeAll}, {sh.missing, writeMissing}} {
		for _, part := range list.parts {
			if err := list.write(f, st, in, part); err != nil {
				return f, fmt.Errorf("blad %s: %w", part.sheet, err)
			}
		}
	}
	for _, s := range []struct {
		name  string
		write func(*excelize.File, *styles, *Input) error
	}{
		{sheetSummary, writeSummary},
		{sheetReport, writeReport},
		{sheetExplain, writeExplain},
	} {
		if err := s.write(f, st, in); err != nil {
			return f, fmt.Errorf("blad %s: %w", s.name, err)
		}
	}
	created := ""
	if !in.Created.IsZero() {
		created = in.Created.UTC().Format("2006-01-02T15:04:05Z")
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:    "Evaluatie prestatieafspraken",
		Subject:  "Prestatieafspraken: vergelijking en beoordeling",
		Creator:  strings.TrimSpace("pakompas " + in.Version),
		Created:  created,
		Modified: created,
		Language: "nl-NL",
	}); err != nil {
		return f, err
	}
	// ReadBack refuses a workbook for outside readers by this property:
	// it has no notes, and reading it back would clear the adviser's.
	if err := f.SetCustomProps(excelize.CustomProperty{Name: audienceProp, Value: in.audience.String()}); err != nil {
		return f, err
	}
	return f, nil
}

// audienceProp is the custom document property that holds the audience
// ("intern" or "extern").
const audienceProp = "pakompas-voor"

// validate checks what the layout relies on: gemeenten that fit side by
// side on a sheet, unique, non-empty agreement ids (ReadBack keys on
// them) and theme rows that point at existing agreements and gemeenten.
func (in *Input) validate() error {
	if len(in.Gemeenten)+1 > excelize.MaxColumns {
		return fmt.Errorf("%d gemeenten passen niet naast elkaar op een themablad: Excel houdt %d kolommen per blad, "+
			"één is voor Aanwezig; exporteer minder gemeenten tegelijk", len(in.Gemeenten), excelize.MaxColumns)
	}
	seen := make(map[string]int, len(in.Agreements))
	for i := range in.Agreements {
		a := &in.Agreements[i]
		if strings.TrimSpace(a.ID) == "" {
			return fmt.Errorf("afspraak %d (%s %s) heeft geen id", i+1, a.Gemeente, a.Number)
		}
		if j, ok := seen[a.ID]; ok {
			return fmt.Errorf("id %q staat twee keer in de invoer (afspraak %d en %d)", a.ID, j+1, i+1)
		}
		seen[a.ID] = i
	}
	if err := in.Verloop.validate(len(in.Agreements)); err != nil {
		return err
	}
	for _, ts := range in.ThemeSheets {
		for r, row := range ts.Rows {
			if len(row.Cells) > len(in.Gemeenten) {
				return fmt.Errorf("thema %s, rij %d: %d kolommen voor %d gemeenten", ts.Key, r+1, len(row.Cells), len(in.Gemeenten))
			}
			for _, idx := range row.Cells {
				for _, i := range idx {
					if i < 0 || i >= len(in.Agreements) {
						return fmt.Errorf("thema %s, rij %d: afspraak %d bestaat niet (er zijn er %d)", ts.Key, r+1, i, len(in.Agreements))
					}
				}
			}
		}
	}
	return nil
}
