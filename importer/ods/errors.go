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
}

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

func damaged(msg string) *Error  { return &Error{Kind: Damaged, Msg: msg} }
func tooLarge(msg string) *Error { return &Error{Kind: TooLarge, Msg: msg} }
