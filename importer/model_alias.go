package importer

import "pakompas/importer/model"

// The data model of an import lives in package model, which reads no files
// (and so does not need excelize): compare and its users depend on the
// model only. These aliases keep the importer's API as it was.

// Agreement is one prestatieafspraak as the spreadsheet states it (model.Agreement).
type Agreement = model.Agreement

// Source is where an agreement was found (model.Source).
type Source = model.Source

// Report is what an import found (model.Report).
type Report = model.Report

// FileReport is one file of a report (model.FileReport).
type FileReport = model.FileReport

// SheetReport is one sheet of a file (model.SheetReport).
type SheetReport = model.SheetReport

// ColumnMapping maps a column to a field (model.ColumnMapping).
type ColumnMapping = model.ColumnMapping

// SkippedRow is a row not taken, and why (model.SkippedRow).
type SkippedRow = model.SkippedRow

// Field is a column's meaning (model.Field).
type Field = model.Field

// ErrorKind classifies why a file could not be read (model.ErrorKind).
type ErrorKind = model.ErrorKind

// The fields a column can be mapped to.
const (
	FieldNone     = model.FieldNone
	FieldText     = model.FieldText
	FieldTheme    = model.FieldTheme
	FieldNumber   = model.FieldNumber
	FieldOwner    = model.FieldOwner
	FieldDue      = model.FieldDue
	FieldStatus   = model.FieldStatus
	FieldNotes    = model.FieldNotes
	FieldKind     = model.FieldKind
	FieldGemeente = model.FieldGemeente
	FieldYear     = model.FieldYear
	// FieldJaarschijf is the jaarschijf column (model.FieldJaarschijf).
	FieldJaarschijf = model.FieldJaarschijf
)

// The kinds of unreadable input.
const (
	ErrNotFound    = model.ErrNotFound
	ErrXLS         = model.ErrXLS
	ErrODS         = model.ErrODS
	ErrDOC         = model.ErrDOC
	ErrEncrypted   = model.ErrEncrypted
	ErrPassword    = model.ErrPassword
	ErrNotSheet    = model.ErrNotSheet
	ErrCorrupt     = model.ErrCorrupt
	ErrTooLarge    = model.ErrTooLarge
	ErrNoTable     = model.ErrNoTable
	ErrUnsupported = model.ErrUnsupported
	ErrEmpty       = model.ErrEmpty
	ErrCanceled    = model.ErrCanceled
	ErrInternal    = model.ErrInternal
	ErrNotRegular  = model.ErrNotRegular
	ErrPermission  = model.ErrPermission
	ErrSymlinkLoop = model.ErrSymlinkLoop
	ErrIsDir       = model.ErrIsDir
	ErrReadFailed  = model.ErrReadFailed
)
