package importer

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// input is one file to import: its name as reported and how to open it.
type input struct {
	path string
	open func() (*source, error)
	// err is set when the path could not be listed or is no regular file.
	err *FileError
	// ignore is set for a file in a folder that is not read (see wanted).
	ignore string
}

// listOS expands a path given by the adviser: a file is always attempted
// (so that a wrong one gets a clear error); a folder contributes the
// spreadsheet files under it. Only regular files are opened: a FIFO,
// device or socket is reported as such, never read (reading a FIFO would
// wait for ever).
func listOS(p string) []input {
	info, err := os.Stat(p)
	switch {
	case err != nil:
		return []input{{path: p, err: pathError(p, err)}}
	case !info.IsDir():
		return []input{osFile(p, info.Mode())}
	}
	root := p
	if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		root = p + string(filepath.Separator) // a link given as the folder: walk where it leads
	}
	var out []input
	_ = filepath.WalkDir(root, func(name string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			out = append(out, input{path: name, err: pathError(name, err)})
		case d.IsDir():
			if name != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
		default:
			out = append(out, walked(name, d)...)
		}
		return nil
	})
	return out
}

// osFile is the input for a file given by path, of the given mode.
func osFile(p string, mode fs.FileMode) input {
	if !mode.IsRegular() {
		return input{path: p, err: notRegularError(p, mode)}
	}
	return input{path: p, open: func() (*source, error) { return openOS(p) }}
}

// walked is the input (if any) for a file found in a folder: judged first
// by its name (wanted), then by what it is. A symbolic link is followed
// to see what it points at: a link to a folder is not walked (it could
// loop), a broken or looping link named like a spreadsheet is an error.
func walked(name string, d fs.DirEntry) []input {
	ok, why := wanted(d.Name())
	mode := d.Type()
	if mode&fs.ModeSymlink != 0 {
		info, err := os.Stat(name)
		switch {
		case err != nil && ok:
			return []input{{path: name, err: pathError(name, err)}}
		case err != nil && why == "":
			return nil
		case err != nil:
			return []input{{path: name, ignore: why}}
		case info.IsDir() && ok:
			return []input{{path: name, err: newFileError(name, ErrIsDir, nil)}}
		case info.IsDir():
			return []input{{path: name, ignore: "koppeling naar een map: niet doorzocht (geef de map zelf op)"}}
		}
		mode = info.Mode()
	}
	switch {
	case ok:
		return []input{osFile(name, mode)}
	case why != "":
		return []input{{path: name, ignore: why}}
	}
	return nil
}

// listFS is listOS on an fs.FS.
func listFS(fsys fs.FS, root string) []input {
	info, err := fs.Stat(fsys, root)
	if err != nil {
		return []input{{path: root, err: pathError(root, err)}}
	}
	open := func(name string) func() (*source, error) {
		return func() (*source, error) { return openFS(fsys, name) }
	}
	if !info.IsDir() {
		return []input{{path: root, open: open(root)}}
	}
	var out []input
	_ = fs.WalkDir(fsys, root, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, input{path: name, err: pathError(name, err)})
			return nil
		}
		if d.IsDir() {
			return nil
		}
		switch ok, why := wanted(path.Base(name)); {
		case ok:
			out = append(out, input{path: name, open: open(name)})
		case why != "":
			out = append(out, input{path: name, ignore: why})
		}
		return nil
	})
	return out
}

// spreadsheetExts are the extensions a folder walk picks up: spreadsheets,
// Word documents and OpenDocument texts (their tables). Formats that
// cannot be read (.xls, .xlsb, .numbers, .doc) are picked up too, so the
// adviser learns why they were not imported and how to save them instead
// of missing them.
var spreadsheetExts = map[string]bool{
	".xlsx": true, ".xlsm": true, ".xltx": true, ".csv": true, ".tsv": true, ".txt": false,
	".xls": true, ".ods": true, ".xlsb": true, ".numbers": true,
	".docx": true, ".docm": true, ".doc": true, ".odt": true,
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
		return false, "geen spreadsheet of Word-document (geen extensie): niet ingelezen"
	}
	return false, "geen spreadsheet of Word-document (" + ext + "): niet ingelezen"
}
