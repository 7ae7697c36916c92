package tui

import (
	"errors"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/compare/workbook"
)

// The import runs off the UI goroutine and reports through messages.

// progressMsg reports one more file read.
type progressMsg struct {
	done, total int
	path        string
}

// loadedMsg carries the finished analysis and the opened evaluation.
type loadedMsg struct {
	an        *compare.Analysis
	reanalyze Reanalyze
	err       error
	store     *evaluation.Store
	storeErr  error
	// imported counts the entries (verdicts and notes) taken over from an
	// exported workbook.
	imported  int
	importErr error
}

// isWorkbook reports whether the evaluation source is an exported .xlsx.
func isWorkbook(path string) bool { return strings.EqualFold(filepath.Ext(path), ".xlsx") }

// importJudgements copies the verdicts and notes of an exported workbook
// into the evaluation store where they differ. Rows the workbook could not
// give (an unknown verdict) are reported; the rest is taken.
func importJudgements(an *compare.Analysis, path string, store *evaluation.Store) (int, error) {
	j, _, readErr := workbook.ReadEvaluation(path)
	if j == nil {
		return 0, readErr
	}
	ids := make([]string, 0, len(j))
	for id := range j {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	n := 0
	for _, id := range ids {
		e := j[id]
		cur := store.Get(id)
		if cur.Verdict == e.Verdict && cur.Note == e.Note {
			continue
		}
		snap := evaluation.Snapshot{Gemeente: cur.Gemeente, Number: cur.Number, Text: cur.Text}
		if i, ok := an.Index(id); ok {
			a := an.Agreements[i]
			snap = evaluation.Snapshot{Gemeente: a.Gemeente, Number: a.Number, Text: a.Text}
		}
		if _, err := store.Update(id, snap, func(x *evaluation.Entry) { x.Verdict, x.Note = e.Verdict, e.Note }); err != nil {
			return n, err
		}
		n++
	}
	return n, readErr
}

// load runs the import and the analysis in the background (Init),
// streaming progress messages over a channel the program reads one at a
// time. The evaluation file is opened first: its theme moves go into the
// analysis.
func (m *Model) load() tea.Cmd { return m.startLoad(nil, nil) }

// retry imports again with the passwords typed on the Laden screen; the
// evaluation file stays open as it is (with the reason it is read only).
func (m *Model) retry(passwords map[string]string) tea.Cmd {
	open := &loadedMsg{store: m.sess.store()}
	if r := m.sess.readOnly(); r != "" {
		open.storeErr = errors.New(r)
	}
	return m.startLoad(passwords, open)
}

// startLoad runs the import with passwords; open holds the evaluation
// file already opened (nil: open it).
func (m *Model) startLoad(passwords map[string]string, open *loadedMsg) tea.Cmd {
	ch := make(chan tea.Msg, 16)
	opts := m.opts
	go func() {
		defer close(ch)
		// A panic here, off the program's goroutines, would end the
		// process with the terminal still raw: it is reported instead
		// (guard.go).
		defer func() {
			if r := recover(); r != nil {
				ch <- crashMsg{crash{value: r, stack: debug.Stack()}}
			}
		}()
		path := opts.Evaluation
		if path == "" {
			path = evaluation.DefaultFile
		}
		var msg loadedMsg
		if open != nil {
			msg.store, msg.storeErr = open.store, open.storeErr
		} else {
			msg.store, msg.storeErr = openEvaluation(opts, path)
		}
		var throttle progressThrottle
		msg.an, msg.reanalyze, msg.err = opts.Load(func(done, total int, path string) {
			if !throttle.pass(done, total) {
				return
			}
			select {
			case ch <- progressMsg{done, total, path}:
			default: // the screen is behind; the next message will catch up
			}
		}, compare.OverridesOf(msg.store), passwords)
		if msg.err == nil && msg.storeErr == nil && isWorkbook(path) {
			msg.imported, msg.importErr = importJudgements(msg.an, path, msg.store)
		}
		ch <- msg
	}()
	return waitFor(ch)
}

// progressEvery is the least time between two progress messages: the bar
// moves once a frame (60 fps), not once a file, so that drawing it does
// not take the CPU the import needs (342 files gave 342 frames).
const progressEvery = time.Second / 60

// progressThrottle passes a progress report on when progressEvery has
// passed since the last one it passed; the first and the last file's
// always pass. Calls may be concurrent (the importer's workers).
type progressThrottle struct{ last atomic.Int64 }

// pass reports whether the report of done of total files goes to the
// screen.
func (t *progressThrottle) pass(done, total int) bool {
	if done >= total {
		return true
	}
	now, last := time.Now().UnixNano(), t.last.Load()
	return (last == 0 || now-last >= int64(progressEvery)) && t.last.CompareAndSwap(last, now)
}

// openEvaluation opens the evaluation file at path. An exported workbook
// is a source, not the place to save: its verdicts and notes are taken
// into the evaluation file next to it, where the work goes on.
func openEvaluation(opts Options, path string) (*evaluation.Store, error) {
	open := opts.OpenStore
	if open == nil {
		open = evaluation.Open
	}
	if isWorkbook(path) {
		return open(filepath.Join(filepath.Dir(path), evaluation.DefaultFile))
	}
	return open(path)
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
