// Package tui is pakompas' terminal interface (Bubble Tea): a thin root
// model that routes messages to one screen at a time, a keymap and styles
// defined once, and a session that holds the analysis and the adviser's
// evaluation.
//
// Screens, one file each: Laden (loading.go), Overzicht (overview.go),
// Thema (themeview.go), Afspraak (detail.go), Afspraken (list.go),
// Importverslag (report.go); dialogs for export (export.go), theme moves
// (themepicker.go) and gemeente columns (gemeentepicker.go); the help
// screen is rendered by the root from each screen's keys (model.go). Everything expensive (the import, the
// analysis, matrices, theme layouts) is computed once, outside View; View
// renders only what is visible.
package tui
