package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
	"pakompas/compare/evaluation"
)

// progressMsg reports one more file read.
type progressMsg struct {
	done, total int
	path        string
}

// loadedMsg carries the finished analysis and the opened evaluation.
type loadedMsg struct {
	an       *compare.Analysis
	err      error
	store    *evaluation.Store
	storeErr error
}

// load runs the import and the analysis in the background, streaming
// progress messages over a channel the program reads one at a time.
func (m *Model) load() tea.Cmd {
	ch := make(chan tea.Msg, 16)
	opts := m.opts
	go func() {
		defer close(ch)
		an, err := opts.Load(func(done, total int, path string) {
			select {
			case ch <- progressMsg{done, total, path}:
			default: // the screen is behind; the next message will catch up
			}
		})
		msg := loadedMsg{an: an, err: err}
		if err == nil {
			open := opts.OpenStore
			if open == nil {
				open = evaluation.Open
			}
			path := opts.Evaluation
			if path == "" {
				path = evaluation.DefaultFile
			}
			msg.store, msg.storeErr = open(path)
		}
		ch <- msg
	}()
	return waitFor(ch)
}

// waitFor returns the next message from ch (nil when it is closed).
func waitFor(ch <-chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		msg, ok := <-ch
		if !ok {
			return nil
		}
		if p, isProgress := msg.(progressMsg); isProgress {
			return progressWithNext{p, ch}
		}
		return msg
	}
}

// progressWithNext is a progress message plus the channel to keep reading.
type progressWithNext struct {
	progressMsg
	next <-chan tea.Msg
}
