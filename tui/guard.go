package tui

import (
	"fmt"
	"runtime/debug"

	tea "github.com/charmbracelet/bubbletea"
)

// A panic never takes the adviser's terminal or work down with it. guard
// wraps the root model: a panic in Init, Update, View or a command the
// program runs is recovered; the adviser's work is saved (rescue.go); the
// program ends through tea.Quit, so Bubble Tea restores the terminal
// (raw mode off, the normal screen back, the mouse released); and Run
// returns a Dutch message saying what happened and where the work is.
// Bubble Tea's own recovery stays on behind it: should a panic escape the
// guard (in Bubble Tea itself), it restores the terminal and Run still
// saves the work.

// testHookRoute, when a test sets it, runs before a component's Update
// (route.go): a test makes a screen's Update panic with it.
var testHookRoute func(c component, msg tea.Msg)

// crash is a recovered panic: its value and the stack where it happened.
type crash struct {
	value any
	stack []byte
}

// crashMsg reports a panic caught off the event loop (in a command, or in
// View, which cannot end the program itself).
type crashMsg struct{ c crash }

// guard is the program's model: the root model behind a recover.
type guard struct {
	m *Model
	// send delivers a message to the program from outside the event loop
	// (Program.Send); nil in tests.
	send func(tea.Msg)
	// crashed is set by the first panic; report is then the message for
	// the adviser.
	crashed bool
	report  string
}

func newGuard(m *Model) *guard { return &guard{m: m} }

func (g *guard) Init() (cmd tea.Cmd) {
	defer g.recover(func() { cmd = tea.Quit })
	return g.wrap(g.m.Init())
}

func (g *guard) Update(msg tea.Msg) (_ tea.Model, cmd tea.Cmd) {
	if c, ok := msg.(crashMsg); ok {
		g.fail(c.c)
	}
	if g.crashed {
		return g, tea.Quit
	}
	defer g.recover(func() { cmd = tea.Quit })
	_, cmd = g.m.Update(msg)
	return g, g.wrap(cmd)
}

func (g *guard) View() (view string) {
	if g.crashed {
		return ""
	}
	defer g.recover(func() {
		view = ""
		if g.send != nil {
			go g.send(crashMsg{}) // View cannot quit: the next Update does
		}
	})
	return g.m.View()
}

// recover, deferred, turns a panic into a rescue and calls then (which
// sets the deferring method's result).
func (g *guard) recover(then func()) {
	if r := recover(); r != nil {
		g.fail(crash{value: r, stack: debug.Stack()})
		then()
	}
}

// fail saves the work once, at the first panic, and keeps the message.
func (g *guard) fail(c crash) {
	if g.crashed {
		return
	}
	g.crashed = true
	g.report = g.m.rescueAfter(c)
}

// wrap makes a command report a panic as a crashMsg instead of ending the
// program; the commands of a batch are wrapped in turn when it runs.
func (g *guard) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = crashMsg{crash{value: r, stack: debug.Stack()}}
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			wrapped := make(tea.BatchMsg, len(batch))
			for i, c := range batch {
				wrapped[i] = g.wrap(c)
			}
			return wrapped
		}
		return msg
	}
}

// err is the error Run returns after a panic: the message for the
// adviser.
func (g *guard) err() error {
	if !g.crashed {
		return nil
	}
	return fmt.Errorf("%s", g.report)
}
