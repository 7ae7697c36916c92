package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"pakompas/compare/printable"
)

// Work whose save failed (a full disk, a read-only or vanished share) stays
// in the store's memory. The footer says so on every frame, every key
// tries the save again, and quitting with unsaved work first writes a
// copy somewhere else and asks for a second q.

// unsavedErr is the store's last save error, nil when everything is on disk.
func (m *Model) unsavedErr() error {
	if m.sess == nil || m.sess.store() == nil {
		return nil
	}
	return m.sess.store().Unsaved()
}

// retrySave writes the work again while a save is failing, and says when
// it succeeded.
func (m *Model) retrySave() {
	if m.unsavedErr() == nil {
		return
	}
	if err := m.sess.store().Flush(); err == nil {
		m.setStatus("Alles bewaard in "+m.sess.store().Path(), false)
	}
}

// unsavedLine is the footer line while a save is failing.
func (m *Model) unsavedLine() string {
	err := m.unsavedErr()
	if err == nil {
		return ""
	}
	line := "Niet bewaard (elke toets probeert opnieuw): " + err.Error()
	if m.rescue != "" {
		line = "Niet bewaard; kopie in " + shortPath(m.rescue) + " (elke toets probeert opnieuw): " + err.Error()
	}
	return printable.String(line)
}

// confirmQuit decides whether q may quit now. With unsaved work the first
// q writes a copy next to the user's home (or in the temp folder) and asks
// for a second q; the copy opens with --evaluatie.
func (m *Model) confirmQuit() bool {
	if m.unsavedErr() == nil || m.quitAsked {
		return true
	}
	m.quitAsked = true
	path, err := m.writeRescue()
	if err != nil {
		m.setStatus("Werk niet bewaard en geen kopie mogelijk ("+err.Error()+"). Los het op en druk een toets, of q om toch te stoppen.", true)
		return false
	}
	m.rescue = path
	m.setStatus("Kopie van het werk: "+shortPath(path)+" · nogmaals q stopt", true)
	return false
}

// shortPath writes a path under the home folder as ~/….
func shortPath(path string) string {
	if home, err := os.UserHomeDir(); err == nil {
		if rel, err := filepath.Rel(home, path); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.Join("~", rel)
		}
	}
	return path
}

// writeRescue writes the store's work to a new file in the home folder,
// else in the temp folder.
func (m *Model) writeRescue() (string, error) {
	name := fmt.Sprintf("pakompas-evaluatie-gered-%s.json", time.Now().Format("20060102-150405"))
	var firstErr error
	for _, dir := range rescueDirs() {
		path := filepath.Join(dir, name)
		err := m.sess.store().SaveCopy(path)
		if err == nil {
			return path, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return "", firstErr
}

// rescueDirs are the folders a rescue copy may go to, in order.
func rescueDirs() []string {
	var dirs []string
	if home, err := os.UserHomeDir(); err == nil {
		dirs = append(dirs, home)
	}
	return append(dirs, os.TempDir())
}
