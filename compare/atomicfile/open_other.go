//go:build !unix

package atomicfile

// openNonBlock is not needed where named pipes cannot be opened as files.
const openNonBlock = 0
