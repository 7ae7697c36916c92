package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"pakompas/compare"
	"pakompas/compare/printable"
	"pakompas/compare/regular"
)

// regular is the Afspraak screen's signal for regular work ("going
// concern", compare/regular), under the flags: "regulier" and why, with
// the words it matched ("regulier  wat de wet al vraagt: 'conform de
// Woningwet'; hoort op een dashboard, niet in de afspraken"); "" when the
// agreement is not regular.
func (d *detail) regular(a compare.Agreement) string {
	f := a.RegularFlag
	if !a.Regular || f == nil {
		return ""
	}
	s := d.styles
	msg := strings.TrimPrefix(printable.String(f.Message), "regulier werk, ")
	label := regular.Category
	wrapped := ansi.Wordwrap(msg, max(20, d.w-len(label)-4), "")
	return "  " + s.Warn.Render(label) + "  " + strings.ReplaceAll(wrapped, "\n", "\n    ") + "\n"
}
