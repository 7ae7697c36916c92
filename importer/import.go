// Package importer reads the agreement spreadsheets of many gemeenten into
// one list of agreements and an import report that accounts for every file,
// sheet and row.
//
// It finds the table in whatever layout (title rows above a header row
// anywhere in the first 30 rows; theme as a column, as section rows or as
// sheet names; a two-row header with a planning block of year columns; one
// or several gemeenten per file), reads xlsx (cached formula values, Excel
// dates) and CSV as Dutch Excel writes it, and refuses bad input (old .xls,
// .ods, password-protected, not a spreadsheet, damaged, zip bombs) with a
// Dutch message per file while the other files import. Input files are only
// ever read.
package importer

import (
	"context"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

// maxFileSize is the largest input file read (agreement workbooks are far
// smaller; this stops a wrong path from eating memory).
const maxFileSize = 256 << 20

// input is one file to import: its name as reported and how to read it.
type input struct {
	path string
	read func() ([]byte, error)
	// err is set when the path could not even be listed.
	err *FileError
	// ignore is set for a file in a folder that is not read (see wanted).
	ignore string
}

// Import reads the files and folders at paths (folders walked recursively,
// in lexical order) and returns the report. Files are read concurrently;
// the result is the same for the same input. Import never fails as a
// whole: a file that cannot be read gets its error in its FileReport.
func Import(ctx context.Context, paths []string, opts Options) *Report {
	var inputs []input
	for _, p := range paths {
		inputs = append(inputs, listOS(p)...)
	}
	return run(ctx, inputs, opts)
}

// ImportFS is Import on a file system (such as the embedded demo set);
// roots are paths within fsys.
func ImportFS(ctx context.Context, fsys fs.FS, roots []string, opts Options) *Report {
	var inputs []input
	for _, root := range roots {
		inputs = append(inputs, listFS(fsys, root)...)
	}
	return run(ctx, inputs, opts)
}

// listOS expands a path given by the adviser: a file is always attempted
// (so that a wrong one gets a clear error); a folder contributes the
// spreadsheet files under it.
func listOS(p string) []input {
	info, err := os.Stat(p)
	if err != nil {
		return []input{{path: p, err: newFileError(p, ErrNotFound, err)}}
	}
	if !info.IsDir() {
		return []input{{path: p, read: func() ([]byte, error) { return readFileOS(p) }}}
	}
	var out []input
	_ = filepath.WalkDir(p, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, input{path: name, err: newFileError(name, ErrNotFound, err)})
			return nil
		}
		if d.IsDir() {
			if name != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		switch ok, why := wanted(d.Name()); {
		case ok:
			out = append(out, input{path: name, read: func() ([]byte, error) { return readFileOS(name) }})
		case why != "":
			out = append(out, input{path: name, ignore: why})
		}
		return nil
	})
	return out
}

// listFS is listOS on an fs.FS.
func listFS(fsys fs.FS, root string) []input {
	info, err := fs.Stat(fsys, root)
	if err != nil {
		return []input{{path: root, err: newFileError(root, ErrNotFound, err)}}
	}
	read := func(name string) func() ([]byte, error) {
		return func() ([]byte, error) { return fs.ReadFile(fsys, name) }
	}
	if !info.IsDir() {
		return []input{{path: root, read: read(root)}}
	}
	var out []input
	_ = fs.WalkDir(fsys, root, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, input{path: name, err: newFileError(name, ErrNotFound, err)})
			return nil
		}
		if d.IsDir() {
			return nil
		}
		switch ok, why := wanted(path.Base(name)); {
		case ok:
			out = append(out, input{path: name, read: read(name)})
		case why != "":
			out = append(out, input{path: name, ignore: why})
		}
		return nil
	})
	return out
}

// spreadsheetExts are the extensions a folder walk picks up. Formats that
// cannot be read (.xls, .ods, .xlsb, .numbers) are picked up too, so the
// adviser learns why they were not imported instead of missing them.
var spreadsheetExts = map[string]bool{
	".xlsx": true, ".xlsm": true, ".xltx": true, ".csv": true, ".tsv": true, ".txt": false,
	".xls": true, ".ods": true, ".xlsb": true, ".numbers": true,
}

// wanted reports whether a file found in a folder is imported, and if not,
// why (in Dutch) — or "" for files not worth mentioning (hidden files such
// as .DS_Store).
func wanted(name string) (bool, string) {
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case strings.HasPrefix(name, "."):
		return false, ""
	case strings.HasPrefix(name, "~$"):
		return false, "tijdelijk vergrendelbestand van Excel: niet ingelezen"
	case spreadsheetExts[ext]:
		return true, ""
	case ext == "":
		return false, "geen spreadsheet (geen extensie): niet ingelezen"
	}
	return false, "geen spreadsheet (" + ext + "): niet ingelezen"
}

// readFileOS reads a file read-only, refusing files over maxFileSize.
func readFileOS(name string) ([]byte, error) {
	f, err := os.Open(name) // O_RDONLY: input files are never written
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxFileSize {
		return nil, errTooBig
	}
	return data, nil
}

type tooBigError struct{}

func (tooBigError) Error() string { return "file exceeds the size limit" }

var errTooBig error = tooBigError{}

// run imports the inputs on a bounded pool of workers and assembles the
// report in input order.
func run(ctx context.Context, inputs []input, opts Options) *Report {
	inputs = dedupe(inputs)
	results := make([]fileResult, len(inputs))
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	var next, done atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(workers, len(inputs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(inputs) {
					return
				}
				results[i] = readInput(ctx, inputs[i], opts)
				if opts.Progress != nil {
					opts.Progress(int(done.Add(1)), len(inputs), inputs[i].path)
				}
			}
		}()
	}
	wg.Wait()

	rep := &Report{Files: make([]FileReport, 0, len(results))}
	for _, r := range results {
		rep.Files = append(rep.Files, r.report)
		rep.Agreements = append(rep.Agreements, r.agreements...)
	}
	assignIDs(rep.Agreements)
	return rep
}

// readInput reads and imports one input, turning read failures into its
// report's error.
func readInput(ctx context.Context, in input, opts Options) fileResult {
	fail := func(fe *FileError) fileResult {
		return fileResult{report: FileReport{Path: in.path, Error: fe.Msg, ErrorKind: fe.Kind}}
	}
	if in.err != nil {
		return fail(in.err)
	}
	if in.ignore != "" {
		return fileResult{report: FileReport{Path: in.path, Ignored: in.ignore}}
	}
	if ctx.Err() != nil {
		return fail(newFileError(in.path, ErrCanceled, ctx.Err()))
	}
	data, err := in.read()
	if err == errTooBig {
		return fail(newFileError(in.path, ErrTooLarge, err))
	}
	if err != nil {
		return fail(newFileError(in.path, ErrNotFound, err))
	}
	return importFile(in.path, data, opts)
}

// dedupe drops a file given twice (a file and the folder holding it), so
// that its agreements are not imported twice.
func dedupe(inputs []input) []input {
	seen := map[string]bool{}
	out := inputs[:0]
	for _, in := range inputs {
		key := filepath.Clean(in.path)
		if abs, err := filepath.Abs(key); err == nil && in.read != nil {
			key = abs
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, in)
	}
	return out
}
