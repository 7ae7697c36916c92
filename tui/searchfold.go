package tui

import (
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
	"pakompas/importer/norm"
)

// The Afspraken list searches each agreement's folded text, gemeente,
// theme and number (norm.Fold: case and diacritics ignored). Folding all
// 51,300 agreements of the national corpus takes 0.15–0.3 s, too long for
// a key press: it runs in the background once the first frame with the
// analysis is out (list.foldInBackground, foldLater), and the first search that needs it before it is done folds
// what is left itself and waits for the rest (wait). Notes are folded when
// searched (list.noteHay): they change while the adviser works.

// foldChunk is how many agreements one claim folds.
const foldChunk = 256

// foldDelay is how long after the first frame with the analysis was
// rendered the background fold starts: one frame at 60 fps and a little,
// so that the renderer has written it to the terminal before the fold
// takes a core.
const foldDelay = 20 * time.Millisecond

// searchFold folds the search texts of one analysis in chunks that any
// goroutine may claim: the background command and the list when it needs
// the texts before the command is done.
type searchFold struct {
	ags []compare.Agreement
	// gen is the session's themeGen the analysis belongs to.
	gen int
	hay []string
	// next is the next chunk to claim; pending counts the chunks not yet
	// folded; done is closed when none is left.
	next, pending atomic.Int64
	done          chan struct{}
}

// newSearchFold prepares the fold of ags (nothing is folded yet).
func newSearchFold(ags []compare.Agreement, gen int) *searchFold {
	f := &searchFold{ags: ags, gen: gen, hay: make([]string, len(ags)), done: make(chan struct{})}
	chunks := (len(ags) + foldChunk - 1) / foldChunk
	f.pending.Store(int64(chunks))
	if chunks == 0 {
		close(f.done)
	}
	return f
}

// searchText is agreement a's search text, folded.
func searchText(a *compare.Agreement) string {
	return norm.Fold(a.Text + " " + a.Gemeente + " " + a.ThemeLabel + " " + a.ThemeRaw + " " + a.Number)
}

// run folds chunks until none is left to claim. It only reads the
// analysis, which nothing changes (a theme move makes a new one).
func (f *searchFold) run() {
	for {
		from, ok := f.claim()
		if !ok {
			return
		}
		f.foldFrom(from)
	}
}

// claim takes the next chunk to fold: the index of its first agreement;
// false when every chunk is taken.
func (f *searchFold) claim() (int, bool) {
	from := int(f.next.Add(1)-1) * foldChunk
	return from, from < len(f.ags)
}

// foldFrom folds the chunk that starts at agreement from (claimed).
func (f *searchFold) foldFrom(from int) {
	for i := from; i < min(from+foldChunk, len(f.ags)); i++ {
		f.hay[i] = searchText(&f.ags[i])
	}
	if f.pending.Add(-1) == 0 {
		close(f.done)
	}
}

// abandon stops the fold at the next chunk: its analysis is no longer
// shown. Nobody waits for it any more.
func (f *searchFold) abandon() { f.next.Store(int64(len(f.ags))) }

// ready reports whether every text is folded.
func (f *searchFold) ready() bool {
	select {
	case <-f.done:
		return true
	default:
		return false
	}
}

// wait folds the chunks nobody has claimed, waits for those another
// goroutine is folding and returns the folded texts.
func (f *searchFold) wait() []string {
	f.run()
	<-f.done
	return f.hay
}

// foldLater is the command that runs the fold in the background once the
// frame rendered now is out. It reports nothing: the list takes the texts
// when it needs them.
func (f *searchFold) foldLater() tea.Cmd {
	return tea.Tick(foldDelay, func(time.Time) tea.Msg {
		f.run()
		return nil
	})
}
