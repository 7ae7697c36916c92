package importer

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// source is an opened input file: its size, random access (for sniffing
// and for a zip's directory) and a way to close it. A CSV file is read
// from it as a stream; only workbooks, bounded by maxUnzipped, are read
// into memory whole.
type source struct {
	size  int64
	ra    io.ReaderAt
	close func() error
	// whole is the file's content when it is in memory already (or head
	// has read all of it).
	whole []byte
}

// bytesSource is a source over data already in memory.
func bytesSource(data []byte) *source {
	return &source{size: int64(len(data)), ra: bytes.NewReader(data), close: func() error { return nil }, whole: data}
}

// stream returns the file from its start as a reader.
func (s *source) stream() io.Reader { return io.NewSectionReader(s.ra, 0, s.size) }

// head returns up to the first n bytes.
func (s *source) head(n int) ([]byte, error) {
	buf := make([]byte, min(int64(n), s.size))
	k, err := s.ra.ReadAt(buf, 0)
	if err == io.EOF {
		err = nil
	}
	if int64(k) == s.size {
		s.whole = buf[:k]
	}
	return buf[:k], err
}

// readAll returns the whole file; callers have checked its size.
func (s *source) readAll() ([]byte, error) {
	if s.whole != nil {
		return s.whole, nil
	}
	return io.ReadAll(s.stream())
}

// errNotRegular is the error for a path that is no regular file (a FIFO,
// a device, a socket).
var errNotRegular = errors.New("not a regular file")

// openOS opens a file read-only. Only a regular file is opened for good:
// a FIFO would block the open (and then the read) for ever, so the open
// does not wait (O_NONBLOCK where the system has it) and the opened
// handle's type is checked before anything is read, which also holds when
// the path changed since it was listed.
func openOS(path string) (*source, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0) // input files are never written
	if err != nil {
		return nil, err
	}
	st, err := regularFile(f, path)
	if err != nil {
		return nil, err
	}
	return &source{size: st.Size(), ra: f, close: f.Close}, nil
}

// regularFile returns the opened file's info when it is a regular file;
// otherwise it closes the file and says what it is.
func regularFile(f fs.File, path string) (fs.FileInfo, error) {
	st, err := f.Stat()
	if err == nil && st.IsDir() {
		err = &fs.PathError{Op: "open", Path: path, Err: syscall.EISDIR}
	} else if err == nil && !st.Mode().IsRegular() {
		err = &fs.PathError{Op: "open", Path: path, Err: errNotRegular}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return st, nil
}

// openFS opens a file of an fs.FS (the embedded demo set). A file without
// random access is read into memory, refused beyond maxFileSize.
func openFS(fsys fs.FS, name string) (*source, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	st, err := regularFile(f, name)
	if err != nil {
		return nil, err
	}
	if ra, ok := f.(io.ReaderAt); ok {
		return &source{size: st.Size(), ra: ra, close: f.Close}, nil
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, err
	}
	return bytesSource(data), nil
}

// pathError turns the error of listing, opening or reading a path into
// what the adviser needs to know: missing, no permission, a link loop, a
// folder, no regular file, or a read error.
func pathError(path string, err error) *FileError {
	switch {
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		return newFileError(path, ErrNotFound, err)
	case errors.Is(err, fs.ErrPermission):
		return newFileError(path, ErrPermission, err)
	case errors.Is(err, syscall.ELOOP):
		return newFileError(path, ErrSymlinkLoop, err)
	case errors.Is(err, syscall.EISDIR):
		return newFileError(path, ErrIsDir, err)
	case errors.Is(err, errNotRegular):
		return newFileError(path, ErrNotRegular, err)
	}
	return newFileErrorf(path, ErrReadFailed, err, "%s (%v)", messages[ErrReadFailed], unwrapPath(err))
}

// unwrapPath returns the error under a *fs.PathError (whose message
// repeats the path).
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// notRegularError is the listing's error for a path that is no regular
// file, naming what it is.
func notRegularError(path string, mode fs.FileMode) *FileError {
	what := "een bijzonder bestand"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		what = "een named pipe (FIFO)"
	case mode&fs.ModeSocket != 0:
		what = "een socket"
	case mode&fs.ModeDevice != 0, mode&fs.ModeCharDevice != 0:
		what = "een apparaat"
	}
	return newFileErrorf(path, ErrNotRegular, errNotRegular, "geen gewoon bestand maar %s: niet ingelezen", what)
}
