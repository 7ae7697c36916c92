package main

import (
	"runtime"
	"testing"
	"time"
)

// The workbook's input holds none of the analysis' agreements nor the
// import report's: once export has it, both can be collected while the
// workbook is built (about 45 MB nationally, scanned by every collection
// otherwise).
func TestExportInputLetsGoOfTheAnalysis(t *testing.T) {
	dir := t.TempDir()
	copyDemo(t, dir)
	an := referenceAnalysis(t, []string{dir})
	freed := make(chan string, 2)
	runtime.AddCleanup(&an.Agreements[0], func(what string) { freed <- what }, "de analyse")
	runtime.AddCleanup(&an.Report.Agreements[0], func(what string) { freed <- what }, "het importverslag")
	in, done := exportInput(an, evalSource{})
	an = nil
	gone := map[string]bool{}
	for deadline := time.Now().Add(5 * time.Second); len(gone) < 2 && time.Now().Before(deadline); {
		runtime.GC()
		select {
		case what := <-freed:
			gone[what] = true
		case <-time.After(20 * time.Millisecond):
		}
	}
	if len(gone) < 2 {
		t.Errorf("still held while the workbook would be built: all but %v", gone)
	}
	if len(in.Agreements) != 177 || done.agreements != 143 || done.earlier != 34 || in.Report == nil || len(in.Report.Files) != 8 {
		t.Errorf("input: %d agreements (said %d), report %v", len(in.Agreements), done.agreements, in.Report)
	}
	runtime.KeepAlive(in)
}
