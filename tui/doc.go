// Package tui is pakompas' terminal interface (Bubble Tea): a thin root
// model that routes messages to one screen at a time, a keymap and styles
// defined once, and a session that holds the analysis and the adviser's
// evaluation.
//
// Screens, one file each: Laden (loading.go), Overzicht (overview.go),
// Thema (themeview.go), Afspraak (detail.go), Importverslag (report.go) and
// the help overlay (help.go). Everything expensive (the import, the
// analysis, matrices, theme layouts) is computed once, outside View; View
// renders only what is visible.
package tui
