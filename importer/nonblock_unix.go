//go:build unix

package importer

import "syscall"

// openNonblock makes opening a FIFO return at once instead of waiting for
// a writer (the handle is then refused as no regular file).
const openNonblock = syscall.O_NONBLOCK
