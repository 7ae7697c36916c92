package tui

import (
	"errors"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"pakompas/compare"
	"pakompas/compare/evaluation"
)

// Options configure the program.
type Options struct {
	// Load imports and analyses the input (Loader).
	Load Loader
	// Evaluation is the evaluation file (verdicts, notes); empty means
	// evaluation.DefaultFile.
	Evaluation string
	// OpenStore opens the evaluation file; nil means evaluation.Open.
	OpenStore func(path string) (*evaluation.Store, error)
	// Version is shown in the exported workbook.
	Version string
}

// Loader imports and analyses the input with the adviser's saved theme
// moves, reporting each file read, and returns with the analysis the
// function that analyses the same import again with other moves (for
// theme moves made in the UI; nil when moves are not possible). Passwords
// are those the adviser typed for password-protected files, by path as
// the import report names them (nil at first; the Laden screen asks for
// them and imports again). It runs off the UI goroutine.
type Loader = func(progress func(done, total int, path string), ov compare.Overrides, passwords map[string]string) (*compare.Analysis, Reanalyze, error)

// Reanalyze analyses the loaded import again with other theme moves.
type Reanalyze = func(compare.Overrides) *compare.Analysis

// Run starts the program full-screen and returns when the adviser quits.
// NO_COLOR (any value) turns colours off. After a panic (guard.go) the
// terminal is restored, the work saved, and the error says so in Dutch.
func Run(opts Options) error {
	if os.Getenv("NO_COLOR") != "" {
		lipgloss.SetColorProfile(termenv.Ascii)
	}
	return run(New(opts), tea.WithAltScreen(), tea.WithMouseCellMotion())
}

// run runs m behind a guard with the program options given (tests give
// their own input and output).
func run(m *Model, popts ...tea.ProgramOption) error {
	g := newGuard(m)
	p := tea.NewProgram(g, popts...)
	g.send = p.Send
	_, err := p.Run()
	if errors.Is(err, tea.ErrProgramPanic) {
		// Escaped the guard (Bubble Tea caught it and restored the
		// terminal): the work is saved all the same.
		g.fail(crash{value: err})
	}
	if gerr := g.err(); gerr != nil {
		return gerr
	}
	return err
}
