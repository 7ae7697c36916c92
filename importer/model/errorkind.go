package model

// ErrorKind classifies why a file could not be read. The values are stable
// codes for scripts; FileError.Error gives the Dutch message.
type ErrorKind string

// The kinds of unreadable input.
const (
	ErrNotFound    ErrorKind = "not_found"    // the path does not exist
	ErrXLS         ErrorKind = "xls"          // legacy binary Excel (.xls)
	ErrODS         ErrorKind = "ods"          // no longer given (.ods files are read since issue 16); the code stays reserved
	ErrDOC         ErrorKind = "doc"          // legacy binary Word (.doc)
	ErrEncrypted   ErrorKind = "encrypted"    // password-protected: an xlsx or docx without a password, any OpenDocument file (not decrypted)
	ErrPassword    ErrorKind = "password"     // password-protected xlsx or docx, wrong password
	ErrNotSheet    ErrorKind = "not_a_sheet"  // not a spreadsheet at all (HTML, PDF, text...)
	ErrCorrupt     ErrorKind = "corrupt"      // a damaged or truncated package (xlsx, ods, docx, odt), or a CSV with a quote never closed
	ErrTooLarge    ErrorKind = "too_large"    // a zip bomb or a file over one of the limits (README, Limits)
	ErrNoTable     ErrorKind = "no_table"     // readable, but no table of agreements found
	ErrUnsupported ErrorKind = "unsupported"  // a format pakompas does not read (.numbers, .xlsb...)
	ErrEmpty       ErrorKind = "empty"        // an empty file
	ErrCanceled    ErrorKind = "canceled"     // the import was canceled
	ErrInternal    ErrorKind = "internal"     // a bug in pakompas; the file is not to blame
	ErrNotRegular  ErrorKind = "not_regular"  // a named pipe (FIFO), device or socket: only regular files are read
	ErrPermission  ErrorKind = "permission"   // no permission to read the file or folder
	ErrSymlinkLoop ErrorKind = "symlink_loop" // a symbolic link that leads back to itself
	ErrIsDir       ErrorKind = "is_dir"       // a folder where a file was expected (a link to a folder named like a spreadsheet)
	ErrReadFailed  ErrorKind = "read_error"   // opened, but reading failed (a disk or network error)
)
