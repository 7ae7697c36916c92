package tui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"pakompas/compare/evaluation"
	"pakompas/compare/printable"
)

// rescueAfter saves the adviser's work after a panic and returns the
// message for her: what happened, where her work is, where the report of
// the fault is. Every step runs under its own recover: the state that
// panicked may panic again, and then the next step still runs.
//
//  1. A note being typed is saved like esc saves it; when that fails (a
//     read-only session, a panic) its text goes to a file of its own.
//  2. The evaluation store writes what it holds (Flush); when that fails,
//     everything goes to a copy, as q does with unsaved work.
//  3. The stack goes to a file in the temp folder.
func (m *Model) rescueAfter(c crash) string {
	var b strings.Builder
	fmt.Fprintf(&b, "pakompas is gestopt door een interne fout (%s).", printable.String(fmt.Sprint(c.value)))
	if m.sess != nil {
		b.WriteString(" " + m.rescueWork())
	}
	if path, err := writeCrashReport(c); err == nil {
		fmt.Fprintf(&b, " Het foutverslag staat in %s; stuur het mee als u de fout meldt.", path)
	}
	return b.String()
}

// rescueWork saves the note being typed and the store, and says where the
// work is.
func (m *Model) rescueWork() string {
	var said []string
	if text, id, ok := m.noteBeingTyped(); ok {
		if err := safely(func() error { return m.saveTypedNote(text) }); err != nil {
			if path, werr := writeNoteRescue(id, text); werr == nil {
				said = append(said, fmt.Sprintf("De notitie die u schreef (bij %s) staat in %s.", id, path))
			} else {
				said = append(said, fmt.Sprintf("De notitie die u schreef (bij %s) kon niet worden bewaard: %v.", id, werr))
			}
		}
	}
	store := m.sess.store()
	if store == nil {
		return strings.Join(append([]string{"Oordelen en notities werden niet bewaard (alleen lezen)."}, said...), " ")
	}
	_ = safely(store.Flush)
	if store.Unsaved() == nil {
		return strings.Join(append([]string{"Uw oordelen en notities zijn bewaard in " + store.Path() + "."}, said...), " ")
	}
	path, err := m.writeRescue()
	if err != nil {
		return strings.Join(append([]string{fmt.Sprintf("Uw werk kon niet worden bewaard in %s en ook niet als kopie (%v).", store.Path(), err)}, said...), " ")
	}
	return strings.Join(append([]string{fmt.Sprintf("Niet alles kon in %s worden bewaard; een kopie van al het werk staat in %s (open die met --evaluatie).", store.Path(), path)}, said...), " ")
}

// noteBeingTyped returns the text in the note editor of the Afspraak
// screen and the id of its agreement, when the editor is open.
func (m *Model) noteBeingTyped() (text, id string, ok bool) {
	_ = safely(func() error {
		d, isDetail := m.screens[screenDetail].(*detail)
		if !isDetail || !d.editing {
			return nil
		}
		text = strings.TrimRight(d.note.Value(), " \n")
		id, ok = m.sess.an.Agreements[d.idx].ID, true
		return nil
	})
	return text, id, ok
}

// saveTypedNote saves the note being typed as the note of its agreement;
// an error when nothing keeps it (a save that failed is kept in memory by
// the store and written by the flush or the copy).
func (m *Model) saveTypedNote(text string) error {
	d := m.screens[screenDetail].(*detail)
	if text == m.sess.note(d.idx) {
		return nil
	}
	if err := m.sess.setNote(d.idx, text, d.stored); err != nil && !errors.Is(err, evaluation.ErrUnsaved) {
		return err
	}
	return nil
}

// safely runs fn and turns a panic into an error.
func safely(fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("interne fout: %v", r)
		}
	}()
	return fn()
}

// writeNoteRescue writes a note nothing else could keep to a new text file
// in the home folder (else the temp folder) and returns its path.
func writeNoteRescue(id, text string) (string, error) {
	name := fmt.Sprintf("pakompas-notitie-gered-%s.txt", time.Now().Format("20060102-150405"))
	content := fmt.Sprintf("Notitie bij afspraak %s (gered na een interne fout van pakompas):\n\n%s\n", id, text)
	return writeNewFile(rescueDirs(), name, content)
}

// writeCrashReport writes the panic and its stack to a new file in the
// temp folder and returns its path.
func writeCrashReport(c crash) (string, error) {
	name := fmt.Sprintf("pakompas-fout-%s.txt", time.Now().Format("20060102-150405"))
	return writeNewFile([]string{os.TempDir()}, name, fmt.Sprintf("panic: %v\n\n%s", c.value, c.stack))
}

// writeNewFile writes content to a new file name in the first of dirs
// where that works.
func writeNewFile(dirs []string, name, content string) (string, error) {
	var firstErr error
	for _, dir := range dirs {
		path := filepath.Join(dir, name)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err == nil {
			_, err = f.WriteString(content)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err == nil {
				return path, nil
			}
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return "", firstErr
}
