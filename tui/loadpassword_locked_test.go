package tui

import (
	"testing"

	"pakompas/importer/model"
)

// The Laden screen asks a password only for files a password can open: a
// protected xlsx or docx, not an OpenDocument file, which is never
// decrypted (its error says how to save it instead).
func TestLockedOnlyWhereAPasswordHelps(t *testing.T) {
	for _, c := range []struct {
		f    model.FileReport
		want bool
	}{
		{model.FileReport{Path: "a.xlsx", Format: "xlsx", ErrorKind: model.ErrEncrypted}, true},
		{model.FileReport{Path: "a.docx", Format: "docx", ErrorKind: model.ErrPassword}, true},
		{model.FileReport{Path: "a.xlsx", Format: "xlsx", ErrorKind: model.ErrCorrupt}, false},
		{model.FileReport{Path: "a.ods", Format: "ods", ErrorKind: model.ErrEncrypted}, false},
		{model.FileReport{Path: "a.ODT", ErrorKind: model.ErrEncrypted}, false},
		{model.FileReport{Path: "map/afspraken", Format: "odt", ErrorKind: model.ErrEncrypted}, false},
	} {
		if got := locked(c.f); got != c.want {
			t.Errorf("locked(%+v) = %v, want %v", c.f, got, c.want)
		}
	}
}
