package workbook

import (
	"archive/zip"
	"fmt"
	"os"
)

// maxReadBackUnzipped is the most an evaluation workbook read back
// (--evaluatie x.xlsx) may unpack to: 256 MiB, two and a half times the
// national workbook (51,300 agreements, about 100 MB of XML). Larger
// parts are unpacked to temporary files rather than memory, but the many
// small ones are held in memory, so this bounds what a read back costs. A
// variable so that tests can lower it.
var maxReadBackUnzipped int64 = 256 << 20

// checkUnzipped refuses a path that is not a regular file, and, before
// anything is inflated, a workbook whose
// parts would unpack to more than maxReadBackUnzipped (their sizes as
// the zip directory declares them; the zip reader refuses a part that
// inflates to more than it declared), and a file that is larger than that
// itself. Other problems are left to the workbook reader.
func checkUnzipped(path string) error {
	tooLarge := func(what string) error {
		return fmt.Errorf("%s: %s; pakompas leest een evaluatiewerkmap tot %d MB uitgepakt (mogelijk een zip-bom, "+
			"of de export van meer afspraken dan terug te lezen is: gebruik dan het evaluatiebestand .json)",
			path, what, maxReadBackUnzipped>>20)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("%s: kan de werkmap niet openen: %w", path, err)
	}
	if !fi.Mode().IsRegular() {
		// Opening a named pipe would wait for a writer for ever.
		return fmt.Errorf("%s: geen gewoon bestand (een map, apparaat of named pipe); kies een geëxporteerde werkmap", path)
	}
	if fi.Size() > maxReadBackUnzipped {
		return tooLarge(fmt.Sprintf("het bestand is %d MB", fi.Size()>>20))
	}
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil // not a zip: the workbook reader says what it is
	}
	defer func() { _ = zr.Close() }()
	var total uint64
	limit := uint64(maxReadBackUnzipped)
	for _, f := range zr.File {
		if f.UncompressedSize64 > limit-total {
			return tooLarge("het pakt uit tot meer dan dat")
		}
		total += f.UncompressedSize64
	}
	return nil
}
