package importer

import (
	"context"
	"io/fs"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
)

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

// run imports the inputs on a bounded pool of workers and assembles the
// report in input order.
func run(ctx context.Context, inputs []input, opts Options) *Report {
	inputs = dedupe(inputs)
	results := make([]fileResult, len(inputs))
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	budget := newBudget(readBudget)
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
				results[i] = readInput(ctx, inputs[i], opts, budget)
				if opts.Progress != nil {
					opts.Progress(int(done.Add(1)), len(inputs), inputs[i].path)
				}
			}
		}()
	}
	wg.Wait()

	capGemeenten(results)
	capImportText(results, maxImportText)
	n := 0
	for _, r := range results {
		n += len(r.agreements)
	}
	rep := &Report{Files: make([]FileReport, 0, len(results))}
	if n > 0 {
		rep.Agreements = make([]Agreement, 0, n) // one copy of all, not log n
	}
	for _, r := range results {
		rep.Files = append(rep.Files, r.report)
		rep.Agreements = append(rep.Agreements, r.agreements...)
	}
	assignIDs(rep.Agreements)
	return rep
}

// readInput opens and imports one input, turning open failures into its
// report's error. It never panics: a panic on some unforeseen input
// (opening, sniffing, reading or making sense of it) becomes an internal
// error for this file only, and the other files import.
func readInput(ctx context.Context, in input, opts Options, budget *budget) (res fileResult) {
	defer func() {
		if p := recover(); p != nil {
			res = panicked(in.path, p)
		}
	}()
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
	src, err := in.open()
	if err != nil {
		return fail(pathError(in.path, err))
	}
	defer src.close()
	return importSource(in.path, src, opts, budget)
}

// dedupe drops a file given twice (a file and the folder holding it), so
// that its agreements are not imported twice.
func dedupe(inputs []input) []input {
	seen := map[string]bool{}
	out := inputs[:0]
	for _, in := range inputs {
		key := filepath.Clean(in.path)
		if abs, err := filepath.Abs(key); err == nil && in.open != nil {
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
