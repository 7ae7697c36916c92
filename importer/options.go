package importer

// Options tune an import. The zero value is ready to use.
type Options struct {
	// Gemeente, when set, is the gemeente of the agreements of a file that
	// names none itself: no gemeente column (or sheet named after one), no
	// gemeente in a title or cover cell, none in the file name. A file that
	// names its own gemeente keeps it; when that is another gemeente, its
	// report warns that the option was not applied.
	Gemeente string
	// Year (--jaar), when set, is the jaarschijf or period ("2025",
	// "2024-2027") of the agreements of a file that names none itself: no
	// year column or sheet named after a year, none in a title or cover
	// cell, the file name or its folder. Like Gemeente, a file that names
	// its own year keeps it, and its report warns when that differs.
	Year string
	// Password opens password-protected xlsx files.
	Password string
	// Passwords open single password-protected files, by their path as
	// the report names it (FileReport.Path); for those files it is used
	// instead of Password (the TUI asks for one file's password).
	Passwords map[string]string
	// Workers bounds how many files are read at once; 0 means the number
	// of CPUs.
	Workers int
	// Progress, when set, is called after each file is read, from the
	// goroutine that read it (calls may be concurrent).
	Progress func(done, total int, path string)

	// spillAbove, for tests, is the size above which excelize keeps a sheet
	// part in a temporary file instead of memory; 0 means maxUnzippedXML.
	spillAbove int64
	// reader, for tests and benchmarks, chooses how xlsx files are read.
	reader readerKind
}

// readerKind chooses how xlsx files are read.
type readerKind int

const (
	// readerFast is the fast reader, with excelize where it cannot read
	// a file (the default).
	readerFast readerKind = iota
	// readerExcelize reads every file with excelize.
	readerExcelize
)

// passwordFor is the password for the file at path: its own from
// Passwords, else Password.
func (o Options) passwordFor(path string) string {
	if pw, ok := o.Passwords[path]; ok {
		return pw
	}
	return o.Password
}

// inMemoryXML is the largest sheet part excelize keeps in memory.
func (o Options) inMemoryXML() int64 {
	if o.spillAbove > 0 {
		return o.spillAbove
	}
	return maxUnzippedXML
}
