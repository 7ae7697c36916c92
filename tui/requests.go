package tui

import tea "github.com/charmbracelet/bubbletea"

// Requests: what a component asks of the root, returned from its Update
// (component.go). The root carries them out in order (route.go).
type (
	// openScreenMsg shows screen id on top of the current one (esc comes
	// back) and then gives it show, when set: which theme or agreement.
	openScreenMsg struct {
		id   screenID
		show tea.Msg
	}
	// switchScreenMsg shows top-level screen id; back from it leads to the
	// overview.
	switchScreenMsg struct{ id screenID }
	// backMsg returns to the previous screen.
	backMsg struct{}
	// openDialogMsg opens a dialog over the screen; it takes the keys
	// until it asks to close.
	openDialogMsg struct{ dialog component }
	// closeDialogMsg closes the dialog.
	closeDialogMsg struct{}
	// statusMsg sets the status line above the footer; err shows it as an
	// error.
	statusMsg struct {
		text string
		err  bool
	}
)

// Messages the root gives to screens.
type (
	// showThemeMsg opens the Thema screen on theme key with gemeente col
	// (a matrix index) in view.
	showThemeMsg struct {
		key string
		col int
	}
	// showAgreementMsg opens the Afspraak screen on agreement i, at
	// position pos of seq: the agreements of the screen that opened it, in
	// its order, for the next and previous keys (nil: i alone).
	showAgreementMsg struct {
		i, pos int
		seq    []int
	}
	// focusSearchMsg focuses the search of the Afspraken screen.
	focusSearchMsg struct{}
	// gemeentenChosenMsg carries the gemeente columns (matrix indexes)
	// chosen in the gemeente picker, to the screen under it.
	gemeentenChosenMsg struct{ shown []int }
	// activeMsg tells a screen that it is now shown (it may build what it
	// puts off until it is needed).
	activeMsg struct{}
	// dataMsg tells every screen that the session's data changed: the
	// import finished, or a theme move's re-analysis was applied.
	dataMsg struct{}
	// drawnMsg follows every dataMsg once the frame showing the new data
	// has been rendered: screens may now start the work they put off to
	// the background (the list's search texts), without delaying that
	// frame.
	drawnMsg struct{}
)

// statusOK is the request to show text in the status line.
func statusOK(text string) statusMsg { return statusMsg{text: text} }

// statusError is the request to show text in the status line as an error.
func statusError(text string) statusMsg { return statusMsg{text: text, err: true} }
