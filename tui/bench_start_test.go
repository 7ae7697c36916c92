package tui

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
	"pakompas/importer/corpus"
)

// The start benchmarks: the whole start on the national corpus read from
// xlsx files (import, analysis, first frame), the part the UI adds to it
// (from the loaded message to the first frame), and the first open of the
// Afspraken list and the first search right after the start.
//
//	go test ./tui/ -run '^$' -bench 'National$|First' -benchtime 5x

// nationalFiles writes the national corpus as one .xlsx workbook per
// gemeente into a temporary folder, once per test binary (TestMain
// removes it).
var nationalFiles = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "pakompas-national-")
	if err != nil {
		return "", err
	}
	nationalDir = dir
	_, err = corpus.Write(dir, corpus.Build(corpus.Options{}))
	return dir, err
})

// nationalDir is the folder nationalFiles made, "" when none.
var nationalDir string

// removeNationalFiles removes the folder nationalFiles made.
func removeNationalFiles() {
	if nationalDir != "" {
		os.RemoveAll(nationalDir)
	}
}

// BenchmarkStartNational is the start of "pakompas map/" on the national
// corpus as the program runs it: New, the import of 342 xlsx files and the
// analysis (Init's command), the loaded message and the first View of the
// overview. The parts the UI adds: loaded-ms, the loaded message handled
// and the first frame rendered; progress-ms, the progress messages handled
// and rendered during the import (CPU the import does not get), of which
// there were progress-frames.
func BenchmarkStartNational(b *testing.B) {
	dir, err := nationalFiles()
	if err != nil {
		b.Fatal(err)
	}
	var loaded, progress time.Duration
	frames := 0
	for b.Loop() {
		m := New(Options{Load: analyzePaths(dir), Evaluation: filepath.Join(b.TempDir(), "evaluatie.json")})
		m.Update(tea.WindowSizeMsg{Width: benchW, Height: benchH})
		_ = m.View()
		for cmd := m.Init(); cmd != nil; {
			msg := cmd()
			start := time.Now()
			_, cmd = m.Update(msg)
			view := m.View()
			if _, done := msg.(loadedMsg); done {
				loaded += time.Since(start)
				if m.active != screenOverview || view == "" || len(m.sess.an.Agreements) != 51300 {
					b.Fatalf("no overview of 51,300 agreements: screen %d", m.active)
				}
				break
			}
			progress += time.Since(start)
			frames++
		}
	}
	ms := func(d time.Duration) float64 { return float64(d) / float64(b.N) / float64(time.Millisecond) }
	b.ReportMetric(ms(loaded), "loaded-ms")
	b.ReportMetric(ms(progress), "progress-ms")
	b.ReportMetric(float64(frames)/float64(b.N), "progress-frames")
}

// freshNational is a model just loaded on the national corpus with the
// first frame rendered, made with the timer stopped. With background the
// loaded command runs as the program runs it (the search texts are
// folded in the background from the next frame on); with folded as well
// it is waited for.
func freshNational(b *testing.B, background, folded bool) *Model {
	b.Helper()
	b.StopTimer()
	m, cmd := loadNational(b, filepath.Join(b.TempDir(), "evaluatie.json"))
	_ = m.View()
	// The adviser's first key comes long after the start: the collector
	// has dealt with the import's garbage by then.
	runtime.GC()
	if background {
		settle(b, m, cmd)
	}
	if folded {
		waitFolded(b, m)
	}
	b.StartTimer()
	return m
}

// foldStates are the moments of the first open measured: at once after
// the start, the background fold started as the program starts it, and
// after it has finished.
var foldStates = []struct {
	name   string
	folded bool
}{{"fold=running", false}, {"fold=done", true}}

// BenchmarkFirstListNational is the first open of the Afspraken list
// (tab on the overview) after the start, with its frame.
func BenchmarkFirstListNational(b *testing.B) {
	for _, fs := range foldStates {
		b.Run(fs.name, func(b *testing.B) {
			for b.Loop() {
				m := freshNational(b, true, fs.folded)
				press(m, "tab")
				if m.View() == "" || len(ls(m).rows) != 51300 {
					b.Fatal("no list of 51,300 agreements")
				}
			}
		})
	}
}

// BenchmarkFirstSearchNational is the first search after the start: / on
// the overview and one letter typed, each with its frame. Right after the
// start the letter waits for the fold (folding along).
func BenchmarkFirstSearchNational(b *testing.B) {
	for _, fs := range foldStates {
		b.Run(fs.name, func(b *testing.B) {
			for b.Loop() {
				m := freshNational(b, true, fs.folded)
				press(m, "/")
				_ = m.View()
				press(m, "g")
				if m.View() == "" || len(ls(m).rows) == 0 || len(ls(m).rows) == 51300 {
					b.Fatal("the search found nothing or everything")
				}
			}
		})
	}
}

// frameWatch is a program's output that notes when want is first
// written.
type frameWatch struct {
	want string
	seen chan time.Time
	once sync.Once
}

func (w *frameWatch) Write(p []byte) (int, error) {
	if strings.Contains(string(p), w.want) {
		w.once.Do(func() { w.seen <- time.Now() })
	}
	return len(p), nil
}

// BenchmarkOverviewFrameNational runs the real program loop and renderer
// (Bubble Tea at 60 fps, no terminal) on the finished national analysis:
// frame-ms is the time from the analysis handed over to the overview's
// legend written to the output, what the UI adds to the start. The
// background fold of the search texts starts meanwhile, as in the
// program.
func BenchmarkOverviewFrameNational(b *testing.B) {
	an, err := nationalAnalysis()
	if err != nil {
		b.Fatal(err)
	}
	load := fixedLoad(an)
	var frames []time.Duration
	for b.Loop() {
		var handed atomic.Int64
		timed := func(progress func(done, total int, path string), ov compare.Overrides, pw map[string]string) (*compare.Analysis, Reanalyze, error) {
			a, re, err := load(progress, ov, pw)
			handed.Store(time.Now().UnixNano())
			return a, re, err
		}
		w := &frameWatch{want: "(←/→)", seen: make(chan time.Time, 1)}
		p := tea.NewProgram(New(Options{Load: timed, Evaluation: filepath.Join(b.TempDir(), "evaluatie.json")}),
			tea.WithInput(nil), tea.WithOutput(w))
		ran := make(chan tea.Model)
		go func() { fm, _ := p.Run(); ran <- fm }()
		select {
		case at := <-w.seen:
			frames = append(frames, at.Sub(time.Unix(0, handed.Load())))
		case <-time.After(30 * time.Second):
			b.Fatal("no overview written")
		}
		p.Kill()
		// The next start begins on a quiet process: this one's
		// background fold is done and its garbage collected.
		b.StopTimer()
		if f := ls((<-ran).(*Model)).background; f != nil {
			f.wait()
		}
		runtime.GC()
		b.StartTimer()
	}
	b.ReportMetric(float64(percentile(frames, 0.5))/float64(time.Millisecond), "frame-ms")
}
