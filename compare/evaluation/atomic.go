package evaluation

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteFileAtomic writes data to path so that path holds either its old
// content or data, whatever happens: a temporary file in the same folder is
// written, synced and renamed over path, and the folder is synced.
func WriteFileAtomic(path string, data []byte) error {
	return writeAtomic(path, data, nil)
}

// writeAtomic is WriteFileAtomic with a hook that wraps the temporary
// file's writer (tests inject a writer that fails half-way).
func writeAtomic(path string, data []byte, wrap func(io.Writer) io.Writer) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("%s: tijdelijk bestand maken: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	var w io.Writer = tmp
	if wrap != nil {
		w = wrap(tmp)
	}
	if _, err = w.Write(data); err != nil {
		return fmt.Errorf("%s: schrijven: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("%s: wegschrijven naar schijf: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("%s: sluiten: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("%s: vervangen: %w", path, err)
	}
	// Sync the folder so the rename itself survives a power cut; not all
	// systems allow it, and the data is safe either way.
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}
