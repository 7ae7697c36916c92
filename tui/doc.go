// Package tui is pakompas' terminal interface (Bubble Tea), in the shape
// of soft-serve's pkg/ui and gh-dash's ui: a root model, components that
// know only a shared context, and one keymap.
//
// The root (model.go, route.go, view.go, help.go) owns the frame (header,
// status line, footer), the stack of screens, the open dialog and the
// session. It routes every message: the program's own (the import, a
// re-analysis, a finished export) it handles itself; keys go through the
// global keys (q, ?, /, tab, e, u) to the open dialog or the active
// screen; anything else goes to the active screen. Runes that arrive in
// one key message are pressed one by one (bunched.go).
//
// Screens and dialogs are components (component.go): each gets the shared
// context (common: styles, keymap, the session) when it is made, and its
// size by SetSize whenever the body between header and footer changes. It
// computes from the size, once, what depends on it (page sizes, column
// widths, scroll offsets). Update handles a message and returns a command
// and requests for the root (requests.go): open or switch a screen, go
// back, open or close a dialog, set the status line. The root carries
// them out at once and in order. View renders the state and changes
// nothing. ShortHelp and FullHelp (help.KeyMap) list the component's keys
// from the one KeyMap (keys.go); the footer and the ? screen show those
// of the open dialog, else of the active screen.
//
// Screens, a few files each: Laden (loading.go, loadpassword.go),
// Overzicht (overview.go), Thema (themeview.go, themecells.go,
// themefull.go, themefilters.go, themeseq.go), Afspraak (detail.go,
// detailtext.go, detailregular.go), Afspraken (list.go, listfilter.go,
// listmatch.go, listview.go, listtrail.go: the rows of each search step,
// searchfold.go: the search texts folded in the background, listpick.go:
// the agreements behind a Kompas cell), Importverslag (report.go), Kompas (kompas.go, kompasview.go).
// Dialogs: export (export.go), theme moves (themepicker.go), gemeenten
// (gemeentepicker.go). The
// session (session.go, session_move.go, judge.go: verdict keys, marks,
// undo) is the screens' way to compare.Evaluation, the owner of the
// analysis and the adviser's work; evalfile.go names its file on screen;
// unsaved.go keeps work whose save failed. Everything expensive (the
// import, the analysis, matrices, theme
// layouts, the search text) is computed once, outside View; View renders
// only what is visible. What the first frame does not need waits until it
// is drawn (drawnMsg follows every dataMsg): the list folds its search
// texts in the background then.
package tui
