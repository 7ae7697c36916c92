//go:build !unix

package importer

// openNonblock is 0 where opening a file cannot block on a FIFO.
const openNonblock = 0
