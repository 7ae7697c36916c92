package evaluation

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// writerEnv tells a child process of TestTwoProcessesKeepEachOthersWork
// what to write: "path|prefix|count".
const writerEnv = "PAKOMPAS_EVAL_WRITER"

// Two pakompas processes on one evaluation file, each saving many
// verdicts on its own agreements at the same time: every one of them is
// in the file at the end.
func TestTwoProcessesKeepEachOthersWork(t *testing.T) {
	if spec := os.Getenv(writerEnv); spec != "" {
		childWriter(spec)
		return
	}
	if testing.Short() {
		t.Skip("spawns processes")
	}
	path := filepath.Join(t.TempDir(), DefaultFile)
	const n = 150
	var cmds []*exec.Cmd
	for _, prefix := range []string{"een", "twee"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestTwoProcessesKeepEachOthersWork$")
		cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%s|%s|%d", writerEnv, path, prefix, n))
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	// Both children wait for this file, so their saves overlap.
	if err := os.WriteFile(path+".start", nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("child: %v", err)
		}
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, prefix := range []string{"een", "twee"} {
		for i := range n {
			id := fmt.Sprintf("%s:%d", prefix, i)
			if e := s.Get(id); e.Verdict != Vaag || e.Note != "notitie van "+prefix {
				t.Fatalf("%s lost: %+v", id, e)
			}
		}
		if s.ThemeByLocal()["Thema "+prefix] != "leefbaarheid" {
			t.Errorf("move by local name of %s lost: %v", prefix, s.ThemeByLocal())
		}
	}
	if len(s.Entries()) != 2*n {
		t.Errorf("%d entries, want %d", len(s.Entries()), 2*n)
	}
}

// childWriter waits for the start file, saves count verdicts under
// prefix, one save each, and exits 0 when every save succeeded.
func childWriter(spec string) {
	parts := strings.Split(spec, "|")
	n, _ := strconv.Atoi(parts[2])
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if _, err := os.Stat(parts[0] + ".start"); err == nil {
			break
		}
	}
	s, err := Open(parts[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	prefix := parts[1]
	if err := s.SetThemeByLocal("Thema "+prefix, "leefbaarheid"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(4)
	}
	for i := range n {
		id := fmt.Sprintf("%s:%d", prefix, i)
		if _, err := s.Update(id, Snapshot{}, func(e *Entry) { e.Verdict = Vaag; e.Note = "notitie van " + prefix }); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(4)
		}
	}
	os.Exit(0)
}
