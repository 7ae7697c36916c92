package importer

import "fmt"

// FileError is why one file could not be imported. Its message is Dutch,
// names the file, and says what the adviser can do about it.
type FileError struct {
	Path string
	Kind ErrorKind
	// Msg is the Dutch explanation without the file name.
	Msg string
	// Err is the underlying error, if any (for logs, not for the adviser).
	Err error
}

func (e *FileError) Error() string { return fmt.Sprintf("%s: %s", e.Path, e.Msg) }

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }

// messages are the Dutch explanations per kind.
var messages = map[ErrorKind]string{
	ErrNotFound:    "bestand of map niet gevonden",
	ErrXLS:         "oud Excel-formaat (.xls): sla het bestand op als .xlsx",
	ErrDOC:         "oud Word-formaat: sla het bestand op als .docx",
	ErrEncrypted:   "het bestand is met een wachtwoord beveiligd: geef het wachtwoord als pakompas erom vraagt, of mee met --password",
	ErrPassword:    "het wachtwoord klopt niet voor dit beveiligde bestand",
	ErrNotSheet:    "geen spreadsheet: het bestand is geen Excel-, OpenDocument-, CSV- of Word-bestand",
	ErrCorrupt:     "beschadigd Excel-bestand: het kon niet worden gelezen (afgebroken download of kopie?)",
	ErrTooLarge:    "bestand geweigerd: de werkmap pakt uit tot meer dan de grens van 128 MB",
	ErrNoTable:     "geen tabel met afspraken gevonden: geen kopregel met een kolom als 'Afspraak' of 'Omschrijving'",
	ErrUnsupported: "bestandsformaat wordt niet ondersteund: sla het bestand op als .xlsx of .csv",
	ErrEmpty:       "leeg bestand",
	ErrCanceled:    "inlezen afgebroken",
	ErrInternal:    "interne fout bij het inlezen (dit ligt niet aan het bestand; meld het ons)",
	ErrNotRegular:  "geen gewoon bestand (een named pipe, apparaat of socket): niet ingelezen",
	ErrPermission:  "geen toegang: je hebt geen leesrechten voor dit bestand of deze map",
	ErrSymlinkLoop: "de koppeling (symbolische link) verwijst in een kring naar zichzelf: er is geen bestand om te lezen",
	ErrIsDir:       "dit is een map, geen bestand: een koppeling naar een map wordt niet doorzocht; geef de map zelf op",
	ErrReadFailed:  "het bestand kon niet worden gelezen (schijf- of netwerkfout?)",
}

func newFileError(path string, kind ErrorKind, err error) *FileError {
	return &FileError{Path: path, Kind: kind, Msg: messages[kind], Err: err}
}

// newFileErrorf is newFileError with a message of its own, for errors that
// say where in the file and which limit.
func newFileErrorf(path string, kind ErrorKind, err error, format string, args ...any) *FileError {
	return &FileError{Path: path, Kind: kind, Msg: fmt.Sprintf(format, args...), Err: err}
}
