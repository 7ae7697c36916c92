package ods

import "fmt"

// Kind says what sort of failure an Error is.
type Kind int

// The kinds of Error.
const (
	// Damaged is broken XML or a package that is not whole.
	Damaged Kind = iota + 1
	// TooLarge is input past one of the reader's limits.
	TooLarge
	// NotSpreadsheet is another OpenDocument type (a text document, a
	// presentation) or a package without content.xml.
	NotSpreadsheet
	// Encrypted is a password-protected document: its content cannot be
	// read without the password, and the reader does not decrypt.
	Encrypted
)

// Error is why a spreadsheet could not be read. Msg is Dutch (the caller
// shows it to the adviser); Sheet and Row say where it was found, when
// inside a sheet.
type Error struct {
	Kind  Kind
	Msg   string
	Sheet string
	// Row is the 1-based row the reader was at (0 when not in a row).
	Row int
	// Err is the low-level cause (a zip, flate or XML error) when there is
	// one; Msg then ends in its text, which a caller may say in Dutch.
	Err error
}

// Unwrap returns the low-level cause, nil when none.
func (e *Error) Unwrap() error { return e.Err }

// Error returns the message with its place: "blad 'X' rij 12: …".
func (e *Error) Error() string {
	switch {
	case e.Sheet != "" && e.Row > 0:
		return fmt.Sprintf("blad '%s' rij %d: %s", e.Sheet, e.Row, e.Msg)
	case e.Sheet != "":
		return fmt.Sprintf("blad '%s': %s", e.Sheet, e.Msg)
	}
	return e.Msg
}

func damaged(msg string) *Error { return &Error{Kind: Damaged, Msg: msg} }

// damagedBy is damaged with its low-level cause: "content.xml: " + the
// cause's text.
func damagedBy(prefix string, err error) *Error {
	return &Error{Kind: Damaged, Msg: prefix + err.Error(), Err: err}
}
func tooLarge(msg string) *Error { return &Error{Kind: TooLarge, Msg: msg} }
