package model

// ErrorKind classifies why a file could not be read. The values are stable
// codes for scripts; FileError.Error gives the Dutch message.
type ErrorKind string

// The kinds of unreadable input.
const (
	ErrNotFound    ErrorKind = "not_found"   // the path does not exist or cannot be opened
	ErrXLS         ErrorKind = "xls"         // legacy binary Excel (.xls)
	ErrODS         ErrorKind = "ods"         // OpenDocument spreadsheet
	ErrEncrypted   ErrorKind = "encrypted"   // password-protected xlsx, no password given
	ErrPassword    ErrorKind = "password"    // password-protected xlsx, wrong password
	ErrNotSheet    ErrorKind = "not_a_sheet" // not a spreadsheet at all (HTML, PDF, text...)
	ErrCorrupt     ErrorKind = "corrupt"     // a damaged or truncated xlsx
	ErrTooLarge    ErrorKind = "too_large"   // a zip bomb or a file over the size limit
	ErrNoTable     ErrorKind = "no_table"    // readable, but no table of agreements found
	ErrUnsupported ErrorKind = "unsupported" // a format pakompas does not read (.numbers, .xlsb...)
	ErrEmpty       ErrorKind = "empty"       // an empty file
	ErrCanceled    ErrorKind = "canceled"    // the import was canceled
	ErrInternal    ErrorKind = "internal"    // a bug in pakompas; the file is not to blame
)
